#include "PasswordHash.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <argon2.h>

#include <array>
#include <string.h> // explicit_bzero

namespace pcs::storage {

namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

// A private UTF-8 copy of the password, wiped when it goes out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& password)
    {
        QString normalized = password.normalized(QString::NormalizationForm_C);
        m_bytes = normalized.toUtf8();
        if (!normalized.isEmpty() && !normalized.isSharedWith(password))
            explicit_bzero(normalized.data(), std::size_t(normalized.size()) * sizeof(QChar));
    }
    ~SecretBytes()
    {
        if (!m_bytes.isEmpty())
            explicit_bzero(m_bytes.data(), std::size_t(m_bytes.size()));
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const char* data() const { return m_bytes.constData(); }
    std::size_t size() const { return std::size_t(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

namespace {

Result<QString> hashBytes(const char* data, std::size_t size, const PasswordHashParameters& parameters)
{
    std::array<quint32, kSaltBytes / sizeof(quint32)> salt{};
    QRandomGenerator::system()->generate(salt.begin(), salt.end());

    const std::size_t length = argon2_encodedlen(parameters.iterations, parameters.memoryKiB,
        parameters.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int status = argon2id_hash_encoded(parameters.iterations, parameters.memoryKiB,
        parameters.parallelism, data, size, salt.data(), kSaltBytes, kHashBytes, encoded.data(), length);
    if (status != ARGON2_OK)
        return fail(ErrorKind::Invalid,
            AccountStore::tr("Could not protect the password: %1.")
                .arg(QString::fromUtf8(argon2_error_message(status))));
    return QString::fromLatin1(encoded.constData()); // NUL-terminated, ASCII
}

Result<bool> verifyBytes(const QString& encoded, const char* data, std::size_t size)
{
    const QByteArray stored = encoded.toLatin1();
    const int status = argon2id_verify(stored.constData(), data, size);
    if (status == ARGON2_OK)
        return true;
    if (status == ARGON2_VERIFY_MISMATCH)
        return false;
    return fail(ErrorKind::Corrupt,
        AccountStore::tr("The stored password of this account cannot be read (%1); an administrator can "
                         "set a new one.")
            .arg(QString::fromUtf8(argon2_error_message(status))));
}

} // namespace

Result<QString> hashPassword(const QString& password, const PasswordHashParameters& parameters)
{
    const SecretBytes secret(password);
    return hashBytes(secret.data(), secret.size(), parameters);
}

Result<bool> verifyPassword(const QString& encoded, const QString& password)
{
    const SecretBytes secret(password);
    return verifyBytes(encoded, secret.data(), secret.size());
}

Result<QString> hashSecret(const QByteArray& secret, const PasswordHashParameters& parameters)
{
    return hashBytes(secret.constData(), std::size_t(secret.size()), parameters);
}

Result<bool> verifySecret(const QString& encoded, const QByteArray& secret)
{
    return verifyBytes(encoded, secret.constData(), std::size_t(secret.size()));
}

} // namespace pcs::storage
