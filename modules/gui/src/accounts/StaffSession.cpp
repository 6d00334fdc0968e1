#include "pcs/gui/StaffSession.h"

#include "pcs/domain/AuditEntry.h"
#include "pcs/domain/Clock.h"
#include "pcs/log/Log.h"
#include "pcs/storage/AccountStore.h"
#include "pcs/storage/AuditLogStore.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace pcs::gui {

namespace {

QString& signedInActor()
{
    static QString actor;
    return actor;
}

} // namespace

QString StaffSession::currentActor()
{
    return signedInActor().isEmpty() ? QStringLiteral("desktop") : signedInActor();
}

StaffSession::StaffSession(storage::Database& database, Account account, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_account(std::move(account))
    , m_clock(clock)
    , m_lastActivityUtc(clock.nowUtc())
{
    signedInActor() = m_account.userName;
}

StaffSession::~StaffSession()
{
    signedInActor().clear();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void StaffSession::setIdleLimit(std::chrono::seconds limit)
{
    m_idleLimit = std::max(limit, kWarning + std::chrono::seconds(30));
}

int StaffSession::secondsUntilLock() const
{
    if (m_locked)
        return 0;
    const qint64 idle = m_lastActivityUtc.secsTo(m_clock.nowUtc());
    return int(std::max<qint64>(0, m_idleLimit.count() - idle));
}

void StaffSession::noteActivity()
{
    if (m_locked)
        return;
    m_lastActivityUtc = m_clock.nowUtc();
    if (m_warning) {
        m_warning = false;
        Q_EMIT warningCancelled();
    }
}

void StaffSession::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (m_warning) {
        m_warning = false;
        Q_EMIT warningCancelled();
    }
    m_lastActivityUtc = m_clock.nowUtc();
}

void StaffSession::check()
{
    if (m_locked || m_suspended)
        return;
    const int left = secondsUntilLock();
    if (left <= 0) {
        lockNow();
        return;
    }
    if (left <= kWarning.count()) {
        if (!m_warning) {
            m_warning = true;
            Q_EMIT warningStarted(left);
        } else {
            Q_EMIT warningTick(left);
        }
    }
}

void StaffSession::lockNow()
{
    if (m_locked)
        return;
    m_warning = false;
    m_locked = true;
    audit(QStringLiteral("session.locked"));
    log::info(QStringLiteral("Screen locked"));
    Q_EMIT locked();
}

Result<void> StaffSession::unlock(const QString& userName, const QString& password)
{
    const auto signedIn = storage::AccountStore(m_database).signIn(userName, password);
    if (!signedIn)
        return std::unexpected(signedIn.error());
    unlockAs(*signedIn);
    return {};
}

void StaffSession::unlockAs(const Account& verified)
{
    const bool otherAccount = verified.id != m_account.id;
    m_account = verified;
    signedInActor() = m_account.userName;
    m_locked = false;
    m_lastActivityUtc = m_clock.nowUtc();
    audit(QStringLiteral("session.unlocked"));
    log::info(QStringLiteral("Screen unlocked"));
    if (otherAccount)
        Q_EMIT accountChanged(m_account);
    Q_EMIT unlocked();
}

void StaffSession::watch()
{
    QCoreApplication::instance()->installEventFilter(this);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(1000);
        connect(m_timer, &QTimer::timeout, this, &StaffSession::check);
    }
    m_timer->start();
}

bool StaffSession::eventFilter(QObject* watched, QEvent* event)
{
    // Only input from the person at the keyboard counts: events the window system delivered are
    // spontaneous, while those Qt makes itself (a mouse move when a widget appears under the
    // pointer, say) would otherwise cancel the idle warning that has just been shown.
    if (!event->spontaneous())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void StaffSession::audit(const QString& action)
{
    // The lock itself must not fail on a full disk; the failure is logged instead.
    const auto appended = storage::AuditLogStore(m_database)
                              .append(AuditEntry{0, {}, m_account.userName, action, m_account.id, {}});
    if (!appended)
        log::warning(QStringLiteral("Could not audit %1: %2").arg(action, appended.error().message));
}

} // namespace pcs::gui
