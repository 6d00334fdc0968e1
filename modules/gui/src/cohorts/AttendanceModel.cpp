#include "AttendanceModel.h"

#include "../curriculum/CurriculumFormat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pcs::gui {

namespace {

QString keyOf(const QString& sessionId, const QString& personId)
{
    return sessionId + u'/' + personId;
}

QColor statusColour(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QColor(0xd7, 0xf0, 0xdb);
    case AttendanceStatus::Late:
    case AttendanceStatus::LeftEarly:
        return QColor(0xfd, 0xed, 0xc8);
    case AttendanceStatus::Absent:
        return QColor(0xf8, 0xd7, 0xd7);
    case AttendanceStatus::Excused:
        return QColor(0xe3, 0xe6, 0xee);
    }
    return {};
}

} // namespace

AttendanceModel::AttendanceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_learners.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : eligibleColumn() + 1;
}

QString AttendanceModel::statusText(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Late:
        return tr("Late");
    case AttendanceStatus::LeftEarly:
        return tr("Left early");
    case AttendanceStatus::Absent:
        return tr("Absent");
    case AttendanceStatus::Excused:
        return tr("Excused");
    }
    return {};
}

QString AttendanceModel::markText(const std::optional<AttendanceMark>& mark)
{
    if (!mark)
        return tr("Not recorded");
    if (mark->status == AttendanceStatus::Late || mark->status == AttendanceStatus::LeftEarly)
        return tr("%1, %2 min missed").arg(statusText(mark->status)).arg(mark->minutesMissed);
    return statusText(mark->status);
}

QString AttendanceModel::cellText(const std::optional<AttendanceMark>& mark) const
{
    if (!mark)
        return QStringLiteral("—");
    if (mark->status == AttendanceStatus::Late || mark->status == AttendanceStatus::LeftEarly)
        return tr("%1 −%2′").arg(statusText(mark->status)).arg(mark->minutesMissed);
    return statusText(mark->status);
}

const CohortSession* AttendanceModel::session(int column) const
{
    return isSessionColumn(column) ? &m_cohort.sessions[size_t(column - FirstSessionColumn)] : nullptr;
}

const Person* AttendanceModel::learner(int row) const
{
    return row >= 0 && row < int(m_learners.size()) ? &m_learners[size_t(row)] : nullptr;
}

std::optional<AttendanceMark> AttendanceModel::mark(int row, int column) const
{
    const CohortSession* s = session(column);
    const Person* p = learner(row);
    if (!s || !p)
        return std::nullopt;
    const auto found = m_marks.constFind(keyOf(s->id, p->id));
    return found == m_marks.cend() ? std::nullopt : std::optional<AttendanceMark>(*found);
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Person& person = m_learners[size_t(row)];
    if (column == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return person.displayName();
        return {};
    }
    if (isSessionColumn(column)) {
        const std::optional<AttendanceMark> cell = mark(row, column);
        switch (role) {
        case Qt::DisplayRole:
            return cellText(cell);
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole:
            return tr("%1, session %2: %3")
                .arg(person.displayName())
                .arg(session(column)->position)
                .arg(markText(cell));
        case Qt::BackgroundRole:
            return cell ? QVariant(QBrush(statusColour(cell->status))) : QVariant();
        case Qt::ForegroundRole:
            return cell ? QVariant(QBrush(QColor(0x20, 0x20, 0x20))) : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case StatusRole:
            return cell ? attendanceStatusKey(cell->status) : QString();
        default:
            return {};
        }
    }
    const analytics::LearnerAttendance& totals = m_totals[size_t(row)];
    if (column == earnedColumn()) {
        if (role == Qt::DisplayRole)
            return CurriculumFormat::length(totals.earnedMinutes);
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("%1 of contact time earned, of %2 in the program")
                .arg(CurriculumFormat::length(totals.earnedMinutes),
                    CurriculumFormat::length(m_programMinutes));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return totals.eligible ? tr("Eligible") : tr("Not yet");
    if (role == Qt::ToolTipRole)
        return tr("Certificate eligibility: at least %1 % of the program's contact hours")
            .arg(m_cohort.completionPercent);
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Learner");
    if (const CohortSession* s = session(section)) {
        const QString date = QLocale().toString(s->date, QStringLiteral("d MMM"));
        return role == Qt::DisplayRole ? tr("%1\n%2").arg(s->position).arg(date)
                                       : tr("Session %1, %2").arg(s->position).arg(date);
    }
    if (section == earnedColumn())
        return tr("Contact time");
    if (section == eligibleColumn())
        return tr("Certificate");
    return {};
}

void AttendanceModel::setCohort(const Cohort& cohort, const std::vector<Person>& learners,
    const std::vector<AttendanceMark>& marks, int programContactMinutes)
{
    bool sameShape
        = cohort.sessions.size() == m_cohort.sessions.size() && learners.size() == m_learners.size();
    for (size_t i = 0; sameShape && i < learners.size(); ++i)
        sameShape = learners[i].id == m_learners[i].id;
    for (size_t i = 0; sameShape && i < cohort.sessions.size(); ++i)
        sameShape = cohort.sessions[i].id == m_cohort.sessions[i].id;
    if (!sameShape)
        beginResetModel();
    m_cohort = cohort;
    m_learners = learners;
    m_programMinutes = programContactMinutes;
    m_marks.clear();
    for (const AttendanceMark& mark : marks)
        m_marks.insert(keyOf(mark.sessionId, mark.personId), mark);
    QStringList ids;
    for (const Person& person : m_learners)
        ids << person.id;
    m_totals = analytics::attendanceByLearner(m_cohort, ids, marks, programContactMinutes);
    m_summary = analytics::summarizeAttendance(m_cohort, m_totals);
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

void AttendanceModel::clear()
{
    setCohort({}, {}, {}, 0);
}

} // namespace pcs::gui
