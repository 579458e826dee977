// Weekly screening in the real console: the dock and the map theme list the
// grids not screened this ISO week; recording a visit takes a grid off both,
// and a finding can raise an incident at once.
#include "AppResources.h"
#include "ConsoleLayers.h"
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
#include <QCheckBox>
#include <QItemSelectionModel>
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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    ScreeningModule *m_screening = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
    }

    // Each test: a new demo database, the console on it, the week's list read
    // (on a worker thread).
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = test::createDemo(*m_dir);
        QString error;
        m_session = ConsoleSession::open(StoreLocation::file(path), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_screening = m_window->findChild<ScreeningModule *>();
        QVERIFY(m_screening);
        QTRY_VERIFY_WITH_TIMEOUT(!m_screening->isLoading(), 10000);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_dir.reset();
    }

    // The list sorts its own rows: by community at first, by any column on a
    // header's click, either way round, ties by grid code; the selected grid
    // stays selected, and the filter keeps the order.
    void sortingTheList()
    {
        ConsoleSession *session = m_session.get();
        MainWindow &w = *m_window;
        ScreeningModule *screening = m_screening;
        QTableView *table = screening->table();
        QAbstractItemModel *m = table->model();
        QVERIFY(m->rowCount() > 10);
        const auto column = [m](int c) {
            QStringList out;
            for (int r = 0; r < m->rowCount(); ++r)
                out << m->index(r, c).data().toString();
            return out;
        };
        const auto codes = [m] {
            QStringList out;
            for (int r = 0; r < m->rowCount(); ++r)
                out << m->index(r, 0).data(ScreeningTableModel::GridCodeRole).toString();
            return out;
        };
        // At first: by community, then grid code.
        const QStringList communities = column(ScreeningTableModel::CommunityColumn);
        QStringList sorted = communities;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(communities, sorted);

        // A grid selected; the grid column clicked twice: descending names.
        table->selectRow(m->rowCount() / 2);
        const QString selected = table->selectionModel()->selectedRows().value(0).data(ScreeningTableModel::GridCodeRole).toString();
        QVERIFY(!selected.isEmpty());
        table->sortByColumn(ScreeningTableModel::GridColumn, Qt::DescendingOrder);
        const QStringList names = column(ScreeningTableModel::GridColumn);
        QStringList descending = names;
        std::sort(descending.begin(), descending.end(), std::greater<QString>());
        QCOMPARE(names, descending);
        QVERIFY(names != communities);
        QCOMPARE(table->selectionModel()->selectedRows().value(0).data(ScreeningTableModel::GridCodeRole).toString(), selected);

        // Every grid is still listed once.
        QStringList all = codes();
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        QCOMPARE(all.size(), session->store().adminUnits(int(AdminLevel::Grid)).size());

        // The filter keeps the order; the state column sorts not-yet first.
        auto *only = w.findChild<QCheckBox *>(QStringLiteral("onlyUnscreenedCheck"));
        QVERIFY(only);
        only->setChecked(true);
        const QStringList filtered = column(ScreeningTableModel::GridColumn);
        QStringList filteredSorted = filtered;
        std::sort(filteredSorted.begin(), filteredSorted.end(), std::greater<QString>());
        QCOMPARE(filtered, filteredSorted);
        only->setChecked(false);
        table->sortByColumn(ScreeningTableModel::StateColumn, Qt::AscendingOrder);
        bool seenScreened = false;
        for (int r = 0; r < m->rowCount(); ++r) {
            const bool screened = m->index(r, 0).data(ScreeningTableModel::ScreenedRole).toBool();
            QVERIFY2(!(seenScreened && !screened), "a grid not yet screened after a screened one");
            seenScreened = seenScreened || screened;
        }
    }

    void unscreenedGridsAndRecordingAVisit()
    {
        ConsoleSession *session = m_session.get();
        ScreeningModule *screening = m_screening;
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
        QTRY_VERIFY_WITH_TIMEOUT(session->layers().areasHeld(), 15000); // the copies filed in full
        QCOMPARE(screening->theme()->layer()->providerType(), QStringLiteral("memory"));
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
        QTRY_VERIFY_WITH_TIMEOUT(!session->layers().isFiling(screening->theme()->layer()) && !themeCodes().contains(target),
                                 10000);
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
