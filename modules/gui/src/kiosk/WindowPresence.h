#pragma once

class QWidget;

namespace pcs::gui::kiosk {

// Whether the window system still has `window`'s native window. A window manager (or
// `xdotool windowclose`) can destroy an X11 window outright, with no close event and nothing Qt
// notices: the process would go on with no window at all, the database still open and locked.
// On X11 this asks the X server (one round trip); on other platforms, and for a window not created
// yet, it answers true.
bool nativeWindowExists(const QWidget& window);

} // namespace pcs::gui::kiosk
