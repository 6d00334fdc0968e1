#include "KioskFixture.h"

#include "pcs/storage/AccountStore.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/LearnerPinStore.h"
#include "pcs/storage/PeopleStore.h"

#include <QtWidgets>

#include <catch2/catch.hpp>

namespace pcs::test {
namespace {

LocalizedText text(const char* en, const char* fr)
{
    return {QString::fromUtf8(en), QString::fromUtf8(fr)};
}

ScaleAnchor anchor(int value, LocalizedText label, LocalizedText description)
{
    return {value, std::move(label), std::move(description)};
}

AssessmentItem item(const char* id, const char* topic, const char* en, const char* fr)
{
    return {QString::fromUtf8(id), QStringLiteral("staff"), QString::fromUtf8(topic), text(en, fr)};
}

MicroCoachingTool tool(int number, const char* id, LocalizedText title)
{
    MicroCoachingTool result;
    result.id = QString::fromUtf8(id);
    result.number = number;
    result.title = std::move(title);
    result.summary = text("In brief.", "En bref.");
    result.jobAidMarkdown = text("# Tool", "# Outil");
    return result;
}

void collectModel(
    const QAbstractItemModel* model, const QModelIndex& parent, QStringList& texts, int depth = 0)
{
    if (depth > 8)
        return;
    for (int row = 0; row < model->rowCount(parent); ++row)
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                     int(Qt::AccessibleDescriptionRole), int(Qt::StatusTipRole)})
                texts << index.data(role).toString();
            if (column == 0 && model->hasChildren(index))
                collectModel(model, index, texts, depth + 1);
        }
}

void collectAccessible(QAccessibleInterface* node, QStringList& texts, int depth)
{
    if (!node || depth > 80)
        return;
    for (QAccessible::Text kind : {QAccessible::Name, QAccessible::Value, QAccessible::Description})
        if (const QString t = node->text(kind); !t.isEmpty())
            texts << t;
    for (int i = 0; i < node->childCount(); ++i)
        collectAccessible(node->child(i), texts, depth + 1);
}

} // namespace

CurriculumPackage kioskPackage()
{
    CurriculumPackage package;
    package.id = QStringLiteral("kiosk-fixture");
    package.version = 1;
    package.released = QDate(2027, 1, 4);
    package.title = text("Kiosk fixture", "Paquet du kiosque");
    package.tools = {tool(1, "active-listening", text("Active Listening", "Écoute active")),
        tool(2, "strength-finder", text("Strength Finder", "Repérer les forces")),
        tool(3, "goal-ladder", text("Goal Ladder", "Échelle des objectifs"))};
    package.topics = {
        {QStringLiteral("listening"), text("Listening", "Écoute"),
            text("Hearing what matters to the person.", "Entendre ce qui compte pour la personne."),
            {QStringLiteral("active-listening")}},
        {QStringLiteral("strengths"), text("Strengths", "Forces"),
            text("Building on what the person can already do.",
                "Miser sur ce que la personne sait déjà faire."),
            {QStringLiteral("strength-finder"), QStringLiteral("active-listening")}},
        {QStringLiteral("goals"), text("Goals", "Objectifs"), text("Small steps.", "Petits pas."),
            {QStringLiteral("goal-ladder")}},
    };
    Program staff;
    staff.id = QStringLiteral("staff");
    staff.order = 1;
    staff.title = text("PCS for Staff", "SCP pour le personnel");
    staff.topics = {QStringLiteral("listening"), QStringLiteral("strengths"), QStringLiteral("goals")};
    Workshop day;
    day.id = QStringLiteral("staff-day-1");
    day.title = text("Day 1", "Jour 1");
    day.defaultStart = QTime(9, 0);
    day.blocks = {{QStringLiteral("b1"), text("Block", "Bloc"), 180, false, {}, {}, {}}};
    staff.workshops = {day};
    package.programs = {staff};

    AssessmentBank& bank = package.assessment;
    bank.competence = {1, 5, text("My current competence", "Ma compétence actuelle"),
        {anchor(
             1, text("Not yet", "Pas encore"), text("I am not able to do this yet.", "Pas encore capable.")),
            anchor(2, text("Getting started", "Je commence"), text("I need help.", "J'ai besoin d'aide.")),
            anchor(
                3, text("With some support", "Avec du soutien"), text("Sometimes with support.", "Parfois.")),
            anchor(4, text("Confident", "Avec assurance"), text("On my own.", "Seul.")),
            anchor(5, text("I could coach others", "Je pourrais guider"),
                text("I could teach it.", "Je l'enseigne."))}};
    bank.desire = {1, 4, text("My wish to develop this further", "Mon désir d'approfondir"),
        {anchor(1, text("No need", "Aucun besoin"), text("Not now.", "Pas maintenant.")),
            anchor(2, text("Low priority", "Faible priorité"), text("Later.", "Plus tard.")),
            anchor(3, text("Some priority", "Priorité moyenne"), text("Soon.", "Bientôt.")),
            anchor(4, text("High priority", "Haute priorité"), text("Now.", "Maintenant."))}};
    bank.items = {
        item("listen-1", "listening", "I can reflect back what a person told me.",
            "Je peux reformuler ce qu'une personne m'a dit."),
        item("listen-2", "listening", "I can notice what a person leaves unsaid.",
            "Je peux remarquer ce qu'une personne ne dit pas."),
        item("strength-1", "strengths", "I can name three strengths of a person I support.",
            "Je peux nommer trois forces d'une personne que j'accompagne."),
        item("strength-2", "strengths", "I can build a plan on a person's strengths.",
            "Je peux bâtir un plan sur les forces d'une personne."),
        item("strength-3", "strengths", "I can help a person see their own strengths.",
            "Je peux aider une personne à voir ses propres forces."),
        item("goal-1", "goals", "I can break a goal into small steps with a person.",
            "Je peux découper un objectif en petits pas avec une personne."),
    };
    // The SAW plan template: a text field and a date.
    package.templates.sawPlanIntro = text("Plan how you will use what you learned.",
        "Planifiez comment vous utiliserez ce que vous avez appris.");
    package.templates.sawPlanFields = {
        {QStringLiteral("application"), text("How I will apply it", "Comment je vais l'appliquer"),
            text("What you will do differently at work.", "Ce que vous ferez autrement au travail."), false},
        {QStringLiteral("by-when"), text("By when", "D'ici quand"), text("A date.", "Une date."), true},
    };
    return package;
}

KioskFixture::KioskFixture(const QStringList& names)
{
    REQUIRE(storage::LearnerPinStore::setInstallationKey(QByteArray(32, 'k')));
    storage::OpenOptions options;
    options.clock = &clock;
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("kiosk.sqlite")), options);
    if (!opened)
        FAIL("open failed: " << opened.error().message.toStdString());
    database = std::move(*opened);
    auto imported = storage::CurriculumStore(*database).import(package);
    if (!imported)
        FAIL(imported.error().message.toStdString());
    cohort.programId = QStringLiteral("staff");
    cohort.curriculumVersionId = imported->versionId;
    cohort.title = QStringLiteral("PCS for Staff — Timmins, March");
    cohort.location = QStringLiteral("Timmins");
    cohort.startDate = QDate(2027, 3, 1);
    cohort.sessions = planSessions(package.programs.front(), cohort.startDate, QStringLiteral("Room 2"));
    storage::CohortStore cohorts(*database);
    auto created = cohorts.create(cohort);
    if (!created)
        FAIL(created.error().message.toStdString());
    cohort = *created;
    std::vector<Person> people;
    for (const QString& entry : names) {
        const QString name = entry.section(u'/', 0, 0);
        Person person;
        person.firstName = name.section(u' ', 0, 0);
        person.lastName = name.section(u' ', 1);
        person.preferredLanguage
            = entry.section(u'/', 1).isEmpty() ? QStringLiteral("en") : entry.section(u'/', 1);
        people.push_back(person);
    }
    auto added = storage::PeopleStore(*database).add(people);
    if (!added)
        FAIL(added.error().message.toStdString());
    learners = *added;
    QStringList ids;
    for (const Person& person : learners)
        ids << person.id;
    if (auto onRoster = cohorts.addLearners(cohort.id, ids); !onRoster)
        FAIL(onRoster.error().message.toStdString());

    Account staff;
    staff.userName = QStringLiteral("sam");
    staff.displayName = QStringLiteral("Sam Facilitator");
    staff.role = Role::Facilitator;
    if (auto account
        = storage::AccountStore(*database, kCheapHash).create(staff, kStaffPassword, QStringLiteral("test"));
        !account)
        FAIL(account.error().message.toStdString());
}

const Person& KioskFixture::learner(const QString& lastName) const
{
    for (const Person& person : learners)
        if (person.lastName == lastName)
            return person;
    FAIL("no learner " << lastName.toStdString());
    return learners.front();
}

AssessmentWindow KioskFixture::openWindow(AssessmentPhase phase, bool usesPins, bool collectThen)
{
    auto opened = storage::AssessmentWindowStore(*database).openWindow(
        cohort.id, phase, usesPins, collectThen, QStringLiteral("sam"));
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return *opened;
}

void KioskFixture::closeWindow(const AssessmentWindow& window)
{
    if (auto closed = storage::AssessmentWindowStore(*database).closeWindow(window.id, QStringLiteral("sam"));
        !closed)
        FAIL(closed.error().message.toStdString());
}

std::vector<AssessmentItem> KioskFixture::items() const
{
    const Program& program = package.programs.front();
    return package.assessment.itemsFor(program.id, program.topics);
}

void collectAccessibleTexts(QAccessibleInterface* node, QStringList& texts)
{
    collectAccessible(node, texts, 0);
}

void collectWidgetTexts(QWidget* top, QStringList& texts)
{
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* widget : widgets) {
        texts << widget->windowTitle() << widget->accessibleName() << widget->accessibleDescription()
              << widget->toolTip();
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->text();
        if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
            texts << plain->toPlainText();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        if (auto* box = qobject_cast<QGroupBox*>(widget))
            texts << box->title();
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model())
            collectModel(view->model(), view->rootIndex(), texts);
    }
}

QString everythingReadable()
{
    QStringList texts;
    collectAccessibleTexts(QAccessible::queryAccessibleInterface(qApp), texts);
    for (QWidget* top : QApplication::topLevelWidgets())
        collectWidgetTexts(top, texts);
    return texts.join(u'\n');
}

} // namespace pcs::test
