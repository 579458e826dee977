#include "CityBench.h"
#include "AreaTotalsLayer.h"
#include "AssessmentDock.h"
#include "AssessmentModule.h"
#include "BenchStartUp.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "GuiWatchdog.h"
#include "OpeningSplash.h"
#include "KpiBench.h"
#include "MainWindow.h"
#include "MeetingDock.h"
#include "MeetingModule.h"
#include "NewIncident.h"
#include "LiveCaseLayer.h"
#include "PolygonOps.h"
#include "Store.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <qgsmapcanvas.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <atomic>
#include <functional>
#include <memory>
#include <random>

namespace griddesk::bench {

namespace {

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}

// Waits in the event loop, as the console's own thread does: the loop sleeps
// until an event comes, and a 5 ms tick asks `done` again. (Turning the loop
// by hand without waiting kept a core busy polling, a core the render jobs
// and the server then had to share.)
void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() >= timeoutMs)
            loop.quit();
    });
    tick.start(5);
    loop.exec();
}

// The canvas drawing everything again (render cache cleared) at an extent.
QVector<double> canvasRedraws(QgsMapCanvas *canvas, const QgsRectangle &extent, int runs)
{
    QVector<double> out;
    canvas->setExtent(extent);
    canvas->refresh();
    waitForPaint(canvas, 30000);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        canvas->clearCache();
        canvas->refresh();
        waitForPaint(canvas, 30000);
        out << t.nsecsElapsed() / 1e6;
    }
    return out;
}

void slowest(QTextStream &out, const QString &side, const QVector<QPair<double, QgsMapLayer *>> &layers)
{
    out << "    " << side << ":";
    for (int i = 0; i < std::min<int>(6, layers.size()); ++i)
        out << QStringLiteral(" %1 %2 ms;").arg(layers[i].second->name(), ms(layers[i].first));
    out << "\n";
}

void side(QTextStream &out, const QString &what, const QVector<double> &ours, const QVector<double> &theirs, double target)
{
    const Stats a = stats(ours), b = stats(theirs);
    out << QStringLiteral("%1: GridDesk median %2 ms (max %3) | QGIS median %4 ms (max %5) | %6x faster (target <= %7 ms) %8\n")
               .arg(what, -28)
               .arg(ms(a.median), ms(a.max), ms(b.median), ms(b.max))
               .arg(b.median / std::max(0.01, a.median), 0, 'f', 1)
               .arg(target)
               .arg(a.median <= target ? QStringLiteral("OK") : QStringLiteral("OVER"));
    out.flush();
}

// Writes new cases from a thread of its own, as another workstation would,
// and notes when each was committed.
class Writer : public QThread
{
public:
    Writer(const StoreLocation &location, QVector<AdminUnit> grids, int count, int perSecond)
        : m_location(location), m_grids(std::move(grids)), m_count(count), m_perSecond(perSecond)
    {
    }
    QHash<qint64, qint64> committed() // case id → ms on the shared clock
    {
        QMutexLocker hold(&m_lock);
        return m_committed;
    }
    static QElapsedTimer &clock()
    {
        static QElapsedTimer c = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return c;
    }
    QString error;

protected:
    void run() override
    {
        try {
            std::unique_ptr<Store> store = m_location.open();
            std::mt19937 rng(11);
            const qint64 start = clock().elapsed();
            for (int i = 0; i < m_count; ++i) {
                const qint64 due = start + qint64(i) * 1000 / m_perSecond;
                while (clock().elapsed() < due)
                    QThread::msleep(1);
                const AdminUnit &grid = m_grids[int(rng() % m_grids.size())];
                NewIncident n;
                n.location = polygon::centroid(grid.geometry);
                n.categoryCode = QStringLiteral("security_hazard");
                n.title = QStringLiteral("城市级压力测试");
                const qint64 id = store->addIncident(n, QStringLiteral("bench"));
                QMutexLocker hold(&m_lock);
                m_committed.insert(id, clock().elapsed());
            }
        } catch (const StoreError &e) {
            error = e.message();
        }
    }

private:
    StoreLocation m_location;
    QVector<AdminUnit> m_grids;
    int m_count, m_perSecond;
    QMutex m_lock;
    QHash<qint64, qint64> m_committed;
};

struct LiveFigures {
    QVector<double> latency; // commit → the canvas painted the change
    QVector<double> reading; // commit → the change was on the layer
    QVector<double> redraws; // each redraw's time meanwhile
    QHash<QString, int> repainted; // layer → how many redraws it asked for
    int written = 0;
};

// The layers that asked for the redraws, most often first.
QString repaintedLayers(const QHash<QString, int> &repainted)
{
    QVector<QPair<int, QString>> byCount;
    for (auto it = repainted.cbegin(); it != repainted.cend(); ++it)
        byCount << qMakePair(it.value(), it.key());
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &c : byCount)
        out << QStringLiteral("%1 %2").arg(c.second).arg(c.first);
    return out.join(QStringLiteral(", "));
}

// `count` changes at `perSecond` a second by another connection, while the
// canvas shows `extent`.
LiveFigures live(app::ConsoleSession &session, const StoreLocation &location, const QVector<AdminUnit> &grids,
                 int count, int perSecond)
{
    QgsMapCanvas *canvas = session.canvas();
    LiveFigures f;
    QHash<qint64, qint64> seen; // case id → ms its read reached the layer
    QHash<qint64, double> painted;
    qint64 renderStart = -1;
    QVector<qint64> awaiting;
    const auto c1 = QObject::connect(session.layers().openCases(), &map::LiveCaseLayer::updated, canvas,
                                     [&](const QSet<qint64> &ids) {
                                         for (qint64 id : ids)
                                             if (!seen.contains(id)) {
                                                 seen.insert(id, Writer::clock().elapsed());
                                                 awaiting << id;
                                             }
                                     });
    const auto c2 = QObject::connect(canvas, &QgsMapCanvas::renderStarting, canvas,
                                     [&] { renderStart = Writer::clock().elapsed(); });
    QVector<qint64> drawing; // the cases the render under way shows
    const auto c3 = QObject::connect(canvas, &QgsMapCanvas::renderStarting, canvas, [&] {
        drawing += awaiting; // a render cancelled for a newer one leaves its cases to it
        awaiting.clear();
    });
    const auto c4 = QObject::connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, canvas, [&] {
        const qint64 now = Writer::clock().elapsed();
        if (renderStart >= 0)
            f.redraws << double(now - renderStart);
        for (qint64 id : drawing)
            painted.insert(id, double(now));
        drawing.clear();
    });
    // Which layers ask for each redraw (a layer's image is drawn again only
    // when it asks; the others come from the render cache).
    QSet<QString> asking;
    QVector<QMetaObject::Connection> requests;
    for (QgsMapLayer *layer : QgsProject::instance()->mapLayers())
        requests << QObject::connect(layer, &QgsMapLayer::repaintRequested, canvas,
                                     [&asking, layer] { asking.insert(layer->name()); });
    const auto c5 = QObject::connect(canvas, &QgsMapCanvas::renderStarting, canvas, [&] {
        for (const QString &name : qAsConst(asking))
            ++f.repainted[name];
        asking.clear();
    });
    Writer writer(location, grids, count, perSecond);
    writer.start();
    waitFor([&] { return writer.isFinished(); }, 600000);
    waitFor([&] { return painted.size() >= count; }, 5000);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    QObject::disconnect(c4);
    QObject::disconnect(c5);
    for (const QMetaObject::Connection &c : qAsConst(requests))
        QObject::disconnect(c);
    const QHash<qint64, qint64> committed = writer.committed();
    f.written = committed.size();
    for (auto it = committed.cbegin(); it != committed.cend(); ++it)
        if (painted.contains(it.key())) {
            f.latency << painted.value(it.key()) - double(it.value());
            f.reading << double(seen.value(it.key()) - it.value());
        }
    if (!writer.error.isEmpty())
        QTextStream(stdout) << "the writer stopped: " << writer.error << "\n";
    return f;
}

} // namespace

int runCityBench(const CityBenchOptions &o, QTextStream &out)
{
    const StoreLocation location = StoreLocation::parse(o.location);
    out << "City benchmark on " << location.describe() << " (QGIS " << Qgis::version() << ", "
        << QThread::idealThreadCount() << " cores)\n";

    // 1. Start-up, in a process of its own each time.
    // Each console stays 15 s after its first paint: the opening's reads
    // (boundary copies, lists, dashboard) are over by then.
    const int stayMs = 15000;
    const StartUp start = o.startUp ? startUp(o.location, std::max(3, o.runs / 2), stayMs) : StartUp{};
    if (!start.ms.isEmpty())
        out << QStringLiteral("%1: median %2 ms (max %3) over %4 runs (target <= 2500 ms) %5\n")
                   .arg(QStringLiteral("start to first complete paint"), -28)
                   .arg(ms(stats(start.ms).median), ms(stats(start.ms).max))
                   .arg(start.ms.size())
                   .arg(stats(start.ms).median <= 2500 ? QStringLiteral("OK") : QStringLiteral("OVER"));
    if (!start.peakMb.isEmpty())
        out << QStringLiteral("%1: median %2 MB (max %3) at the first paint (target <= 600 MB) %4\n")
                   .arg(QStringLiteral("console peak memory"), -28)
                   .arg(ms(stats(start.peakMb).median), ms(stats(start.peakMb).max))
                   .arg(stats(start.peakMb).median <= 600 ? QStringLiteral("OK") : QStringLiteral("OVER"));
    if (!start.sessionPeakMb.isEmpty())
        out << QStringLiteral("%1: median %2 MB (max %3) over the first %4 s after it (target <= 600 MB) %5\n")
                   .arg(QStringLiteral("console peak memory"), -28)
                   .arg(ms(stats(start.sessionPeakMb).median), ms(stats(start.sessionPeakMb).max))
                   .arg(stayMs / 1000)
                   .arg(stats(start.sessionPeakMb).max <= 600 ? QStringLiteral("OK") : QStringLiteral("OVER"));
    out.flush();

    // 2. The console in this process, with the watchdog over the GUI thread.
    app::GuiWatchdog watchdog(50);
    QString error;
    QElapsedTimer opening;
    opening.start();
    // As the console opens: a splash on screen whose event loop turns
    // between the opening's steps.
    watchdog.setPlace(QStringLiteral("showing the splash"));
    auto splash = std::make_unique<app::OpeningSplash>(location.displayName());
    splash->show();
    app::OpeningSplash::breathe();
    watchdog.setPlace(QStringLiteral("opening the session"));
    auto session = app::ConsoleSession::open(location, &error, &app::OpeningSplash::breathe);
    if (!session) {
        out << "cannot open " << location.describe() << ": " << error << "\n";
        return 1;
    }
    const qint64 sessionMs = opening.elapsed();
    watchdog.setPlace(QStringLiteral("building the window"));
    auto window = std::make_unique<app::MainWindow>(*session);
    const qint64 windowMs = opening.elapsed() - sessionMs;
    watchdog.setPlace(QStringLiteral("showing the window"));
    window->setGeometry(0, 0, 1920, 1080);
    window->show();
    splash.reset();
    session->openingDone();
    waitFor([&] { return session->layers().casesLoaded(); }, 60000);
    waitForPaint(session->canvas(), 30000);
    const qint64 paintedMs = opening.elapsed();
    waitFor([&] { return session->layers().areasHeld(); }, 60000);
    waitForPaint(session->canvas(), 30000);
    const map::LiveCaseLayer *ended = session->layers().endedCases();
    out << "console open and painted in this process: " << paintedMs << " ms; boundaries "
        << (session->layers().areasHeld() ? QStringLiteral("held in memory in the display CRS after %1 ms").arg(opening.elapsed())
                                          : QStringLiteral("NOT held in memory (read through their provider)"))
        << "; map canvas "
        << session->canvas()->width() << "x" << session->canvas()->height() << " px; "
        << session->layers().openCases()->count() << " open cases on the map, "
        << (ended->isLive() ? QStringLiteral("%1 ended cases of the period in memory").arg(ended->count())
                            : QStringLiteral("the period's ended cases read by the provider (over %1)").arg(ended->limit()))
        << " (the session " << sessionMs << " ms, the window " << windowMs << " ms)\n";
    const auto printBlocks = [&](const QString &when, const QVector<app::GuiWatchdog::Block> &blocks) {
        out << QStringLiteral("%1: %2 blocks of the GUI thread over 50 ms %3%4\n")
                   .arg(QStringLiteral("GUI thread watchdog"), -28)
                   .arg(blocks.size())
                   .arg(when)
                   .arg(blocks.isEmpty() ? QStringLiteral(" OK") : QString());
        for (int i = 0; i < std::min<int>(10, blocks.size()); ++i)
            out << QStringLiteral("    %1 ms  %2%3\n")
                       .arg(blocks[i].ms, 6)
                       .arg(blocks[i].place, blocks[i].stack.isEmpty() ? QString() : QStringLiteral("\n              ") + blocks[i].stack);
        out.flush();
    };
    printBlocks(QStringLiteral("while the console opened (session, window, first paint)"), watchdog.blocks(true));

    // The township to zoom to: the one asked for, or the one with most grids.
    const QVector<AdminUnit> grids = session->store().adminUnits(int(AdminLevel::Grid));
    QHash<QString, int> perTownship;
    for (const AdminUnit &g : grids)
        ++perTownship[g.code.left(9) + QStringLiteral("000")];
    QString township = o.township;
    if (township.isEmpty()) { // a township of the middle size
        QVector<QPair<int, QString>> sizes;
        for (auto it = perTownship.cbegin(); it != perTownship.cend(); ++it)
            sizes << qMakePair(it.value(), it.key());
        std::sort(sizes.begin(), sizes.end());
        township = sizes.value(sizes.size() / 2).second;
    }
    const std::optional<AdminUnit> t = session->store().adminUnit(township);
    if (!t) {
        out << "no township " << township << "\n";
        return 1;
    }
    QVector<AdminUnit> townshipGrids;
    for (const AdminUnit &g : grids)
        if (g.code.startsWith(township.left(9)))
            townshipGrids << g;
    const QgsRectangle full = session->layers().fullExtent();
    const QgsRectangle zoomed = session->layers().displayExtent(polygon::bounds(t->geometry));

    // 3. Redraws: the console's canvas, and the same frame by a render job
    // over the console's layers and over QGIS's plain layers.
    // The render jobs take the canvas's settings at each frame's extent: the
    // canvas holds the layers drawn at its scale.
    const auto consoleAt = [&](const QgsRectangle &extent) {
        session->canvas()->setExtent(extent);
        return session->canvas()->mapSettings();
    };
    QgsMapSettings console = consoleAt(zoomed);
    QgsMapSettings qgis = console;
    map::ConsoleLayers &layers = session->layers();
    std::unique_ptr<QgsVectorLayer> plainGrids(layers.makeLayer(QStringLiteral("admin_units"), QStringLiteral("\"level\" = 6"),
                                                                QStringLiteral("grids"), QStringLiteral("grids")));
    std::unique_ptr<QgsVectorLayer> plainTownships(layers.makeLayer(
        QStringLiteral("admin_units"), QStringLiteral("\"level\" = 4"), QStringLiteral("townships"), QStringLiteral("township")));
    std::unique_ptr<QgsVectorLayer> plainCameras(
        layers.makeLayer(QStringLiteral("cameras"), QString(), QStringLiteral("cameras"), QStringLiteral("cameras")));
    std::unique_ptr<QgsVectorLayer> plainCases(layers.makeLayer(QStringLiteral("incidents"), QStringLiteral("\"closed_at\" IS NULL"),
                                                                QStringLiteral("open cases"), QStringLiteral("incidents")));
    qgis.setLayers({plainCases.get(), plainCameras.get(), plainTownships.get(), plainGrids.get()});
    out << "QGIS side: grids, cameras, open cases and townships through the " << plainGrids->providerType()
        << " provider, the console's styles, no scale bands; both sides as QgsMapRendererParallelJob at "
        << console.outputSize().width() << "x" << console.outputSize().height() << " px\n";
    for (const auto &frame : {qMakePair(QStringLiteral("full-extent render job"), full),
                              qMakePair(QStringLiteral("township-zoom render job"), zoomed)}) {
        QVector<QPair<double, QgsMapLayer *>> ours, theirs;
        console = consoleAt(frame.second);
        qgis.setExtent(frame.second);
        const QVector<double> a = jobRenders(console, o.runs, &ours);
        const QVector<double> b = jobRenders(qgis, o.runs, &theirs);
        side(out, frame.first, a, b, frame.second == full ? 100 : 50);
        slowest(out, QStringLiteral("GridDesk's slowest layers"), ours);
        slowest(out, QStringLiteral("QGIS's slowest layers"), theirs);
        // The labels are placed after the layers have drawn, in no layer's time.
        QgsMapSettings unlabelled = console;
        unlabelled.setFlag(Qgis::MapSettingsFlag::DrawLabeling, false);
        out << QStringLiteral("    GridDesk without its labels: median %1 ms\n").arg(ms(stats(jobRenders(unlabelled, o.runs)).median));
    }
    // What a change draws again: the frame with a render cache after the
    // live layers ask, as the canvas does (the other layers and the labels
    // should come from the cache).
    console = consoleAt(zoomed);
    for (QgsMapLayer *asking : {static_cast<QgsMapLayer *>(layers.openCases()->layer()),
                                static_cast<QgsMapLayer *>(layers.totals() ? layers.totals()->communities() : nullptr)}) {
        if (!asking || !asking->isInScaleRange(console.scale()))
            continue;
        const CachedRedraw r = cachedRedraw(console, asking);
        out << QStringLiteral("    a change on %1 at the township's zoom: %2 ms; drawn again: %3; labels %4\n")
                   .arg(asking->name(), ms(r.ms), r.drawn.join(QStringLiteral(", ")),
                        r.labelsFromCache ? QStringLiteral("from the cache") : QStringLiteral("placed again"));
    }
    // The render jobs above wait on this thread by design: let the watchdog
    // see the thread back before their blocks are set aside.
    waitFor([] { return false; }, 200);
    watchdog.blocks(true);
    const QVector<double> canvasFull = canvasRedraws(session->canvas(), full, o.runs);
    const double fullScale = session->canvas()->scale();
    const QVector<double> canvasZoomed = canvasRedraws(session->canvas(), zoomed, o.runs);
    out << QStringLiteral("%1: full extent median %2 ms (max %3) at 1:%4, township %5 (%6) median %7 ms (max %8) at 1:%9\n")
               .arg(QStringLiteral("console canvas redraws"), -28)
               .arg(ms(stats(canvasFull).median), ms(stats(canvasFull).max))
               .arg(qRound(fullScale))
               .arg(t->name, township)
               .arg(ms(stats(canvasZoomed).median), ms(stats(canvasZoomed).max))
               .arg(qRound(session->canvas()->scale()));
    out.flush();

    // 4. Changes by another connection, at the township's zoom, where each is a marker.
    const LiveFigures one = live(*session, location, townshipGrids, o.runs * 2, 2);
    if (!one.latency.isEmpty())
        out << QStringLiteral("%1: median %2 ms, p95 %3 ms, max %4 ms; %5 of %6 painted (target median <= 50 ms) %7\n"
                              "    of which: on the layer after median %8 ms; each redraw median %9 ms\n")
                   .arg(QStringLiteral("change to painted, one by one"), -28)
                   .arg(ms(stats(one.latency).median), ms(stats(one.latency).p95), ms(stats(one.latency).max))
                   .arg(one.latency.size())
                   .arg(one.written)
                   .arg(stats(one.latency).median <= 50 ? QStringLiteral("OK") : QStringLiteral("OVER"))
                   .arg(ms(stats(one.reading).median), ms(one.redraws.isEmpty() ? 0 : stats(one.redraws).median));
    if (!one.latency.isEmpty())
        out << "    layers that asked for those redraws: " << repaintedLayers(one.repainted) << "\n";
    const LiveFigures burst = live(*session, location, townshipGrids, o.burstSeconds * o.burstRate, o.burstRate);
    if (!burst.latency.isEmpty())
        out << QStringLiteral("%1: %2 changes a second for %3 s: latency median %4 ms, p95 %5 ms, max %6 ms; "
                              "%7 of %8 painted; %9 redraws, longest %10 ms (target <= 200 ms) %11\n")
                   .arg(QStringLiteral("burst"), -28)
                   .arg(o.burstRate)
                   .arg(o.burstSeconds)
                   .arg(ms(stats(burst.latency).median), ms(stats(burst.latency).p95), ms(stats(burst.latency).max))
                   .arg(burst.latency.size())
                   .arg(burst.written)
                   .arg(burst.redraws.size())
                   .arg(ms(burst.redraws.isEmpty() ? 0 : stats(burst.redraws).max))
                   .arg(!burst.redraws.isEmpty() && stats(burst.redraws).max <= 200 ? QStringLiteral("OK")
                                                                                    : QStringLiteral("OVER"));
    if (!burst.latency.isEmpty())
        out << "    layers that asked for those redraws: " << repaintedLayers(burst.repainted) << "\n";
    // Back out to the city, as a user would after the burst.
    session->canvas()->setExtent(full);
    session->canvas()->refresh();
    waitForPaint(session->canvas(), 30000);
    waitFor([] { return false; }, 1000);

    // 5. The leaders' dashboard, first shown (its read and count for every
    // unit, on a worker), then a new meeting's agenda, as a user would open them.
    if (auto *assessment = window->findChild<app::AssessmentModule *>()) {
        QElapsedTimer shown;
        shown.start();
        assessment->dock()->show();
        assessment->dock()->raise();
        waitFor([&] { return assessment->isLoading(); }, 500);
        if (!assessment->isLoading() && assessment->data().units.isEmpty())
            assessment->reload(); // a window off screen is never "seen"
        waitFor([&] { return !assessment->isLoading() && !assessment->data().units.isEmpty(); }, 300000);
        out << QStringLiteral("%1: %2 ms from shown to its figures, %3 units\n")
                   .arg(QStringLiteral("dashboard in the console"), -28)
                   .arg(shown.elapsed())
                   .arg(assessment->data().units.size());
    }
    if (auto *meeting = window->findChild<app::MeetingModule *>()) {
        bool built = false;
        QObject::connect(meeting, &app::MeetingModule::agendaBuilt, meeting, [&built] { built = true; });
        QElapsedTimer asked;
        asked.start();
        meeting->dock()->show();
        meeting->dock()->raise();
        meeting->newMeeting(QDateTime::currentDateTime().addDays(1));
        waitFor([&] { return built; }, 300000);
        out << QStringLiteral("%1: %2 ms to build a new meeting's agenda for %3\n")
                   .arg(QStringLiteral("meeting agenda"), -28)
                   .arg(built ? asked.elapsed() : -1)
                   .arg(meeting->townshipCode());
    }
    waitFor([] { return false; }, 1000);
    out.flush();

    // 6. The GUI thread over the session after the opening.
    printBlocks(QStringLiteral("after the opening (zoom in and out, changes one by one, a burst, back out, the "
                               "dashboard, a meeting's agenda)"),
                watchdog.blocks(true));
    window.reset();

    // 7. The dashboard's refresh beside the raw SQL of the same figures.
    const int differ = measureDashboardMonth(session->store(), location.isServer() ? QStringLiteral("PostgreSQL")
                                                                                   : QStringLiteral("GeoPackage"),
                                             QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC),
                                             3, out);
    session.reset();
    return differ;
}

} // namespace griddesk::bench
