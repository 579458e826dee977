#pragma once
// The console's main window. It hosts feature modules and keeps the window
// layout between runs; features live in the modules, not here.

#include "ModuleHost.h"
#include "StoreLocation.h"

#include <QHash>
#include <QMainWindow>
#include <QVector>

namespace griddesk::app {

class ConsoleSession;
class FeatureModule;
class HeaderBar;

class MainWindow : public QMainWindow, public ModuleHost
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // ModuleHost
    QMainWindow *window() override { return this; }
    QMenu *menu(Menu which) override;
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void addDockBehind(QDockWidget *dock, const QString &front, Qt::DockWidgetArea area) override;
    QToolBar *toolBar(const QString &objectName, const QString &title) override;
    void addHeaderIndicator(QWidget *indicator) override;
    void setHeaderBanner(QWidget *banner) override;
    QStatusBar *statusBar() override { return QMainWindow::statusBar(); }

    ConsoleSession &session() const { return m_session; }
    HeaderBar *headerBar() const { return m_header; }
    // Saves geometry and dock layout (also done on close).
    void saveLayout();
    // Shows the window as it was left when that fits this screen; otherwise
    // (first run, another class of screen, a window larger than the screen) maximised.
    void showAsSaved();
    // The same, on a screen whose available area is `available`.
    void showAsSaved(const QRect &available);
    // Sizes the docks for the window's current size, leaving the map most of the room.
    void applyDefaultDockSizes();

Q_SIGNALS:
    void openDatabaseRequested(const griddesk::StoreLocation &location);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseDatabase();
    void showAbout();

    ConsoleSession &m_session;
    HeaderBar *m_header = nullptr;
    QHash<int, QMenu *> m_menus;
    QHash<QString, QToolBar *> m_toolBars;
    QVector<FeatureModule *> m_modules;
    QByteArray m_defaultState;
    bool m_stateRestored = false;
};

} // namespace griddesk::app
