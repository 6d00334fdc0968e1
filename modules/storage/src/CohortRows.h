#pragma once

#include <QString>
#include <QUuid>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace pcs::storage {

// Helpers shared by the two halves of CohortStore (CohortStore.cpp, CohortStoreRoster.cpp).
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline std::string text(const QString& value)
{
    return value.toStdString();
}

inline QString qtext(SQLite::Statement& query, int column)
{
    return QString::fromStdString(query.getColumn(column).getString());
}

} // namespace pcs::storage
