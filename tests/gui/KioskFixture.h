#pragma once

// A database for the self-assessment kiosk tests: a bilingual curriculum whose program "staff" has
// three topics (listening: 2 items, strengths: 3, goals: 1), PCS-like scales with anchors
// (competence 1-5, desire 1-4), three MicroCoaching tools, a SAW plan template (a text field
// "application" and a date "by-when"); a cohort of that program with a roster;
// a staff account "sam" for the kiosk's exit screen.

#include "pcs/domain/Clock.h"
#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"
#include "pcs/storage/AccountStore.h"
#include "pcs/storage/Database.h"

#include <QAccessible>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QAccessibleInterface;
class QWidget;

namespace pcs::test {

inline constexpr storage::PasswordHashParameters kCheapHash{1, 1024, 1};
inline const QString kStaffPassword = QStringLiteral("correct horse 42");

CurriculumPackage kioskPackage();

struct KioskFixture {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2027, 3, 1), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<storage::Database> database;
    CurriculumPackage package = kioskPackage();
    Cohort cohort;
    std::vector<Person> learners; // in the order given

    // `names` as "First Last" or "First Last/fr" for a learner who prefers French.
    explicit KioskFixture(
        const QStringList& names = {QStringLiteral("Amina Haddad/fr"), QStringLiteral("Ben Okafor"),
            QStringLiteral("Chloé Tremblay"), QStringLiteral("Zoë Quenneville")});

    const Person& learner(const QString& lastName) const;
    AssessmentWindow openWindow(AssessmentPhase phase, bool usesPins = false, bool collectThen = false);
    void closeWindow(const AssessmentWindow& window);
    // The program's items in order, as the kiosk asks them.
    std::vector<AssessmentItem> items() const;
};

// Every name, value and description of `node` and its children in the accessibility tree.
void collectAccessibleTexts(QAccessibleInterface* node, QStringList& texts);
// The text of `top` and of every widget in it as anyone could read it: titles, accessible names and
// descriptions, tooltips, labels, fields, buttons, group titles, and every item of its views (all
// rows, columns and children, display, tooltip and accessible roles).
void collectWidgetTexts(QWidget* top, QStringList& texts);

// Every name, value and description in the application's accessibility tree, and the text of every
// widget of every top-level window (shown or not): what could still be read off the kiosk.
QString everythingReadable();

} // namespace pcs::test
