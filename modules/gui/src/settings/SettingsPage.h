#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// The Settings workspace: interface language, the database in use and its backups, the log.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(storage::Database& database, QWidget* parent = nullptr);

Q_SIGNALS:
    void backupRequested();
    // The user chose another interface language ("en", "fr", or empty for the system's); it is saved.
    void languageChanged(const QString& language);

private:
    void languageChosen(int index);

    storage::Database& m_database;
    QComboBox* m_language = nullptr;
};

} // namespace pcs::gui
