#include "SettingsPage.h"

#include "../accounts/AccountsDialog.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/log/Log.h"
#include "pcs/services/AppSettings.h"
#include "pcs/storage/Database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace pcs::gui {
namespace {

QLineEdit* readOnlyField(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* field = new QLineEdit(text, parent);
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    field->setCursorPosition(0);
    return field;
}

QPushButton* openFolderButton(
    const QString& label, const QString& accessibleName, const QString& folder, QWidget* parent)
{
    auto* button = new QPushButton(label, parent);
    button->setAccessibleName(accessibleName);
    QObject::connect(button, &QPushButton::clicked, parent,
        [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    return button;
}

} // namespace

SettingsPage::SettingsPage(storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("settings-content"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("language-choice"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(services::AppSettings::language())));
    languageForm->addRow(tr("&Interface language:"), m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
    layout->addWidget(languageBox);

    auto* privacyBox = new QGroupBox(tr("Privacy"), this);
    auto* privacyForm = new QFormLayout(privacyBox);
    m_lockMinutes = new QSpinBox(privacyBox);
    m_lockMinutes->setObjectName(QStringLiteral("lock-minutes"));
    m_lockMinutes->setAccessibleName(tr("Minutes without use before the screen locks"));
    m_lockMinutes->setRange(
        services::AppSettings::kMinimumLockMinutes, services::AppSettings::kMaximumLockMinutes);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(services::AppSettings::lockMinutes());
    m_lockMinutes->setToolTip(tr("Staff screens lock after this long without use; a warning comes first."));
    privacyForm->addRow(tr("&Lock the screen after:"), m_lockMinutes);
    connect(m_lockMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        services::AppSettings::setLockMinutes(minutes);
        Q_EMIT lockMinutesChanged(minutes);
    });
    auto* pinLength = new QSpinBox(privacyBox);
    pinLength->setObjectName(QStringLiteral("pin-length"));
    pinLength->setAccessibleName(tr("Digits of a new learner PIN"));
    pinLength->setRange(services::AppSettings::kMinimumPinLength, services::AppSettings::kMaximumPinLength);
    pinLength->setSuffix(tr(" digits"));
    pinLength->setValue(services::AppSettings::pinLength());
    pinLength->setToolTip(tr("New kiosk PINs have this many digits; PINs set before keep working. Six "
                             "digits are a hundred times harder to guess than four."));
    privacyForm->addRow(tr("New learner PI&Ns have:"), pinLength);
    connect(pinLength, &QSpinBox::valueChanged, this,
        [](int digits) { services::AppSettings::setPinLength(digits); });
    layout->addWidget(privacyBox);

    auto* reportsBox = new QGroupBox(tr("Reports"), this);
    auto* reportsForm = new QFormLayout(reportsBox);
    m_paper = new QComboBox(reportsBox);
    m_paper->setObjectName(QStringLiteral("paper-choice"));
    m_paper->setAccessibleName(tr("Paper size of reports"));
    m_paper->addItem(tr("As the system (Letter in Canada)"), QString());
    m_paper->addItem(tr("Letter (8.5 × 11 in)"), QStringLiteral("letter"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("a4"));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(services::AppSettings::paper())));
    m_paper->setToolTip(tr("Reports, certificates, sign-in sheets and job aids are laid out on this paper."));
    reportsForm->addRow(tr("&Paper size:"), m_paper);
    connect(m_paper, &QComboBox::currentIndexChanged, this,
        [this](int index) { services::AppSettings::setPaper(m_paper->itemData(index).toString()); });
    layout->addWidget(reportsBox);

    m_accounts = new QGroupBox(tr("Staff accounts"), this);
    m_accounts->setObjectName(QStringLiteral("accounts-box"));
    auto* accountsLayout = new QHBoxLayout(m_accounts);
    auto* accountsText
        = new QLabel(tr("Administrators add facilitators, trainers and champions, reset forgotten "
                        "passwords and disable accounts no longer in use."),
            m_accounts);
    accountsText->setWordWrap(true);
    accountsLayout->addWidget(accountsText, 1);
    auto* manage = new QPushButton(tr("&Manage accounts…"), m_accounts);
    manage->setObjectName(QStringLiteral("manage-accounts"));
    manage->setAccessibleName(tr("Manage staff accounts"));
    accountsLayout->addWidget(manage);
    connect(manage, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        AccountsDialog dialog(*m_session, this);
        dialog.exec();
    });
    m_accounts->hide();
    layout->addWidget(m_accounts);

    auto* databaseBox = new QGroupBox(tr("Database"), this);
    auto* databaseForm = new QFormLayout(databaseBox);
    auto* path = readOnlyField(QDir::toNativeSeparators(database.path()), tr("Database file"), databaseBox);
    path->setObjectName(QStringLiteral("database-path"));
    databaseForm->addRow(tr("&File:"), path);
    auto* version
        = readOnlyField(QString::number(database.schemaVersion()), tr("Schema version"), databaseBox);
    databaseForm->addRow(tr("&Schema version:"), version);
    auto* installation = readOnlyField(database.installationId(), tr("Installation id"), databaseBox);
    databaseForm->addRow(tr("I&nstallation id:"), installation);
    auto* databaseButtons = new QHBoxLayout();
    auto* backup = new QPushButton(tr("&Back up now…"), databaseBox);
    backup->setObjectName(QStringLiteral("backup-button"));
    backup->setAccessibleName(tr("Back up the database now"));
    connect(backup, &QPushButton::clicked, this, &SettingsPage::backupRequested);
    databaseButtons->addWidget(backup);
    databaseButtons->addWidget(openFolderButton(tr("Open database &folder"), tr("Open the database folder"),
        QFileInfo(database.path()).absolutePath(), databaseBox));
    databaseButtons->addStretch(1);
    databaseForm->addRow(databaseButtons);
    layout->addWidget(databaseBox);

    auto* logBox = new QGroupBox(tr("Log"), this);
    auto* logForm = new QFormLayout(logBox);
    const QString logFile = log::filePath();
    auto* logPath = readOnlyField(
        logFile.isEmpty() ? tr("Logging to the terminal only") : QDir::toNativeSeparators(logFile),
        tr("Log file"), logBox);
    logForm->addRow(tr("L&og file:"), logPath);
    if (!logFile.isEmpty()) {
        auto* logButtons = new QHBoxLayout();
        logButtons->addWidget(openFolderButton(
            tr("Open &log folder"), tr("Open the log folder"), QFileInfo(logFile).absolutePath(), logBox));
        logButtons->addStretch(1);
        logForm->addRow(logButtons);
    }
    layout->addWidget(logBox);
    layout->addStretch(1);
}

void SettingsPage::setSession(StaffSession* session)
{
    m_session = session;
    const auto update
        = [this] { m_accounts->setVisible(m_session && m_session->account().role == Role::Administrator); };
    update();
    if (session)
        connect(session, &StaffSession::accountChanged, this, update);
}

void SettingsPage::languageChosen(int index)
{
    const QString language = m_language->itemData(index).toString();
    services::AppSettings::setLanguage(language);
    Q_EMIT languageChanged(language);
    log::info(QStringLiteral("Interface language set to '%1'").arg(language));
}

} // namespace pcs::gui
