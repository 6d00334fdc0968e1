#include "SignalQuit.h"

#include <QApplication>
#include <QDialog>

#include "pcs/log/Log.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace pcs::app {
namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    // Only async-signal-safe work here: one write; the event loop does the rest.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

} // namespace

void quitOnTerminationSignals(QCoreApplication& application)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        log::warning(QStringLiteral("Cannot watch for termination signals; a kill will not close cleanly."));
        return;
    }
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &application);
    QObject::connect(notifier, &QSocketNotifier::activated, &application, [&application] {
        char signal = 0;
        if (::read(g_signalPipe[1], &signal, 1) == 1)
            log::info(QStringLiteral("Signal %1 received; closing").arg(int(signal)));
        endEventLoops(application);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

void endEventLoops(QCoreApplication& application)
{
    // A dialog runs its own event loop; it is cancelled first so that quitting reaches the main loop.
    for (QWidget* window : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible())
            dialog->reject();
    application.quit();
    // A window that refuses to close (the kiosk, which only a staff password leaves) does not stop
    // a logout or shutdown: the event loop ends anyway.
    application.exit(0);
}

} // namespace pcs::app
