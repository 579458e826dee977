// A Chinese console shows what the system wrote into a case's history in
// Chinese: the time-limit monitor's notes (stored as codes) and the English
// text an older version stored, in the dispatch dock's timeline.
#include "AppResources.h"
#include "AppSettings.h"
#include "ConsoleSession.h"
#include "DispatchModule.h"
#include "IncidentTimelineWidget.h"
#include "Language.h"
#include "MainWindow.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"
#include "TimeLimitMonitor.h"

#include <QSettings>
#include <QTemporaryDir>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {

// A case accepted and dispatched 40 days ago, long overdue now.
qint64 overdueCase(Store &store, const AdminUnit &grid)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-40);
    NewIncident n;
    n.location = polygon::centroid(grid.geometry);
    n.categoryCode = QStringLiteral("labour_dispute");
    n.title = QStringLiteral("拖欠工资");
    n.reportedAt = start;
    const qint64 id = store.addIncident(n, QStringLiteral("网格员 张伟"));
    WorkflowRequest q;
    q.role = Role::CentreStaff;
    q.actor = QStringLiteral("王敏");
    q.action = IncidentAction::Accept;
    q.at = start.addSecs(600);
    store.applyAction(id, q);
    q.action = IncidentAction::Dispatch;
    q.department = QStringLiteral("judicial_office");
    q.at = start.addSecs(1200);
    store.applyAction(id, q);
    return id;
}

QStringList column(const IncidentTimelineWidget *timeline, int col)
{
    QStringList out;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        out << timeline->topLevelItem(i)->text(col);
    return out;
}

} // namespace

class TestHistoryLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_monitored = 0;
    qint64 m_legacy = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("zh_CN"));
        m_path = test::createDemo(m_dir);
        auto store = GpkgStore::open(m_path);
        const QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
        m_monitored = overdueCase(*store, grids.at(4));
        // The monitor runs in this (Chinese) process and writes codes.
        const MonitorResult r = TimeLimitMonitor().run(*store, QDateTime::currentDateTimeUtc());
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        // A row an older version wrote: its English text.
        m_legacy = overdueCase(*store, grids.at(11));
        WorkflowRequest old;
        old.action = IncidentAction::Supervise;
        old.role = Role::System;
        old.actor = QStringLiteral("Time-limit monitor");
        old.at = QDateTime::currentDateTimeUtc().addDays(-20);
        old.note = QStringLiteral("Overdue since 2026-11-02 17:00: supervised automatically");
        store->applyAction(m_legacy, old);
        for (const IncidentHistoryEntry &h : store->history(m_monitored))
            QVERIFY2(!h.note.contains(QStringLiteral("督办")), qPrintable(h.note)); // stored as a code, not as text
    }

    void chineseTimelineShowsTheMonitorInChinese()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        auto *dispatch = w.findChild<DispatchModule *>();
        QVERIFY(dispatch);
        QTRY_VERIFY_WITH_TIMEOUT(!dispatch->isLoading(), 10000);

        dispatch->selectIncidents({m_monitored});
        IncidentTimelineWidget *timeline = dispatch->timeline();
        QTRY_VERIFY(timeline->actionCodes().contains(QStringLiteral("escalate")));
        const QStringList actions = timeline->actionCodes();
        const QStringList details = column(timeline, 4);
        const QStringList by = column(timeline, 2);
        const QString supervised = details.at(actions.indexOf(QStringLiteral("supervise")));
        const QString escalated = details.at(actions.indexOf(QStringLiteral("escalate")));
        QVERIFY2(supervised.startsWith(QStringLiteral("自 ")) && supervised.endsWith(QStringLiteral("起超期，已自动督办")),
                 qPrintable(supervised));
        QVERIFY2(escalated.contains(QStringLiteral("个工作日仍未办结，已上报至社区/村一级")), qPrintable(escalated));
        QVERIFY2(by.at(actions.indexOf(QStringLiteral("escalate"))).startsWith(QStringLiteral("时限监控")),
                 qPrintable(by.join(QLatin1Char('|'))));
        for (const QString &d : details)
            QVERIFY2(!d.contains(QLatin1String("code")) && !d.contains(QLatin1String("overdue")), qPrintable(d));

        dispatch->selectIncidents({m_legacy});
        QTRY_VERIFY(timeline->toolTip() == session->store().incident(m_legacy)->code);
        const QStringList legacy = column(timeline, 4);
        QVERIFY2(legacy.contains(QStringLiteral("自 2026-11-02 17:00 起超期，已自动督办")), qPrintable(legacy.join(QLatin1Char('|'))));
        QVERIFY2(column(timeline, 2).last().startsWith(QStringLiteral("时限监控")), qPrintable(column(timeline, 2).last()));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestHistoryLanguage, griddesk::app::initResources)
#include "test_history_language.moc"
