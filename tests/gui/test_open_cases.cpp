// The map's cases at city scale: a live memory layer that holds exactly
// the open cases, moves one case at a time when another connection writes
// (a new case appears, a rejected one goes, nothing else is read again),
// gathers changes that arrive during a read into one more read, and keeps
// the totals per community and township in step; another that holds the
// cases ended in the period, which a case joins when it ends, and which does
// not redraw for changes to other cases; the grids' totals come from one
// indexed read per table. On a GeoPackage and (the _pg variant) a server.
#include "AreaTotalsLayer.h"
#include "CaseMark.h"
#include "ConsoleLayers.h"
#include "IncidentState.h"
#include "LayerStyles.h"
#include "MapResources.h"
#include "LiveCaseLayer.h"
#include "LiveLayerRefresher.h"
#include "CaseLayers.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "ScaleBandRenderer.h"
#include "ScaleBands.h"
#include "TestBackend.h"
#include "TestReports.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <qgscategorizedsymbolrenderer.h>
#include <qgsexpressioncontextutils.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsmemoryproviderutils.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

using namespace griddesk;

namespace {

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The style's first rule whose filter the context's feature passes, or none.
QgsRuleBasedRenderer::Rule *ruleFor(QgsRuleBasedRenderer *rules, QgsExpressionContext &context)
{
    for (QgsRuleBasedRenderer::Rule *r : rules->rootRule()->children())
        if (QgsExpression(r->filterExpression()).evaluate(&context).toBool())
            return r;
    return nullptr;
}

QString colourOf(const QgsSymbol *symbol)
{
    return symbol ? symbol->color().name(QColor::HexArgb) : QString();
}

} // namespace

class TestOpenCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;

    // The totals over the map, as the console shows them, from the store's figures.
    static void showTotals(map::ConsoleLayers &layers, const Store &store)
    {
        layers.showTotals(store.adminUnits());
        layers.setGridTotals(store.gridTotals(QDateTime::currentDateTimeUtc()));
    }

private Q_SLOTS:
    void initTestCase() { m_backend.createDemo(m_dir); }

    void gridTotalsCountEachTable()
    {
        auto store = m_backend.open();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QVector<GridTotals> totals = store->gridTotals(now);
        QVERIFY(!totals.isEmpty());
        qint64 open = 0, overdue = 0, cameras = 0, residents = 0, houses = 0;
        for (const GridTotals &t : totals) {
            open += t.openCases;
            overdue += t.overdueCases;
            cameras += t.cameras;
            residents += t.residents;
            houses += t.houses;
        }
        int openCases = 0, overdueCases = 0;
        for (const Incident &i : store->incidents())
            if (incidentstate::isOpen(i.state)) {
                ++openCases;
                overdueCases += i.dueAt.isValid() && i.dueAt < now ? 1 : 0;
            }
        QCOMPARE(open, qint64(openCases));
        QCOMPARE(overdue, qint64(overdueCases));
        QCOMPARE(cameras, qint64(store->cameras().size()));
        QCOMPARE(residents, scalar(*store, QStringLiteral("SELECT count(*) FROM residents")));
        QCOMPARE(houses, scalar(*store, QStringLiteral("SELECT count(*) FROM houses")));
        // Grid by grid, not only in sum.
        const GridTotals first = totals.first();
        QCOMPARE(first.cameras, scalar(*store, QStringLiteral("SELECT count(*) FROM cameras WHERE grid_code = '%1'").arg(first.gridCode)));
        QCOMPARE(store->openCaseTotals(now).size() <= totals.size(), true);
    }

    void totalsStandWhereTheOpeningWorkedThemOut()
    {
        // The opening works the places out on its worker; given them, the
        // totals stand where they would have put themselves.
        auto store = m_backend.open();
        const QVector<AdminUnit> units = store->adminUnits();
        const map::AreaTotalsLayer::Places places = map::AreaTotalsLayer::placesOf(units);
        map::AreaTotalsLayer given(units, places), own(units);
        int compared = 0;
        for (QgsVectorLayer *layer : {given.communities(), given.townships()}) {
            QgsVectorLayer *other = layer == given.communities() ? own.communities() : own.townships();
            QCOMPARE(layer->featureCount(), other->featureCount());
            QgsFeature a, b;
            QgsFeatureIterator ia = layer->getFeatures(), ib = other->getFeatures();
            while (ia.nextFeature(a) && ib.nextFeature(b)) {
                const QString code = a.attribute(QStringLiteral("code")).toString();
                QCOMPARE(b.attribute(QStringLiteral("code")).toString(), code);
                QVERIFY(places.contains(code));
                QCOMPARE(a.geometry().asPoint(), places.value(code));
                QCOMPARE(b.geometry().asPoint(), places.value(code));
                ++compared;
            }
        }
        QVERIFY(compared > 1);
    }

    void theLayerHoldsTheOpenCasesAndMovesOneCaseAtATime()
    {
        map::ConsoleLayers layers(m_backend.storeLocation());
        QVERIFY2(layers.isValid(), qPrintable(layers.errorMessage()));
        auto store = m_backend.open();
        showTotals(layers, *store);
        QVERIFY(test::waitForCases(layers));
        map::LiveCaseLayer *open = layers.openCases();
        const qint64 inStore = scalar(*store, QStringLiteral("SELECT count(*) FROM incidents WHERE closed_at IS NULL"));
        QCOMPARE(qint64(open->count()), inStore);
        QCOMPARE(layers.incidents()->featureCount(), inStore);
        // Every marker is a case of the store, at its place; ids map both ways.
        QgsFeature f;
        QgsFeatureIterator it = layers.incidents()->getFeatures();
        int checked = 0;
        while (it.nextFeature(f) && checked < 20) {
            const qint64 id = open->caseIdOf(f);
            const std::optional<Incident> i = store->incident(id);
            QVERIFY(i);
            QVERIFY2(incidentstate::isOpen(i->state), qPrintable(QStringLiteral("case %1 (feature %2, fid %3, code %4): %5")
                                                                     .arg(id).arg(f.id()).arg(f.attribute(QStringLiteral("fid")).toLongLong())
                                                                     .arg(f.attribute(QStringLiteral("code")).toString(), i->code)));
            QCOMPARE(f.attribute(QStringLiteral("fid")).toLongLong(), id);
            QCOMPARE(f.attribute(QStringLiteral("grid_code")).toString(), i->gridCode);
            // The map holds what it draws; the whole case comes from the provider.
            QVERIFY(f.attribute(QStringLiteral("code")).isNull());
            const QgsFeature whole = layers.wholeCase(layers.incidents(), f);
            QCOMPARE(whole.attribute(QStringLiteral("code")).toString(), i->code);
            QCOMPARE(whole.attribute(QStringLiteral("title")).toString(), i->title);
            QCOMPARE(whole.id(), f.id());
            QCOMPARE(open->featureIds({id}), QgsFeatureIds{f.id()});
            ++checked;
        }
        QCOMPARE(checked, 20);
        // Single markers at township scales only; the totals further out.
        QCOMPARE(layers.incidents()->minimumScale(), map::scaleband::kFeatures);
        QCOMPARE(layers.totals()->communities()->maximumScale(), map::scaleband::kFeatures);

        // Another connection reports a case: only that case is read, and it appears.
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).first();
        const GridTotals before = layers.totals()->totalsOf(grid.parentCode);
        const qint64 added = store->addIncident(test::reportIn(grid), QStringLiteral("t"));
        QSignalSpy read(open, &map::LiveCaseLayer::updated);
        open->update({added});
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().first().value<QSet<qint64>>(), QSet<qint64>{added});
        QCOMPARE(qint64(open->count()), inStore + 1);
        QCOMPARE(open->featureIds({added}).size(), 1);
        QCOMPARE(layers.totals()->totalsOf(grid.parentCode).openCases, before.openCases + 1);

        // It is rejected: its marker goes, and the totals follow.
        store->applyAction(added, test::rejection(QStringLiteral("t")));
        read.clear();
        open->update({added});
        QVERIFY(read.wait(10000));
        QCOMPARE(qint64(open->count()), inStore);
        QVERIFY(open->featureIds({added}).isEmpty());
        QCOMPARE(layers.totals()->totalsOf(grid.parentCode).openCases, before.openCases);

        // A burst while a read runs: gathered into one more read.
        QVector<qint64> burst;
        for (int i = 0; i < 5; ++i)
            burst << store->addIncident(test::reportIn(grid), QStringLiteral("t"));
        read.clear();
        open->update({burst[0]});
        for (int i = 1; i < burst.size(); ++i)
            open->update({burst[i]});
        QTRY_COMPARE_WITH_TIMEOUT(qint64(open->count()), inStore + 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!open->isBusy(), 10000);
        QVERIFY2(read.size() <= 2, qPrintable(QString::number(read.size())));
        // The totals moved by each change's difference agree with a count of
        // every open case, in the grid's community and in its township.
        const QString township = store->adminUnit(grid.parentCode)->parentCode;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        GridTotals community, whole;
        for (const GridTotals &t : open->totals(now)) {
            whole.openCases += t.openCases;
            whole.overdueCases += t.overdueCases;
            if (store->adminUnit(t.gridCode)->parentCode == grid.parentCode) {
                community.openCases += t.openCases;
                community.overdueCases += t.overdueCases;
            }
        }
        QCOMPARE(layers.totals()->totalsOf(grid.parentCode).openCases, community.openCases);
        QCOMPARE(layers.totals()->totalsOf(grid.parentCode).overdueCases, community.overdueCases);
        QCOMPARE(layers.totals()->totalsOf(township).openCases, whole.openCases);
        QCOMPARE(layers.totals()->totalsOf(township).openCases, inStore + 5);
        // The units' other figures arriving later (a reconnection, a reload):
        // the cameras are theirs, the open cases stay those on the map, not
        // the older count that came with them.
        QVector<GridTotals> stale = store->gridTotals(now);
        qint64 cameras = 0;
        for (GridTotals &t : stale) {
            t.openCases = 0;
            t.overdueCases = 0;
            cameras += t.cameras;
        }
        layers.setGridTotals(stale);
        QCOMPARE(layers.totals()->totalsOf(township).openCases, whole.openCases);
        QCOMPARE(layers.totals()->totalsOf(township).overdueCases, whole.overdueCases);
        QCOMPARE(layers.totals()->totalsOf(grid.parentCode).openCases, community.openCases);
        QCOMPARE(layers.totals()->totalsOf(township).cameras, cameras);
        QVERIFY(cameras > 0);
        // Selection by case id reaches the right markers.
        layers.selectCases({burst[2]});
        QCOMPARE(layers.selectedCases(), QVector<qint64>{burst[2]});
        QCOMPARE(layers.incidents()->selectedFeatureIds(), open->featureIds({burst[2]}));
    }

    void anEndedCaseLeavesTheOpenLayerForTheEndedOne()
    {
        map::ConsoleLayers layers(m_backend.storeLocation());
        QVERIFY2(layers.isValid(), qPrintable(layers.errorMessage()));
        QHash<const QgsMapLayer *, int> repaints;
        layers.setRepaint([&repaints](QgsMapLayer *layer) { ++repaints[layer]; });
        auto store = m_backend.open();
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-30);
        layers.setClosedSince(since);
        QVERIFY(test::waitForCases(layers));
        map::LiveCaseLayer *open = layers.openCases();
        map::LiveCaseLayer *ended = layers.endedCases();
        QVERIFY(ended->isLive());
        qint64 inPeriod = 0, endedBefore = 0;
        for (const Incident &i : store->incidents())
            if (!incidentstate::isOpen(i.state)) {
                inPeriod += i.closedAt >= since ? 1 : 0;
                endedBefore += i.closedAt < since ? 1 : 0;
            }
        QVERIFY(endedBefore > 0); // the demo has cases closed long ago, which stay off the map
        QCOMPARE(qint64(ended->count()), inPeriod);
        QCOMPARE(layers.endedIncidents()->featureCount(), inPeriod);
        QgsFeature f;
        QgsFeatureIterator it = layers.endedIncidents()->getFeatures();
        while (it.nextFeature(f)) {
            const std::optional<Incident> i = store->incident(ended->caseIdOf(f));
            QVERIFY(i && !incidentstate::isOpen(i->state) && i->closedAt >= since);
            QCOMPARE(layers.caseIdOf(layers.endedIncidents(), f), i->id);
        }

        // A new case is open: the ended layer reads it, finds it is not its
        // own, and does not redraw.
        map::LiveLayerRefresher refresher(&layers, nullptr);
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).first();
        const qint64 added = store->addIncident(test::reportIn(grid), QStringLiteral("t"));
        repaints.clear();
        refresher.refreshCases({added});
        QVERIFY(test::waitForCases(layers));
        QTRY_VERIFY_WITH_TIMEOUT(open->holds(added), 10000);
        QVERIFY(!ended->holds(added));
        QCOMPARE(repaints.value(layers.incidents()), 1);
        QCOMPARE(repaints.value(layers.endedIncidents()), 0);

        // It is rejected: it leaves the open cases and joins the ended ones,
        // each layer redrawn once.
        store->applyAction(added, test::rejection(QStringLiteral("t")));
        repaints.clear();
        refresher.refreshCases({added});
        QTRY_VERIFY_WITH_TIMEOUT(ended->holds(added), 10000);
        QVERIFY(test::waitForCases(layers));
        QVERIFY(!open->holds(added));
        QCOMPARE(qint64(ended->count()), inPeriod + 1);
        QCOMPARE(repaints.value(layers.incidents()), 1);
        QCOMPARE(repaints.value(layers.endedIncidents()), 1);
        layers.selectCases({added});
        QCOMPARE(layers.endedIncidents()->selectedFeatureIds(), ended->featureIds({added}));
        QCOMPARE(layers.selectedCases(), QVector<qint64>{added});
        layers.stopReading();
    }

    void eachCameraLooksAsTheStyleRulesSay()
    {
        // The console draws the cameras by one value per camera; each must
        // get the symbol and legend label of the style's rule for it.
        map::ConsoleLayers layers(m_backend.storeLocation());
        QVERIFY2(layers.isValid(), qPrintable(layers.errorMessage()));
        QgsVectorLayer *cameras = layers.cameras();
        // Their own symbols on a community's view, dots further out.
        auto *band = dynamic_cast<map::ScaleBandRenderer *>(cameras->renderer());
        QVERIFY(band);
        QCOMPARE(band->edge(), map::scaleband::kDetailedMarks);
        auto *byMark = dynamic_cast<QgsCategorizedSymbolRenderer *>(band->near());
        auto *dots = dynamic_cast<QgsCategorizedSymbolRenderer *>(band->far());
        QVERIFY(byMark && dots);
        QCOMPARE(byMark->categories().size(), 6);
        QCOMPARE(dots->classAttribute(), byMark->classAttribute());
        QCOMPARE(dots->categories().size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(dots->categories().at(i).value(), byMark->categories().at(i).value());
            QCOMPARE(dots->categories().at(i).label(), byMark->categories().at(i).label());
        }
        // The same cameras with the style's rules, as maps/cameras.qml writes them.
        std::unique_ptr<QgsVectorLayer> ruledCameras(cameras->clone());
        QString error;
        QVERIFY2(map::applyStyle(ruledCameras.get(), QStringLiteral("cameras"), &error), qPrintable(error));
        auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(ruledCameras->renderer());
        QVERIFY(rules);
        QgsExpressionContext context(QgsExpressionContextUtils::globalProjectLayerScopes(cameras));
        QgsExpression key(byMark->classAttribute());
        QVERIFY2(key.prepare(&context), qPrintable(key.parserErrorString()));
        QSet<int> looks;
        QgsFeature f;
        QgsFeatureIterator it = cameras->getFeatures();
        while (it.nextFeature(f)) {
            context.setFeature(f);
            QgsRuleBasedRenderer::Rule *rule = ruleFor(rules, context);
            QVERIFY(rule);
            const int value = key.evaluate(&context).toInt();
            const int index = byMark->categoryIndexForValue(value);
            QVERIFY2(index >= 0, qPrintable(QString::number(value)));
            QCOMPARE(byMark->categories().at(index).label(), rule->label());
            QCOMPARE(colourOf(byMark->categories().at(index).symbol()), colourOf(rule->symbol()));
            looks << value;
        }
        QVERIFY2(looks.size() >= 2, "the demo's cameras show at least two looks");

        // And drawn on a community's view, the two give the same picture.
        const auto picture = [&](QgsVectorLayer *layer, double scale) {
            QgsMapSettings settings;
            settings.setLayers({layer});
            settings.setDestinationCrs(layer->crs());
            settings.setOutputSize(QSize(600, 450));
            settings.setOutputDpi(96);
            // Centred on the cameras, at `scale` (set once, then put right by
            // the scale QGIS works out for the extent).
            const QgsPointXY c = layer->extent().center();
            const auto around = [&](double half) {
                return QgsRectangle(c.x() - half, c.y() - half * 0.75, c.x() + half, c.y() + half * 0.75);
            };
            settings.setExtent(around(0.01));
            settings.setExtent(around(0.01 * scale / settings.scale()));
            QgsMapRendererSequentialJob job(settings);
            job.start();
            job.waitForFinished();
            return job.renderedImage();
        };
        const double near = map::scaleband::kDetailedMarks / 2.5, far = map::scaleband::kDetailedMarks * 2;
        const QImage ours = picture(cameras, near);
        QCOMPARE(ours, picture(ruledCameras.get(), near));
        const auto coloured = [](const QImage &image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += qAlpha(image.pixel(x, y)) > 0 && QColor(image.pixel(x, y)) != QColor(Qt::white) ? 1 : 0;
            return n;
        };
        QSet<QRgb> colours;
        for (int y = 0; y < ours.height(); y += 3)
            for (int x = 0; x < ours.width(); x += 3)
                colours.insert(ours.pixel(x, y));
        QVERIFY2(colours.size() > 3, "the cameras are drawn");

        // Further out, the dots: the same picture as the dots alone, and
        // smaller than the symbols there.
        std::unique_ptr<QgsVectorLayer> dotted(cameras->clone());
        dotted->setRenderer(dots->clone());
        const QImage ourFar = picture(cameras, far);
        QCOMPARE(ourFar, picture(dotted.get(), far));
        const int dotPixels = coloured(ourFar);
        QVERIFY2(dotPixels > 0, "the dots are drawn");
        QVERIFY2(dotPixels < coloured(picture(ruledCameras.get(), far)) * 2 / 3,
                 qPrintable(QStringLiteral("%1 dot pixels").arg(dotPixels)));

        // A class switched off in the legend is off in both bands.
        const QgsLegendSymbolList legend = band->legendSymbolItems();
        QCOMPARE(legend.size(), 6);
        for (const QgsLegendSymbolItem &item : legend)
            band->checkLegendSymbolItem(item.ruleKey(), false);
        QCOMPARE(coloured(picture(cameras, far)), 0);
        QCOMPARE(coloured(picture(cameras, near)), 0);
        for (const QgsLegendSymbolItem &item : legend)
            band->checkLegendSymbolItem(item.ruleKey(), true);
        QCOMPARE(picture(cameras, far), ourFar);
    }

    // Each marker carries its look as a number (casemark), which the
    // renderer draws with the style's own symbols: the same look as the
    // style's rules over the clock give, and it moves when time passes a
    // case's limits, without a read.
    void eachMarkerLooksAsTheStyleRulesSayAndMovesWhenTimePasses()
    {
        map::ConsoleLayers layers(m_backend.storeLocation());
        QVERIFY2(layers.isValid(), qPrintable(layers.errorMessage()));
        auto store = m_backend.open();
        showTotals(layers, *store);
        const QString township = store->adminUnits(int(AdminLevel::Township)).first().code;
        QVERIFY(test::waitForCases(layers));
        map::LiveCaseLayer *open = layers.openCases();
        auto *byMark = dynamic_cast<QgsCategorizedSymbolRenderer *>(layers.incidents()->renderer());
        QVERIFY(byMark);
        QCOMPARE(byMark->classAttribute(), map::casemark::field());
        QCOMPARE(byMark->categories().size(), 5);

        // The style's rules, as they stand in maps/incidents.qml.
        std::unique_ptr<QgsVectorLayer> ruled(QgsMemoryProviderUtils::createMemoryLayer(
            QStringLiteral("ruled"), layers.incidents()->fields(), QgsWkbTypes::Point, layers.incidents()->crs()));
        QString error;
        QVERIFY2(map::applyStyle(ruled.get(), QStringLiteral("incidents"), &error), qPrintable(error));
        auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(ruled->renderer());
        QVERIFY(rules);
        QgsExpressionContext context(QgsExpressionContextUtils::globalProjectLayerScopes(ruled.get()));
        QHash<int, int> perMark;
        QgsFeature f;
        QgsFeatureIterator it = layers.incidents()->getFeatures();
        while (it.nextFeature(f)) {
            const int mark = f.attribute(map::casemark::field()).toInt();
            ++perMark[mark];
            context.setFeature(f);
            QgsRuleBasedRenderer::Rule *rule = ruleFor(rules, context);
            QVERIFY2(rule, qPrintable(f.attribute(QStringLiteral("code")).toString()));
            QCOMPARE(byMark->categories().at(mark - 1).label(), rule->label());
            QCOMPARE(colourOf(byMark->categories().at(mark - 1).symbol()), colourOf(rule->symbol()));
        }
        QCOMPARE(perMark.value(map::casemark::None), 0);
        QVERIFY2(perMark.size() >= 3, "the demo's open cases show at least three looks");

        // A year on, every open case with a time limit is overdue; the
        // markers and the totals move without a read of the database.
        layers.refreshDeadlines(QDateTime::currentDateTimeUtc());
        const qint64 overdueNow = layers.totals()->totalsOf(township).overdueCases;
        QSignalSpy read(open, &map::LiveCaseLayer::updated);
        layers.refreshDeadlines(QDateTime::currentDateTimeUtc().addDays(365));
        QCOMPARE(read.size(), 0);
        int overdue = 0, withLimit = 0;
        it = layers.incidents()->getFeatures();
        while (it.nextFeature(f)) {
            withLimit += f.attribute(QStringLiteral("due_at")).isNull() ? 0 : 1;
            overdue += f.attribute(map::casemark::field()).toInt() == map::casemark::Overdue ? 1 : 0;
        }
        QVERIFY(withLimit > 0);
        QCOMPARE(overdue, withLimit);
        QVERIFY(withLimit > overdueNow);
        QCOMPARE(layers.totals()->totalsOf(township).overdueCases, qint64(withLimit));
        // And back to now: the looks are as the rules say again, and the
        // totals as a count of every open case gives them.
        const QDateTime back = QDateTime::currentDateTimeUtc();
        layers.refreshDeadlines(back);
        it = layers.incidents()->getFeatures();
        while (it.nextFeature(f)) {
            context.setFeature(f);
            QgsRuleBasedRenderer::Rule *rule = ruleFor(rules, context);
            QVERIFY(rule);
            QCOMPARE(byMark->categories().at(f.attribute(map::casemark::field()).toInt() - 1).label(), rule->label());
        }
        qint64 counted = 0;
        for (const GridTotals &t : open->totals(back))
            counted += t.overdueCases;
        QCOMPARE(layers.totals()->totalsOf(township).overdueCases, counted);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestOpenCases, griddesk::map::initResources)
#include "test_open_cases.moc"
