#pragma once
// What the process asks of the windowing system before the application object
// exists.

namespace griddesk::app::windowsystem {

// The console draws with QPainter only: QGIS's raster map renderer, widgets,
// and Qt Charts without OpenGL. On X11, Qt's xcb platform still loads the
// system's OpenGL (GLX, the driver and, with Mesa, LLVM) to choose the first
// window's visual: some 50 MB of resident memory, and 100–190 ms of dynamic
// loading when the splash first shows. Unless the user named an integration
// (QT_XCB_GL_INTEGRATION), none is loaded. Nothing changes on other platforms.
void leaveOpenGlUnloaded();

} // namespace griddesk::app::windowsystem
