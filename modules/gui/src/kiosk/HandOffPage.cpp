#include "HandOffPage.h"

#include "KioskStyle.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace pcs::gui {
namespace {

QStringList foldedWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-'’.,]+"));
    return foldForComparison(text).split(separators, Qt::SkipEmptyParts);
}

bool matches(const Person& person, const QStringList& query)
{
    const QStringList words = foldedWords(person.firstName + u' ' + person.lastName);
    return std::all_of(query.begin(), query.end(), [&](const QString& typed) {
        return std::any_of(
            words.begin(), words.end(), [&](const QString& word) { return word.startsWith(typed); });
    });
}

} // namespace

HandOffPage::HandOffPage(const QString& cohortTitle, const QString& phaseTitle, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hand-off-page"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(820);
    panel->setMinimumWidth(560);
    outer->addWidget(panel, 4);
    outer->addStretch(1);
    auto* layout = new QVBoxLayout(panel);
    layout->setSpacing(12);
    layout->addSpacing(24);
    auto* title = kiosk::textLabel(phaseTitle, panel, QStringLiteral("hand-off-title"));
    kiosk::scaleFont(title, 1.8, true);
    layout->addWidget(title);
    auto* cohort = kiosk::textLabel(cohortTitle, panel, QStringLiteral("hand-off-cohort"));
    cohort->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(cohort);
    layout->addSpacing(16);
    auto* prompt = kiosk::textLabel(tr("Find your name to start"), panel);
    kiosk::scaleFont(prompt, 1.3, true);
    layout->addWidget(prompt);
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("hand-off-search"));
    m_search->setAccessibleName(tr("Search for your name"));
    m_search->setPlaceholderText(tr("Type the first letters of your first or last name"));
    m_search->setClearButtonEnabled(false);
    kiosk::scaleFont(m_search, 1.3);
    m_search->installEventFilter(this);
    prompt->setBuddy(m_search);
    layout->addWidget(m_search);
    m_hint = kiosk::textLabel(QString(), panel, QStringLiteral("hand-off-hint"));
    m_hint->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(m_hint);
    m_results = new QListWidget(panel);
    m_results->setObjectName(QStringLiteral("hand-off-results"));
    m_results->setAccessibleName(tr("Names found"));
    m_results->setUniformItemSizes(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->installEventFilter(this);
    kiosk::scaleFont(m_results, 1.2);
    layout->addWidget(m_results, 1);
    m_results->hide(); // shown with the first name found
    m_notice = kiosk::textLabel(QString(), panel, QStringLiteral("hand-off-notice"));
    m_notice->setProperty("role", QStringLiteral("error"));
    layout->addWidget(m_notice);
    m_retry = kiosk::button(tr("Check again"), tr("Check again whether the self-assessment is open"), panel);
    m_retry->setObjectName(QStringLiteral("hand-off-retry"));
    m_retry->hide();
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch(0); // takes the room while no name is listed
    layout->addSpacing(24);

    connect(m_search, &QLineEdit::textChanged, this, &HandOffPage::search);
    connect(m_results, &QListWidget::itemActivated, this, &HandOffPage::activate);
    connect(m_retry, &QPushButton::clicked, this, &HandOffPage::retryRequested);
    setFocusProxy(m_search);
    search();
}

void HandOffPage::setLearners(std::vector<storage::LearnerStatus> learners, bool usesPins)
{
    m_learners = std::move(learners);
    m_usesPins = usesPins;
    search();
}

void HandOffPage::reset(const QString& notice)
{
    // setText, not clear(): clear() can be undone, and the previous learner's typing must not come back.
    m_search->setText(QString());
    m_results->clear();
    showNotice(notice);
    search();
}

void HandOffPage::setClosed(bool closed, const QString& message)
{
    m_search->setEnabled(!closed);
    m_results->setEnabled(!closed);
    m_retry->setVisible(closed);
    if (closed)
        showNotice(message);
}

void HandOffPage::showNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    if (!notice.isEmpty()) {
        QAccessibleEvent alert(m_notice, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QString HandOffPage::noticeText() const
{
    return m_notice->text();
}

void HandOffPage::search()
{
    m_results->clear();
    const QStringList query = foldedWords(m_search->text());
    m_results->hide();
    if (query.isEmpty()) {
        m_hint->setText(tr("Start typing your first or last name."));
        m_search->setAccessibleDescription(m_hint->text());
        return;
    }
    for (std::size_t i = 0; i < m_learners.size(); ++i) {
        const storage::LearnerStatus& learner = m_learners[i];
        if (!matches(learner.person, query))
            continue;
        // The name alone: nothing of where this person (or anyone else) is with the self-assessment.
        auto* item = new QListWidgetItem(learner.person.displayName(), m_results);
        item->setData(Qt::UserRole, learner.person.id);
    }
    m_results->setVisible(m_results->count() > 0);
    m_hint->setText(m_results->count() == 0
            ? tr("No name matches. Check the spelling, or ask your facilitator.")
            : m_results->count() == 1
            ? tr("1 name found. Press Down to go to it, then Enter to choose it.")
            : tr("%1 names found. Press Down to go to the names, then Enter to choose yours.")
                  .arg(m_results->count()));
    if (m_usesPins && m_results->count() > 0)
        m_hint->setText(m_hint->text() + u' ' + tr("You will be asked for your PIN."));
    m_search->setAccessibleDescription(m_hint->text());
    m_results->setAccessibleDescription(m_usesPins ? tr("You will be asked for your PIN.") : QString());
}

void HandOffPage::choose(const QString& personId)
{
    for (const storage::LearnerStatus& learner : m_learners) {
        if (learner.person.id != personId)
            continue;
        showNotice({});
        Q_EMIT learnerChosen(learner);
        return;
    }
}

void HandOffPage::activate(QListWidgetItem* item)
{
    if (item)
        choose(item->data(Qt::UserRole).toString());
}

bool HandOffPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_search) {
        if (key == Qt::Key_Down && m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_results->count() > 0) {
            activate(m_results->item(0));
            return true;
        }
    } else if (watched == m_results) {
        if (key == Qt::Key_Up && m_results->currentRow() <= 0) {
            m_search->setFocus(Qt::BacktabFocusReason);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_results->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pcs::gui
