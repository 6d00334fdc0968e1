#pragma once

#include "pcs/storage/AccountStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// The learner's PIN, where the window uses them: checked through LearnerPinStore (a wrong PIN and
// the wait after several are the store's messages), or chosen on first use, typed twice. The
// digits never leave the fields except to the store, and the fields are emptied after every try.
class PinPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Check, Set };

    PinPage(storage::Database& database, storage::PasswordHashParameters parameters, const QString& personId,
        const QString& learnerName, Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QLineEdit* pinEdit() const { return m_pin; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QString errorText() const;
    // Checks or sets the PIN typed; emits accepted() when it is right (or set).
    void tryPin();

Q_SIGNALS:
    void accepted();
    void declined();

private:
    void showError(const QString& message);

    storage::Database& m_database;
    storage::PasswordHashParameters m_parameters;
    QString m_personId;
    Mode m_mode;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_repeat = nullptr; // Set only
    QLabel* m_error = nullptr;
};

} // namespace pcs::gui
