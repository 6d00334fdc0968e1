#include "pcs/domain/curriculum/Program.h"
#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"
#include "pcs/domain/delivery/PersonMatch.h"

#include <QUuid>

#include <algorithm>

namespace pcs {

QString organizationKindKey(OrganizationKind kind)
{
    switch (kind) {
    case OrganizationKind::Municipal:
        return QStringLiteral("municipal");
    case OrganizationKind::EmploymentOntario:
        return QStringLiteral("employment-ontario");
    case OrganizationKind::Odsp:
        return QStringLiteral("odsp");
    case OrganizationKind::Community:
        return QStringLiteral("community");
    case OrganizationKind::Provincial:
        return QStringLiteral("provincial");
    case OrganizationKind::Other:
        break;
    }
    return QStringLiteral("other");
}

OrganizationKind organizationKindFromKey(const QString& key)
{
    for (OrganizationKind kind : {OrganizationKind::Municipal, OrganizationKind::EmploymentOntario,
             OrganizationKind::Odsp, OrganizationKind::Community, OrganizationKind::Provincial})
        if (organizationKindKey(kind) == key)
            return kind;
    return OrganizationKind::Other;
}

QString Person::displayName() const
{
    return QString(firstName + u' ' + lastName).trimmed();
}

QString foldForComparison(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += c.toCaseFolded();
    }
    return folded.simplified();
}

bool samePerson(const Person& a, const Person& b)
{
    if (foldForComparison(a.firstName) != foldForComparison(b.firstName)
        || foldForComparison(a.lastName) != foldForComparison(b.lastName))
        return false;
    if (a.email.trimmed().isEmpty() || b.email.trimmed().isEmpty())
        return true;
    return a.email.trimmed().compare(b.email.trimmed(), Qt::CaseInsensitive) == 0;
}

PersonMatchKey personMatchKey(const Person& person)
{
    PersonMatchKey key{foldForComparison(person.firstName), foldForComparison(person.lastName), {}};
    // QString::compare(Qt::CaseInsensitive) folds unit by unit: a low surrogate after a high one as
    // the whole code point, every other unit on its own.
    const QString email = person.email.trimmed();
    key.email.reserve(std::size_t(email.size()));
    char32_t last = 0;
    for (const QChar unit : email) {
        char32_t ucs4 = unit.unicode();
        if (QChar::isLowSurrogate(ucs4) && QChar::isHighSurrogate(last))
            ucs4 = QChar::surrogateToUcs4(char16_t(last), char16_t(ucs4));
        last = unit.unicode();
        key.email.push_back(QChar::toCaseFolded(ucs4));
    }
    return key;
}

bool matches(const PersonMatchKey& a, const PersonMatchKey& b)
{
    if (a.firstName != b.firstName || a.lastName != b.lastName)
        return false;
    return a.email.empty() || b.email.empty() || a.email == b.email;
}

QString cohortStatusKey(CohortStatus status)
{
    switch (status) {
    case CohortStatus::Planned:
        return QStringLiteral("planned");
    case CohortStatus::Running:
        return QStringLiteral("running");
    case CohortStatus::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

CohortStatus cohortStatusFromKey(const QString& key)
{
    if (key == QLatin1String("running"))
        return CohortStatus::Running;
    if (key == QLatin1String("completed"))
        return CohortStatus::Completed;
    return CohortStatus::Planned;
}

std::vector<CohortSession> planSessions(const Program& program, const QDate& start, const QString& place)
{
    std::vector<CohortSession> sessions;
    QDate day = start;
    int position = 0;
    for (const Workshop& workshop : program.workshops) {
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        CohortSession session;
        session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        session.workshopId = workshop.id;
        session.position = ++position;
        session.date = day;
        session.start = workshop.defaultStart;
        session.end = workshop.defaultStart.addSecs(workshop.totalMinutes() * 60);
        session.place = place;
        session.contactMinutes = workshop.contactMinutes();
        sessions.push_back(session);
        day = day.addDays(1);
    }
    return sessions;
}

const std::vector<AgendaBlock>& sessionBlocks(const CohortSession& session, const Workshop& workshop)
{
    return session.agenda.empty() ? workshop.blocks : session.agenda;
}

Workshop sessionWorkshop(const CohortSession& session, const Workshop& workshop)
{
    Workshop shown = workshop;
    shown.blocks = sessionBlocks(session, workshop);
    return shown;
}

void setSessionAgenda(CohortSession& session, const Workshop& workshop, std::vector<AgendaBlock> agenda)
{
    session.agenda = std::move(agenda);
    const Workshop shown = sessionWorkshop(session, workshop);
    session.end = session.start.addSecs(shown.totalMinutes() * 60);
    session.contactMinutes = shown.contactMinutes();
}

QString attendanceStatusKey(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QStringLiteral("present");
    case AttendanceStatus::Late:
        return QStringLiteral("late");
    case AttendanceStatus::LeftEarly:
        return QStringLiteral("left-early");
    case AttendanceStatus::Absent:
        return QStringLiteral("absent");
    case AttendanceStatus::Excused:
        return QStringLiteral("excused");
    }
    return {};
}

AttendanceStatus attendanceStatusFromKey(const QString& key)
{
    for (AttendanceStatus status : {AttendanceStatus::Present, AttendanceStatus::Late,
             AttendanceStatus::LeftEarly, AttendanceStatus::Absent, AttendanceStatus::Excused})
        if (attendanceStatusKey(status) == key)
            return status;
    return AttendanceStatus::Absent;
}

int earnedContactMinutes(const AttendanceMark& mark, int sessionContactMinutes)
{
    switch (mark.status) {
    case AttendanceStatus::Present:
        return sessionContactMinutes;
    case AttendanceStatus::Late:
    case AttendanceStatus::LeftEarly:
        return std::clamp(sessionContactMinutes - mark.minutesMissed, 0, sessionContactMinutes);
    case AttendanceStatus::Absent:
    case AttendanceStatus::Excused:
        return 0;
    }
    return 0;
}

bool meetsCompletion(int earnedMinutes, int programContactMinutes, int percent)
{
    if (programContactMinutes <= 0)
        return false;
    // Integer arithmetic: earned/total >= percent/100, without rounding surprises.
    return qint64(earnedMinutes) * 100 >= qint64(programContactMinutes) * percent;
}

} // namespace pcs
