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

private:
    void languageChosen(int index);

    storage::Database& m_database;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
};

} // namespace pcs::gui
