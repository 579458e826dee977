// A township with years of history, in the real console offscreen: ended
// cases show only for the chosen period, in the list and on the map layer
// (its subset string), the header counts stay right, and the list reads
// ended cases a page at a time as it scrolls.
#include "OpenCases.h"
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

// What the map draws: the layer's features through its provider and subset.
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
        // The ended cases are read by the provider through the period's subset;
        // the open ones are always on the map, in their live layer.
        QgsVectorLayer *layer = session->layers().endedIncidents();
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        QVERIFY(test::waitForOpenCases(session->layers()));
        const int open = session->layers().openCases()->count();
        QCOMPARE(drawn(session->layers().incidents()), open);

        // The default: cases closed in the last 30 days, besides the open ones.
        QCOMPARE(module->closedPeriod(), ClosedPeriod::Month);
        const QDateTime month = closedperiod::since(ClosedPeriod::Month, QDateTime::currentDateTimeUtc());
        const int inMonth = shownFor(m_all, month);
        QVERIFY(inMonth < m_all.size() / 2);
        QCOMPARE(module->model()->rowCount(), inMonth);
        QVERIFY(!module->model()->hasMore());
        QCOMPARE(layer->subsetString(), session->layers().incidentSubset(month));
        QCOMPARE(open + drawn(layer), inMonth);

        // Chosen in the list's filter bar, as a user would: the list and the
        // layer follow, and the choice is kept for the next start.
        dock->closedCombo()->setCurrentIndex(dock->closedCombo()->findData(closedperiod::code(ClosedPeriod::Week)));
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        const QDateTime week = closedperiod::since(ClosedPeriod::Week, QDateTime::currentDateTimeUtc());
        QCOMPARE(module->model()->rowCount(), shownFor(m_all, week));
        QVERIFY(shownFor(m_all, week) < inMonth);
        QCOMPARE(layer->subsetString(), session->layers().incidentSubset(week));
        QCOMPARE(open + drawn(layer), shownFor(m_all, week));
        QCOMPARE(settings::closedPeriod(), ClosedPeriod::Week);

        dock->closedCombo()->setCurrentIndex(dock->closedCombo()->findData(closedperiod::code(ClosedPeriod::All)));
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        QCOMPARE(layer->subsetString(), session->layers().incidentSubset(QDateTime()));
        QCOMPARE(open + drawn(layer), m_all.size());
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
