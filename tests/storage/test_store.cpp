// The Store API on a real database: placement in grids, bound parameters,
// case numbers, the state machine with row versions, merges, the dispatch
// queue, screening, queries, administration and the change feed. The same
// cases run against a GeoPackage file and a PostgreSQL/PostGIS server
// (GRIDDESK_TEST_BACKEND, see TestBackend.h).
#include "LandedAction.h"
#include "PolygonOps.h"
#include "ScreeningWeek.h"
#include "StoreError.h"
#include "SystemNote.h"
#include "TimeLimitMonitor.h"
#include "TestBackend.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace griddesk;

namespace {

NewIncident reportAt(const GeoPoint &p)
{
    NewIncident n;
    n.location = p;
    n.categoryCode = QStringLiteral("security_hazard");
    n.title = QStringLiteral("井盖缺失");
    return n;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
    }

    void addIncidentPlacesItInItsGrid()
    {
        auto store = m_backend.open();
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(5);
        const GeoPoint inside = polygon::centroid(grid.geometry);
        const qint64 before = store->lastChangeSeq();
        NewIncident n = reportAt(inside);
        // Bound parameters: hostile text is stored verbatim and harms nothing.
        n.title = QStringLiteral("x'); DROP TABLE incidents; --");
        n.reporter = QStringLiteral("O'Brien \"Bob\" 王");
        const qint64 id = store->addIncident(n, QStringLiteral("tester"));
        const std::optional<Incident> i = store->incident(id);
        QVERIFY(i);
        QCOMPARE(i->title, n.title);
        QCOMPARE(i->reporter, n.reporter);
        QCOMPARE(i->gridCode, grid.code);
        QCOMPARE(i->communityCode, grid.parentCode);
        QCOMPARE(i->townshipCode, QStringLiteral("371102002000"));
        QCOMPARE(i->state, IncidentState::Reported);
        // Not yet accepted: no business deadline, but acceptance is due within its node limit.
        QVERIFY(!i->deadlineAt.isValid());
        QCOMPARE(i->dueAt, store->calendar().addWorkingDays(i->reportedAt, store->timeLimits(n.categoryCode).acceptDays));
        QVERIFY(i->warnAt.isValid() && i->warnAt < i->dueAt);
        QVERIFY(i->code.startsWith(QLatin1Char('E')));
        const QVector<IncidentHistoryEntry> h = store->history(id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h[0].action, QStringLiteral("report"));
        QCOMPARE(h[0].actor, QStringLiteral("tester"));
        QVERIFY(!h[0].hasStateBefore);
        const QVector<ChangeRecord> changes = store->changesSince(before);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].table, QStringLiteral("incidents"));
        QCOMPARE(changes[0].rowId, id);
        QCOMPARE(changes[0].op, QLatin1Char('I'));
        // The spatial index was maintained through our SQL functions.
        QVERIFY(store->gridAt(i->location).has_value());
    }

    void caseNumbersAreSequentialPerDay()
    {
        auto store = m_backend.open();
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(0);
        NewIncident n = reportAt(polygon::centroid(grid.geometry));
        n.reportedAt = QDateTime(QDate(2030, 1, 2), QTime(3, 0), Qt::UTC);
        const QString a = store->incident(store->addIncident(n, QStringLiteral("t")))->code;
        const QString b = store->incident(store->addIncident(n, QStringLiteral("t")))->code;
        QCOMPARE(a, QStringLiteral("E20300102-0001"));
        QCOMPARE(b, QStringLiteral("E20300102-0002"));
    }

    // A hand-written code ("-zzzz") does not jam the day, and the count
    // goes on past 9999 (a text MAX would stop there).
    void caseNumbersIgnoreHandWrittenCodes()
    {
        auto store = m_backend.open();
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(0);
        NewIncident n = reportAt(polygon::centroid(grid.geometry));
        n.reportedAt = QDateTime(QDate(2030, 2, 3), QTime(3, 0), Qt::UTC);
        const qint64 first = store->addIncident(n, QStringLiteral("t"));
        {
            QSqlQuery q(store->database()); // the store's connection has the GeoPackage's SQL functions
            for (const QString &suffix : {QStringLiteral("zzzz"), QStringLiteral("9999")})
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO incidents (geom, code, category_code, title, source, state, "
                                               "reported_at, grid_code, community_code, township_code, updated_at) "
                                               "SELECT geom, 'E20300203-%1', category_code, title, source, state, reported_at, "
                                               "grid_code, community_code, township_code, updated_at FROM incidents WHERE fid = %2")
                                    .arg(suffix).arg(first)),
                         qPrintable(q.lastError().text()));
        }
        QCOMPARE(store->incident(store->addIncident(n, QStringLiteral("t")))->code, QStringLiteral("E20300203-10000"));
        QCOMPARE(store->incident(store->addIncident(n, QStringLiteral("t")))->code, QStringLiteral("E20300203-10001"));
    }

    void badReportsWriteNothing_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("field");
        QTest::newRow("outside township") << 120.5 << 35.39 << "security_hazard" << "lon/lat";
        QTest::newRow("unknown category") << 119.528 << 35.392 << "alien_invasion" << "category";
        QTest::newRow("latitude out of range") << 119.528 << 95.0 << "security_hazard" << "lat";
    }
    void badReportsWriteNothing()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, category);
        QFETCH(QString, field);
        auto store = m_backend.open();
        const int before = store->incidents().size();
        const qint64 seq = store->lastChangeSeq();
        NewIncident n = reportAt({lon, lat});
        n.categoryCode = category;
        try {
            store->addIncident(n, QStringLiteral("t"));
            QFAIL("bad report accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY(!e.fieldErrors().isEmpty());
            QCOMPARE(e.fieldErrors().first().field, field);
        }
        QCOMPARE(store->incidents().size(), before);
        QCOMPARE(store->lastChangeSeq(), seq);
    }

    void historyIsAppendOnly()
    {
        auto store = m_backend.open();
        QSqlDatabase db = m_backend.rawConnection(QStringLiteral("tamper"));
        QVERIFY(db.isOpen());
        {
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE incident_history SET note = 'x'")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM incident_history")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

    void actionsFollowTheStateMachine()
    {
        auto store = m_backend.open();
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(7);
        const qint64 id = store->addIncident(reportAt(polygon::centroid(grid.geometry)), QStringLiteral("t"));
        const int version = store->incident(id)->rowVersion;
        WorkflowRequest q;
        q.role = Role::CentreStaff;
        q.actor = QStringLiteral("王敏");
        q.at = QDateTime::currentDateTimeUtc().addSecs(5);

        // Illegal: dispatching before acceptance; the message names the state.
        q.action = IncidentAction::Dispatch;
        q.department = QStringLiteral("police_station");
        try {
            store->applyAction(id, q);
            QFAIL("dispatch before accept was allowed");
        } catch (const StoreError &e) {
            QCOMPARE(e.fieldErrors().first().field, QStringLiteral("state"));
        }
        QCOMPARE(store->history(id).size(), 1);

        q.action = IncidentAction::Accept;
        const Incident accepted = store->applyAction(id, q, version);
        QCOMPARE(accepted.state, IncidentState::Accepted);
        QCOMPARE(accepted.rowVersion, version + 1);
        QVERIFY(accepted.deadlineAt.isValid());
        QCOMPARE(store->incident(id)->state, IncidentState::Accepted);

        // A stale row version is a conflict: nothing is written.
        q.action = IncidentAction::Dispatch;
        q.at = q.at.addSecs(5);
        try {
            store->applyAction(id, q, version);
            QFAIL("a stale write was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY(e.message().contains(accepted.code));
        }
        q.department = QStringLiteral("no_such_department");
        QVERIFY_EXCEPTION_THROWN(store->applyAction(id, q), StoreError);
        q.department = store->suggestDepartment(accepted.categoryCode, accepted.gridCode);
        QCOMPARE(q.department, QStringLiteral("police_station"));
        const Incident dispatched = store->applyAction(id, q, accepted.rowVersion);
        QCOMPARE(dispatched.leadDepartment, QStringLiteral("police_station"));
        QCOMPARE(store->history(id).size(), 3);
        QCOMPARE(store->history(id).last().department, QStringLiteral("police_station"));

        // Merge only into another open case.
        q.action = IncidentAction::Merge;
        q.masterId = id;
        q.at = q.at.addSecs(5);
        QVERIFY_EXCEPTION_THROWN(store->applyAction(id, q), StoreError);

        // A duplicate merged into this case: both histories stay, and later
        // actions on the duplicate go to the master.
        const qint64 dup = store->addIncident(reportAt(polygon::centroid(grid.geometry)), QStringLiteral("t"));
        q.at = q.at.addSecs(5);
        const Incident merged = store->applyAction(dup, q);
        QCOMPARE(merged.state, IncidentState::Merged);
        QCOMPARE(merged.masterId, id);
        QCOMPARE(store->history(dup).size(), 2);
        WorkflowRequest handle;
        handle.action = IncidentAction::Handle;
        handle.role = Role::DepartmentHandler;
        handle.actor = QStringLiteral("承办人");
        handle.at = q.at.addSecs(5);
        handle.note = QStringLiteral("已到场");
        const Incident result = store->applyAction(dup, handle);
        QCOMPARE(result.id, id);
        QCOMPARE(result.state, IncidentState::Handling);
        QCOMPARE(store->history(id).last().action, QStringLiteral("handle"));
        QCOMPARE(store->history(dup).size(), 2);

        // A write tried again after a dropped commit finds what landed: the
        // merge on the duplicate itself, the later action on its master.
        const std::optional<Incident> mergeLanded = landedAction(*store, dup, QStringLiteral("merge"), q.at);
        QVERIFY2(mergeLanded, "a merge that landed was not found");
        QCOMPARE(mergeLanded->id, dup);
        const std::optional<Incident> handleLanded = landedAction(*store, dup, QStringLiteral("handle"), handle.at);
        QVERIFY(handleLanded && handleLanded->id == id);
        QVERIFY(!landedAction(*store, dup, QStringLiteral("close"), handle.at));
    }

    void dispatchQueueHoldsWhatNeedsAction()
    {
        auto store = m_backend.open();
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-7);
        QSet<qint64> expected;
        for (const Incident &i : store->incidents())
            if (incidentstate::isOpen(i.state)
                || (i.state == IncidentState::Closed && i.satisfaction.isEmpty() && i.closedAt >= since))
                expected.insert(i.id);
        QSet<qint64> queued;
        for (const Incident &i : store->dispatchQueue(since)) {
            queued.insert(i.id);
            const Incident full = *store->incident(i.id);
            QCOMPARE(i.code, full.code);
            QCOMPARE(i.state, full.state);
            QCOMPARE(i.dueAt, full.dueAt);
            QCOMPARE(i.rowVersion, full.rowVersion);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(queued, expected);
    }

    void screeningVisitsByWeek()
    {
        auto store = m_backend.open();
        const QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
        const QString week = screeningweek::key(QDateTime::currentDateTimeUtc());
        const int before = store->screeningVisits(week).size();
        ScreeningVisit v;
        v.gridCode = grids.at(2).code;
        v.worker = QStringLiteral("网格员 刘洋");
        v.visitedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        v.findings = QStringLiteral("发现楼道堆放杂物");
        NewIncident finding;
        finding.categoryCode = QStringLiteral("security_hazard");
        finding.title = QStringLiteral("楼道堆放杂物");
        const int incidents = store->incidents().size();
        store->addScreeningVisit(v, finding);
        const QVector<ScreeningVisit> visits = store->screeningVisits(week);
        QCOMPARE(visits.size(), before + 1);
        QCOMPARE(visits.last().isoWeek, week);
        QVERIFY(visits.last().incidentId > 0);
        const Incident raised = *store->incident(visits.last().incidentId);
        QCOMPARE(raised.gridCode, v.gridCode); // the incident lies in the screened grid
        QCOMPARE(store->incidents().size(), incidents + 1);
        QCOMPARE(store->lastScreeningVisits().value(v.gridCode).worker, v.worker);

        // Bad visits name the field and write nothing.
        ScreeningVisit bad = v;
        bad.gridCode = QStringLiteral("371102002017");  // a community, not a grid
        bad.worker.clear();
        bad.visitedAt = QDateTime::currentDateTimeUtc().addDays(2);
        try {
            store->addScreeningVisit(bad);
            QFAIL("a bad visit was accepted");
        } catch (const StoreError &e) {
            QStringList fields;
            for (const FieldError &f : e.fieldErrors())
                fields << f.field;
            QCOMPARE(fields, (QStringList{QStringLiteral("grid"), QStringLiteral("worker"), QStringLiteral("visited_at")}));
        }
        QCOMPARE(store->screeningVisits(week).size(), before + 1);
        QCOMPARE(screeningweek::key(QDate(2026, 1, 1)), QStringLiteral("2026-W01"));
        QCOMPARE(screeningweek::key(QDate(2027, 1, 1)), QStringLiteral("2026-W53"));
    }

    void unitQueriesFilter()
    {
        auto store = m_backend.open();
        const AdminUnit community = store->adminUnits(int(AdminLevel::Community)).first();
        IncidentQuery q;
        q.unitCode = community.code;
        const QVector<Incident> in = store->incidents(q);
        QVERIFY(!in.isEmpty());
        for (const Incident &i : in)
            QCOMPARE(i.communityCode, community.code);
        q = IncidentQuery();
        q.states = {IncidentState::Closed};
        q.limit = 7;
        const QVector<Incident> closed = store->incidents(q);
        QCOMPARE(closed.size(), 7);
        for (const Incident &i : closed)
            QCOMPARE(i.state, IncidentState::Closed);
    }

    // Two workstations act on one case at the same moment, again and again.
    // Each write names the row version it read: one wins, the other gets a
    // Conflict naming the case's fresh state, and no update is ever lost.
    void concurrentWritersLoseNoUpdate()
    {
        auto setup = m_backend.open();
        const AdminUnit grid = setup->adminUnits(int(AdminLevel::Grid)).at(9);
        const qint64 id = setup->addIncident(reportAt(polygon::centroid(grid.geometry)), QStringLiteral("t"));
        WorkflowRequest q;
        q.role = Role::CentreStaff;
        q.actor = QStringLiteral("王敏");
        q.at = QDateTime::currentDateTimeUtc();
        q.action = IncidentAction::Accept;
        setup->applyAction(id, q);
        q.action = IncidentAction::Dispatch;
        q.department = QStringLiteral("police_station");
        const int startVersion = setup->applyAction(id, q).rowVersion;
        const int startHistory = setup->history(id).size();

        constexpr int kAttempts = 30;
        struct Outcome {
            QStringList applied;
            int conflicts = 0;
            QString error;
        };
        Outcome outcomes[2];
        const StoreLocation location = m_backend.storeLocation();
        QVector<QThread *> writers;
        for (int w = 0; w < 2; ++w) {
            writers << QThread::create([&, w] {
                try {
                    auto store = location.open();
                    for (int k = 0; k < kAttempts; ++k) {
                        const int version = store->incident(id)->rowVersion;
                        WorkflowRequest step;
                        step.action = IncidentAction::Handle;
                        step.role = Role::DepartmentHandler;
                        step.actor = QStringLiteral("承办人%1").arg(w);
                        step.note = QStringLiteral("writer %1 step %2").arg(w).arg(k);
                        step.at = QDateTime::currentDateTimeUtc();
                        try {
                            store->applyAction(id, step, version);
                            outcomes[w].applied << step.note;
                        } catch (const StoreError &e) {
                            if (e.kind() != StoreError::Kind::Conflict)
                                throw;
                            if (!e.message().contains(QStringLiteral("E")))
                                throw StoreError(e.kind(), QStringLiteral("conflict message names no case: ") + e.message());
                            ++outcomes[w].conflicts;
                        }
                    }
                } catch (const StoreError &e) {
                    outcomes[w].error = e.message();
                }
            });
        }
        for (QThread *t : writers)
            t->start();
        for (QThread *t : writers) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QVERIFY2(outcomes[0].error.isEmpty(), qPrintable(outcomes[0].error));
        QVERIFY2(outcomes[1].error.isEmpty(), qPrintable(outcomes[1].error));
        QCOMPARE(outcomes[0].applied.size() + outcomes[0].conflicts, kAttempts);
        QCOMPARE(outcomes[1].applied.size() + outcomes[1].conflicts, kAttempts);
        const int applied = outcomes[0].applied.size() + outcomes[1].applied.size();
        qInfo("applied %d, refused as conflicts %d", applied, outcomes[0].conflicts + outcomes[1].conflicts);

        // Every applied write is in the history exactly once, and only those.
        auto store = m_backend.open();
        QStringList notes;
        const QVector<IncidentHistoryEntry> history = store->history(id);
        for (int k = startHistory; k < history.size(); ++k)
            notes << history[k].note;
        QStringList expected = outcomes[0].applied + outcomes[1].applied;
        expected.sort();
        notes.sort();
        QCOMPARE(notes, expected);
        QCOMPARE(store->incident(id)->rowVersion, startVersion + applied);

        // The refused writer is told the fresh state by name.
        auto a = m_backend.open();
        auto b = m_backend.open();
        const int version = a->incident(id)->rowVersion;
        WorkflowRequest reply;
        reply.action = IncidentAction::Reply;
        reply.role = Role::DepartmentHandler;
        reply.actor = QStringLiteral("承办人0");
        reply.note = QStringLiteral("已处理完毕");
        reply.at = QDateTime::currentDateTimeUtc();
        a->applyAction(id, reply, version);
        WorkflowRequest late = reply;
        late.action = IncidentAction::Handle;
        late.note = QStringLiteral("迟到的进展");
        try {
            b->applyAction(id, late, version);
            QFAIL("a stale write was applied");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(incidentstate::displayName(IncidentState::Replied)), qPrintable(e.message()));
        }
    }

    // Every text input of the Store API carries hostile SQL. Values are bound,
    // never spliced: they are stored verbatim or refused by validation, and
    // every table is intact afterwards.
    void hostileTextInEveryInputDoesNoHarm()
    {
        const QStringList attacks = {
            QStringLiteral("x'); DROP TABLE incidents; --"),
            QStringLiteral("' OR '1'='1"),
            QStringLiteral("\\'; DELETE FROM incident_history; --"),
            QStringLiteral("1; UPDATE incidents SET state = 'closed'"),
            QStringLiteral("$$; DROP TABLE admin_units; $$"),
            QStringLiteral("%' UNION SELECT password FROM gd_users --"),
        };
        auto store = m_backend.open();
        const int incidentsBefore = store->incidents().size();
        const int unitsBefore = store->adminUnits().size();
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(3);
        int added = 0;
        for (const QString &a : attacks) {
            NewIncident n = reportAt(polygon::centroid(grid.geometry));
            n.title = a;
            n.description = a;
            n.address = a;
            n.reporter = a;
            n.parties = QStringList{a, a + QStringLiteral("2")};
            Attachment file;
            file.fileName = a;
            file.mimeType = a;
            file.content = a.toUtf8();
            n.attachments = {file};
            const qint64 id = store->addIncident(n, a);
            ++added;
            const Incident i = *store->incident(id);
            QCOMPARE(i.title, a);
            QCOMPARE(i.description, a);
            QCOMPARE(i.address, a);
            QCOMPARE(i.reporter, a);
            QCOMPARE(i.parties, n.parties);
            QCOMPARE(store->history(id).first().actor, a);
            const QVector<Attachment> files = store->attachments(id);
            QCOMPARE(files.size(), 1);
            QCOMPARE(files[0].fileName, a);
            QCOMPARE(store->attachmentContent(files[0].id), a.toUtf8());

            WorkflowRequest q;
            q.action = IncidentAction::Accept;
            q.role = Role::CentreStaff;
            q.actor = a;
            q.note = a;
            q.at = QDateTime::currentDateTimeUtc().addSecs(1);
            QCOMPARE(store->applyAction(id, q).state, IncidentState::Accepted);
            QCOMPARE(store->history(id).last().note, a);
            q.action = IncidentAction::Dispatch;
            q.department = a; // not a department: refused by name
            QVERIFY_EXCEPTION_THROWN(store->applyAction(id, q), StoreError);
            q.department.clear();
            q.action = IncidentAction::CoHandle;
            q.departments = QStringList{a};
            QVERIFY_EXCEPTION_THROWN(store->applyAction(id, q), StoreError);

            // Lookups and filters take the text as a value.
            QVERIFY(!store->incidentByCode(a));
            QVERIFY(!store->adminUnit(a));
            QVERIFY(store->history(-1).isEmpty());
            IncidentQuery query;
            query.unitCode = a;
            QVERIFY(store->incidents(query).isEmpty());
            QVERIFY(store->suggestDepartment(a, a).isEmpty());
            QCOMPARE(store->timeLimits(a).caseDays, TimeLimits().caseDays);
            QVERIFY(store->screeningVisits(a).isEmpty());

            // Administration refuses what is not a known key, code or number.
            QVERIFY_EXCEPTION_THROWN(store->setSetting(a, QStringLiteral("3")), StoreError);
            QVERIFY_EXCEPTION_THROWN(store->setSetting(QStringLiteral("escalation_grace_days"), a), StoreError);
            QVERIFY_EXCEPTION_THROWN(store->setTimeLimits(a, TimeLimits()), StoreError);
            QVERIFY_EXCEPTION_THROWN(store->upsertDepartment({a, a, a}), StoreError);
            QVERIFY_EXCEPTION_THROWN(store->setRouting({a, a, a}), StoreError);
            QVERIFY_EXCEPTION_THROWN(store->replaceCalendar(a), StoreError);

            ScreeningVisit v;
            v.gridCode = grid.code;
            v.worker = a;
            v.findings = a;
            v.visitedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
            store->addScreeningVisit(v);
            QCOMPARE(store->lastScreeningVisits().value(grid.code).findings, a);
            v.gridCode = a;
            QVERIFY_EXCEPTION_THROWN(store->addScreeningVisit(v), StoreError);
        }
        // A department may carry any name; its code is checked.
        store->upsertDepartment({QStringLiteral("test_dept"), attacks[0], attacks[1]});
        bool found = false;
        for (const Department &d : store->departments())
            found = found || (d.code == QLatin1String("test_dept") && d.nameZh == attacks[0] && d.nameEn == attacks[1]);
        QVERIFY(found);
        QCOMPARE(store->incidents().size(), incidentsBefore + added);
        QCOMPARE(store->adminUnits().size(), unitsBefore);
        int closed = 0;
        for (const Incident &i : store->incidents())
            closed += i.state == IncidentState::Closed;
        QVERIFY(closed < store->incidents().size());
        QVERIFY(!store->categories().isEmpty());
        QVERIFY(!store->calendar().years().isEmpty());
    }

    void administrationRoundTrips()
    {
        auto store = m_backend.open();
        store->setSetting(QStringLiteral("escalation_grace_days"), QStringLiteral("4"));
        QCOMPARE(store->escalationSettings().graceWorkingDays, 4);
        store->setSetting(QStringLiteral("duplicate_distance_m"), QStringLiteral("80"));
        QCOMPARE(store->duplicateSettings().distanceMetres, 80.0);
        TimeLimits t = store->timeLimits(QStringLiteral("security_hazard"));
        t.caseDays = 9;
        t.handleDays = 6;
        store->setTimeLimits(QStringLiteral("security_hazard"), t);
        QCOMPARE(store->timeLimits(QStringLiteral("security_hazard")).caseDays, 9);
        store->upsertDepartment({QStringLiteral("water_bureau"), QStringLiteral("水务局"), QStringLiteral("Water bureau")});
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(1);
        store->setRouting({QStringLiteral("security_hazard"), grid.code, QStringLiteral("water_bureau")});
        QCOMPARE(store->suggestDepartment(QStringLiteral("security_hazard"), grid.code), QStringLiteral("water_bureau"));
        store->setRouting({QStringLiteral("security_hazard"), grid.code, QStringLiteral("police_station")});
        QCOMPARE(store->suggestDepartment(QStringLiteral("security_hazard"), grid.code), QStringLiteral("police_station"));
        store->replaceCalendar(QStringLiteral("2031-01-01,holiday,元旦\n2031-01-04,workday,调休上班"));
        const WorkingCalendar cal = store->calendar();
        QCOMPARE(cal.years(), QVector<int>{2031});
        QVERIFY(!cal.isWorkingDay(QDate(2031, 1, 1)));
        QVERIFY(cal.isWorkingDay(QDate(2031, 1, 4)));
        // A bad line refuses the whole file and keeps the calendar.
        QVERIFY_EXCEPTION_THROWN(store->replaceCalendar(QStringLiteral("2031-02-01,holiday,x\nnot-a-date,holiday,y")),
                                 StoreError);
        QCOMPARE(store->calendar().years(), QVector<int>{2031});
    }

    // Open cases and the cases closed since a time; ended cases page by page,
    // newest report first, each exactly once.
    void periodAndPages()
    {
        auto store = m_backend.open();
        const QVector<Incident> all = store->incidents();
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-20);
        IncidentQuery period;
        period.closedSince = since;
        QSet<qint64> expected, got;
        for (const Incident &i : all)
            if (incidentstate::isOpen(i.state) || i.closedAt >= since)
                expected.insert(i.id);
        for (const Incident &i : store->incidents(period))
            got.insert(i.id);
        QVERIFY(expected.size() < all.size());
        QCOMPARE(got, expected);
        // Counted by the database, the same as read: with a period, with
        // states, since a time, in a unit, and everything.
        QCOMPARE(store->incidentCount(period), int(expected.size()));
        IncidentQuery closed;
        closed.states = {IncidentState::Closed};
        closed.closedSince = since;
        QCOMPARE(store->incidentCount(closed), int(store->incidents(closed).size()));
        QVERIFY(store->incidentCount(closed) > 0);
        IncidentQuery recent;
        recent.reportedSince = since;
        recent.unitCode = all.first().communityCode;
        QCOMPARE(store->incidentCount(recent), int(store->incidents(recent).size()));
        QCOMPARE(store->incidentCount({}), int(all.size()));
        // Cameras and units counted without reading them.
        const UnitStore::CameraCounts cameras = store->cameraCounts();
        QCOMPARE(cameras.all, int(store->cameras().size()));
        int online = 0, classOne = 0;
        for (const Camera &c : store->cameras()) {
            online += c.online ? 1 : 0;
            classOne += c.cameraClass == CameraClass::Class1 ? 1 : 0;
        }
        QCOMPARE(cameras.online, online);
        QCOMPARE(cameras.byClass[1], classOne);
        QCOMPARE(cameras.byClass[1] + cameras.byClass[2] + cameras.byClass[3], cameras.all);
        QCOMPARE(store->unitCount(int(AdminLevel::Grid), false), int(store->adminUnits(int(AdminLevel::Grid)).size()));
        QCOMPARE(store->unitCount(int(AdminLevel::Community), true),
                 int(store->unitsWithBoundary(int(AdminLevel::Community)).size()));
        // Units with their outlines' bounds instead of the outlines, in the
        // same order; the file's spatial index keeps 32-bit floats, rounded
        // outwards.
        const QVector<AdminUnit> outlined = store->adminUnits();
        const QVector<UnitStore::UnitBounds> bounded = store->unitsWithBounds();
        QCOMPARE(int(bounded.size()), int(outlined.size()));
        int withBounds = 0;
        for (int i = 0; i < outlined.size(); ++i) {
            const UnitStore::UnitBounds &b = bounded[i];
            QCOMPARE(b.unit.code, outlined[i].code);
            QCOMPARE(b.unit.name, outlined[i].name);
            QCOMPARE(b.unit.parentCode, outlined[i].parentCode);
            QVERIFY(b.unit.geometry.isEmpty());
            const GeoBounds exact = polygon::bounds(outlined[i].geometry);
            QCOMPARE(b.bounds.isEmpty(), exact.isEmpty());
            if (exact.isEmpty())
                continue;
            ++withBounds;
            QVERIFY2(b.bounds.minX <= exact.minX + 1e-9 && b.bounds.minX > exact.minX - 1e-4
                         && b.bounds.maxY >= exact.maxY - 1e-9 && b.bounds.maxY < exact.maxY + 1e-4,
                     qPrintable(outlined[i].code));
        }
        QCOMPARE(withBounds, int(store->unitsWithBoundary().size()));

        IncidentQuery page;
        page.states = {IncidentState::Closed, IncidentState::Rejected, IncidentState::Merged};
        page.limit = 37;
        QVector<qint64> paged;
        for (int guard = 0; guard < 100; ++guard) {
            const QVector<Incident> rows = store->incidents(page);
            for (const Incident &i : rows)
                paged << i.id;
            if (rows.size() < page.limit)
                break;
            page.afterReportedAt = rows.last().reportedAt;
            page.afterId = rows.last().id;
        }
        QVector<qint64> ended;
        for (const Incident &i : all) // newest report first, as the store orders them
            if (!incidentstate::isOpen(i.state))
                ended << i.id;
        QVERIFY(ended.size() > 3 * page.limit);
        QCOMPARE(paged, ended);
    }

    // The time-limit monitor writes its notes as codes with parameters, never
    // as text in the language of whoever ran it.
    void timeLimitMonitorStoresCodes()
    {
        auto store = m_backend.open();
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(9);
        const qint64 id = store->addIncident(reportAt(polygon::centroid(grid.geometry)), QStringLiteral("t"));
        WorkflowRequest q;
        q.role = Role::CentreStaff;
        q.actor = QStringLiteral("王敏");
        q.at = QDateTime::currentDateTimeUtc().addSecs(5);
        q.action = IncidentAction::Accept;
        store->applyAction(id, q);
        q.action = IncidentAction::Dispatch;
        q.department = QStringLiteral("police_station");
        q.at = q.at.addSecs(5);
        store->applyAction(id, q);

        const int grace = store->escalationSettings().graceWorkingDays;
        const MonitorResult r = TimeLimitMonitor().run(*store, q.at.addDays(90));
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QStringList codes;
        for (const IncidentHistoryEntry &h : store->history(id)) {
            if (h.role != QLatin1String("system"))
                continue;
            QVERIFY2(h.note.startsWith(QLatin1String("{\"code\":")), qPrintable(h.note));
            const std::optional<SystemNote> n = SystemNote::fromStored(h.note);
            QVERIFY(n);
            QVERIFY(n->since().isValid());
            codes << n->code();
            if (n->kind() == SystemNote::Kind::OverdueEscalated) {
                QCOMPARE(n->graceDays(), grace);
                QCOMPARE(n->level(), std::optional<AdminLevel>(AdminLevel::Community));
            }
        }
        QCOMPARE(codes, QStringList({QStringLiteral("overdue_supervised"), QStringLiteral("overdue_escalated")}));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
