#include "ObjectReader.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pcs::curriculum {

namespace {

QString notNullMessage()
{
    return PackageLoader::tr("must not be null");
}

} // namespace

ObjectReader::ObjectReader(FileContext& context, const QJsonValue& value, QString path,
    std::initializer_list<QStringView> knownFields)
    : m_context(context)
    , m_path(std::move(path))
{
    if (value.isNull()) {
        m_context.report(m_path, notNullMessage());
        return;
    }
    if (!value.isObject()) {
        m_context.report(m_path, PackageLoader::tr("must be an object"));
        return;
    }
    m_isObject = true;
    m_object = value.toObject();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(knownFields.begin(), knownFields.end(), QStringView(key)) == knownFields.end())
            m_context.report(pathOf(key), PackageLoader::tr("unknown field"));
    }
}

QString ObjectReader::pathOf(QStringView key) const
{
    if (m_path.isEmpty())
        return key.toString();
    return m_path + u'.' + key;
}

QString ObjectReader::indexPath(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

std::optional<QJsonValue> ObjectReader::required(QStringView key) const
{
    if (!m_isObject)
        return std::nullopt;
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd()) {
        m_context.report(pathOf(key), PackageLoader::tr("missing required field"));
        return std::nullopt;
    }
    const QJsonValue value = found.value();
    if (value.isNull()) {
        m_context.report(pathOf(key), notNullMessage());
        return std::nullopt;
    }
    return value;
}

std::optional<QString> ObjectReader::stringValue(
    FileContext& context, const QJsonValue& value, const QString& path)
{
    if (value.isNull()) {
        context.report(path, notNullMessage());
        return std::nullopt;
    }
    if (!value.isString()) {
        context.report(path, PackageLoader::tr("must be a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<int> ObjectReader::integerValue(
    FileContext& context, const QJsonValue& value, const QString& path)
{
    if (value.isNull()) {
        context.report(path, notNullMessage());
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max()) {
        context.report(path, PackageLoader::tr("must be a whole number"));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<QString> ObjectReader::string(QStringView key) const
{
    const auto value = required(key);
    if (!value)
        return std::nullopt;
    return stringValue(m_context, *value, pathOf(key));
}

std::optional<int> ObjectReader::integer(QStringView key) const
{
    const auto value = required(key);
    if (!value)
        return std::nullopt;
    return integerValue(m_context, *value, pathOf(key));
}

std::optional<int> ObjectReader::positiveInteger(QStringView key) const
{
    const auto number = integer(key);
    if (number && *number <= 0) {
        m_context.report(pathOf(key), PackageLoader::tr("must be a positive whole number"));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> ObjectReader::boolean(QStringView key) const
{
    const auto value = required(key);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        m_context.report(pathOf(key), PackageLoader::tr("must be true or false"));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QJsonArray> ObjectReader::array(QStringView key, bool nonEmpty) const
{
    const auto value = required(key);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        m_context.report(pathOf(key), PackageLoader::tr("must be an array"));
        return std::nullopt;
    }
    QJsonArray result = value->toArray();
    if (nonEmpty && result.isEmpty())
        m_context.report(pathOf(key), PackageLoader::tr("must not be empty"));
    return result;
}

LocalizedText ObjectReader::textValue(FileContext& context, const QJsonValue& value, const QString& path)
{
    LocalizedText text;
    if (value.isNull()) {
        context.report(path, notNullMessage());
        return text;
    }
    if (!value.isObject()) {
        context.report(
            path, PackageLoader::tr("must be an object with English and French text (\"en\" and \"fr\")"));
        return text;
    }
    ObjectReader reader(context, value, path, {u"en", u"fr"});
    const QJsonObject object = value.toObject();
    const auto language = [&](QStringView key, QString& target, const QString& missingMessage) {
        const auto found = object.constFind(key);
        if (found == object.constEnd()) {
            context.report(path, missingMessage);
            return;
        }
        if (found.value().isNull()) {
            context.report(reader.pathOf(key), notNullMessage());
            return;
        }
        if (!found.value().isString()) {
            context.report(reader.pathOf(key), PackageLoader::tr("must be a string"));
            return;
        }
        target = found.value().toString();
        if (target.trimmed().isEmpty())
            context.report(path, missingMessage);
    };
    language(u"en", text.en, PackageLoader::tr("missing English text"));
    language(u"fr", text.fr, PackageLoader::tr("missing French text"));
    return text;
}

LocalizedText ObjectReader::text(QStringView key, bool isRequired) const
{
    if (!m_isObject)
        return {};
    if (!isRequired && !m_object.contains(key))
        return {};
    const auto value = required(key);
    if (!value)
        return {};
    return textValue(m_context, *value, pathOf(key));
}

bool ObjectReader::isValidId(QStringView id)
{
    if (id.isEmpty() || id.front() == u'-' || id.back() == u'-')
        return false;
    QChar previous;
    for (const QChar c : id) {
        const bool letterOrDigit = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!letterOrDigit && (c != u'-' || previous == u'-'))
            return false;
        previous = c;
    }
    return true;
}

QString ObjectReader::id(QStringView key) const
{
    const auto value = string(key);
    if (!value)
        return {};
    if (!isValidId(*value)) {
        m_context.report(pathOf(key),
            PackageLoader::tr("\"%1\" is not a valid id (use lowercase letters, digits "
                              "and single hyphens)")
                .arg(*value));
        return *value;
    }
    m_context.registerId(*value, pathOf(key));
    return *value;
}

std::optional<std::vector<ListEntry>> ObjectReader::stringList(QStringView key, bool* complete) const
{
    const auto values = array(key);
    if (complete)
        *complete = values.has_value();
    if (!values)
        return std::nullopt;
    std::vector<ListEntry> result;
    result.reserve(values->size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < values->size(); ++i) {
        QString path = indexPath(pathOf(key), i);
        auto entry = stringValue(m_context, values->at(i), path);
        if (!entry) {
            if (complete)
                *complete = false;
            continue;
        }
        if (seen.contains(*entry)) {
            m_context.report(path, PackageLoader::tr("\"%1\" is listed twice").arg(*entry));
            continue;
        }
        seen.insert(*entry);
        result.push_back({std::move(*entry), std::move(path)});
    }
    return result;
}

QStringList ObjectReader::values(const std::optional<std::vector<ListEntry>>& entries)
{
    QStringList result;
    if (!entries)
        return result;
    result.reserve(static_cast<qsizetype>(entries->size()));
    for (const ListEntry& entry : *entries)
        result.append(entry.value);
    return result;
}

} // namespace pcs::curriculum
