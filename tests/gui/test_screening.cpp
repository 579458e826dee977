// Weekly screening in the real console: the dock and the map theme list the
// grids not screened this ISO week; recording a visit takes a grid off both,
// and a finding can raise an incident at once.
#include "AppResources.h"
#include "ConsoleSession.h"
#include "Language.h"
#include "MainWindow.h"
#include "QgisTestMain.h"
#include "ScreeningModule.h"
#include "ScreeningTableModel.h"
#include "ScreeningTheme.h"
#include "ScreeningVisitDialog.h"
#include "ScreeningWeek.h"
#include "Store.h"
#include "TestDemo.h"

#include <QAction>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

class TestScreening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
    }

    void unscreenedGridsAndRecordingAVisit()
    {
        QTemporaryDir dir;
        const QString path = test::createDemo(dir);
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        auto *screening = w.findChild<ScreeningModule *>();
        QVERIFY(screening);
        QTRY_VERIFY_WITH_TIMEOUT(!screening->isLoading(), 10000); // read on a worker thread
        QCOMPARE(screening->table()->model()->rowCount(), session->store().adminUnits(int(AdminLevel::Grid)).size());

        // What the dock lists equals what the store says, and what the map theme draws.
        const QString week = screeningweek::key(QDateTime::currentDateTimeUtc());
        QSet<QString> screened;
        for (const ScreeningVisit &v : session->store().screeningVisits(week))
            screened.insert(v.gridCode);
        QSet<QString> expected;
        for (const AdminUnit &g : session->store().adminUnits(int(AdminLevel::Grid)))
            if (!screened.contains(g.code))
                expected.insert(g.code);
        const QStringList listed = screening->unscreenedGrids();
        QCOMPARE(QSet<QString>(listed.begin(), listed.end()), expected);
        auto themeCodes = [&] {
            QSet<QString> codes;
            QgsFeatureIterator it = screening->theme()->layer()->getFeatures();
            QgsFeature f;
            while (it.nextFeature(f))
                codes.insert(f.attribute(QStringLiteral("code")).toString());
            return codes;
        };
        QCOMPARE(themeCodes(), expected);
        // Once the map has drawn, the hatched grids draw from a copy in memory
        // (no query of the week's visits at each redraw), and list the same grids.
        QTRY_COMPARE_WITH_TIMEOUT(screening->theme()->layer()->providerType(), QStringLiteral("memory"), 15000);
        QCOMPARE(themeCodes(), expected);

        // Record a visit to an unscreened grid (adding one if every grid was screened already).
        QString target;
        if (expected.isEmpty()) {
            target = session->store().adminUnits(int(AdminLevel::Grid)).first().code;
        } else {
            target = *expected.cbegin();
        }
        const int incidents = session->store().incidents().size();
        screening->setDialogHook([&](ScreeningVisitDialog &d) {
            d.setWorker(QStringLiteral("网格员 孙丽"));
            d.setFindings(QStringLiteral("发现两户因漏水产生矛盾"));
            d.raiseIncident(QStringLiteral("neighbourhood_dispute"), QStringLiteral("漏水引发邻里矛盾"));
            return d.visit().gridCode.size() == 15;
        });
        QAbstractItemModel *list = screening->table()->model();
        const int row = [&] {
            for (int r = 0; r < list->rowCount(); ++r)
                if (list->index(r, ScreeningTableModel::GridColumn).data(ScreeningTableModel::GridCodeRole).toString() == target)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        screening->table()->selectRow(row);
        screening->recordAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!screening->isLoading(), 10000);
        QVERIFY(!screening->unscreenedGrids().contains(target));
        // The copy is read again off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(!themeCodes().contains(target), 10000);
        QCOMPARE(themeCodes().size(), expected.size() - (expected.contains(target) ? 1 : 0));
        QCOMPARE(screening->theme()->layer()->providerType(), QStringLiteral("memory"));
        QCOMPARE(session->store().incidents().size(), incidents + 1);
        const ScreeningVisit last = session->store().lastScreeningVisits().value(target);
        QCOMPARE(last.worker, QStringLiteral("网格员 孙丽"));
        QCOMPARE(session->store().incident(last.incidentId)->gridCode, target);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestScreening, griddesk::app::initResources)
#include "test_screening.moc"
