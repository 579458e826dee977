// Pictures of presentation mode for docs/screens: the wall's slide and the
// presenter view at a size (1920×1080, 3840×2160), in Chinese, on a fresh
// demo township with the agenda the console builds from its data
// (MeetingAgenda, AgendaFacts), with the real map. Offscreen, at the window's real pixel size.
//
//   griddesk_present_shots OUT_DIR WIDTHxHEIGHT [--all]
//
// writes OUT_DIR/presentation-WxH-zh_CN.png and presenter-WxH-zh_CN.png;
// --all also writes every slide (slide-N-WxH.png) for review.
#include "AppResources.h"
#include "ConsoleLayers.h"
#include "DemoSlideSource.h"
#include "DemoTownship.h"
#include "GpkgStore.h"
#include "Language.h"
#include "PresentationController.h"
#include "PresentationWindow.h"
#include "PresenterView.h"
#include "SlideMapView.h"
#include "SlideWidget.h"
#include "ItemSlidePage.h"
#include "Store.h"
#include "StoreLocation.h"

#include <QDir>
#include <QEventLoop>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>

#include <qgsapplication.h>
#include <qgsproject.h>

#include <cstdio>

using namespace griddesk;

namespace {

bool save(QWidget *w, const QString &path)
{
    QCoreApplication::processEvents();
    const bool ok = w->grab().save(path);
    std::printf("%s\n", qPrintable(path));
    return ok;
}

bool settle(app::PresentationController &c)
{
    auto *map = c.wall()->slide()->itemPage()->mapView();
    QTest::qWait(100);
    const bool drawn = QTest::qWaitFor([map] { return !map->isRendering(); }, 20000);
    QTest::qWait(100);
    return drawn;
}

int run(const QString &outDir, const QSize &size, bool all)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    demo::createDemoDatabase(path);
    auto store = GpkgStore::open(path);
    map::ConsoleLayers layers(StoreLocation::file(path));
    if (!layers.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(layers.errorMessage()));
        return 1;
    }
    const QDateTime heldAt(QDate(2026, 11, 30), QTime(6, 30), Qt::UTC);
    // The agenda the console builds from the demo's data.
    Meeting meeting;
    QVector<ItemFacts> items = test::DemoSlideSource::builtItems(*store, heldAt, &meeting);
    if (items.isEmpty())
        items = test::DemoSlideSource::demoItems(*store, heldAt, &meeting);
    // The picture shows the first item with cases on the map and a chart.
    int shown = 0;
    for (int i = items.size() - 1; i >= 0; --i)
        if (!items.at(i).points.isEmpty() && !items.at(i).chart.isEmpty())
            shown = i;
    if (!items.isEmpty()) {
        // As the staff write them in the meeting dock.
        items[shown].item.notes = QString::fromUtf8(
            "先请牵头部门逐件说明未结原因；逾期超过 30 天的案件当场明确办结时限和责任人。");
        meeting.agenda[shown].notes = items[shown].item.notes;
    }
    test::DemoSlideSource source;
    source.setMeeting(meeting, items);
    qint64 now = heldAt.toMSecsSinceEpoch();
    app::PresentationController c(source, &layers);
    c.setClock([&now] { return now; });
    c.startWindowed(size, size);
    const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    bool ok = true;
    if (all) {
        for (int s = 0; s < c.slideCount(); ++s) {
            c.goTo(s);
            ok &= settle(c);
            ok &= save(c.wall(), QDir(outDir).filePath(QStringLiteral("slide-%1-%2.png").arg(s).arg(tag)));
        }
    }
    // Fourteen minutes into the meeting, six of them on the item shown.
    c.goTo(0);
    now += 8 * 60000;
    c.goTo(shown + 1);
    now += 6 * 60000 + 12000;
    ok &= settle(c);
    QEventLoop tick; // a tick of the presenter's clock
    QTimer::singleShot(1200, &tick, &QEventLoop::quit);
    tick.exec();
    ok &= save(c.wall(), QDir(outDir).filePath(QStringLiteral("presentation-%1-zh_CN.png").arg(tag)));
    ok &= save(c.presenter(), QDir(outDir).filePath(QStringLiteral("presenter-%1-zh_CN.png").arg(tag)));
    c.leave();
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("GridDeskShots"));
    QCoreApplication::setApplicationName(QStringLiteral("present_shots"));
    QgsApplication app(argc, argv, true);
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    app::initResources();
    app::language::install(QStringLiteral("zh_CN"));
    const QStringList args = QCoreApplication::arguments();
    const QStringList wh = args.value(2).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    int rc = 2;
    if (args.size() < 3 || size.isEmpty())
        std::fprintf(stderr, "usage: griddesk_present_shots OUT_DIR WIDTHxHEIGHT [--all]\n");
    else
        rc = run(args.at(1), size, args.contains(QStringLiteral("--all")));
    QgsProject::instance()->clear();
    QgsApplication::exitQgis();
    return rc;
}
