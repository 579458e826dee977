// The registers on both backends: grid assignment by location, by house and
// by parent record; refusals by field (bad ID check character, unknown
// codes, duplicates, outside every grid); masked reads and the audited
// reveal; scope on reads and writes for a grid worker, community staff and
// a leader; disputes with parties and repeats; key persons' visits moving
// the next due date; the work log's weekly counts; audit and change feed
// without personal data. On a server the tables are attacked with psql
// under each role's login.
#include "PolygonOps.h"
#include "RegisterStore.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestIds.h"
#include "TestLogins.h"
#include "TestPeople.h"
#include "VisitClock.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");

GeoPoint centreOf(const AdminUnit &u)
{
    return polygon::centroid(u.geometry);
}

RegisterRecord resident(const QString &name, const QString &id, const std::optional<GeoPoint> &at = {})
{
    RegisterRecord r = RegisterRecord::blank(RegisterKind::Residents);
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("id_number"), id);
    r.set(QStringLiteral("resident_type"), QStringLiteral("户籍"));
    r.set(QStringLiteral("phone"), QStringLiteral("13905331234"));
    r.location = at;
    return r;
}

QStringList fieldsOf(const StoreError &e)
{
    QStringList out;
    for (const FieldError &f : e.fieldErrors())
        out << f.field;
    return out;
}

} // namespace

class TestRegisterStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    test::TestPlaces m_places;
    AdminUnit m_gridA2; // another grid of community A
    test::TestLogins m_logins{m_backend, kPassword};

    Store *as(const QString &name) { return m_logins.as(name); }
    test::PsqlResult psql(const QString &name, const QString &statement) const { return m_logins.psql(name, statement); }

private Q_SLOTS:
    void initTestCase()
    {
        try {
            setUp();
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.message()));
        }
    }

private:
    void setUp()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_logins.setSuffix(QStringLiteral("_r%1").arg(QCoreApplication::applicationPid()));
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        for (const AdminUnit &g : owner->adminUnits(int(AdminLevel::Grid)))
            if (g.parentCode == m_places.communityA.code && g.code != m_places.gridA.code && m_gridA2.code.isEmpty())
                m_gridA2 = g;
        QVERIFY(!m_gridA2.code.isEmpty());
        test::addPeople(*owner,
                        {{"grid_a", Role::GridWorker, m_places.gridA.code, {}, false},
                         {"grid_b", Role::GridWorker, m_places.gridB.code, {}, true},
                         {"comm_a", Role::CommunityStaff, m_places.communityA.code, {}, true},
                         {"leader", Role::Leader, m_places.township, {}, true},
                         {"admin", Role::Administrator, {}, {}, true}},
                        m_logins.suffix(), kPassword, QStringLiteral("用户 "));
    }

private Q_SLOTS:
    void aResidentLandsInTheGridOfTheirLocation()
    {
        Store *keeper = as(QStringLiteral("comm_a"));
        const qint64 seq = keeper->lastChangeSeq();
        const QString id = test::idNumber(QDate(1990, 2, 28), 123);
        const RegisterRecord added = keeper->addRegisterRecord(resident(QStringLiteral("王芳"), id, centreOf(m_places.gridA)));
        QVERIFY(added.id > 0);
        QCOMPARE(added.gridCode, m_places.gridA.code);
        QCOMPARE(added.communityCode, m_places.communityA.code);
        QCOMPARE(added.townshipCode, m_places.township);
        QCOMPARE(added.text(QStringLiteral("resident_type")), QStringLiteral("registered"));
        QCOMPARE(added.text(QStringLiteral("sex")), QStringLiteral("male")); // 17th digit 3: odd
        QCOMPARE(added.value(QStringLiteral("birth_date")).toDate(), QDate(1990, 2, 28));
        QCOMPARE(added.text(QStringLiteral("id_number")), id.left(4) + QStringLiteral("**********") + id.right(4));
        QCOMPARE(added.text(QStringLiteral("phone")), QStringLiteral("139****1234"));
        QCOMPARE(added.rowVersion, 1);
        bool fed = false;
        for (const ChangeRecord &c : keeper->changesSince(seq))
            fed = fed || (c.table == QLatin1String("residents") && c.rowId == added.id && c.op == QLatin1Char('I'));
        QVERIFY(fed);
        // The audit log has the row without the number or the phone.
        bool audited = false;
        for (const AuditEntry &e : m_backend.open()->auditEntries())
            if (e.table == QLatin1String("residents") && e.rowId == added.id && e.action == QLatin1String("insert")) {
                audited = true;
                QVERIFY2(!e.after.contains(id) && !e.after.contains(QStringLiteral("13905331234")), qPrintable(e.after));
                QVERIFY(e.after.contains(QStringLiteral("王芳")));
            }
        QVERIFY(audited);
        // The full number for a person with the right, audited.
        QCOMPARE(keeper->revealRegisterValue(RegisterKind::Residents, added.id, QStringLiteral("id_number")), id);
        bool logged = false;
        for (const AuditEntry &e : m_backend.open()->auditEntries())
            logged = logged || (e.action == QLatin1String("reveal") && e.table == QLatin1String("residents") && e.rowId == added.id);
        QVERIFY(logged);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("grid_a"))->revealRegisterValue(RegisterKind::Residents, added.id,
                                                                                   QStringLiteral("id_number")),
                                 StoreError); // no right to personal data
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("grid_b"))->revealRegisterValue(RegisterKind::Residents, added.id,
                                                                                   QStringLiteral("id_number")),
                                 StoreError); // not in sight
    }

    void badRecordsAreRefusedByField()
    {
        Store *keeper = as(QStringLiteral("admin"));
        const qint64 before = keeper->registerCount(RegisterKind::Residents);
        RegisterRecord bad = resident(QStringLiteral(" "), test::wrongCheck(test::idNumber(QDate(1985, 7, 1), 42)),
                                      centreOf(m_places.gridA));
        bad.set(QStringLiteral("resident_type"), QStringLiteral("游客"));
        try {
            keeper->addRegisterRecord(bad);
            QFAIL("accepted");
        } catch (const StoreError &e) {
            QCOMPARE(fieldsOf(e), (QStringList{"name", "id_number", "resident_type"}));
        }
        // 29 February of a common year, and a place outside every grid.
        RegisterRecord leap = resident(QStringLiteral("李雷"), QStringLiteral("371102199102290011"), GeoPoint{100.0, 30.0});
        RegisterRecord probe = leap;
        const RegisterProblems problems = keeper->checkRegisterRecord(probe);
        QStringList codes;
        for (const RegisterProblem &p : problems)
            codes << QString::number(int(p.code));
        QCOMPARE(codes, (QStringList{QString::number(int(RegisterProblem::Code::IdBirthDate)),
                                     QString::number(int(RegisterProblem::Code::OutsideGrids))}));
        // A second person with the same number.
        const QString id = test::idNumber(QDate(1970, 1, 1), 7);
        keeper->addRegisterRecord(resident(QStringLiteral("韩梅梅"), id, centreOf(m_places.gridA)));
        QVERIFY_EXCEPTION_THROWN(keeper->addRegisterRecord(resident(QStringLiteral("韩梅"), id, centreOf(m_places.gridB))),
                                 StoreError);
        QCOMPARE(keeper->registerCount(RegisterKind::Residents), before + 1);
    }

    void aResidentTakesTheirHousesGridAndPlace()
    {
        Store *keeper = as(QStringLiteral("comm_a"));
        RegisterRecord house = RegisterRecord::blank(RegisterKind::Houses);
        house.set(QStringLiteral("house_no"), QStringLiteral("FW-A-0001"));
        house.set(QStringLiteral("address"), QStringLiteral("幸福路 1 号 2 单元 301"));
        house.set(QStringLiteral("house_use"), QStringLiteral("住宅"));
        house.set(QStringLiteral("rental_state"), QStringLiteral("出租"));
        house.location = centreOf(m_places.gridA);
        const RegisterRecord h = keeper->addRegisterRecord(house);
        QCOMPARE(h.gridCode, m_places.gridA.code);
        QCOMPARE(h.text(QStringLiteral("rental_state")), QStringLiteral("rented"));
        RegisterRecord tenant = resident(QStringLiteral("赵租"), test::idNumber(QDate(1995, 5, 5), 88));
        tenant.set(QStringLiteral("resident_type"), QStringLiteral("流动人口"));
        tenant.set(QStringLiteral("house_no"), QStringLiteral("FW-A-0001"));
        const RegisterRecord t = keeper->addRegisterRecord(tenant);
        QCOMPARE(t.gridCode, m_places.gridA.code);
        QVERIFY(t.location.has_value());
        QVERIFY(qAbs(t.location->x - house.location->x) < 1e-9);
        QCOMPARE(keeper->houseResidents(QStringLiteral("FW-A-0001")).size(), 1);
        // A house that does not exist is named.
        RegisterRecord lost = resident(QStringLiteral("钱无"), test::idNumber(QDate(1995, 5, 6), 89));
        lost.set(QStringLiteral("house_no"), QStringLiteral("FW-NONE"));
        lost.gridCode = m_places.gridA.code;
        try {
            keeper->addRegisterRecord(lost);
            QFAIL("accepted");
        } catch (const StoreError &e) {
            QCOMPARE(fieldsOf(e), QStringList{"house_no"});
        }
    }

    void scopeLimitsReadsAndWrites()
    {
        RegisterQuery inB;
        inB.unitCode = m_places.gridB.code;
        const qint64 beforeB = as(QStringLiteral("admin"))->registerCount(RegisterKind::Residents, inB);
        as(QStringLiteral("admin"))->addRegisterRecord(resident(QStringLiteral("乙网格"), test::idNumber(QDate(1960, 3, 3), 301),
                                                                 centreOf(m_places.gridB)));
        const QVector<RegisterRecord> mine = as(QStringLiteral("grid_a"))->registerRecords(RegisterKind::Residents);
        QVERIFY(!mine.isEmpty());
        for (const RegisterRecord &r : mine)
            QCOMPARE(r.gridCode, m_places.gridA.code);
        for (const RegisterRecord &r : as(QStringLiteral("grid_b"))->registerRecords(RegisterKind::Residents))
            QCOMPARE(r.gridCode, m_places.gridB.code);
        QCOMPARE(as(QStringLiteral("grid_b"))->registerCount(RegisterKind::Residents), beforeB + 1);
        // A grid worker enters the facts of their own grid, not another's; a leader reads.
        const RegisterRecord own = as(QStringLiteral("grid_a"))->addRegisterRecord(
            resident(QStringLiteral("网格录入"), test::idNumber(QDate(1980, 8, 8), 11), centreOf(m_places.gridA)));
        QVERIFY(own.updatedBy.startsWith(m_logins.login(QStringLiteral("grid_a"))));
        try {
            as(QStringLiteral("grid_a"))->addRegisterRecord(
                resident(QStringLiteral("越界"), test::idNumber(QDate(1980, 8, 9), 12), centreOf(m_places.gridB)));
            QFAIL("accepted outside the grid");
        } catch (const StoreError &e) {
            QCOMPARE(fieldsOf(e), QStringList{"grid_code"});
        }
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("leader"))->addRegisterRecord(
                                     resident(QStringLiteral("领导"), test::idNumber(QDate(1980, 8, 10), 13), centreOf(m_places.gridA))),
                                 StoreError);
        QVERIFY(as(QStringLiteral("leader"))->registerCount(RegisterKind::Residents) >= 4);
        // A change keeps a masked number; a stale change is a conflict.
        RegisterRecord changed = own;
        changed.set(QStringLiteral("workplace"), QStringLiteral("日照港"));
        const RegisterRecord after = as(QStringLiteral("grid_a"))->updateRegisterRecord(changed);
        QCOMPARE(after.rowVersion, 2);
        QCOMPARE(after.text(QStringLiteral("id_number")), own.text(QStringLiteral("id_number")));
        QCOMPARE(after.value(QStringLiteral("birth_date")).toDate(), QDate(1980, 8, 8));
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("grid_a"))->updateRegisterRecord(changed), StoreError);
    }

    void disputesWithPartiesAndRepeats()
    {
        try {
            disputes();
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    void keyPersonVisitsMoveTheNextDueDate()
    {
        try {
            keyPersons();
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    void workLogCountsPerWeek()
    {
        try {
            workLog();
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.message()));
        }
    }

private:
    void disputes()
    {
        Store *keeper = as(QStringLiteral("comm_a"));
        const QString partyId = test::idNumber(QDate(1966, 6, 6), 61);
        auto dispute = [&](const QString &ledger, const QDate &day, const GeoPoint &at) {
            RegisterRecord d = RegisterRecord::blank(RegisterKind::Disputes);
            d.set(QStringLiteral("ledger_no"), ledger);
            d.set(QStringLiteral("title"), QStringLiteral("宅基地边界争执"));
            d.set(QStringLiteral("dispute_type"), QStringLiteral("邻里纠纷"));
            d.set(QStringLiteral("occurred_on"), day);
            d.set(QStringLiteral("status"), QStringLiteral("调解中"));
            d.set(QStringLiteral("mediation_method"), QStringLiteral("人民调解"));
            d.location = at;
            return keeper->addRegisterRecord(d);
        };
        const GeoPoint here = centreOf(m_places.gridA);
        const RegisterRecord first = dispute(QStringLiteral("TZ-2026-001"), QDate(2026, 3, 1), here);
        const RegisterRecord second = dispute(QStringLiteral("TZ-2026-002"), QDate(2026, 9, 1), centreOf(m_gridA2));
        for (const RegisterRecord &d : {first, second}) {
            const QString ledger = d.text(QStringLiteral("ledger_no"));
            RegisterRecord p = RegisterRecord::blank(RegisterKind::DisputeParties);
            p.set(QStringLiteral("ledger_no"), ledger);
            p.set(QStringLiteral("name"), QStringLiteral("孙大成"));
            p.set(QStringLiteral("party_role"), QStringLiteral("申请人"));
            p.set(QStringLiteral("id_number"), partyId);
            const RegisterRecord stored = keeper->addRegisterRecord(p);
            QCOMPARE(stored.gridCode, d.gridCode); // the dispute's
        }
        const QVector<DisputeRepeat> repeats = keeper->disputeRepeats();
        bool flagged = false;
        for (const DisputeRepeat &r : repeats)
            flagged = flagged || (r.disputeId == second.id && r.earlierId == first.id && r.reason == DisputeRepeat::Reason::SameParty);
        QVERIFY(flagged);
        // The same place: a third dispute 10 m from the first.
        const RegisterRecord third = dispute(QStringLiteral("TZ-2026-003"), QDate(2026, 10, 1), GeoPoint{here.x + 0.0001, here.y});
        flagged = false;
        for (const DisputeRepeat &r : keeper->disputeRepeats())
            flagged = flagged || (r.disputeId == third.id && r.earlierId == first.id && r.reason == DisputeRepeat::Reason::SamePlace);
        QVERIFY(flagged);
        // The owner's connection (the installer's, as griddesk-admin uses it
        // on a server) sees the same repeats, the same party's among them.
        auto owner = m_backend.open();
        flagged = false;
        for (const DisputeRepeat &r : owner->disputeRepeats())
            flagged = flagged || (r.disputeId == second.id && r.earlierId == first.id && r.reason == DisputeRepeat::Reason::SameParty);
        QVERIFY(flagged);
        // Linked to a case; removing the dispute takes its parties.
        const qint64 incident = keeper->incidents().first().id;
        keeper->linkIncident(RegisterKind::Disputes, first.id, incident);
        QCOMPARE(keeper->linkedIncidents(RegisterKind::Disputes, first.id), QVector<qint64>{incident});
        keeper->removeRegisterRecord(RegisterKind::Disputes, second.id);
        RegisterQuery parties;
        parties.parentKey = QStringLiteral("TZ-2026-002");
        QCOMPARE(keeper->registerCount(RegisterKind::DisputeParties, parties), 0);
        // The owner may unlink and remove any record.
        owner->unlinkIncident(RegisterKind::Disputes, first.id, incident);
        QVERIFY(owner->linkedIncidents(RegisterKind::Disputes, first.id).isEmpty());
        const qint64 disputesBefore = owner->registerCount(RegisterKind::Disputes);
        owner->removeRegisterRecord(RegisterKind::Disputes, third.id);
        QCOMPARE(owner->registerCount(RegisterKind::Disputes), disputesBefore - 1);
    }

    void keyPersons()
    {
        Store *keeper = as(QStringLiteral("grid_a"));
        RegisterRecord k = RegisterRecord::blank(RegisterKind::KeyPersons);
        k.set(QStringLiteral("name"), QStringLiteral("周某"));
        k.set(QStringLiteral("id_number"), test::idNumber(QDate(1988, 1, 20), 77));
        k.set(QStringLiteral("person_kind"), QStringLiteral("社区矫正"));
        k.set(QStringLiteral("risk_level"), QStringLiteral("高"));
        k.set(QStringLiteral("responsible"), QStringLiteral("李网格"));
        k.set(QStringLiteral("visit_days"), 14);
        k.set(QStringLiteral("next_visit_due"), QDate(2026, 1, 5));
        k.location = centreOf(m_places.gridA);
        const RegisterRecord person = keeper->addRegisterRecord(k);
        // The cases' deadline rule: a warning once 80 % of the 14 days have gone, overdue after the due day.
        QCOMPARE(visitclock::status(person, QDate(2025, 12, 24)), DeadlineStatus::OnTime);
        QCOMPARE(visitclock::status(person, QDate(2026, 1, 3)), DeadlineStatus::Warning);
        QCOMPARE(visitclock::status(person, QDate(2026, 1, 5)), DeadlineStatus::Warning);
        QCOMPARE(visitclock::status(person, QDate(2026, 1, 6)), DeadlineStatus::Overdue);
        QVERIFY(!keeper->overdueKeyPersons(QDate(2026, 1, 10)).isEmpty());
        QCOMPARE(keeper->overdueKeyPersons(QDate(2026, 1, 10)).first().id, person.id);
        RegisterRecord v = RegisterRecord::blank(RegisterKind::KeyPersonVisits);
        v.set(QStringLiteral("key_person_id"), person.id);
        v.set(QStringLiteral("visited_on"), QDate(2026, 1, 8));
        v.set(QStringLiteral("visit_kind"), QStringLiteral("走访"));
        v.set(QStringLiteral("staff_name"), QStringLiteral("李网格"));
        const RegisterRecord visit = keeper->recordKeyPersonVisit(v);
        QCOMPARE(visit.value(QStringLiteral("next_due")).toDate(), QDate(2026, 1, 22));
        QCOMPARE(keeper->registerRecord(RegisterKind::KeyPersons, person.id)->value(QStringLiteral("next_visit_due")).toDate(),
                 QDate(2026, 1, 22));
        for (const RegisterRecord &r : keeper->overdueKeyPersons(QDate(2026, 1, 10)))
            QVERIFY(r.id != person.id);
    }

    void workLog()
    {
        Store *keeper = as(QStringLiteral("grid_a"));
        const QDate monday(2026, 11, 23);
        for (int i = 0; i < 5; ++i) {
            RegisterRecord w = RegisterRecord::blank(RegisterKind::WorkLog);
            w.set(QStringLiteral("worked_on"), monday.addDays(i % 3));
            w.set(QStringLiteral("worker"), QStringLiteral("李网格"));
            w.set(QStringLiteral("activity"), i < 3 ? QStringLiteral("走访") : QStringLiteral("法治宣传"));
            w.set(QStringLiteral("subject"), QStringLiteral("入户走访第 %1 户").arg(i + 1));
            w.set(QStringLiteral("people_reached"), 2);
            w.gridCode = m_places.gridA.code;
            keeper->addRegisterRecord(w);
        }
        QVector<WorkLogCount> counts;
        for (const WorkLogCount &c : keeper->workLogCounts(monday, monday.addDays(6)))
            if (c.worker == QStringLiteral("李网格")) // the demo's own workers log too
                counts << c;
        QCOMPARE(counts.size(), 2);
        for (const WorkLogCount &c : counts) {
            QCOMPARE(c.isoWeek, 48);
            QCOMPARE(c.gridCode, m_places.gridA.code);
            QCOMPARE(c.entries, c.activity == QLatin1String("visit") ? 3 : 2);
            QCOMPARE(c.peopleReached, qint64(c.entries * 2));
        }
        for (const WorkLogCount &c : as(QStringLiteral("grid_b"))->workLogCounts(monday, monday.addDays(6)))
            QCOMPARE(c.gridCode, m_places.gridB.code);
    }

private Q_SLOTS:
    void serverAttacksUnderEachRole()
    {
        if (!test::TestBackend::isPg())
            QSKIP("server only");
        auto refused = [](const test::PsqlResult &r, const char *what) { QVERIFY2(r.code != 0, what); };
        const QString gridA = m_places.gridA.code, gridB = m_places.gridB.code;
        RegisterQuery inGridA;
        inGridA.unitCode = gridA;
        // One whose number comm_a has not asked for yet.
        qint64 inA = 0;
        for (const RegisterRecord &r : as(QStringLiteral("admin"))->registerRecords(RegisterKind::Residents, inGridA))
            if (r.text(QStringLiteral("name")) == QStringLiteral("网格录入"))
                inA = r.id;
        QVERIFY(inA > 0);
        // No raw ID numbers or phones, whatever the scope; the masked copies are readable.
        const test::PsqlResult raw = psql(QStringLiteral("grid_a"), QStringLiteral("SELECT id_number FROM residents LIMIT 1"));
        refused(raw, "raw id read");
        QVERIFY2(raw.err.contains(QStringLiteral("permission denied")), qPrintable(raw.err));
        refused(psql(QStringLiteral("admin"), QStringLiteral("SELECT phone FROM residents LIMIT 1")), "raw phone read by admin login");
        const test::PsqlResult masked = psql(QStringLiteral("grid_a"), QStringLiteral("SELECT DISTINCT grid_code FROM residents"));
        QCOMPARE(masked.out.trimmed(), gridA);
        QVERIFY(psql(QStringLiteral("grid_a"), QStringLiteral("SELECT id_number_masked FROM residents LIMIT 1")).out.contains(
            QStringLiteral("**********")));
        const QString values = QStringLiteral("'攻击', '%1', 'registered', '%2'").arg(test::idNumber(QDate(1999, 9, 9), 901));
        // Another grid, a forged writer, an explicit id, a grid that is none.
        refused(psql(QStringLiteral("grid_a"), QStringLiteral(
            "INSERT INTO residents (name, id_number, resident_type, grid_code) VALUES (%1)").arg(values.arg(gridB))), "insert in another grid");
        const test::PsqlResult forged = psql(QStringLiteral("grid_a"), QStringLiteral(
            "INSERT INTO residents (name, id_number, resident_type, grid_code, community_code, township_code) "
            "VALUES (%1, 'x', 'y') RETURNING updated_by, community_code").arg(values.arg(gridA)));
        refused(forged, "client-set community");
        const test::PsqlResult ok = psql(QStringLiteral("grid_a"), QStringLiteral(
            "INSERT INTO residents (name, id_number, resident_type, grid_code) VALUES (%1) RETURNING updated_by || '|' || community_code")
            .arg(values.arg(gridA)));
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.out.split(QLatin1Char('\n')).first(), m_logins.login(QStringLiteral("grid_a")) + QLatin1Char('|') + m_places.communityA.code);
        refused(psql(QStringLiteral("grid_a"), QStringLiteral(
            "INSERT INTO residents (fid, name, id_number, resident_type, grid_code) VALUES (987654, %1)")
            .arg(QStringLiteral("'甲', '%1', 'registered', '%2'").arg(test::idNumber(QDate(1999, 9, 9), 902), gridA))), "explicit id");
        refused(psql(QStringLiteral("grid_a"), QStringLiteral("UPDATE residents SET updated_by = 'admin'")), "forged writer on update");
        refused(psql(QStringLiteral("grid_a"), QStringLiteral("UPDATE residents SET grid_code = '%1'").arg(gridB)), "moved out of scope");
        refused(psql(QStringLiteral("grid_a"), QStringLiteral("DELETE FROM residents")), "delete past the server's function");
        refused(psql(QStringLiteral("grid_b"), QStringLiteral("SELECT gd_register_remove('residents', %1)").arg(inA)),
                "remove outside scope");
        refused(psql(QStringLiteral("grid_a"), QStringLiteral("SELECT gd_register_remove('gd_users', 1)")), "remove from another table");
        refused(psql(QStringLiteral("leader"), QStringLiteral(
            "INSERT INTO residents (name, id_number, resident_type, grid_code) VALUES (%1)")
            .arg(QStringLiteral("'乙', '%1', 'registered', '%2'").arg(test::idNumber(QDate(1999, 9, 9), 903), gridA))), "leader writes");
        refused(psql(QStringLiteral("grid_a"), QStringLiteral("BEGIN; LOCK TABLE residents IN ACCESS EXCLUSIVE MODE; COMMIT")), "lock");
        refused(psql(QStringLiteral("grid_a"), QStringLiteral(
            "CREATE TEMP TABLE residents (fid bigint, id_number text); CREATE TRIGGER t AFTER INSERT ON pg_temp.residents "
            "FOR EACH ROW EXECUTE FUNCTION public.gd_audit_register()")), "audit function on a temporary table");
        // A reveal from a savepoint does not count; another grid's row is out of reach.
        const test::PsqlResult savepoint = psql(QStringLiteral("comm_a"), QStringLiteral(
            "BEGIN; SAVEPOINT s; SELECT gd_request_register_reveal('residents', %1, 'id_number'); RELEASE s; "
            "SELECT gd_reveal_register('residents', %1, 'id_number'); ROLLBACK").arg(inA));
        refused(savepoint, "reveal from a savepoint");
        refused(psql(QStringLiteral("grid_b"), QStringLiteral("SELECT gd_request_register_reveal('residents', %1, 'id_number')").arg(inA)),
                "reveal outside scope");
        refused(psql(QStringLiteral("comm_a"), QStringLiteral("SELECT gd_request_register_reveal('residents', %1, 'name')").arg(inA)),
                "reveal of a column that is not personal");
        // The feed's rows of grid A's residents are not grid B's to read.
        QCOMPARE(psql(QStringLiteral("grid_b"), QStringLiteral(
            "SELECT count(*) FROM gd_changes WHERE table_name = 'residents' AND row_id = %1").arg(inA)).out.trimmed(), QStringLiteral("0"));
        // A party of a dispute takes the dispute's grid, whatever the client says.
        const test::PsqlResult party = psql(QStringLiteral("comm_a"), QStringLiteral(
            "INSERT INTO dispute_parties (ledger_no, name, party_role, grid_code) VALUES ('TZ-2026-001', '丙', 'other', '%1') "
            "RETURNING grid_code").arg(gridB));
        QCOMPARE(party.code, 0);
        QCOMPARE(party.out.split(QLatin1Char('\n')).first(), gridA);
    }
};

QTEST_GUILESS_MAIN(TestRegisterStore)
#include "test_registerstore.moc"
