// The assessment's reads on both backends: hand-built cases on the demo
// township test the period rule at its edges (reported before the end; still
// open, or closed, due or reported at or after the start), the events and
// their order, each role's scope (a grid worker's grid, a department
// handler's department), the weeks grids were screened, the grid staff and
// their work log counted per unit and week, and who may set a unit's
// population. On a server the population is also attacked with psql
// under each role's own login.
#include "DivisionCode.h"
#include "IncidentAction.h"
#include "KpiEngine.h"
#include "Migrations.h"
#include "PgStore.h"
#include "PolygonOps.h"
#include "PsqlRunner.h"
#include "SqliteSpatialFunctions.h"
#include "ScreeningWeek.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestLogins.h"
#include "TestPeople.h"

#include <QSet>
#include <map>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");

QDateTime cst(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

// The period: March 2031, China Standard Time (after every demo case).
const QDateTime kFrom = cst(2031, 3, 1);
const QDateTime kTo = cst(2031, 4, 1);

bool matters(const Incident &i, const QDateTime &from, const QDateTime &to)
{
    return i.reportedAt < to
        && (!i.closedAt.isValid() || i.closedAt >= from || (i.deadlineAt.isValid() && i.deadlineAt >= from)
            || i.reportedAt >= from);
}

bool counted(const QString &action)
{
    IncidentAction a;
    return incidentaction::fromCode(action, &a)
        && QVector<IncidentAction>{IncidentAction::Reply, IncidentAction::Rework, IncidentAction::Supervise,
                                   IncidentAction::Escalate}
               .contains(a);
}

IncidentHistoryEntry entry(const QString &action, const QDateTime &at, IncidentState after)
{
    IncidentHistoryEntry h;
    h.action = action;
    h.actor = QStringLiteral("测试");
    h.at = at;
    h.stateAfter = after;
    return h;
}

} // namespace

class TestAssessmentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_suffix;
    AdminUnit m_gridA, m_gridB, m_communityA;
    QString m_township;
    QHash<QString, qint64> m_ids; // hand-built cases by code
    test::TestLogins m_logins{m_backend, kPassword};

    QString login(const QString &name) const { return m_logins.login(name); }
    Store *as(const QString &name) { return m_logins.as(name); }
    test::PsqlResult psql(const QString &name, const QString &statement) const { return m_logins.psql(name, statement); }




    // A hand-built case in a grid: its stamps and history as given.
    static IncidentRecord record(const QString &code, const AdminUnit &grid, IncidentState state, const QDateTime &reported,
                                 const QDateTime &deadline, const QDateTime &closed, const QString &department = {})
    {
        IncidentRecord r;
        Incident &i = r.incident;
        i.code = code;
        i.categoryCode = QStringLiteral("neighbourhood_dispute");
        i.title = code;
        i.address = QStringLiteral("幸福路 %1 号").arg(code.right(2));
        i.parties = QStringList{QStringLiteral("张三"), QStringLiteral("李四")};
        i.source = IncidentSource::Hotline12345;
        i.state = state;
        i.reportedAt = reported;
        i.deadlineAt = deadline;
        i.closedAt = closed;
        i.gridCode = grid.code;
        i.communityCode = grid.parentCode;
        i.townshipCode = divisioncode::parentOf(grid.parentCode);
        i.location = polygon::centroid(grid.geometry);
        i.leadDepartment = department;
        r.history << entry(QStringLiteral("report"), reported, IncidentState::Reported);
        return r;
    }

    // Every case of the period, by the rule, from the store's plain case list.
    static QSet<qint64> expectedIds(const Store &store, const QDateTime &from, const QDateTime &to)
    {
        QSet<qint64> out;
        for (const Incident &i : store.incidents())
            if (matters(i, from, to))
                out.insert(i.id);
        return out;
    }

    static QSet<qint64> idsOf(const QVector<KpiCase> &cases)
    {
        QSet<qint64> out;
        for (const KpiCase &k : cases)
            out.insert(k.id);
        return out;
    }

    // How many of the indexes the assessment's reads rely on a database has.
    static int indexes(QSqlDatabase &db)
    {
        const QString names = QStringLiteral(
            "('incidents_deadline', 'incidents_closed', 'incident_history_kpi', 'screening_visits_visited')");
        QSqlQuery q(db);
        const bool ok = q.exec(db.driverName() == QLatin1String("QPSQL")
                                   ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN ") + names
                                   : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ") + names);
        return ok && q.next() ? q.value(0).toInt() : -1;
    }

    static const KpiCase *find(const QVector<KpiCase> &cases, qint64 id)
    {
        for (const KpiCase &k : cases)
            if (k.id == id)
                return &k;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_k%1").arg(QCoreApplication::applicationPid());
        m_logins.setSuffix(m_suffix);
        auto owner = m_backend.open();
        const test::TestPlaces places = test::TestPlaces::of(*owner);
        m_communityA = places.communityA;
        m_township = places.township;
        m_gridA = places.gridA;
        m_gridB = places.gridB;
        QVERIFY(!m_gridA.code.isEmpty() && !m_gridB.code.isEmpty());

        const QDateTime s = QDateTime(kFrom).addSecs(-1);
        const QString police = QStringLiteral("police_station");
        const QString civil = QStringLiteral("civil_affairs");
        QVector<IncidentRecord> r;
        // In the period: reported at its first instant and still open, with a
        // full history whose rows are written out of time order.
        r << record(QStringLiteral("KT-01"), m_gridA, IncidentState::Closed, kFrom, kFrom.addDays(10), kFrom.addDays(9), police);
        {
            QVector<IncidentHistoryEntry> &h = r.last().history;
            const QDateTime t = kFrom;
            h << entry(QStringLiteral("accept"), t.addSecs(60), IncidentState::Accepted)
              << entry(QStringLiteral("dispatch"), t.addSecs(120), IncidentState::Dispatched)
              << entry(QStringLiteral("reply"), t.addDays(2), IncidentState::Replied)
              << entry(QStringLiteral("rework"), t.addDays(3), IncidentState::Handling)
              << entry(QStringLiteral("reply"), t.addDays(5), IncidentState::Replied)
              << entry(QStringLiteral("verify"), t.addDays(6), IncidentState::Verified)
              << entry(QStringLiteral("close"), t.addDays(9), IncidentState::Closed)
              << entry(QStringLiteral("evaluate"), t.addDays(9).addSecs(3600), IncidentState::Closed)
              // Written last, happened before the rework.
              << entry(QStringLiteral("supervise"), t.addDays(2).addSecs(60), IncidentState::Replied)
              << entry(QStringLiteral("escalate"), t.addDays(2).addSecs(120), IncidentState::Replied);
            r.last().incident.satisfaction = QStringLiteral("satisfied");
            r.last().incident.level = AdminLevel::Community; // escalated once
            r.last().incident.reworkCount = 1;
            r.last().incident.supervised = true;
        }
        // Reported in the last second of the period.
        r << record(QStringLiteral("KT-02"), m_gridA, IncidentState::Reported, QDateTime(kTo).addSecs(-1), {}, {});
        // Reported at the end: the next period's.
        r << record(QStringLiteral("KT-03"), m_gridA, IncidentState::Reported, kTo, {}, {});
        // Earlier, closed at the period's first instant.
        r << record(QStringLiteral("KT-04"), m_gridA, IncidentState::Closed, kFrom.addDays(-20), kFrom.addDays(-5), kFrom, police);
        // Earlier, closed and due before the period.
        r << record(QStringLiteral("KT-05"), m_gridA, IncidentState::Closed, kFrom.addDays(-20), s, s, police);
        // Earlier, closed before the period but due at its start.
        r << record(QStringLiteral("KT-06"), m_gridA, IncidentState::Closed, kFrom.addDays(-20), kFrom, s.addSecs(-3600), police);
        // Earlier, still open (overdue since long).
        r << record(QStringLiteral("KT-07"), m_gridB, IncidentState::Handling, kFrom.addDays(-90), kFrom.addDays(-80), {}, civil);
        // Rejected in the period.
        r << record(QStringLiteral("KT-08"), m_gridB, IncidentState::Rejected, kFrom.addDays(3), {}, kFrom.addDays(3).addSecs(600));
        // After the period.
        r << record(QStringLiteral("KT-10"), m_gridB, IncidentState::Reported, kTo.addDays(1), {}, {});
        // In the period, handled by another department in grid B.
        r << record(QStringLiteral("KT-11"), m_gridB, IncidentState::Dispatched, kFrom.addDays(4), kFrom.addDays(14), {}, civil);
        owner->importIncidents(r);
        auto idsByCode = [&] {
            for (const Incident &i : owner->incidents())
                if (i.code.startsWith(QLatin1String("KT-")))
                    m_ids.insert(i.code, i.id);
        };
        idsByCode();
        // Merged in the period into KT-01.
        IncidentRecord merged = record(QStringLiteral("KT-09"), m_gridA, IncidentState::Merged, kFrom.addDays(1), {},
                                       kFrom.addDays(2), police);
        merged.incident.masterId = m_ids.value(QStringLiteral("KT-01"));
        owner->importIncidents({merged});
        idsByCode();
        QCOMPARE(m_ids.size(), r.size() + 1);

        test::addPeople(*owner,
                        {{"grid_a", Role::GridWorker, m_gridA.code, {}},
                         {"community_a", Role::CommunityStaff, m_communityA.code, {}},
                         {"police", Role::DepartmentHandler, m_township, police},
                         {"leader", Role::Leader, m_township, {}},
                         {"admin", Role::Administrator, {}, {}}},
                        m_suffix, kPassword);
    }

    void periodRuleAtItsEdges()
    {
        auto owner = m_backend.open();
        const QVector<KpiCase> cases = owner->kpiCases(kFrom, kTo);
        const QSet<qint64> ids = idsOf(cases);
        for (const char *in : {"KT-01", "KT-02", "KT-04", "KT-06", "KT-07", "KT-08", "KT-09", "KT-11"})
            QVERIFY2(ids.contains(m_ids.value(QString::fromLatin1(in))), in);
        for (const char *out : {"KT-03", "KT-05", "KT-10"})
            QVERIFY2(!ids.contains(m_ids.value(QString::fromLatin1(out))), out);
        // The whole township's cases (the demo's open ones too) by the rule.
        QCOMPARE(ids, expectedIds(*owner, kFrom, kTo));
        QCOMPARE(ids.size(), cases.size());
        for (int k = 1; k < cases.size(); ++k)
            QVERIFY(cases[k - 1].id < cases[k].id);
        // A period of the demo's own years, against the same rule.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime monthAgo = now.addDays(-30);
        QCOMPARE(idsOf(owner->kpiCases(monthAgo, now)), expectedIds(*owner, monthAgo, now));
        // One township's, by the same rule: the township's cases, and none
        // for a township with none.
        QSet<qint64> township;
        for (const KpiCase &c : cases)
            if (c.townshipCode == m_township)
                township.insert(c.id);
        QVERIFY(!township.isEmpty());
        QCOMPARE(idsOf(owner->kpiCases(kFrom, kTo, m_township)), township);
        QVERIFY(owner->kpiCases(kFrom, kTo, QStringLiteral("371199999000")).isEmpty());
    }

    void caseFieldsAndEvents()
    {
        auto owner = m_backend.open();
        const QVector<KpiCase> cases = owner->kpiCases(kFrom, kTo);
        const KpiCase *k = find(cases, m_ids.value(QStringLiteral("KT-01")));
        QVERIFY(k);
        QCOMPARE(k->code, QStringLiteral("KT-01"));
        QCOMPARE(k->categoryCode, QStringLiteral("neighbourhood_dispute"));
        QCOMPARE(k->source, IncidentSource::Hotline12345);
        QCOMPARE(k->state, IncidentState::Closed);
        QCOMPARE(k->reportedAt, kFrom);
        QCOMPARE(k->deadlineAt, kFrom.addDays(10));
        QCOMPARE(k->closedAt, kFrom.addDays(9));
        QCOMPARE(k->gridCode, m_gridA.code);
        QCOMPARE(k->communityCode, m_communityA.code);
        QCOMPARE(k->townshipCode, m_township);
        QCOMPARE(k->leadDepartment, QStringLiteral("police_station"));
        QCOMPARE(k->satisfaction, QStringLiteral("satisfied"));
        QCOMPARE(k->level, AdminLevel::Community);
        QCOMPARE(k->reworkCount, 1);
        QVERIFY(k->supervised);
        QCOMPARE(k->address, QStringLiteral("幸福路 01 号"));
        QCOMPARE(k->parties, (QStringList{QStringLiteral("张三"), QStringLiteral("李四")}));
        const GeoPoint centre = polygon::centroid(m_gridA.geometry);
        QVERIFY(qAbs(k->location.x - centre.x) < 1e-9 && qAbs(k->location.y - centre.y) < 1e-9);
        QVERIFY(k->location.x > 70 && k->location.x < 140 && k->location.y > 15 && k->location.y < 55); // lon, lat

        // Only the counted actions, in time order (not in the order written).
        // Closure and evaluation are read from the case's own stamps.
        const QVector<IncidentAction> expected = {IncidentAction::Reply, IncidentAction::Supervise,
                                                  IncidentAction::Escalate, IncidentAction::Rework,
                                                  IncidentAction::Reply};
        QCOMPARE(k->events.size(), expected.size());
        for (int e = 0; e < expected.size(); ++e)
            QVERIFY2(k->events[e].action == expected[e], qPrintable(incidentaction::code(k->events[e].action)));
        QCOMPARE(k->events.first().at, kFrom.addDays(2));
        QCOMPARE(k->events.last().action, IncidentAction::Reply);

        const KpiCase *merged = find(cases, m_ids.value(QStringLiteral("KT-09")));
        QVERIFY(merged);
        QCOMPARE(merged->state, IncidentState::Merged);
        QCOMPARE(merged->masterId, m_ids.value(QStringLiteral("KT-01")));
        const KpiCase *rejected = find(cases, m_ids.value(QStringLiteral("KT-08")));
        QVERIFY(rejected);
        QCOMPARE(rejected->state, IncidentState::Rejected);
        QCOMPARE(rejected->level, AdminLevel::Grid);
        QVERIFY(rejected->events.isEmpty());
        QVERIFY(!rejected->deadlineAt.isValid());

        // Every case's events equal its history's counted rows.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int checked = 0;
        for (const KpiCase &c : owner->kpiCases(now.addDays(-30), now)) {
            if (++checked > 40)
                break;
            QVector<KpiEvent> fromHistory;
            for (const IncidentHistoryEntry &h : owner->history(c.id)) {
                KpiEvent e;
                if (counted(h.action) && incidentaction::fromCode(h.action, &e.action)) {
                    e.at = h.at;
                    fromHistory << e;
                }
            }
            QCOMPARE(c.events.size(), fromHistory.size());
            for (int e = 0; e < fromHistory.size(); ++e) {
                QVERIFY(c.events[e].action == fromHistory[e].action);
                QCOMPARE(c.events[e].at, fromHistory[e].at);
            }
        }
        QVERIFY(checked > 0);
    }

    void scopeLimitsCasesAndUnits()
    {
        auto grid = as(QStringLiteral("grid_a"));
        QVERIFY(grid);
        const QVector<KpiCase> mine = grid->kpiCases(kFrom, kTo);
        QVERIFY(idsOf(mine).contains(m_ids.value(QStringLiteral("KT-01"))));
        QVERIFY(!idsOf(mine).contains(m_ids.value(QStringLiteral("KT-07"))));
        for (const KpiCase &k : mine)
            QCOMPARE(k.gridCode, m_gridA.code);
        QCOMPARE(idsOf(mine), expectedIds(*grid, kFrom, kTo));
        QVERIFY(!find(mine, m_ids.value(QStringLiteral("KT-01")))->events.isEmpty());
        QStringList places;
        for (const KpiUnit &u : grid->kpiUnits())
            if (!u.department)
                places << u.code;
        QCOMPARE(places, QStringList{m_gridA.code});

        auto community = as(QStringLiteral("community_a"));
        QVERIFY(community);
        for (const KpiUnit &u : community->kpiUnits()) {
            if (u.department)
                continue;
            QVERIFY2(u.code == m_communityA.code || u.parentCode == m_communityA.code, qPrintable(u.code));
            QVERIFY(u.level != AdminLevel::Township);
        }
        for (const KpiCase &k : community->kpiCases(kFrom, kTo))
            QCOMPARE(k.communityCode, m_communityA.code);

        auto police = as(QStringLiteral("police"));
        QVERIFY(police);
        const QVector<KpiCase> theirs = police->kpiCases(kFrom, kTo);
        QVERIFY(idsOf(theirs).contains(m_ids.value(QStringLiteral("KT-01"))));
        QVERIFY(!idsOf(theirs).contains(m_ids.value(QStringLiteral("KT-11"))));
        QVERIFY(!idsOf(theirs).contains(m_ids.value(QStringLiteral("KT-08"))));
        QCOMPARE(idsOf(theirs), expectedIds(*police, kFrom, kTo));
        QStringList departments;
        for (const KpiUnit &u : police->kpiUnits())
            if (u.department)
                departments << u.code;
        QCOMPARE(departments, QStringList{QStringLiteral("police_station")});

        auto leader = as(QStringLiteral("leader"));
        QVERIFY(leader);
        QCOMPARE(idsOf(leader->kpiCases(kFrom, kTo)), idsOf(m_backend.open()->kpiCases(kFrom, kTo)));
    }

    void unitsWithPopulations()
    {
        auto owner = m_backend.open();
        const QVector<KpiUnit> units = owner->kpiUnits();
        const int communities = owner->adminUnits(int(AdminLevel::Community)).size();
        const int grids = owner->adminUnits(int(AdminLevel::Grid)).size();
        int places = 0, departments = 0;
        bool departmentsStarted = false;
        for (const KpiUnit &u : units) {
            if (u.department) {
                departmentsStarted = true;
                ++departments;
                QVERIFY(!u.name.isEmpty());
                continue;
            }
            QVERIFY2(!departmentsStarted, "the places come first");
            QVERIFY(u.level != AdminLevel::District);
            ++places;
        }
        QCOMPARE(places, 1 + communities + grids);
        QCOMPARE(departments, owner->departments().size());
        QCOMPARE(units.first().code, m_township);
        QCOMPARE(units.first().level, AdminLevel::Township);
        for (const KpiUnit &u : units)
            if (u.code == m_gridA.code)
                QCOMPARE(u.name, m_gridA.shortName);
        const Department first = owner->departments().first();
        QCOMPARE(units[places].code, first.code);
        QCOMPARE(units[places].name, first.nameZh);
    }

    void screeningWeeks()
    {
        auto owner = m_backend.open();
        // Monday 2026-10-05 to Monday 2026-10-12 (China Standard Time).
        const QDateTime from = cst(2026, 10, 5);
        const QDateTime to = cst(2026, 10, 12);
        auto visit = [&](const AdminUnit &grid, const QDateTime &at) {
            ScreeningVisit v;
            v.gridCode = grid.code;
            v.visitedAt = at;
            v.worker = QStringLiteral("刘洋");
            owner->addScreeningVisit(v);
        };
        visit(m_gridA, from);
        visit(m_gridA, from.addDays(2));
        visit(m_gridB, to.addSecs(-1));
        visit(m_gridB, to);
        visit(m_gridB, from.addSecs(-1));
        QSet<QPair<QString, QString>> expected;
        for (const QString &week : {screeningweek::key(from.addDays(-1)), screeningweek::key(from), screeningweek::key(to)})
            for (const ScreeningVisit &v : owner->screeningVisits(week))
                if (v.visitedAt >= from && v.visitedAt < to)
                    expected.insert({v.gridCode, v.isoWeek});
        const QVector<KpiScreening> screened = owner->kpiScreenings(from, to);
        QSet<QPair<QString, QString>> got;
        for (const KpiScreening &s : screened)
            got.insert({s.gridCode, s.isoWeek});
        QCOMPARE(got.size(), screened.size()); // once per grid and week
        QCOMPARE(got, expected);
        QVERIFY(got.contains({m_gridA.code, QStringLiteral("2026-W41")}));
        QVERIFY(got.contains({m_gridB.code, QStringLiteral("2026-W41")}));
        QVERIFY(!got.contains({m_gridB.code, QStringLiteral("2026-W40")}));
        QVERIFY(!got.contains({m_gridB.code, QStringLiteral("2026-W42")}));

        auto grid = as(QStringLiteral("grid_a"));
        QVERIFY(grid);
        const QVector<KpiScreening> mine = grid->kpiScreenings(from, to);
        QVERIFY(!mine.isEmpty());
        for (const KpiScreening &s : mine)
            QCOMPARE(s.gridCode, m_gridA.code);
    }

    void workLogPerUnitAndWeek()
    {
        auto owner = m_backend.open();
        owner->setSetting(QStringLiteral("assessment_work_log_per_week"), QStringLiteral("3"));
        QCOMPARE(owner->assessmentSettings().workLogPerWeek, 3);
        try {
            owner->setSetting(QStringLiteral("assessment_work_log_per_week"), QStringLiteral("0"));
            QFAIL("an expected number of 0 was taken");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("assessment_work_log_per_week")), qPrintable(e.message()));
        }
        QCOMPARE(owner->assessmentSettings().workLogPerWeek, 3);

        // March 2025: ISO weeks 10 to 13 (3–30 March), long before the demo's own log.
        const KpiPeriod march = KpiPeriod::month(2025, 3);
        QCOMPARE(march.isoWeeks().size(), 4);
        auto hire = [&](const QString &name, const AdminUnit &grid, const QDate &started) {
            StaffMember m;
            m.name = name;
            m.phone = QStringLiteral("13800138000");
            m.role = StaffRole::FullTime;
            m.gridCode = grid.code;
            m.startedOn = started;
            return owner->addStaffMember(m);
        };
        hire(QStringLiteral("测试甲") + m_suffix, m_gridA, QDate(2025, 3, 10));           // W11–W13
        const StaffMember yi = hire(QStringLiteral("测试乙") + m_suffix, m_gridA, QDate(2024, 1, 1));
        owner->retireStaffMember(yi.id, QDate(2025, 3, 18));                             // W10–W12
        hire(QStringLiteral("测试丙") + m_suffix, m_gridB, QDate(2024, 1, 1));           // W10–W13
        auto log = [&](const QString &name, const AdminUnit &grid, const QDate &day, const QString &activity) {
            RegisterRecord w = RegisterRecord::blank(RegisterKind::WorkLog);
            w.set(QStringLiteral("worked_on"), day);
            w.set(QStringLiteral("worker"), name + m_suffix);
            w.set(QStringLiteral("activity"), activity);
            w.set(QStringLiteral("subject"), QStringLiteral("走访独居老人"));
            w.gridCode = grid.code;
            owner->addRegisterRecord(w);
        };
        const QString jia = QStringLiteral("测试甲"), yiName = QStringLiteral("测试乙"), bing = QStringLiteral("测试丙");
        log(jia, m_gridA, QDate(2025, 3, 11), QStringLiteral("visit"));
        log(jia, m_gridA, QDate(2025, 3, 12), QStringLiteral("visit"));
        log(jia, m_gridA, QDate(2025, 3, 16), QStringLiteral("legal_education")); // W11: 3, met
        log(jia, m_gridA, QDate(2025, 3, 17), QStringLiteral("service"));         // W12: 1
        for (int i = 0; i < 4; ++i)
            log(jia, m_gridA, QDate(2025, 3, 24), QStringLiteral("patrol"));      // W13: not assessed
        for (int i = 0; i < 3; ++i)
            log(yiName, m_gridA, QDate(2025, 3, 3 + i), QStringLiteral("visit")); // W10: 3, met
        log(yiName, m_gridA, QDate(2025, 3, 17), QStringLiteral("visit"));        // W12: 1
        log(yiName, m_gridA, QDate(2025, 3, 25), QStringLiteral("visit"));        // after leaving
        for (int i = 0; i < 4; ++i)
            log(bing, m_gridB, QDate(2025, 3, 9), QStringLiteral("service"));     // W10 (a Sunday): 4, met
        for (int i = 0; i < 3; ++i)
            log(bing, m_gridB, QDate(2025, 3, 10), QStringLiteral("legal_education")); // W11: 3, met
        log(bing, m_gridB, QDate(2025, 3, 2), QStringLiteral("visit"));           // W09, February's
        log(bing, m_gridB, QDate(2025, 3, 31), QStringLiteral("visit"));          // W14, April's

        // Per week as read.
        const KpiActivity activity = owner->kpiActivity(march.weeksFrom(), march.weeksTo());
        auto entries = [&](const QString &name, const QString &week, const QString &act) {
            for (const KpiWorkLogCount &c : activity.workLog)
                if (c.worker == name + m_suffix && c.isoWeek == week && c.activity == act)
                    return c.entries;
            return 0;
        };
        QCOMPARE(entries(jia, QStringLiteral("2025-W11"), QStringLiteral("visit")), 2);
        QCOMPARE(entries(jia, QStringLiteral("2025-W11"), QStringLiteral("legal_education")), 1);
        QCOMPARE(entries(jia, QStringLiteral("2025-W13"), QStringLiteral("patrol")), 4);
        QCOMPARE(entries(bing, QStringLiteral("2025-W10"), QStringLiteral("service")), 4);
        QCOMPARE(entries(bing, QStringLiteral("2025-W09"), QStringLiteral("visit")), 0); // before the weeks read
        QCOMPARE(entries(bing, QStringLiteral("2025-W14"), QStringLiteral("visit")), 0);

        // The demo's own staff serve in March 2025 too, with nothing logged then:
        // each name once per grid and week, in the grids assessed.
        const KpiEngine engine(owner->kpiUnits(march.from(), march.to()), owner->assessmentSettings());
        QHash<QString, qint64> demoWeeks;
        QSet<QString> counted;
        for (const StaffMember &m : owner->staffMembers(true))
            if (!m.name.endsWith(m_suffix) && (m.active || m.endedOn.isValid()) && engine.unit(m.gridCode))
                for (QDate monday(2025, 3, 3); monday < QDate(2025, 3, 31); monday = monday.addDays(7))
                    if (m.startedOn <= monday.addDays(6) && (!m.endedOn.isValid() || m.endedOn >= monday)
                        && !counted.contains(m.gridCode + m.name + monday.toString(Qt::ISODate))) {
                        counted.insert(m.gridCode + m.name + monday.toString(Qt::ISODate));
                        ++demoWeeks[m.gridCode];
                    }
        qint64 townshipWeeks = 0;
        for (qint64 n : qAsConst(demoWeeks))
            townshipWeeks += n;

        const QDateTime asOf = march.to().addDays(30);
        const KpiTable t = engine.compute({}, activity, march, asOf);
        auto expect = [&](const QString &unit, Kpi k, qint64 num, qint64 den) {
            const KpiFigure f = t.figure(unit, k);
            QVERIFY2(f.numerator == num && f.denominator == den,
                     qPrintable(QStringLiteral("%1 %2: %3/%4, expected %5/%6")
                                    .arg(unit, kpi::code(k)).arg(f.numerator).arg(f.denominator).arg(num).arg(den)));
        };
        // Grid A: 甲 W11–W13 (met W11; 3 + 1 + 0 entries), 乙 W10–W12 (met W10; 3 + 0 + 1).
        expect(m_gridA.code, Kpi::WorkLogCompliance, 2, 6 + demoWeeks.value(m_gridA.code));
        expect(m_gridA.code, Kpi::WorkLogEntries, 8, 6 + demoWeeks.value(m_gridA.code));
        // Grid B: 丙 W10–W13 (met W10 and W11; 4 + 3 entries).
        expect(m_gridB.code, Kpi::WorkLogCompliance, 2, 4 + demoWeeks.value(m_gridB.code));
        expect(m_gridB.code, Kpi::WorkLogEntries, 7, 4 + demoWeeks.value(m_gridB.code));
        // The township: all of it.
        expect(m_township, Kpi::WorkLogCompliance, 4, 10 + townshipWeeks);
        expect(m_township, Kpi::WorkLogEntries, 15, 10 + townshipWeeks);
        const qint64 communityWeeks = [&] {
            qint64 n = 0;
            for (auto it = demoWeeks.cbegin(); it != demoWeeks.cend(); ++it)
                n += it.key().startsWith(m_communityA.code) ? it.value() : 0;
            return n;
        }();
        const bool aIn = m_gridA.parentCode == m_communityA.code, bIn = m_gridB.parentCode == m_communityA.code;
        QVERIFY(aIn || bIn);
        expect(m_communityA.code, Kpi::WorkLogCompliance, (aIn ? 2 : 0) + (bIn ? 2 : 0),
               (aIn ? 6 : 0) + (bIn ? 4 : 0) + communityWeeks);

        // Per week: grid A's week 11, 甲 with 2 visits and 1 legal-education session.
        const KpiMembers m = engine.members(Kpi::WorkLogCompliance, m_gridA.code, {}, activity, march, asOf);
        bool found = false;
        for (const KpiWorkerWeek &w : m.workerWeeks) {
            QCOMPARE(w.gridCode, m_gridA.code);
            if (w.worker == jia + m_suffix && w.isoWeek == QLatin1String("2025-W11")) {
                found = true;
                QCOMPARE(w.visits, 2);
                QCOMPARE(w.legalEducation, 1);
                QCOMPARE(w.services, 0);
                QVERIFY(w.met);
            }
            QVERIFY2(!(w.worker == yiName + m_suffix && w.isoWeek == QLatin1String("2025-W13")), "counted after leaving");
        }
        QVERIFY(found);

        // A grid worker reads only their grid's staff and log.
        Store *grid = as(QStringLiteral("grid_a"));
        QVERIFY(grid);
        const KpiActivity mine = grid->kpiActivity(march.weeksFrom(), march.weeksTo());
        QVERIFY(!mine.workers.isEmpty());
        QVERIFY(!mine.workLog.isEmpty());
        for (const KpiGridWorker &w : mine.workers)
            QCOMPARE(w.gridCode, m_gridA.code);
        for (const KpiWorkLogCount &c : mine.workLog)
            QCOMPARE(c.gridCode, m_gridA.code);
    }

    void populationIsAnAdministratorsAudited()
    {
        auto owner = m_backend.open();
        const qint64 seq = owner->lastChangeSeq();
        auto admin = as(QStringLiteral("admin"));
        QVERIFY(admin);
        admin->setPopulation(m_gridA.code, 1234);
        QCOMPARE(owner->adminUnit(m_gridA.code)->population, qint64(1234));
        bool inUnits = false;
        for (const KpiUnit &u : owner->kpiUnits())
            inUnits = inUnits || (u.code == m_gridA.code && u.population == 1234);
        QVERIFY(inUnits);
        // Audited under the administrator's name, and in the change feed.
        const AuditEntry last = owner->auditEntries().last();
        QCOMPARE(last.table, QStringLiteral("admin_units"));
        QCOMPARE(last.action, QStringLiteral("update"));
        QVERIFY2(last.after.contains(QStringLiteral("\"population\":1234")) || last.after.contains(QStringLiteral("\"population\": 1234")),
                 qPrintable(last.after));
        if (test::TestBackend::isPg())
            QCOMPARE(last.actor, login(QStringLiteral("admin")));
        bool fed = false;
        for (const ChangeRecord &c : owner->changesSince(seq))
            fed = fed || (c.table == QLatin1String("admin_units") && c.rowId == m_gridA.id && c.op == QLatin1Char('U'));
        QVERIFY(fed);

        // 0: not known.
        admin->setPopulation(m_gridA.code, 0);
        QCOMPARE(owner->adminUnit(m_gridA.code)->population, qint64(0));
        admin->setPopulation(m_gridA.code, 2100);
    }

    void populationErrorsNameTheUnit()
    {
        auto owner = m_backend.open();
        const qint64 seq = owner->lastChangeSeq();
        const qint64 gridB = owner->adminUnit(m_gridB.code)->population;
        try {
            owner->setPopulation(m_gridB.code, -5);
            QFAIL("a negative population was taken");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY2(e.message().contains(m_gridB.code) && e.message().contains(QStringLiteral("-5")), qPrintable(e.message()));
        }
        try {
            owner->setPopulation(QStringLiteral("999999999999"), 100);
            QFAIL("an unknown unit was taken");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotFound);
            QVERIFY2(e.message().contains(QStringLiteral("999999999999")), qPrintable(e.message()));
        }
        for (const char *name : {"grid_a", "community_a", "leader", "police"}) {
            auto s = as(QString::fromLatin1(name));
            QVERIFY(s);
            QVERIFY_EXCEPTION_THROWN(s->setPopulation(m_gridA.code, 1), StoreError);
        }
        QCOMPARE(owner->adminUnit(m_gridA.code)->population, qint64(2100));
        QCOMPARE(owner->adminUnit(m_gridB.code)->population, gridB);
        for (const ChangeRecord &c : owner->changesSince(seq))
            QVERIFY2(c.table != QLatin1String("admin_units"), "a refused population was written");
    }

    void serverRefusesPopulationToOtherLogins()
    {
        if (!test::TestBackend::isPg())
            QSKIP("server only");
        const QString update = QStringLiteral("UPDATE admin_units SET population = 7 WHERE code = '%1'").arg(m_gridA.code);
        for (const char *name : {"grid_a", "community_a", "leader", "police"}) {
            const test::PsqlResult r = psql(QString::fromLatin1(name), update);
            QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("permission denied")), qPrintable(name + (QStringLiteral(": ") + r.err)));
        }
        // Nor a column grant, nor a back door through a function.
        const test::PsqlResult grant = psql(QStringLiteral("grid_a"),
            QStringLiteral("SELECT has_column_privilege('admin_units', 'population', 'UPDATE')"));
        QCOMPARE(grant.out, QStringLiteral("f"));
        QCOMPARE(m_backend.open()->adminUnit(m_gridA.code)->population, qint64(2100));

        // The administrator's own login may, and leaves an audit entry and a feed row.
        auto owner = m_backend.open();
        const qint64 seq = owner->lastChangeSeq();
        const test::PsqlResult r = psql(QStringLiteral("admin"),
            QStringLiteral("UPDATE admin_units SET population = 2345 WHERE code = '%1' RETURNING population").arg(m_gridA.code));
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("2345")), qPrintable(r.out + r.err));
        QCOMPARE(owner->adminUnit(m_gridA.code)->population, qint64(2345));
        const AuditEntry last = owner->auditEntries().last();
        QCOMPARE(last.table, QStringLiteral("admin_units"));
        QCOMPARE(last.actor, login(QStringLiteral("admin")));
        QVERIFY2(last.after.contains(QStringLiteral("2345")), qPrintable(last.after));
        bool fed = false;
        for (const ChangeRecord &c : owner->changesSince(seq))
            fed = fed || (c.table == QLatin1String("admin_units") && c.rowId == m_gridA.id);
        QVERIFY(fed);
        // A negative figure is refused by the table itself.
        const test::PsqlResult negative = psql(QStringLiteral("admin"),
            QStringLiteral("UPDATE admin_units SET population = -1 WHERE code = '%1'").arg(m_gridA.code));
        QVERIFY2(negative.code != 0 && negative.err.contains(QStringLiteral("check")), qPrintable(negative.err));
    }

    // A township made before version 6 gains the population column, its
    // audit and the indexes when it is upgraded.
    void olderTownshipIsUpgraded()
    {
        const QString code = QStringLiteral("371102003000");
        const QString connection = QStringLiteral("old-township");
        std::unique_ptr<Store> store;
        QString database;
        if (test::TestBackend::isPg()) {
            database = QStringLiteral("gdt_v5_%1").arg(QCoreApplication::applicationPid());
            test::TestBackend::serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
            test::TestBackend::serverExec(QStringLiteral("CREATE DATABASE %1").arg(database));
            QString conninfo = m_backend.conninfo();
            conninfo.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + database);
            {
                QSqlDatabase db = pgconnection::open(conninfo, connection);
                pgschema::migrate(db, 5);
                QCOMPARE(pgschema::currentVersion(db), 5);
                QSqlQuery q(db);
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO admin_units (code, name, short_name, level) "
                                               "VALUES ('%1', '石臼街道', '石臼', 4)").arg(code)), qPrintable(q.lastError().text()));
                pgschema::migrate(db); // as griddesk-admin db migrate does
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
            store = PgStore::open(conninfo);
        } else {
            const QString path = m_dir.filePath(QStringLiteral("version5.gpkg"));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(sqlitespatial::registerFunctions(db));
                QVERIFY(db.transaction());
                migrations::migrate(db, 0, 5);
                QSqlQuery q(db);
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO admin_units (code, name, short_name, level) "
                                               "VALUES ('%1', '石臼街道', '石臼', 4)").arg(code)), qPrintable(q.lastError().text()));
                QVERIFY(db.commit());
                QCOMPARE(migrations::currentVersion(db), 5);
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
            store = GpkgStore::open(path);
        }
        QCOMPARE(store->schemaVersion(), migrations::latestVersion());
        QCOMPARE(store->adminUnit(code)->population, qint64(0));
        store->setPopulation(code, 52000);
        QCOMPARE(store->adminUnit(code)->population, qint64(52000));
        const AuditEntry last = store->auditEntries().last();
        QCOMPARE(last.table, QStringLiteral("admin_units"));
        QVERIFY2(last.before.contains(QStringLiteral("population")) && last.after.contains(QStringLiteral("52000")),
                 qPrintable(last.before + last.after));
        QCOMPARE(indexes(store->database()), 4);
        store.reset();
        if (!database.isEmpty())
            test::TestBackend::serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    }

    void schemaHasTheAssessmentIndexes()
    {
        auto store = m_backend.open();
        QVERIFY(store->schemaVersion() >= 6);
        QCOMPARE(indexes(store->database()), 4);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentStore)
#include "test_assessmentstore.moc"
