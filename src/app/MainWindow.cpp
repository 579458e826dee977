#include "MainWindow.h"
#include "DockTabTitles.h"
#include "StoreLocation.h"
#include "AppSettings.h"
#include "AssessmentModule.h"
#include "AuditModule.h"
#include "BoundaryModule.h"
#include "BulletinModule.h"
#include "ChangeWatcher.h"
#include "ConnectionDialog.h"
#include "ConsoleSession.h"
#include "DispatchModule.h"
#include "DisplayScaleDialog.h"
#include "ElidedLabel.h"
#include "HeaderBar.h"
#include "GuiWatchdog.h"
#include "IdentifyModule.h"
#include "IncidentModule.h"
#include "IntakeModule.h"
#include "MapModule.h"
#include "MeetingModule.h"
#include "ScreeningModule.h"
#include "grids/GridEditModule.h"
#include "grids/GridHistoryModule.h"
#include "StaffingModule.h"
#include "RegistersModule.h"
#include "WindowPlacement.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

#include <qgsmapcanvas.h>

namespace griddesk::app {

MainWindow::MainWindow(ConsoleSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GridDesk — %1").arg(session.townshipName()));
    setWindowIcon(QIcon(QStringLiteral(":/griddesk/icons/app")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | GroupedDragging);
    new DockTabTitles(this);
    // The layer panel and the details run the full height beside the map, so
    // neither is squeezed by the lists below it on a short screen.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_header = new HeaderBar(session.townshipName(), this);
    addToolBar(Qt::TopToolBarArea, m_header);
    addToolBarBreak(Qt::TopToolBarArea);
    createMenus();

    m_modules = {new MapModule(session, this), new IdentifyModule(session, this), new IncidentModule(session, this),
                 new DispatchModule(session, this), new IntakeModule(session, this),
                 new ScreeningModule(session, this), new AssessmentModule(session, this),
                 new MeetingModule(session, this), new AuditModule(session, this), new BulletinModule(session, this),
                 new GridHistoryModule(session, this), new BoundaryModule(session, this),
                 new GridEditModule(session, this),
                 new StaffingModule(session, this), new RegistersModule(session, this)};
    for (FeatureModule *m : m_modules) {
        GuiWatchdog::name(QStringLiteral("installing ") + QLatin1String(m->metaObject()->className()));
        m->install(*this);
        session.breathe(); // the opening window answers between modules
    }

    auto *dbLabel = new ElidedLabel(session.isServer() ? tr("Server: %1").arg(session.displayLocation())
                                                  : QFileInfo(session.opener().location().path()).fileName(), this);
    dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    dbLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    dbLabel->setToolTip(session.displayLocation());
    statusBar()->addPermanentWidget(dbLabel);
    if (session.user()) {
        const UserAccount &u = *session.user();
        auto *userLabel = new ElidedLabel(tr("%1 · %2 · %3").arg(u.displayName, role::displayName(u.role),
                                                            u.scopeCode.isEmpty() ? tr("all areas") : session.unitName(u.scopeCode)),
                                     this);
        userLabel->setObjectName(QStringLiteral("userLabel"));
        userLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        statusBar()->addPermanentWidget(userLabel);
    }
    // Offline: the console keeps showing what it has and reads only until the
    // server is back.
    connect(&session.watcher(), &ChangeWatcher::onlineChanged, this, [this](bool online) {
        m_header->setOnline(online);
        statusBar()->showMessage(online ? tr("Connected to the server again; the view is up to date.")
                                        : tr("The server cannot be reached: working offline, read only. "
                                             "Reconnecting by itself…"),
                                 online ? 10000 : 0);
    });

    connect(&session.watcher(), &ChangeWatcher::changed, this, [this] {
        m_header->setLiveState(true, tr("Last change received at %1")
                                         .arg(QLocale().toString(QDateTime::currentDateTime().time())));
    });
    connect(&session.watcher(), &ChangeWatcher::failed, this, [this](const QString &message) {
        m_header->setLiveState(false, message);
        statusBar()->showMessage(tr("Live updates stopped: %1").arg(message));
    });

    resize(1600, 960);
    applyDefaultDockSizes();
    m_defaultState = saveState(settings::kWindowStateVersion);
    const QByteArray state = settings::windowState();
    m_stateRestored = !state.isEmpty() && restoreState(state, settings::kWindowStateVersion);
}

MainWindow::~MainWindow()
{
    // A frame under way ends before the modules go: they take their layers
    // out of the project as they go, and a frame that ended afterwards would
    // store its images against deleted layers. Nothing draws again until
    // the window is gone.
    if (QgsMapCanvas *canvas = m_session.canvas()) {
        canvas->freeze(true);
        canvas->waitWhileRendering();
    }
}

void MainWindow::createMenus()
{
    struct Spec {
        Menu id;
        const char *name;
        QString title;
    };
    const Spec specs[] = {{Menu::File, "fileMenu", tr("&File")},
                          {Menu::View, "viewMenu", tr("&View")},
                          {Menu::Map, "mapMenu", tr("&Map")},
                          {Menu::Incidents, "incidentsMenu", tr("&Incidents")},
                          {Menu::Registers, "registersMenu", tr("&Registers")},
                          {Menu::Help, "helpMenu", tr("&Help")}};
    for (const Spec &s : specs) {
        QMenu *m = menuBar()->addMenu(s.title);
        m->setObjectName(QString::fromLatin1(s.name));
        m->menuAction()->setObjectName(QString::fromLatin1(s.name) + QStringLiteral("Action"));
        m_menus.insert(int(s.id), m);
    }

    auto *open = new QAction(QIcon(QStringLiteral(":/griddesk/icons/open-db")), tr("&Open Database…"), this);
    open->setObjectName(QStringLiteral("actionOpenDatabase"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseDatabase);
    menu(Menu::File)->addAction(open);
    auto *server = new QAction(QIcon(QStringLiteral(":/griddesk/icons/open-db")), tr("Connect to &Server…"), this);
    server->setObjectName(QStringLiteral("actionConnectServer"));
    connect(server, &QAction::triggered, this, [this] {
        ConnectionDialog dialog(this);
        if (m_session.isServer())
            dialog.setConnInfo(m_session.opener().location().conninfo());
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT openDatabaseRequested(dialog.location());
    });
    menu(Menu::File)->addAction(server);
    menu(Menu::File)->addSeparator();
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    menu(Menu::File)->addAction(quit);

    auto *reset = new QAction(tr("&Reset Window Layout"), this);
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    connect(reset, &QAction::triggered, this, [this] {
        restoreState(m_defaultState, settings::kWindowStateVersion);
        applyDefaultDockSizes();
    });
    menu(Menu::View)->addAction(reset);
    auto *scale = new QAction(tr("Display &Scale…"), this);
    scale->setObjectName(QStringLiteral("actionDisplayScale"));
    scale->setToolTip(tr("Enlarge everything for a projector or video wall (applies on the next start)"));
    connect(scale, &QAction::triggered, this, [this] { DisplayScaleDialog(this).exec(); });
    menu(Menu::View)->addAction(scale);
    menu(Menu::View)->addSeparator();

    auto *about = new QAction(tr("&About GridDesk"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    menu(Menu::Help)->addAction(about);
}

QMenu *MainWindow::menu(Menu which)
{
    return m_menus.value(int(which));
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    addDockWidget(area, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionToggle_") + dock->objectName());
    menu(Menu::View)->addAction(toggle);
}

void MainWindow::addDockBehind(QDockWidget *dock, const QString &front, Qt::DockWidgetArea area)
{
    QDockWidget *inFront = findChild<QDockWidget *>(front);
    addDock(dock, inFront ? dockWidgetArea(inFront) : area);
    if (inFront) {
        // A new tab comes to the front; the first thing a user sees must stay there.
        tabifyDockWidget(inFront, dock);
        inFront->raise();
    }
}

QToolBar *MainWindow::toolBar(const QString &objectName, const QString &title)
{
    if (QToolBar *existing = m_toolBars.value(objectName))
        return existing;
    QToolBar *bar = addToolBar(title);
    bar->setObjectName(objectName);
    bar->setIconSize(QSize(22, 22));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBars.insert(objectName, bar);
    QAction *toggle = bar->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionToggle_") + objectName);
    menu(Menu::View)->addAction(toggle);
    return bar;
}

void MainWindow::addHeaderIndicator(QWidget *indicator)
{
    m_header->addIndicator(indicator);
}

void MainWindow::setHeaderBanner(QWidget *banner)
{
    m_header->setBanner(banner);
}

void MainWindow::applyDefaultDockSizes()
{
    // The map gets the room. The layer panel is as wide as its legend (up to
    // nearly a quarter of the width), the details a fifth of the width and the
    // lists below under a third of the height, each within bounds that keep
    // them usable on a laptop and on a wall.
    const auto dock = [this](const char *name) { return findChild<QDockWidget *>(QString::fromLatin1(name)); };
    QList<QDockWidget *> sides;
    QList<int> widths;
    if (QDockWidget *layers = dock("layersDock")) {
        sides << layers;
        widths << qBound(layers->minimumSizeHint().width(), layers->sizeHint().width(), int(width() * 0.23));
    }
    if (QDockWidget *details = dock("featureDetailsDock")) {
        sides << details;
        widths << qBound(260, int(width() * 0.2), 460);
    }
    resizeDocks(sides, widths, Qt::Horizontal);
    if (QDockWidget *list = dock("incidentListDock"))
        resizeDocks({list}, {qBound(180, int(height() * 0.28), 400)}, Qt::Vertical);
}

void MainWindow::saveLayout()
{
    settings::setWindowGeometry(saveGeometry());
    settings::setWindowState(saveState(settings::kWindowStateVersion));
    settings::SavedWindow saved;
    saved.maximised = isMaximized() || isFullScreen();
    saved.frame = saved.maximised ? normalGeometry() : frameGeometry();
    if (const QScreen *s = screen())
        saved.screen = s->availableGeometry().size();
    settings::setSavedWindow(saved);
}

void MainWindow::showAsSaved()
{
    const QScreen *screen = QGuiApplication::screenAt(settings::savedWindow().frame.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    showAsSaved(screen ? screen->availableGeometry() : QRect());
}

void MainWindow::showAsSaved(const QRect &available)
{
    const settings::SavedWindow saved = settings::savedWindow();
    const QByteArray geometry = settings::windowGeometry();
    if (!saved.maximised && !geometry.isEmpty() && windowplacement::shouldRestore(saved.frame, saved.screen, available)) {
        restoreGeometry(geometry);
        show();
    } else {
        // Fill the screen even where no window manager honours "maximised".
        if (available.isValid())
            setGeometry(available);
        showMaximized();
    }
    // Dock sizes from another class of screen would squeeze the map or waste room.
    if (!m_stateRestored || !windowplacement::sameSizeClass(saved.screen, available.size()))
        applyDefaultDockSizes();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open GridDesk Database"),
                                                      m_session.isServer() ? QString() : QFileInfo(m_session.opener().location().path()).absolutePath(),
                                                      tr("GeoPackage (*.gpkg)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(StoreLocation::file(path));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GridDesk"),
                       tr("<h3>GridDesk %1</h3><p>Command console for township comprehensive governance "
                          "centres: grids, cameras and incidents on one map.</p><p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(), m_session.displayLocation().toHtmlEscaped()));
}

} // namespace griddesk::app
