#include "SettingsPage.h"

#include "pcs/gui/AppSettings.h"
#include "pcs/log/Log.h"
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
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    languageForm->addRow(tr("&Interface language:"), m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
    layout->addWidget(languageBox);

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

void SettingsPage::languageChosen(int index)
{
    const QString language = m_language->itemData(index).toString();
    AppSettings::setLanguage(language);
    Q_EMIT languageChanged(language);
    log::info(QStringLiteral("Interface language set to '%1'").arg(language));
}

} // namespace pcs::gui
