// The grid staff register on both backends: the demo's staff and planted
// breaches, masked phones and the audited reveal, scope on reads and
// writes, the audit log (without the number) and the change feed, linking
// logins to their grid, optimistic changes, retiring, and the configurable
// rule. On a server the table is also attacked with psql under each role's
// own login: reading the raw phone, explicit ids, forged writers, writing
// outside the scope, deleting, locking, a reveal from a savepoint, the audit
// function on a temporary table, another grid's feed rows, and a login
// linked to a grid that is not its own.
#include "GridSplit.h"
#include "StaffingCheck.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestLogins.h"
#include "TestPeople.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");
const QString kPhone = QStringLiteral("13905331234");

StaffMember draft(const QString &grid, const QString &name, StaffRole role = StaffRole::FullTime)
{
    StaffMember s;
    s.name = name;
    s.phone = kPhone;
    s.role = role;
    s.gridCode = grid;
    s.startedOn = QDate(2025, 3, 1);
    return s;
}

QSet<QString> gridsOf(const QVector<StaffMember> &staff)
{
    QSet<QString> out;
    for (const StaffMember &s : staff)
        out.insert(s.gridCode);
    return out;
}

} // namespace

class TestStaffStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    test::TestPlaces m_places;
    QString m_gridA2; // the second grid of community A
    test::TestLogins m_logins{m_backend, kPassword};

    QString login(const QString &name) const { return m_logins.login(name); }
    Store *as(const QString &name) { return m_logins.as(name); }
    test::PsqlResult psql(const QString &name, const QString &statement) const { return m_logins.psql(name, statement); }

    qint64 firstStaffOf(Store &store, const QString &grid)
    {
        for (const StaffMember &s : store.staffMembers())
            if (s.gridCode == grid)
                return s.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_logins.setSuffix(QStringLiteral("_s%1").arg(QCoreApplication::applicationPid()));
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        for (const AdminUnit &g : owner->adminUnits(int(AdminLevel::Grid)))
            if (g.parentCode == m_places.communityA.code && g.code != m_places.gridA.code && m_gridA2.isEmpty())
                m_gridA2 = g.code;
        QVERIFY(!m_gridA2.isEmpty());
        test::addPeople(*owner,
                        {{"grid_a", Role::GridWorker, m_places.gridA.code, {}, false},
                         {"grid_a2", Role::GridWorker, m_places.gridA.code, {}, false},
                         {"grid_b", Role::GridWorker, m_places.gridB.code, {}, true},
                         {"comm_a", Role::CommunityStaff, m_places.communityA.code, {}, true},
                         {"centre", Role::CentreStaff, m_places.township, {}, false},
                         {"leader", Role::Leader, m_places.township, {}, true},
                         {"admin", Role::Administrator, {}, {}, true}},
                        m_logins.suffix(), kPassword, QStringLiteral("用户 "));
    }

    void demoHasStaffAndPlantedBreaches()
    {
        auto owner = m_backend.open();
        const QVector<GridStaffing> check = owner->staffingCheck();
        QCOMPARE(check.size(), owner->adminUnits(int(AdminLevel::Grid)).size());
        int ok = 0;
        QStringList planted;
        for (const GridStaffing &g : check) {
            ok += g.state == StaffingState::Ok ? 1 : 0;
            for (const StaffingViolation &v : g.violations)
                planted << QStringLiteral("%1:%2").arg(v.code()).arg(v.count);
        }
        planted.sort();
        QCOMPARE(planted, (QStringList{"no_manager:0", "too_few_assistants:1", "too_many_assistants:6"}));
        QCOMPARE(ok, check.size() - 3);
        QVERIFY(owner->staffMembers(true).size() > owner->staffMembers().size());
        for (const StaffMember &s : owner->staffMembers(true))
            QVERIFY2(s.active != s.endedOn.isValid(), qPrintable(s.name));
    }

    void phonesAreMaskedAndTheRevealAudited()
    {
        const QRegularExpression masked(QStringLiteral("^1\\d\\d\\*{4}\\d{4}$"));
        for (const StaffMember &s : as(QStringLiteral("comm_a"))->staffMembers())
            QVERIFY2(masked.match(s.phone).hasMatch(), qPrintable(s.phone));
        const qint64 id = firstStaffOf(*as(QStringLiteral("comm_a")), m_places.gridA.code);
        QVERIFY(id > 0);
        const StaffMember shown = *as(QStringLiteral("comm_a"))->staffMember(id);
        const QString phone = as(QStringLiteral("comm_a"))->revealStaffPhone(id);
        QVERIFY2(QRegularExpression(QStringLiteral("^1\\d{10}$")).match(phone).hasMatch(), qPrintable(phone));
        QCOMPARE(phone.left(3) + QStringLiteral("****") + phone.right(4), shown.phone);
        bool logged = false;
        for (const AuditEntry &e : m_backend.open()->auditEntries())
            if (e.action == QLatin1String("reveal") && e.table == QLatin1String("grid_staff") && e.rowId == id)
                logged = e.actor.startsWith(login(QStringLiteral("comm_a")));
        QVERIFY(logged);
        // No right to personal data, or no sight of the row: no number.
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("grid_a"))->revealStaffPhone(id), StoreError);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("grid_b"))->revealStaffPhone(id), StoreError);
    }

    void scopeLimitsReadsAndWrites()
    {
        auto owner = m_backend.open();
        int inGridA = 0;
        for (const StaffMember &s : owner->staffMembers())
            inGridA += s.gridCode == m_places.gridA.code ? 1 : 0;
        const QVector<StaffMember> mine = as(QStringLiteral("grid_a"))->staffMembers();
        QCOMPARE(gridsOf(mine), QSet<QString>{m_places.gridA.code});
        QCOMPARE(mine.size(), inGridA);
        for (const QString &grid : gridsOf(as(QStringLiteral("comm_a"))->staffMembers()))
            QVERIFY2(grid.startsWith(m_places.communityA.code), qPrintable(grid));
        QCOMPARE(gridsOf(as(QStringLiteral("centre"))->staffMembers()).size(), owner->adminUnits(int(AdminLevel::Grid)).size());
        QCOMPARE(as(QStringLiteral("grid_a"))->staffingCheck().size(), 1);

        const int before = owner->staffMembers().size();
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("comm_a"))->addStaffMember(draft(m_places.gridB.code, QStringLiteral("越界"))),
                                 StoreError);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("grid_a"))->addStaffMember(draft(m_places.gridA.code, QStringLiteral("网格员"))),
                                 StoreError);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("leader"))->addStaffMember(draft(m_places.gridA.code, QStringLiteral("领导"))),
                                 StoreError);
        const qint64 inB = firstStaffOf(*owner, m_places.gridB.code);
        QVERIFY(!as(QStringLiteral("comm_a"))->staffMember(inB));
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("comm_a"))->retireStaffMember(inB, QDate::currentDate()), StoreError);
        QCOMPARE(owner->staffMembers().size(), before);
    }

    void badInputIsRefusedByField()
    {
        StaffMember s = draft(QStringLiteral("371102002017999"), QStringLiteral(" "));
        s.phone = QStringLiteral("12345");
        s.startedOn = {};
        try {
            as(QStringLiteral("admin"))->addStaffMember(s);
            QFAIL("accepted");
        } catch (const StoreError &e) {
            QStringList fields;
            for (const FieldError &f : e.fieldErrors())
                fields << f.field;
            QCOMPARE(fields, (QStringList{"name", "phone", "started_on", "grid_code"}));
        }
    }

    void addChangeAndRetireWithAuditAndFeed()
    {
        Store *keeper = as(QStringLiteral("comm_a"));
        const qint64 seq = keeper->lastChangeSeq();
        const StaffMember added = keeper->addStaffMember(draft(m_places.gridA.code, QStringLiteral("新网格员")));
        QVERIFY(added.id > 0);
        QCOMPARE(added.phone, QStringLiteral("139****1234"));
        QCOMPARE(added.rowVersion, 1);
        QVERIFY2(added.updatedBy.startsWith(login(QStringLiteral("comm_a"))), qPrintable(added.updatedBy));
        bool fed = false;
        for (const ChangeRecord &c : keeper->changesSince(seq))
            fed = fed || (c.table == QLatin1String("grid_staff") && c.rowId == added.id && c.op == QLatin1Char('I'));
        QVERIFY(fed);
        // On a server nobody outside the grid's area hears of it.
        if (test::TestBackend::isPg())
            for (const ChangeRecord &c : as(QStringLiteral("grid_b"))->changesSince(seq))
                QVERIFY(!(c.table == QLatin1String("grid_staff") && c.rowId == added.id));

        StaffMember changed = added;
        changed.role = StaffRole::PartTime;
        changed.note = QStringLiteral("周末值班");
        const StaffMember after = keeper->updateStaffMember(changed); // the masked phone keeps the number
        QCOMPARE(after.role, StaffRole::PartTime);
        QCOMPARE(after.rowVersion, 2);
        QCOMPARE(as(QStringLiteral("admin"))->revealStaffPhone(added.id), kPhone);
        try {
            keeper->updateStaffMember(changed); // as read before the change
            QFAIL("a stale change was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        }
        const StaffMember retired = keeper->retireStaffMember(added.id, QDate::currentDate());
        QVERIFY(!retired.active);
        QCOMPARE(retired.endedOn, QDate::currentDate());
        bool listed = false;
        for (const StaffMember &s : keeper->staffMembers())
            listed = listed || s.id == added.id;
        QVERIFY(!listed);
        bool kept = false;
        for (const StaffMember &s : keeper->staffMembers(true))
            kept = kept || s.id == added.id;
        QVERIFY(kept);

        QStringList actions;
        for (const AuditEntry &e : m_backend.open()->auditEntries())
            if (e.table == QLatin1String("grid_staff") && e.rowId == added.id) {
                actions << e.action;
                QVERIFY2(!e.after.contains(kPhone) && !e.before.contains(kPhone), qPrintable(e.after));
            }
        QCOMPARE(actions.mid(0, 2), (QStringList{"insert", "update"}));
        QVERIFY(actions.contains(QStringLiteral("reveal")));
        QCOMPARE(actions.last(), QStringLiteral("update"));
    }

    void linkedLoginMustWorkInTheGrid()
    {
        Store *keeper = as(QStringLiteral("comm_a"));
        StaffMember wrong = draft(m_gridA2, QStringLiteral("错配"));
        wrong.username = login(QStringLiteral("grid_a"));
        try {
            keeper->addStaffMember(wrong);
            QFAIL("a login of another grid was linked");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("scope of login %1").arg(wrong.username)), qPrintable(e.message()));
            QVERIFY2(e.message().contains(m_gridA2), qPrintable(e.message()));
        }
        StaffMember right = draft(m_places.gridA.code, QStringLiteral("对应"));
        right.username = login(QStringLiteral("grid_a2"));
        const StaffMember linked = keeper->addStaffMember(right);
        QCOMPARE(linked.username, right.username);
        // One person per login.
        StaffMember twice = draft(m_places.gridA.code, QStringLiteral("重复"));
        twice.username = right.username;
        QVERIFY_EXCEPTION_THROWN(keeper->addStaffMember(twice), StoreError);
        // Moving the person to another grid moves them away from their login's scope.
        StaffMember moved = linked;
        moved.gridCode = m_gridA2;
        QVERIFY_EXCEPTION_THROWN(keeper->updateStaffMember(moved), StoreError);
        keeper->retireStaffMember(linked.id, QDate::currentDate());
    }

    void ruleIsConfigurable()
    {
        auto countOf = [](const QVector<GridStaffing> &check, StaffingState state) {
            return int(std::count_if(check.begin(), check.end(), [&](const GridStaffing &g) { return g.state == state; }));
        };
        Store *admin = as(QStringLiteral("admin"));
        QCOMPARE(admin->staffingRule(), StaffingRule());
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("centre"))->setStaffingRule({1, 1, 6}), StoreError);
        try {
            admin->setStaffingRule({1, 4, 3});
            QFAIL("min above max was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.fieldErrors().value(0).field, StaffingRule::maxAssistantsKey());
        }
        QCOMPARE(countOf(admin->staffingCheck(), StaffingState::OverStaffed), 1);
        admin->setStaffingRule({1, 1, 6});
        auto other = m_backend.open(); // read back from the database
        QCOMPARE(other->staffingRule(), (StaffingRule{1, 1, 6}));
        QCOMPARE(countOf(other->staffingCheck(), StaffingState::OverStaffed), 0);
        QCOMPARE(countOf(other->staffingCheck(), StaffingState::UnderStaffed), 0);
        QCOMPARE(countOf(other->staffingCheck(), StaffingState::NoManager), 1);
        admin->setStaffingRule(StaffingRule());
        QCOMPARE(m_backend.open()->staffingRule(), StaffingRule());
    }

    // What a person can try by hand with psql under their own login.
    void serverRefusesAttacks()
    {
        if (!test::TestBackend::isPg())
            QSKIP("server only");
        const QString gridA = m_places.gridA.code;
        const QString gridB = m_places.gridB.code;
        const qint64 inA = firstStaffOf(*m_backend.open(), gridA);
        const qint64 inB = firstStaffOf(*m_backend.open(), gridB);
        const QString values = QStringLiteral("'攻击', '13900000000', 'full_time', '%1', '2025-01-01'");
        auto refused = [](const test::PsqlResult &r, const char *what) {
            QVERIFY2(r.code != 0, what);
        };
        // The raw phone is not readable, whatever the scope.
        const test::PsqlResult raw = psql(QStringLiteral("comm_a"), QStringLiteral("SELECT phone FROM grid_staff LIMIT 1"));
        refused(raw, "raw phone read");
        QVERIFY2(raw.err.contains(QStringLiteral("permission denied")), qPrintable(raw.err));
        QCOMPARE(psql(QStringLiteral("comm_a"), QStringLiteral("SELECT phone_masked FROM grid_staff WHERE fid = %1").arg(inA)).code, 0);
        // Explicit ids, forged writers, deleting, locking.
        refused(psql(QStringLiteral("comm_a"), QStringLiteral(
            "INSERT INTO grid_staff (fid, name, phone, role, grid_code, started_on) VALUES (987654, %1)").arg(values.arg(gridA))),
            "explicit id");
        refused(psql(QStringLiteral("comm_a"), QStringLiteral(
            "INSERT INTO grid_staff (name, phone, role, grid_code, started_on, updated_by) VALUES (%1, 'admin')").arg(values.arg(gridA))),
            "forged writer");
        refused(psql(QStringLiteral("comm_a"), QStringLiteral("UPDATE grid_staff SET updated_by = 'admin' WHERE fid = %1").arg(inA)),
                "forged writer on update");
        refused(psql(QStringLiteral("comm_a"), QStringLiteral("DELETE FROM grid_staff WHERE fid = %1").arg(inA)), "delete");
        refused(psql(QStringLiteral("comm_a"), QStringLiteral("BEGIN; LOCK TABLE grid_staff IN ACCESS EXCLUSIVE MODE; COMMIT")), "lock");
        // Outside the scope: adding, moving a person out, changing another community's.
        refused(psql(QStringLiteral("comm_a"), QStringLiteral(
            "INSERT INTO grid_staff (name, phone, role, grid_code, started_on) VALUES (%1)").arg(values.arg(gridB))),
            "insert outside scope");
        refused(psql(QStringLiteral("comm_a"), QStringLiteral("UPDATE grid_staff SET grid_code = '%1' WHERE fid = %2").arg(gridB).arg(inA)),
                "moved out of scope");
        QCOMPARE(psql(QStringLiteral("comm_a"), QStringLiteral("UPDATE grid_staff SET note = 'x' WHERE fid = %1").arg(inB)).out,
                 QStringLiteral("UPDATE 0")); // no row in sight
        refused(psql(QStringLiteral("grid_a"), QStringLiteral(
            "INSERT INTO grid_staff (name, phone, role, grid_code, started_on) VALUES (%1)").arg(values.arg(gridA))),
            "grid worker writes");
        // A login linked to a grid that is not its own, and a grid that does not exist.
        const test::PsqlResult link = psql(QStringLiteral("comm_a"), QStringLiteral(
            "INSERT INTO grid_staff (name, phone, role, grid_code, started_on, username) VALUES (%1, '%2')")
            .arg(values.arg(m_gridA2), login(QStringLiteral("grid_a"))));
        refused(link, "login of another grid");
        QVERIFY2(link.err.contains(QStringLiteral("scope of login")), qPrintable(link.err));
        refused(psql(QStringLiteral("admin"), QStringLiteral(
            "INSERT INTO grid_staff (name, phone, role, grid_code, started_on) VALUES (%1)").arg(values.arg(QStringLiteral("371102002017999")))),
            "unknown grid");
        // A reveal requested inside a released savepoint does not count (of
        // a person no earlier request of this login covers).
        const qint64 unrevealed = firstStaffOf(*m_backend.open(), m_gridA2);
        QVERIFY(unrevealed > 0);
        const test::PsqlResult savepoint = psql(QStringLiteral("comm_a"), QStringLiteral(
            "BEGIN; SAVEPOINT s; SELECT gd_request_staff_reveal(%1); RELEASE s; SELECT gd_reveal_staff_phone(%1); ROLLBACK")
            .arg(unrevealed));
        refused(savepoint, "reveal from a savepoint");
        QVERIFY(!QRegularExpression(QStringLiteral("\\b1\\d{10}\\b")).match(savepoint.out).hasMatch());
        // Another grid's person, even with the right to personal data.
        refused(psql(QStringLiteral("grid_b"), QStringLiteral("SELECT gd_request_staff_reveal(%1)").arg(inA)), "reveal outside scope");
        // The audit and check functions are not anyone's to attach to a temporary table.
        refused(psql(QStringLiteral("comm_a"), QStringLiteral(
            "CREATE TEMP TABLE grid_staff (fid bigint, phone text); CREATE TRIGGER t AFTER INSERT ON pg_temp.grid_staff "
            "FOR EACH ROW EXECUTE FUNCTION public.gd_audit_staff()")), "audit function on a temporary table");
        // A correct insert names its real writer, whatever the client says.
        const test::PsqlResult ok = psql(QStringLiteral("comm_a"), QStringLiteral(
            "INSERT INTO grid_staff (name, phone, role, grid_code, started_on) VALUES (%1) RETURNING updated_by").arg(values.arg(gridA)));
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.startsWith(login(QStringLiteral("comm_a"))), qPrintable(ok.out));
        // The feed's rows of community A's staff are not grid B's to read.
        QCOMPARE(psql(QStringLiteral("grid_b"), QStringLiteral(
            "SELECT count(*) FROM gd_changes WHERE table_name = 'grid_staff' AND row_id = %1").arg(inA)).out, QStringLiteral("0"));
    }

    // A grid split on the map is retired: its people show as registered to
    // a retired grid, and the new pieces as having nobody, until they move.
    void staffOfARetiredGridAreFlagged()
    {
        auto owner = m_backend.open();
        const AdminUnit grid = *owner->adminUnit(m_places.gridB.code);
        int serving = 0;
        for (const StaffMember &s : owner->staffMembers())
            serving += s.gridCode == grid.code ? 1 : 0;
        QVERIFY(serving > 0);
        const GeoBounds b = polygon::bounds(grid.geometry);
        const double x = (b.minX + b.maxX) / 2;
        GridEdit split;
        split.change = UnitChange::Split;
        split.retired = QStringList{grid.code};
        for (bool west : {true, false}) {
            AdminUnit piece;
            piece.parentCode = grid.parentCode;
            piece.name = west ? QStringLiteral("西片") : QStringLiteral("东片");
            piece.geometry = test::sideOf(grid.geometry, x, west);
            split.grids << piece;
        }
        const GridStore::SavedEdit saved = as(QStringLiteral("centre"))->saveGridEdit(split);
        QCOMPARE(saved.created.size(), 2);

        QHash<QString, GridStaffing> byGrid;
        for (const GridStaffing &g : m_backend.open()->staffingCheck())
            byGrid.insert(g.gridCode, g);
        QVERIFY(byGrid.contains(grid.code));
        QCOMPARE(byGrid[grid.code].violations.size(), 1);
        QCOMPARE(byGrid[grid.code].violations[0].code(), QStringLiteral("unknown_grid"));
        QCOMPARE(byGrid[grid.code].violations[0].count, serving);
        for (const QString &code : saved.created)
            QCOMPARE(byGrid.value(code).state, StaffingState::NoManager);
        // Moving a person to a new piece takes them off the retired grid.
        Store *keeper = as(QStringLiteral("centre"));
        StaffMember moved = *keeper->staffMember(firstStaffOf(*keeper, grid.code));
        moved.gridCode = saved.created.first();
        keeper->updateStaffMember(moved);
        for (const GridStaffing &g : m_backend.open()->staffingCheck())
            if (g.gridCode == grid.code)
                QCOMPARE(g.violations[0].count, serving - 1);
    }

    void cleanupTestCase()
    {
        m_logins.clear();
    }
};

QTEST_GUILESS_MAIN(TestStaffStore)
#include "test_staffstore.moc"
