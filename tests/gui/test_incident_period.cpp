// A township with years of history, in the real console offscreen: ended
// cases show only for the chosen period, in the list and on the map layer
// (live in memory, or read through the provider and the period's subset
// when the period holds too many), the header counts stay right, and the
// list reads ended cases a page at a time as it scrolls.
#include "CaseLayers.h"
#include "AppResources.h"
#include "AppSettings.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "DemoHistory.h"
#include "IncidentListDock.h"
#include "IncidentModule.h"
#include "IncidentTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"

#include <algorithm>

#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <qgsmapcanvas.h>
#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {

// Counted from every case of the store, not through the period query.
int shownFor(const QVector<Incident> &all, const QDateTime &since)
{
    int n = 0;
    for (const Incident &i : all)
        n += incidentstate::isOpen(i.state) || !since.isValid() || i.closedAt >= since ? 1 : 0;
    return n;
}

// What the map draws: the layer's features (in memory, or through its
// provider and subset).
int drawn(QgsVectorLayer *layer)
{
    int n = 0;
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest::NoGeometry));
    while (it.nextFeature(f))
        ++n;
    return n;
}

QString figure(const MainWindow &w, const char *name)
{
    auto *label = w.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

} // namespace

class TestIncidentPeriod : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QVector<Incident> m_all;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
        const QString demo = test::createDemo(m_dir);
        m_path = m_dir.filePath(QStringLiteral("history.gpkg"));
        QCOMPARE(demo::addClosedHistory(demo, m_path, 1500), 1500);
        m_all = GpkgStore::open(m_path)->incidents();
        QCOMPARE(m_all.size(), 2000);
    }

    void periodFiltersTheListAndTheMap()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        auto *module = w.findChild<IncidentModule *>();
        auto *dock = w.findChild<IncidentListDock *>();
        // The ended cases of the period and the open ones are each a live
        // layer, read off the GUI thread through the period's subset.
        map::LiveCaseLayer *ended = session->layers().endedCases();
        QgsVectorLayer *layer = session->layers().endedIncidents();
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        QVERIFY(test::waitForCases(session->layers()));
        const int open = session->layers().openCases()->count();
        QCOMPARE(drawn(session->layers().incidents()), open);
        QVERIFY(ended->isLive());
        QCOMPARE(layer->providerType(), QStringLiteral("memory"));

        // The default: cases closed in the last 30 days, besides the open ones.
        QCOMPARE(module->closedPeriod(), ClosedPeriod::Month);
        const QDateTime month = closedperiod::since(ClosedPeriod::Month, QDateTime::currentDateTimeUtc());
        const int inMonth = shownFor(m_all, month);
        QVERIFY(inMonth < m_all.size() / 2);
        QCOMPARE(module->model()->rowCount(), inMonth);
        QVERIFY(!module->model()->hasMore());
        QCOMPARE(ended->source()->subsetString(), session->layers().incidentSubset(month));
        QCOMPARE(open + drawn(layer), inMonth);
        QCOMPARE(open + ended->count(), inMonth);

        // Chosen in the list's filter bar, as a user would: the list and the
        // layer follow, and the choice is kept for the next start.
        dock->closedCombo()->setCurrentIndex(dock->closedCombo()->findData(closedperiod::code(ClosedPeriod::Week)));
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        QVERIFY(test::waitForCases(session->layers()));
        const QDateTime week = closedperiod::since(ClosedPeriod::Week, QDateTime::currentDateTimeUtc());
        QCOMPARE(module->model()->rowCount(), shownFor(m_all, week));
        QVERIFY(shownFor(m_all, week) < inMonth);
        QCOMPARE(ended->source()->subsetString(), session->layers().incidentSubset(week));
        QCOMPARE(open + drawn(layer), shownFor(m_all, week));
        QCOMPARE(settings::closedPeriod(), ClosedPeriod::Week);

        // Every case ever ended is more than the layer holds in memory: it
        // reads them through the provider's indexes, with the same subset.
        ended->setLimit(shownFor(m_all, month) - open);
        dock->closedCombo()->setCurrentIndex(dock->closedCombo()->findData(closedperiod::code(ClosedPeriod::All)));
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        QVERIFY(test::waitForCases(session->layers()));
        QVERIFY(!ended->isLive());
        QCOMPARE(layer->providerType(), QStringLiteral("ogr"));
        QCOMPARE(ended->source()->subsetString(), session->layers().incidentSubset(QDateTime()));
        QCOMPARE(layer->subsetString(), session->layers().incidentSubset(QDateTime()));
        QCOMPARE(open + drawn(layer), m_all.size());
        // The list and the map still select the same ended case.
        const Incident old = *std::find_if(m_all.cbegin(), m_all.cend(), [&](const Incident &i) {
            return !incidentstate::isOpen(i.state) && i.closedAt < month;
        });
        session->layers().selectCases({old.id});
        QCOMPARE(layer->selectedFeatureCount(), 1);
        QCOMPARE(session->layers().selectedCases(), QVector<qint64>{old.id});

        // A shorter period fits in memory again.
        dock->closedCombo()->setCurrentIndex(dock->closedCombo()->findData(closedperiod::code(ClosedPeriod::Month)));
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        QVERIFY(test::waitForCases(session->layers()));
        QVERIFY(ended->isLive());
        QCOMPARE(layer->providerType(), QStringLiteral("memory"));
        QCOMPARE(open + drawn(layer), inMonth);
        const Incident recent = *std::find_if(m_all.cbegin(), m_all.cend(), [&](const Incident &i) {
            return !incidentstate::isOpen(i.state) && i.closedAt >= month;
        });
        const QgsFeatureIds recentFeature = ended->featureIds({recent.id});
        QCOMPARE(int(recentFeature.size()), 1);
        QCOMPARE(session->layers().caseIdOf(layer, layer->getFeature(*recentFeature.cbegin())), recent.id);
        session->layers().selectCases({recent.id});
        QCOMPARE(layer->selectedFeatureIds(), recentFeature);
        QCOMPARE(session->layers().selectedCases(), QVector<qint64>{recent.id});
    }

    // Open cases at once, ended ones a page at a time as the list scrolls;
    // the header's figures count every open case whatever is loaded.
    void listLoadsEndedCasesAsItScrolls()
    {
        settings::setClosedPeriod(ClosedPeriod::All);
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *module = w.findChild<IncidentModule *>();
        auto *dock = w.findChild<IncidentListDock *>();
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        QCOMPARE(module->closedPeriod(), ClosedPeriod::All);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        int open = 0, overdue = 0;
        for (const Incident &i : m_all) {
            open += incidentstate::isOpen(i.state) ? 1 : 0;
            overdue += i.deadlineStatus(now) == DeadlineStatus::Overdue ? 1 : 0;
        }
        IncidentTableModel *model = module->model();
        QCOMPARE(model->rowCount(), open + IncidentModule::kPageSize);
        QVERIFY(model->canFetchMore({}));
        QVERIFY2(dock->findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("more")),
                 qPrintable(dock->findChild<QLabel *>(QStringLiteral("countLabel"))->text()));
        QCOMPARE(figure(w, "openIncidentsFigure"), QStringLiteral("Open <b>%1</b>").arg(open));
        QCOMPARE(figure(w, "overdueIncidentsFigure"), QStringLiteral("Overdue <b>%1</b>").arg(overdue));

        // Scrolling to the end reads the next page, until every case is there.
        QTableView *view = dock->tableView();
        for (int guard = 0; guard < 20 && model->rowCount() < m_all.size(); ++guard) {
            const int before = model->rowCount();
            view->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before || !model->canFetchMore({}), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        }
        QCOMPARE(model->rowCount(), m_all.size());
        QVERIFY(!model->canFetchMore({}));
        QSet<qint64> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids.insert(model->incidentAt(r)->id);
        QCOMPARE(ids.size(), m_all.size());
        QCOMPARE(figure(w, "openIncidentsFigure"), QStringLiteral("Open <b>%1</b>").arg(open));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestIncidentPeriod, griddesk::app::initResources)
#include "test_incident_period.moc"
