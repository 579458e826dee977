// The closed loop in the real console, offscreen, on a real GeoPackage: one
// incident driven through every step from the dispatch dock — report → accept
// → dispatch → transfer → co-handle → reply → verify → rework → reply → verify
// → close → evaluate — checking the history, the deadline state and the marker
// colour on the map after each step; then a bulk accept of 200 cases.
#include "AppResources.h"
#include "AppSettings.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "DispatchDock.h"
#include "DispatchModule.h"
#include "DispatchQueueModel.h"
#include "DispatchQueueProxy.h"
#include "IncidentTimelineWidget.h"
#include "Language.h"
#include "MainWindow.h"
#include "MapSpots.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"
#include "WorkflowActionDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QProgressDialog>
#include <QTimer>

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {
enum class Marker { Amber, Blue, Purple, Grey };

bool looksLike(const QColor &c, Marker m)
{
    switch (m) {
    case Marker::Amber: return c.red() > 200 && c.green() > 130 && c.green() < 200 && c.blue() < 60;
    case Marker::Blue: return c.blue() > 160 && c.red() < 90 && c.green() > 80 && c.green() < 140;
    case Marker::Purple: return c.red() > 110 && c.red() < 170 && c.blue() > 160 && c.green() < 110;
    // A faint grey dot: neutral, and darker than any grid fill beneath it.
    case Marker::Grey:
        return std::abs(c.red() - c.green()) < 25 && std::abs(c.green() - c.blue()) < 25 && std::max({c.red(), c.green(), c.blue()}) < 205;
    }
    return false;
}
} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
        m_path = test::createDemo(m_dir);
    }

    void oneCaseThroughTheWholeLoop()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QgsMapCanvas *canvas = session->canvas();
        QSignalSpy firstPaint(canvas, &QgsMapCanvas::mapCanvasRefreshed);
        QVERIFY(firstPaint.wait(20000));
        auto *dispatch = w.findChild<DispatchModule *>();
        QVERIFY(dispatch);

        // A new report at a spot with no other marker near it on screen.
        const std::optional<GeoPoint> free = test::freeSpot(session->store(), canvas);
        QVERIFY2(free, "no free spot for the test incident");
        const GeoPoint spot = *free;
        const QPoint px = test::screenPoint(canvas, spot);
        NewIncident n;
        n.location = spot;
        n.categoryCode = QStringLiteral("neighbourhood_dispute");
        n.title = QStringLiteral("楼上漏水引发邻里纠纷");
        const qint64 id = session->store().addIncident(n, QStringLiteral("网格员 张伟"));

        auto markerIs = [&](Marker m) {
            const QImage shot = canvas->grab().toImage();
            return looksLike(QColor(shot.pixel(px.x(), px.y())), m);
        };
        QTRY_VERIFY_WITH_TIMEOUT(markerIs(Marker::Amber), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dispatch->model()->rowOfId(id) >= 0, 5000);

        struct Step {
            IncidentAction action;
            Role role;
            IncidentState state;
            Marker marker;
        };
        const Step steps[] = {
            {IncidentAction::Accept, Role::CentreStaff, IncidentState::Accepted, Marker::Blue},
            {IncidentAction::Dispatch, Role::CentreStaff, IncidentState::Dispatched, Marker::Blue},
            {IncidentAction::Transfer, Role::DepartmentHandler, IncidentState::Dispatched, Marker::Blue},
            {IncidentAction::CoHandle, Role::CentreStaff, IncidentState::Dispatched, Marker::Blue},
            {IncidentAction::Reply, Role::DepartmentHandler, IncidentState::Replied, Marker::Purple},
            {IncidentAction::Verify, Role::GridWorker, IncidentState::Verified, Marker::Purple},
            {IncidentAction::Rework, Role::GridWorker, IncidentState::Handling, Marker::Blue},
            {IncidentAction::Reply, Role::DepartmentHandler, IncidentState::Replied, Marker::Purple},
            {IncidentAction::Verify, Role::GridWorker, IncidentState::Verified, Marker::Purple},
            {IncidentAction::Close, Role::CentreStaff, IncidentState::Closed, Marker::Grey},
            {IncidentAction::Evaluate, Role::CentreStaff, IncidentState::Closed, Marker::Grey},
        };
        QStringList expectedHistory = {QStringLiteral("report")};
        for (const Step &s : steps) {
            const QString where = incidentaction::code(s.action);
            settings::setOperatorRole(role::code(s.role));
            settings::setOperatorName(QStringLiteral("测试 %1").arg(role::displayName(s.role)));
            dispatch->selectIncidents({id});
            QAction *action = dispatch->action(s.action);
            QVERIFY2(action->isEnabled(), qPrintable(where));
            dispatch->setDialogHook([&](WorkflowActionDialog &d) {
                d.setNote(QStringLiteral("%1 说明").arg(where));
                if (s.action == IncidentAction::Transfer)
                    d.setDepartment(QStringLiteral("judicial_office"));
                if (s.action == IncidentAction::CoHandle)
                    d.setDepartments({QStringLiteral("civil_affairs"), QStringLiteral("community_committee")});
                if (s.action == IncidentAction::Evaluate)
                    d.setSatisfaction(Satisfaction::BasicallySatisfied);
                return d.problems().isEmpty();
            });
            QSignalSpy applied(dispatch, &DispatchModule::actionApplied);
            action->trigger();
            QCOMPARE(applied.size(), 1);
            expectedHistory << where;

            const Incident now = *session->store().incident(id);
            QCOMPARE(now.state, s.state);
            const QVector<IncidentHistoryEntry> h = session->store().history(id);
            QStringList codes;
            for (const IncidentHistoryEntry &e : h)
                codes << e.action;
            QCOMPARE(codes, expectedHistory);
            QCOMPARE(h.last().role, role::code(s.role));
            QVERIFY(h.last().actor.startsWith(QStringLiteral("测试")));
            // Deadline state: a fresh case is on time at every step, closed on time at the end.
            const DeadlineStatus ds = now.deadlineStatus(QDateTime::currentDateTimeUtc());
            if (incidentstate::isOpen(now.state))
                QVERIFY2(ds == DeadlineStatus::OnTime, qPrintable(where));
            else
                QCOMPARE(ds, DeadlineStatus::ClosedOnTime);
            // The map highlights the selection in its own colour; look at the symbol itself.
            dispatch->selectIncidents({});
            session->layers().incidents()->removeSelection();
            QTRY_VERIFY2_WITH_TIMEOUT(markerIs(s.marker),
                                      qPrintable(where + QStringLiteral(": ") +
                                                 QColor(canvas->grab().toImage().pixel(px.x(), px.y())).name()),
                                      5000);
        }
        const Incident done = *session->store().incident(id);
        QCOMPARE(done.leadDepartment, QStringLiteral("judicial_office"));
        QCOMPARE(done.coDepartments, (QStringList{QStringLiteral("civil_affairs"), QStringLiteral("community_committee")}));
        QCOMPARE(done.reworkCount, 1);
        QCOMPARE(done.satisfaction, QStringLiteral("basically_satisfied"));
        // The closed case has left the queue; its timeline was shown while it was there.
        QTRY_VERIFY_WITH_TIMEOUT(dispatch->model()->rowOfId(id) < 0, 5000);
    }

    void illegalActionsAreDisabled()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY(session);
        MainWindow w(*session);
        auto *dispatch = w.findChild<DispatchModule *>();
        QTRY_VERIFY(!dispatch->isLoading()); // the queue is read off the GUI thread
        settings::setOperatorRole(role::code(Role::CentreStaff));
        dispatch->dock()->setNeedFilter(DispatchQueueModel::NeedAccept);
        QVERIFY2(dispatch->dock()->proxy()->rowCount() > 0, qPrintable(QStringLiteral("queue %1, %2").arg(dispatch->model()->rowCount()).arg(w.statusBar()->currentMessage())));
        dispatch->dock()->tableView()->selectRow(0);
        QVERIFY(dispatch->action(IncidentAction::Accept)->isEnabled());
        QVERIFY(!dispatch->action(IncidentAction::Close)->isEnabled());
        QVERIFY(!dispatch->action(IncidentAction::Reply)->isEnabled());
        settings::setOperatorRole(role::code(Role::Leader));
        dispatch->dock()->tableView()->clearSelection();
        dispatch->dock()->tableView()->selectRow(0);
        QVERIFY(!dispatch->action(IncidentAction::Accept)->isEnabled()); // leaders only supervise
        QCOMPARE(dispatch->timeline()->actionCodes().first(), QStringLiteral("report"));
    }

    void bulkAcceptOf200KeepsTheWindowLive()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY(session);
        const QVector<AdminUnit> grids = session->store().adminUnits(int(AdminLevel::Grid));
        for (int k = 0; k < 200; ++k) {
            NewIncident n;
            n.location = polygon::centroid(grids[k % grids.size()].geometry);
            n.categoryCode = QStringLiteral("public_service");
            n.title = QStringLiteral("批量测试 %1").arg(k);
            session->store().addIncident(n, QStringLiteral("t"));
        }
        MainWindow w(*session);
        w.show();
        auto *dispatch = w.findChild<DispatchModule *>();
        QTRY_VERIFY(!dispatch->isLoading());
        settings::setOperatorRole(role::code(Role::CentreStaff));
        dispatch->dock()->setNeedFilter(DispatchQueueModel::NeedAccept);
        dispatch->dock()->searchEdit()->setText(QStringLiteral("批量测试"));
        QCOMPARE(dispatch->dock()->proxy()->rowCount(), 200);
        dispatch->dock()->tableView()->selectAll();
        QCOMPARE(dispatch->selectedIncidents().size(), 200);

        int ticks = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
        heartbeat.start(10);
        dispatch->setDialogHook([](WorkflowActionDialog &d) { return d.problems().isEmpty(); });
        QSignalSpy applied(dispatch, &DispatchModule::actionApplied);
        dispatch->action(IncidentAction::Accept)->trigger();
        QVERIFY(w.findChild<QProgressDialog *>(QStringLiteral("bulkProgressDialog")));
        QVERIFY(applied.wait(60000));
        QCOMPARE(applied.first().at(1).toInt(), 200);
        QVERIFY2(ticks > 0, "the event loop did not run during the bulk action");
        IncidentQuery q;
        q.states = {IncidentState::Accepted};
        int accepted = 0;
        for (const Incident &i : session->store().incidents(q))
            accepted += i.title.startsWith(QStringLiteral("批量测试")) ? 1 : 0;
        QCOMPARE(accepted, 200);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestDispatch, griddesk::app::initResources)
#include "test_dispatch.moc"
