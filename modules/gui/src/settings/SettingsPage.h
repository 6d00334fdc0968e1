#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// The Settings workspace: interface language, lock time, report paper, the database in use and its backups,
// the log.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(storage::Database& database, QWidget* parent = nullptr);
    // Administrators get the staff accounts section.
    void setSession(class StaffSession* session);

Q_SIGNALS:
    void backupRequested();
    // The user chose another interface language ("en", "fr", or empty for the system's); it is saved.
    void languageChanged(const QString& language);
    // The user chose another idle time before staff screens lock; it is saved.
    void lockMinutesChanged(int minutes);

private:
    void languageChosen(int index);

    storage::Database& m_database;
    QComboBox* m_language = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QComboBox* m_paper = nullptr;
    QGroupBox* m_accounts = nullptr;
    class StaffSession* m_session = nullptr;
};

} // namespace pcs::gui
