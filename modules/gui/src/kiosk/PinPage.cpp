#include "PinPage.h"

#include "KioskStyle.h"

#include "pcs/services/AppSettings.h"
#include "pcs/storage/LearnerPinStore.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pcs::gui {
namespace {

QLineEdit* pinField(const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(storage::LearnerPinStore::kMaximumPinLength);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14 + 24);
    kiosk::scaleFont(edit, 1.6);
    return edit;
}

} // namespace

PinPage::PinPage(storage::Database& database, storage::PasswordHashParameters parameters,
    const QString& personId, const QString& learnerName, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_parameters(parameters)
    , m_personId(personId)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("pin-page"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* name = kiosk::textLabel(learnerName, this, QStringLiteral("pin-name"));
    name->setAlignment(Qt::AlignCenter);
    kiosk::scaleFont(name, 2.0, true);
    layout->addWidget(name);
    auto* explanation = kiosk::textLabel(mode == Mode::Check
            ? tr("Enter your PIN to continue.")
            : tr("Choose a PIN of %n digits. You will need it to continue your self-assessment later, "
                 "so that nobody else can answer in your name.",
                nullptr, services::AppSettings::pinLength()),
        this, QStringLiteral("pin-explanation"));
    explanation->setAlignment(Qt::AlignCenter);
    layout->addWidget(explanation);
    layout->addSpacing(12);

    auto* form = new QFormLayout;
    form->setFormAlignment(Qt::AlignHCenter);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pin = pinField(mode == Mode::Check ? tr("Your PIN") : tr("New PIN"), this);
    m_pin->setObjectName(QStringLiteral("pin"));
    form->addRow(mode == Mode::Check ? tr("&PIN:") : tr("&New PIN:"), m_pin);
    if (mode == Mode::Set) {
        m_repeat = pinField(tr("The same PIN again"), this);
        m_repeat->setObjectName(QStringLiteral("pin-repeat"));
        form->addRow(tr("&Again:"), m_repeat);
    }
    layout->addLayout(form);
    m_error = kiosk::textLabel(QString(), this, QStringLiteral("pin-error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* back = kiosk::button(tr("Not me, go back"), tr("This is not me: go back"), this);
    back->setObjectName(QStringLiteral("pin-back"));
    buttons->addWidget(back);
    auto* ok = kiosk::button(mode == Mode::Check ? tr("Continue") : tr("Set my PIN"),
        mode == Mode::Check ? tr("Continue with this PIN") : tr("Set my PIN"), this, true);
    ok->setObjectName(QStringLiteral("pin-ok"));
    buttons->addWidget(ok);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    if (m_repeat)
        setTabOrder(m_pin, m_repeat);
    setTabOrder(m_repeat ? m_repeat : m_pin, ok);
    setTabOrder(ok, back);
    setFocusProxy(m_pin);

    connect(ok, &QPushButton::clicked, this, &PinPage::tryPin);
    connect(back, &QPushButton::clicked, this, &PinPage::declined);
    if (m_repeat) {
        connect(
            m_pin, &QLineEdit::returnPressed, m_repeat, [this] { m_repeat->setFocus(Qt::TabFocusReason); });
        connect(m_repeat, &QLineEdit::returnPressed, this, &PinPage::tryPin);
    } else {
        connect(m_pin, &QLineEdit::returnPressed, this, &PinPage::tryPin);
    }
}

QString PinPage::errorText() const
{
    return m_error->text();
}

void PinPage::tryPin()
{
    const QString pin = m_pin->text();
    const QString repeat = m_repeat ? m_repeat->text() : QString();
    // Nothing typed stays in the fields, whatever happens next.
    m_pin->setText(QString());
    if (m_repeat)
        m_repeat->setText(QString());
    // A new PIN has the length Settings ask for; one set before may have 4 to 6 digits.
    const int length = services::AppSettings::pinLength();
    if (m_mode == Mode::Set ? !storage::LearnerPinStore::isWellFormed(pin) || pin.size() != length
                            : !storage::LearnerPinStore::isWellFormed(pin)) {
        showError(m_mode == Mode::Set ? tr("A new PIN is %n digits.", nullptr, length)
                                      : tr("A PIN is 4 to 6 digits."));
        return;
    }
    storage::LearnerPinStore pins(m_database, m_parameters);
    if (m_mode == Mode::Set) {
        if (pin != repeat) {
            showError(tr("The two PINs are not the same. Type your new PIN twice."));
            return;
        }
        const auto set = pins.setPin(m_personId, pin, QStringLiteral("kiosk"), length);
        if (!set) {
            showError(set.error().message);
            return;
        }
    } else {
        const auto checked = pins.checkPin(m_personId, pin);
        if (!checked) {
            showError(checked.error().message);
            return;
        }
    }
    Q_EMIT accepted();
}

void PinPage::showError(const QString& message)
{
    m_error->setText(message);
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    m_pin->setFocus(Qt::OtherFocusReason);
}

} // namespace pcs::gui
