#include "WindowPresence.h"

#include <QGuiApplication>
#include <QWidget>
#include <QWindow>

#if defined(PCS_HAVE_XCB)
#include <QtGui/qguiapplication_platform.h>

#include <xcb/xcb.h>

#include <cstdlib>
#endif

namespace pcs::gui::kiosk {

bool nativeWindowExists(const QWidget& window)
{
    const QWindow* handle = window.windowHandle();
    if (!handle || !handle->handle())
        return true; // not created (yet): nothing the window system could have taken away
#if defined(PCS_HAVE_XCB) && QT_CONFIG(xcb)
    auto* x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11 || !x11->connection())
        return true; // not on X11 (offscreen, Wayland)
    xcb_connection_t* connection = x11->connection();
    const auto id = static_cast<xcb_window_t>(handle->winId());
    // A checked request: its error (BadWindow once the window is destroyed) comes back here, not
    // to Qt's event loop.
    xcb_generic_error_t* error = nullptr;
    xcb_get_window_attributes_reply_t* reply
        = xcb_get_window_attributes_reply(connection, xcb_get_window_attributes(connection, id), &error);
    const bool exists = reply != nullptr;
    std::free(reply);
    std::free(error);
    return exists;
#else
    return true;
#endif
}

} // namespace pcs::gui::kiosk
