#pragma once

#include "FileContext.h"

#include "pcs/domain/curriculum/LocalizedText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <vector>

namespace pcs::curriculum {

// One string of an array of strings (an id list), with where it stands.
struct ListEntry {
    QString value;
    QString path;
};

// Reads the fields of one JSON object of a package file, reporting every field that is unknown,
// missing, null or of the wrong type. Getters return nullopt (or an empty value) after a problem.
class ObjectReader
{
public:
    // Reports "must be an object" when `value` is not one, and every field not in `knownFields`.
    ObjectReader(FileContext& context, const QJsonValue& value, QString path,
        std::initializer_list<QStringView> knownFields);

    bool isObject() const { return m_isObject; }
    const QString& path() const { return m_path; }
    QString pathOf(QStringView key) const;
    FileContext& context() const { return m_context; }

    // The value of a required field; reports it missing or null.
    std::optional<QJsonValue> required(QStringView key) const;
    bool has(QStringView key) const { return m_object.contains(key); }

    std::optional<QString> string(QStringView key) const;
    std::optional<int> integer(QStringView key) const;
    std::optional<int> positiveInteger(QStringView key) const;
    std::optional<bool> boolean(QStringView key) const;
    std::optional<QJsonArray> array(QStringView key, bool nonEmpty = false) const;
    // A required localized text {"en", "fr"}; an optional one is left empty when absent.
    LocalizedText text(QStringView key, bool isRequired = true) const;
    // The object's id: a string, lowercase kebab-case, not used by another object of this file.
    QString id(QStringView key = u"id") const;
    // An array of strings; reports each entry that is not a string and each repeated one, and returns
    // the distinct strings.
    // `complete` (when given) is set to false when an entry is not a string.
    std::optional<std::vector<ListEntry>> stringList(QStringView key, bool* complete = nullptr) const;
    static QStringList values(const std::optional<std::vector<ListEntry>>& entries);

    // Value-level checks, shared with arrays of values.
    static std::optional<QString> stringValue(
        FileContext& context, const QJsonValue& value, const QString& path);
    static std::optional<int> integerValue(
        FileContext& context, const QJsonValue& value, const QString& path);
    static LocalizedText textValue(FileContext& context, const QJsonValue& value, const QString& path);
    static bool isValidId(QStringView id);
    static QString indexPath(const QString& path, qsizetype index);

private:
    FileContext& m_context;
    QJsonObject m_object;
    QString m_path;
    bool m_isObject = false;
};

} // namespace pcs::curriculum
