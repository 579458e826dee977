#pragma once
// What the main window offers feature modules: menus, shared toolbars, dock
// placement, the header bar and the status bar. Modules own their actions,
// docks and map tools; the window only hosts them.

#include <Qt>

class QDockWidget;
class QMainWindow;
class QMenu;
class QStatusBar;
class QString;
class QToolBar;
class QWidget;

namespace griddesk::app {

class ModuleHost
{
public:
    enum class Menu { File, View, Map, Incidents, Registers, Help };

    virtual ~ModuleHost() = default;
    virtual QMainWindow *window() = 0;
    virtual QMenu *menu(Menu which) = 0;
    // Adds the dock and its toggle action in the View menu.
    virtual void addDock(QDockWidget *dock, Qt::DockWidgetArea area) = 0;
    // Adds the dock as a tab behind the dock named `front`, which stays in
    // front; where that dock is not there, as addDock() in `area`.
    virtual void addDockBehind(QDockWidget *dock, const QString &front, Qt::DockWidgetArea area) = 0;
    // A toolbar shared between modules, created on first request.
    virtual QToolBar *toolBar(const QString &objectName, const QString &title) = 0;
    // A compact widget for the header bar (figures readable from across the room).
    virtual void addHeaderIndicator(QWidget *indicator) = 0;
    // A full-width strip in the header, under its figures (bulletins in force).
    virtual void setHeaderBanner(QWidget *banner) = 0;
    virtual QStatusBar *statusBar() = 0;
};

} // namespace griddesk::app
