#pragma once

#include <QStringList>

#include <array>

namespace pcs::exchange {

enum class RosterField { FirstName, LastName, FullName, Email, Organization, Role, Language };

// Which column of a roster holds which field, from English or French headers in any case, with or
// without accents. The first column that names a field wins; columns naming nothing are ignored.
class RosterHeader
{
public:
    explicit RosterHeader(const QStringList& cells);

    int column(RosterField field) const { return m_columns[static_cast<std::size_t>(field)]; }
    bool hasName() const;

private:
    std::array<int, 7> m_columns;
};

} // namespace pcs::exchange
