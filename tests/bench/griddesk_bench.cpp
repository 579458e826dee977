// griddesk-bench: prints the console's performance figures against its budgets.
//   start-up to first complete map paint   (target <= 2000 ms)
//   full-extent redraw at 1920x1080        (target <= 100 ms)
//   insert-to-marker-visible latency       (target <= 1000 ms, median <= 500 ms)
//   dispatch-queue refresh with 100k incidents (target <= 100 ms, worker thread)
//   first paint and peak memory of the demo and of copies with years of
//   closed cases added (target: within 1.5x of the demo's at 50,000)
//   with --kpi N, only the assessment dashboard's refresh for a month over a
//   district with N cases, against raw SQL, on a GeoPackage and on the --pg
//   server (target <= 1.5x; KpiBench.h)
//   with --topology N, only the grid topology check of a district of N grids
//   of about 50 vertices on a worker thread (target <= 2000 ms; TopologyBench.h)
//   with --table-read N, only an N-row CSV register table written to /tmp
//   and read back, in UTF-8 and GBK, in rows/s (TableReadBench.h)
//   with --import N, only the register import of N residents with every check
//   and the grid assignment, beside the sqlite3 shell's .import of the same
//   file, and with --pg the server's figure for --import-server N rows
//   (target >= 100,000 rows/s into the GeoPackage; ImportBench.h)
//   with --city LOCATION, only the console on a city's data (griddesk-admin
//   bench-data --scale city) beside QGIS on the same layers (CityBench.h)
// Usage: griddesk-bench [--db PATH] [--runs N] [--queue-incidents N (0 skips)]
//                       [--history N,N,... (closed cases to add; 0 skips; default 50000,300000)]
//                       [--history-only] [--history-keep FOLDER (keep the built townships there)]
//                       [--kpi N [--kpi-district CODE] [--kpi-runs N] [--kpi-keep FOLDER [--kpi-reuse]]]
//                       [--agenda N (open cases; the joint meeting's agenda only) [--agenda-keep GPKG [--agenda-reuse]] [--agenda-dense]]
//                       [--topology N [--topology-runs N]]
//                       [--table-read N]
//                       [--import N [--import-server N] [--import-keep CSV]]
//                       [--city LOCATION [--city-township CODE] [--city-runs N] [--city-skip-start]]
// Figures are printed, never asserted: tests do not time things.

#include "AppResources.h"
#include "DemoHistory.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "DemoTownship.h"
#include "DispatchQueueModel.h"
#include "FrameMemory.h"
#include "GpkgStore.h"
#include "WindowSystem.h"
#include "AgendaBench.h"
#include "BenchStartUp.h"
#include "CityBench.h"
#include "KpiBench.h"
#include "Language.h"
#include "MainWindow.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgStore.h"
#include "PolygonOps.h"
#include "SqliteHandle.h"
#include "StoreCopy.h"
#include "StoreError.h"
#include "ImportBench.h"
#include "TableReadBench.h"
#include "TopologyBench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent>
#include <QTimer>

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <random>

using namespace griddesk;
using bench::startUp;
using bench::StartUp;
using bench::stats;
using bench::waitForPaint;
using bench::Stats;

namespace {

QTextStream out(stdout);

// With the minimum as well, and how many of `expected` arrived at all.
void report_ms(const QString &what, QVector<double> ms, int expected, double target)
{
    if (ms.isEmpty()) {
        out << what << ": nothing arrived\n";
        return;
    }
    std::sort(ms.begin(), ms.end());
    const Stats s = stats(ms);
    out << QStringLiteral("%1: min %2 ms, median %3 ms, p95 %4 ms, max %5 ms; %6 of %7 arrived (target <= %8 ms) %9\n")
               .arg(what, -34)
               .arg(ms.first(), 0, 'f', 1)
               .arg(s.median, 0, 'f', 1)
               .arg(s.p95, 0, 'f', 1)
               .arg(s.max, 0, 'f', 1)
               .arg(ms.size())
               .arg(expected)
               .arg(target)
               .arg(s.max <= target && ms.size() == expected ? QStringLiteral("OK") : QStringLiteral("OVER"));
    out.flush();
}

void report(const QString &what, const QVector<double> &ms, double target)
{
    const Stats s = stats(ms);
    out << QStringLiteral("%1: median %2 ms, p95 %3 ms, max %4 ms over %5 runs (target <= %6 ms) %7\n")
               .arg(what, -34)
               .arg(s.median, 0, 'f', 1)
               .arg(s.p95, 0, 'f', 1)
               .arg(s.max, 0, 'f', 1)
               .arg(ms.size())
               .arg(target)
               .arg(s.median <= target ? QStringLiteral("OK") : QStringLiteral("OVER"));
    out.flush();
}

// First paint and peak memory of a township with years of closed cases,
// against the demo's: the demo, then copies with `sizes` closed cases added.
void history(const QString &demoDb, const QVector<int> &sizes, int runs, const QString &folder, bool keep)
{
    struct Row {
        QString name;
        Stats paint, memory;
    };
    QVector<Row> rows;
    auto measure = [&](const QString &name, const QString &db) {
        const StartUp s = startUp(db, runs);
        if (s.ms.isEmpty() || s.peakMb.isEmpty())
            return;
        rows.push_back({name, stats(s.ms), stats(s.peakMb)});
        out << QStringLiteral("%1: first paint median %2 ms (max %3), peak memory median %4 MB (max %5) over %6 runs\n")
                   .arg(name, -34)
                   .arg(rows.last().paint.median, 0, 'f', 0)
                   .arg(rows.last().paint.max, 0, 'f', 0)
                   .arg(rows.last().memory.median, 0, 'f', 0)
                   .arg(rows.last().memory.max, 0, 'f', 0)
                   .arg(s.ms.size());
        if (rows.size() > 1)
            out << QStringLiteral("%1  %2x the demo's first paint, %3x its peak memory (target <= 1.5x at 50,000)\n")
                       .arg(QString(), -34)
                       .arg(rows.last().paint.median / rows.first().paint.median, 0, 'f', 2)
                       .arg(rows.last().memory.median / rows.first().memory.median, 0, 'f', 2);
        out.flush();
    };
    measure(QStringLiteral("demo (500 cases)"), demoDb);
    for (int n : sizes) {
        const QString db = QStringLiteral("%1/history-%2.gpkg").arg(folder).arg(n);
        QElapsedTimer build;
        build.start();
        int added = 0;
        try {
            added = demo::addClosedHistory(demoDb, db, n);
        } catch (const StoreError &e) {
            out << "cannot build the township with " << n << " closed cases: " << e.message() << "\n";
            continue;
        }
        out << "added " << added << " closed cases over five years to a copy of the demo in "
            << build.elapsed() / 1000.0 << " s\n";
        measure(QStringLiteral("demo + %1 closed cases").arg(added), db);
        if (!keep)
            QFile::remove(db);
        else
            out << "kept " << db << "\n";
    }
}

// The same frame rendered off-screen by a bare QGIS job, layer times included.
QVector<double> fullExtentJob(const QString &db, int runs)
{
    map::ConsoleLayers layers(StoreLocation::file(db));
    QgsMapSettings s;
    s.setLayers(layers.renderOrder());
    s.setDestinationCrs(layers.displayCrs());
    s.setTransformContext(QgsProject::instance()->transformContext());
    s.setOutputSize(QSize(1920, 1080));
    s.setOutputDpi(96);
    s.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
    s.setExtent(layers.fullExtent());
    QVector<QPair<double, QgsMapLayer *>> perLayer;
    const QVector<double> ms = bench::jobRenders(s, runs, &perLayer);
    for (const auto &[layerMs, layer] : perLayer)
        out << QStringLiteral("    %1 %2 ms per frame\n").arg(layer->objectName(), -22).arg(layerMs, 0, 'f', 1);
    return ms;
}

// What a user waits for after "Whole Township": the console's canvas redrawing
// every layer from scratch (render cache cleared) in a 1920x1080 window.
QVector<double> canvasRedraw(app::ConsoleSession &session, int runs)
{
    QgsMapCanvas *canvas = session.canvas();
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        canvas->setExtent(session.layers().fullExtent());
        canvas->clearCache();
        canvas->refresh();
        waitForPaint(canvas);
        ms << t.nsecsElapsed() / 1e6;
    }
    return ms;
}

QVector<double> insertToMarker(app::ConsoleSession &session, const QString &db, int runs)
{
    QgsMapCanvas *canvas = session.canvas();
    QgsVectorLayer *incidents = session.layers().incidents();
    auto writer = GpkgStore::open(db);
    const QVector<AdminUnit> grids = writer->adminUnits(int(AdminLevel::Grid));
    std::mt19937 rng(7);
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const AdminUnit &grid = grids[int(rng() % grids.size())];
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = QStringLiteral("security_hazard");
        n.title = QStringLiteral("bench");
        const long long expected = incidents->featureCount() + 1;
        QElapsedTimer t;
        t.start();
        writer->addIncident(n, QStringLiteral("bench"));
        QEventLoop loop;
        QObject::connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, &loop, [&] {
            if (incidents->featureCount() >= expected)
                loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        ms << double(t.elapsed());
        QEventLoop settle; // let the watcher go idle before the next insert
        QTimer::singleShot(150, &settle, &QEventLoop::quit);
        settle.exec();
    }
    return ms;
}

// The dispatch queue of a township with 100k incidents, read the way the
// console reads it: on a worker thread with its own read-only connection.
void queueRefresh(int incidents, int runs)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("queue.gpkg"));
    demo::DemoOptions options;
    options.incidents = incidents;
    QElapsedTimer build;
    build.start();
    demo::createDemoDatabase(db, options);
    out << "built a demo township with " << incidents << " incidents in " << build.elapsed() / 1000.0 << " s\n";
    QVector<double> read, show;
    int rows = 0;
    app::DispatchQueueModel model([](const QString &c) { return c; }, [](const QString &c) { return c; });
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        QFuture<QVector<Incident>> f = QtConcurrent::run([db] {
            auto store = GpkgStore::open(db, GpkgStore::Access::ReadOnly);
            return store->dispatchQueue(QDateTime::currentDateTimeUtc().addDays(-7));
        });
        f.waitForFinished();
        const double readMs = t.nsecsElapsed() / 1e6;
        const QVector<Incident> queue = f.result();
        QElapsedTimer s;
        s.start();
        model.setIncidents(queue);
        const double showMs = s.nsecsElapsed() / 1e6;
        rows = queue.size();
        if (i > 0) { // the first run warms the file cache
            read << readMs;
            show << showMs;
        }
    }
    out << "dispatch queue: " << rows << " cases need action\n";
    report(QStringLiteral("queue refresh, worker thread"), read, 100);
    report(QStringLiteral("queue refresh, GUI thread part"), show, 50);
}

// Two workstations on one server: one writes (a report, then an action), the
// other's change watcher hears it through NOTIFY. Time from the write's
// commit call to the other client's signal.
void liveSync(const QString &conninfo, const QString &demoDb, int runs)
{
    try {
        {
            QSqlDatabase admin = pgconnection::open(conninfo, QStringLiteral("bench-admin"));
            QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS griddesk_bench WITH (FORCE)"));
            QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE griddesk_bench"));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        QString target = conninfo;
        target.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=griddesk_bench"));
        {
            QSqlDatabase db = pgconnection::open(target, QStringLiteral("bench-setup"));
            pgschema::migrate(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-setup"));
        {
            auto from = GpkgStore::open(demoDb);
            auto to = PgStore::open(target);
            StoreCopy::copy(*from, *to);
        }
        ChangeWatcher watcher(StoreLocation::server(target));
        watcher.start();
        auto writer = PgStore::open(target);
        const QVector<AdminUnit> grids = writer->adminUnits(int(AdminLevel::Grid));
        QVector<double> report, action;
        QElapsedTimer clock;
        qint64 waitingFor = 0;
        QVector<double> *list = nullptr;
        QObject::connect(&watcher, &ChangeWatcher::changed, &watcher, [&](const QVector<ChangeRecord> &changes) {
            for (const ChangeRecord &r : changes)
                if (r.table == QLatin1String("incidents") && r.rowId == waitingFor && list) {
                    list->push_back(clock.nsecsElapsed() / 1e6);
                    list = nullptr;
                }
        });
        for (int i = 0; i < runs; ++i) {
            NewIncident n;
            n.location = polygon::centroid(grids[i % grids.size()].geometry);
            n.categoryCode = QStringLiteral("public_service");
            n.title = QStringLiteral("同步测量 %1").arg(i);
            list = &report;
            waitingFor = -1;
            clock.start();
            waitingFor = writer->addIncident(n, QStringLiteral("bench"));
            QElapsedTimer guard;
            guard.start();
            while (list && guard.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            WorkflowRequest accept;
            accept.action = IncidentAction::Accept;
            accept.role = Role::CentreStaff;
            accept.actor = QStringLiteral("bench");
            accept.at = QDateTime::currentDateTimeUtc();
            list = &action;
            clock.start();
            writer->applyAction(waitingFor, accept);
            guard.start();
            while (list && guard.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        out << "live sync between two clients on PostgreSQL " << pgconnection::shortName(target) << ":\n";
        report_ms(QStringLiteral("new report seen by the other client"), report, runs, 1000);
        report_ms(QStringLiteral("action seen by the other client"), action, runs, 1000);
    } catch (const StoreError &e) {
        out << "live sync: " << e.message() << "\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    griddesk::map::keepFrameImagesMapped(); // as the console does
    griddesk::app::windowsystem::leaveOpenGlUnloaded();
    griddesk::sqlitehandle::configureLibrary();
    QCoreApplication::setOrganizationName(QStringLiteral("GridDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("griddesk-bench"));
    QgsApplication app(argc, argv, true);
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    app::initResources();
    app::language::install(QStringLiteral("zh_CN"));

    QString db;
    int runs = 20;
    int queueIncidents = 100000;
    QVector<int> historySizes = {50000, 300000};
    bool historyOnly = false;
    QString historyFolder; // keep the built townships there
    QString pgConninfo; // a server to measure live sync on (./griddesk.sh bench starts one)
    bench::KpiBenchOptions kpi;
    kpi.cases = 0; // the assessment benchmark runs only when asked
    bench::AgendaBenchOptions agenda;
    agenda.openCases = 0; // so does the agenda's
    bench::TopologyBenchOptions topology;
    topology.grids = 0; // and the topology check's
    qint64 tableRows = 0; // and the table files'
    bench::ImportBenchOptions import;
    import.rows = 0; // and the register import's
    bench::CityBenchOptions city; // and the city's, when given a city's data
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            db = args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(3, args[++i].toInt());
        else if (args[i] == QLatin1String("--queue-incidents") && i + 1 < args.size())
            queueIncidents = args[++i].toInt();
        else if (args[i] == QLatin1String("--pg") && i + 1 < args.size())
            pgConninfo = args[++i];
        else if (args[i] == QLatin1String("--history") && i + 1 < args.size()) {
            historySizes.clear();
            for (const QString &n : args[++i].split(QLatin1Char(',')))
                if (n.toInt() > 0)
                    historySizes << n.toInt();
        } else if (args[i] == QLatin1String("--history-only"))
            historyOnly = true;
        else if (args[i] == QLatin1String("--history-keep") && i + 1 < args.size())
            historyFolder = args[++i];
        else if (args[i] == QLatin1String("--kpi") && i + 1 < args.size())
            kpi.cases = std::max(1000, args[++i].toInt());
        else if (args[i] == QLatin1String("--kpi-district") && i + 1 < args.size())
            kpi.districtCode = args[++i];
        else if (args[i] == QLatin1String("--kpi-runs") && i + 1 < args.size())
            kpi.runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--kpi-keep") && i + 1 < args.size())
            kpi.keepFolder = args[++i];
        else if (args[i] == QLatin1String("--agenda") && i + 1 < args.size())
            agenda.openCases = std::max(100, args[++i].toInt());
        else if (args[i] == QLatin1String("--agenda-keep") && i + 1 < args.size())
            agenda.keep = args[++i];
        else if (args[i] == QLatin1String("--agenda-dense"))
            agenda.dense = true;
        else if (args[i] == QLatin1String("--agenda-reuse"))
            agenda.reuse = true;
        else if (args[i] == QLatin1String("--topology") && i + 1 < args.size())
            topology.grids = std::max(10, args[++i].toInt());
        else if (args[i] == QLatin1String("--topology-runs") && i + 1 < args.size())
            topology.runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--import") && i + 1 < args.size())
            import.rows = std::max<qint64>(1000, args[++i].toLongLong());
        else if (args[i] == QLatin1String("--import-server") && i + 1 < args.size())
            import.serverRows = std::max<qint64>(100, args[++i].toLongLong());
        else if (args[i] == QLatin1String("--import-keep") && i + 1 < args.size())
            import.keepCsv = args[++i];
        else if (args[i] == QLatin1String("--table-read") && i + 1 < args.size())
            tableRows = std::max<qint64>(1, args[++i].toLongLong());
        else if (args[i] == QLatin1String("--city") && i + 1 < args.size())
            city.location = args[++i];
        else if (args[i] == QLatin1String("--city-township") && i + 1 < args.size())
            city.township = args[++i];
        else if (args[i] == QLatin1String("--city-skip-start"))
            city.startUp = false;
        else if (args[i] == QLatin1String("--city-runs") && i + 1 < args.size())
            city.runs = std::max(3, args[++i].toInt());
        else if (args[i] == QLatin1String("--kpi-reuse"))
            kpi.reuse = true; // the --kpi-keep GeoPackage and the server database of an earlier run
    }
    if (!city.location.isEmpty()) {
        const int failed = bench::runCityBench(city, out);
        QgsProject::instance()->clear();
        QgsApplication::exitQgis();
        return failed;
    }
    if (import.rows > 0) {
        import.serverAdmin = pgConninfo;
        import.serverRows = std::min(import.serverRows, import.rows);
        const int failed = bench::runImportBench(import, out);
        QgsApplication::exitQgis();
        return failed;
    }
    if (tableRows > 0) {
        const int failed = bench::runTableReadBench(tableRows, out);
        QgsApplication::exitQgis();
        return failed;
    }
    if (topology.grids > 0) {
        const int failed = bench::runTopologyBench(topology, out);
        QgsApplication::exitQgis();
        return failed;
    }
    if (agenda.openCases > 0) {
        agenda.serverAdmin = pgConninfo;
        const int failed = bench::runAgendaBench(agenda, out);
        QgsApplication::exitQgis();
        return failed;
    }
    if (kpi.cases > 0) {
        kpi.serverAdmin = pgConninfo;
        const int differ = bench::runKpiBench(kpi, out);
        QgsApplication::exitQgis();
        return differ == 0 ? 0 : 1;
    }
    QTemporaryDir dir;
    if (db.isEmpty()) {
        db = dir.filePath(QStringLiteral("bench.gpkg"));
        demo::createDemoDatabase(db);
    }
    out << "GridDesk benchmark on " << db << " (QGIS " << Qgis::version() << ", "
        << QThread::idealThreadCount() << " cores, platform " << QGuiApplication::platformName() << ")\n";
    if (historyOnly) {
        history(db, historySizes, std::max(3, runs / 4), historyFolder.isEmpty() ? dir.path() : historyFolder,
                !historyFolder.isEmpty());
        QgsApplication::exitQgis();
        return 0;
    }
    report(QStringLiteral("start-up to first map paint"), startUp(db, std::max(3, runs / 4)).ms, 2000);
    report(QStringLiteral("full-extent render job 1920x1080"), fullExtentJob(db, runs), 100);
    {
        QString error;
        auto session = app::ConsoleSession::open(StoreLocation::file(db), &error);
        if (!session) {
            out << "cannot open " << db << ": " << error << "\n";
            return 1;
        }
        app::MainWindow window(*session);
        window.setGeometry(0, 0, 1920, 1080);
        window.show();
        waitForPaint(session->canvas());
        out << "console map canvas: " << session->canvas()->width() << "x" << session->canvas()->height() << " px\n";
        report(QStringLiteral("full-extent redraw (console canvas)"), canvasRedraw(*session, runs), 100);
        report(QStringLiteral("insert to marker visible"), insertToMarker(*session, db, runs), 500);
    }
    if (!pgConninfo.isEmpty())
        liveSync(pgConninfo, db, std::max(50, runs * 5));
    if (queueIncidents > 0)
        queueRefresh(queueIncidents, std::max(3, runs / 2));
    if (!historySizes.isEmpty())
        history(db, historySizes, std::max(3, runs / 4), historyFolder.isEmpty() ? dir.path() : historyFolder,
                !historyFolder.isEmpty());
    QgsProject::instance()->clear();
    QgsApplication::exitQgis();
    return 0;
}
