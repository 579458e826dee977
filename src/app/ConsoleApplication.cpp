#include "ConsoleApplication.h"
#include "GuiWatchdog.h"
#include "ConsoleLayers.h"
#include "AppResources.h"
#include "ConsoleLook.h"
#include "ConsoleOptions.h"
#include "ConnectionDialog.h"
#include "ConsoleSession.h"
#include "FrameMemory.h"
#include "DisplayScale.h"
#include "SignIn.h"
#include "SqliteHandle.h"
#include "StoreLocation.h"
#include "Language.h"
#include "MainWindow.h"
#include "OpeningSplash.h"
#include "StorePaths.h"
#include "WindowSystem.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <memory>

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <cstdio>

namespace griddesk::app {

namespace {

QString missingDemoMessage(const StoreLocation &location)
{
    return QCoreApplication::translate("ConsoleApplication",
                                       "The demo database does not exist yet:\n%1\n\n"
                                       "Create it with:\n    griddesk-admin demo\n"
                                       "or open another database with: griddesk PATH.gpkg")
        .arg(location.path());
}

} // namespace

int runConsole(int argc, char **argv)
{
    map::keepFrameImagesMapped();
    windowsystem::leaveOpenGlUnloaded();
    sqlitehandle::configureLibrary();
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setOrganizationName(QStringLiteral("GridDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("GridDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDDESK_VERSION));
    displayscale::prepare(argc, argv); // needs the names above (settings), and must come before the application
    QgsApplication app(argc, argv, true);
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    // Debug builds (or GRIDDESK_WATCHDOG=1) report any block of the GUI thread over 50 ms.
    std::unique_ptr<GuiWatchdog> watchdog(GuiWatchdog::wanted() ? new GuiWatchdog(50) : nullptr);
    initResources();

    const ConsoleOptions options = ConsoleOptions::parse(QCoreApplication::arguments());
    language::install(language::resolve(options.language));
    if (options.showHelp || !options.error.isEmpty()) {
        QTextStream err(options.showHelp ? stdout : stderr);
        if (!options.error.isEmpty())
            err << "griddesk: " << options.error << "\n";
        err << ConsoleOptions::usage() << "\n";
        return options.showHelp ? 0 : 2;
    }
    look::apply(app);

    StoreLocation location = options.database.isEmpty() ? StoreLocation::file(storepaths::defaultDatabase()) : options.database;
    int exitCode = 0;
    while (!location.isEmpty()) {
        QString error;
        if (options.database.isEmpty() && !QFileInfo::exists(location.path()))
            error = missingDemoMessage(location);
        // A server location without a password comes from --server: ask for it.
        if (error.isEmpty() && location.isServer() && !location.conninfo().contains(QLatin1String("password="))
            && !options.quitAfterFirstPaint) {
            ConnectionDialog dialog;
            dialog.setConnInfo(location.conninfo());
            if (dialog.exec() != QDialog::Accepted)
                break;
            location = dialog.location();
        }
        std::optional<StoreOpener> opener;
        if (error.isEmpty()) {
            opener = signin::resolve(location, nullptr, !options.quitAfterFirstPaint, &error);
            if (!opener && error.isEmpty())
                break; // the sign-in was cancelled
        }
        // The opening answers on screen: a splash whose event loop turns
        // between the opening's steps, until the window is shown.
        std::unique_ptr<OpeningSplash> splash;
        if (opener) {
            splash = std::make_unique<OpeningSplash>(opener->location().displayName());
            splash->show();
            OpeningSplash::breathe();
        }
        std::unique_ptr<ConsoleSession> session =
            opener ? ConsoleSession::open(*opener, &error, &OpeningSplash::breathe) : nullptr;
        if (!session) {
            splash.reset();
            QTextStream(stderr) << "griddesk: " << error << "\n";
            if (!options.quitAfterFirstPaint)
                QMessageBox::critical(nullptr, QCoreApplication::translate("ConsoleApplication", "Cannot open database"),
                                      error);
            exitCode = 1;
            break;
        }
        StoreLocation next;
        {
            MainWindow window(*session);
            QObject::connect(&window, &MainWindow::openDatabaseRequested, &window, [&next, &window](const StoreLocation &l) {
                next = l;
                window.close();
            });
            bool painted = false;
            if (options.quitAfterFirstPaint) {
                // Used by the start-up benchmark: report the first complete paint (one
                // that shows the cases, read off the GUI thread), stay as long as
                // asked (the session's memory) and leave.
                QObject::connect(session->canvas(), &QgsMapCanvas::mapCanvasRefreshed, &window, [&] {
                    if (!session->layers().casesLoaded() || painted)
                        return;
                    painted = true;
                    QTextStream(stdout) << "first-paint-ms " << sinceStart.elapsed() << Qt::endl;
                    QTimer::singleShot(options.quitDelayMs, &window, &QWidget::close);
                });
            }
            window.showAsSaved();
            splash.reset();
            session->openingDone();
            exitCode = app.exec();
        }
        session.reset();
        location = next;
    }
    QgsApplication::exitQgis();
    return exitCode;
}

} // namespace griddesk::app
