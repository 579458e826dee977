// Grid versions and grid edits on both backends: a split retires the old
// grid and gives the pieces the community's next codes, which are never used
// again once retired; each edit is a version valid from its day; a case
// reported before the split still counts toward the old grid in last
// month's KPIs while a new one goes to the new grid; a save that breaks
// topology is refused with its problems and writes nothing, unless an
// administrator justifies it; centre staff edit only their own township.
// On a server the tables are also attacked with psql under each role.
#include "DivisionCode.h"
#include "GridSplit.h"
#include "GridEditRefused.h"
#include "KpiEngine.h"
#include "KpiPeriod.h"
#include "PolygonOps.h"
#include "PsqlRunner.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestLogins.h"
#include "TestPeople.h"
#include "topology/TopologyText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");

QDate chinaToday()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
}

using test::degreeArea;
using test::insidePoint;

MultiPolygon box(double minX, double minY, double maxX, double maxY)
{
    return test::lonLatBox(minX, minY, maxX, maxY);
}

MultiPolygon side(const MultiPolygon &grid, double x, bool west)
{
    return test::sideOf(grid, x, west);
}

QString wkt(const MultiPolygon &mp)
{
    QStringList points;
    for (const GeoPoint &p : mp.polygons.first().rings.first())
        points << QStringLiteral("%1 %2").arg(p.x, 0, 'f', 9).arg(p.y, 0, 'f', 9);
    return QStringLiteral("ST_GeomFromText('MULTIPOLYGON(((%1)))', 4490)").arg(points.join(QStringLiteral(", ")));
}

int countRows(Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestGridStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    test::TestPlaces m_places;
    QString m_suffix;
    QString m_otherTownship;
    test::TestLogins m_logins{m_backend, kPassword};

    QString login(const QString &name) const { return m_logins.login(name); }
    Store *as(const QString &name) { return m_logins.as(name); }
    test::PsqlResult psql(const QString &name, const QString &statement) const { return m_logins.psql(name, statement); }
    // The split of gridA: its code, the west piece's and the east piece's.
    QString m_retired, m_west, m_east;
    double m_splitX = 0.0;




    AdminUnit newGrid(const QString &community, const QString &name, const MultiPolygon &outline) const
    {
        AdminUnit g;
        g.parentCode = community;
        g.name = name;
        g.geometry = outline;
        return g;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_g%1").arg(QCoreApplication::applicationPid());
        m_logins.setSuffix(m_suffix);
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        QVERIFY(!m_places.gridA.code.isEmpty());
        const std::optional<AdminUnit> township = owner->adminUnit(m_places.township);
        QVERIFY(township);
        const GeoBounds b = polygon::bounds(township->geometry);
        m_otherTownship = test::addNeighbourTownship(*owner, *township,
                                                     box(b.maxX + 0.05, b.minY, b.maxX + 0.09, b.minY + 0.04));
        test::addPeople(*owner,
                        {{"centre", Role::CentreStaff, m_places.township, QString()},
                         {"othercentre", Role::CentreStaff, m_otherTownship, QString()},
                         {"community", Role::CommunityStaff, m_places.communityA.code, QString()},
                         {"worker", Role::GridWorker, m_places.gridA.code, QString()},
                         {"admin", Role::Administrator, QString(), QString()}},
                        m_suffix, kPassword);
    }

    void cleanupTestCase() { m_logins.clear(); }

    void everyUnitStartsWithOneVersion()
    {
        Store *centre = as(QStringLiteral("centre"));
        const QVector<UnitVersion> history = centre->unitHistory(m_places.gridA.code);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].version, 1);
        QVERIFY(!history[0].validFrom.isValid()); // since records began
        QVERIFY(history[0].isCurrent());
        QCOMPARE(history[0].change, UnitChange::Recorded);
        QCOMPARE(polygon::bounds(history[0].unit.geometry).minX, polygon::bounds(m_places.gridA.geometry).minX);
        // The next code is above every code the community has.
        int highest = 0;
        for (const AdminUnit &g : centre->adminUnits(int(AdminLevel::Grid)))
            if (g.parentCode == m_places.communityA.code)
                highest = std::max(highest, g.code.mid(12).toInt());
        QVERIFY(highest > 0);
        QCOMPARE(centre->nextGridCode(m_places.communityA.code),
                 divisioncode::gridCode(m_places.communityA.code, highest + 1));
    }

    void wrongEditsAreRefusedAndWriteNothing()
    {
        auto owner = m_backend.open();
        const int units = countRows(*owner, QStringLiteral("admin_units"));
        const int versions = countRows(*owner, QStringLiteral("unit_versions"));
        const GeoBounds b = polygon::bounds(m_places.gridA.geometry);
        const double x = (b.minX + b.maxX) / 2;
        GridEdit split;
        split.change = UnitChange::Split;
        split.retired = QStringList{m_places.gridA.code};
        split.grids = {newGrid(m_places.communityA.code, QStringLiteral("西片"), side(m_places.gridA.geometry, x, true)),
                       newGrid(m_places.communityA.code, QStringLiteral("东片"), side(m_places.gridA.geometry, x, false))};

        auto refusedWith = [&](Store *who, GridEdit edit, const QString &words) {
            try {
                who->saveGridEdit(edit);
                QFAIL(qPrintable(QStringLiteral("saved although: ") + words));
            } catch (const StoreError &e) {
                QVERIFY2(e.message().contains(words), qPrintable(e.message()));
            }
        };
        GridEdit future = split;
        future.effective = chinaToday().addDays(1);
        refusedWith(as(QStringLiteral("centre")), future, QStringLiteral("future"));
        refusedWith(as(QStringLiteral("othercentre")), split, QStringLiteral("no right"));
        refusedWith(as(QStringLiteral("community")), split, QStringLiteral("no right"));
        refusedWith(as(QStringLiteral("worker")), split, QStringLiteral("no right"));
        GridEdit unnamed = split;
        unnamed.grids[0].name.clear();
        refusedWith(as(QStringLiteral("centre")), unnamed, QStringLiteral("needs a name"));
        GridEdit unknown = split;
        unknown.retired = QStringList{m_places.communityA.code + QStringLiteral("999")};
        refusedWith(as(QStringLiteral("centre")), unknown, QStringLiteral("999"));
        // Only half of the grid replaced: a gap the split brings.
        GridEdit half = split;
        half.grids.removeLast();
        try {
            as(QStringLiteral("centre"))->saveGridEdit(half);
            QFAIL("a split that leaves a gap was saved");
        } catch (const GridEditRefused &e) {
            QCOMPARE(e.report().problems.size(), 1);
            QCOMPARE(e.report().problems[0].kind, topology::ProblemKind::Gap);
            QVERIFY(e.report().problems[0].located);
            QVERIFY(polygon::contains(m_places.gridA.geometry, e.report().problems[0].location));
        }
        QCOMPARE(countRows(*owner, QStringLiteral("admin_units")), units);
        QCOMPARE(countRows(*owner, QStringLiteral("unit_versions")), versions);
    }

    void splitRetiresTheGridAndHistoryHolds()
    {
        Store *centre = as(QStringLiteral("centre"));
        auto owner = m_backend.open();
        const AdminUnit grid = m_places.gridA;
        const GeoBounds b = polygon::bounds(grid.geometry);
        m_splitX = b.minX + (b.maxX - b.minX) * 0.4;
        // A point of the east piece, and a case reported there last month.
        const GeoPoint east = insidePoint(side(grid.geometry, m_splitX, false));
        const QDate today = chinaToday();
        const KpiPeriod lastMonth = KpiPeriod::containing(KpiPeriod::Kind::Month, today).previous();
        NewIncident before;
        before.location = east;
        before.categoryCode = owner->categories().first().code;
        before.title = QStringLiteral("拆分前的事件");
        before.reportedAt = lastMonth.from().addDays(3);
        const qint64 old = owner->addIncident(before, QStringLiteral("test"));
        QCOMPARE(owner->incident(old)->gridCode, grid.code);

        const QString expectedFirst = centre->nextGridCode(m_places.communityA.code);
        GridEdit split;
        split.change = UnitChange::Split;
        split.retired = QStringList{grid.code};
        split.grids = {newGrid(m_places.communityA.code, QStringLiteral("西片"), side(grid.geometry, m_splitX, true)),
                       newGrid(m_places.communityA.code, QStringLiteral("东片"), side(grid.geometry, m_splitX, false))};
        const topology::TopologyReport check = centre->checkEdit(split);
        for (const topology::TopologyProblem &problem : check.problems)
            qWarning("%s", qPrintable(topology::TopologyText::describe(problem)));
        QVERIFY(check.problems.isEmpty());
        const GridStore::SavedEdit saved = centre->saveGridEdit(split);
        QCOMPARE(saved.retired, QStringList{grid.code});
        QCOMPARE(saved.created.size(), 2);
        QCOMPARE(saved.created[0], expectedFirst);
        QCOMPARE(saved.created[1], divisioncode::gridCode(m_places.communityA.code, expectedFirst.mid(12).toInt() + 1));
        QCOMPARE(saved.effective, today);
        m_retired = grid.code;
        m_west = saved.created[0];
        m_east = saved.created[1];

        // The current picture, and the old one's version closed today.
        QVERIFY(!owner->adminUnit(m_retired));
        const std::optional<AdminUnit> eastGrid = owner->adminUnit(m_east);
        QVERIFY(eastGrid);
        QCOMPARE(eastGrid->name, QStringLiteral("东片"));
        QVERIFY(qAbs(degreeArea(eastGrid->geometry) + degreeArea(owner->adminUnit(m_west)->geometry) - degreeArea(grid.geometry))
                < 1e-12);
        const QVector<UnitVersion> old1 = centre->unitHistory(m_retired);
        QCOMPARE(old1.size(), 1);
        QCOMPARE(old1[0].validTo, today);
        const QVector<UnitVersion> east1 = centre->unitHistory(m_east);
        QCOMPARE(east1.size(), 1);
        QCOMPARE(east1[0].change, UnitChange::Split);
        QCOMPARE(east1[0].related, QStringList{m_retired});
        QCOMPARE(east1[0].validFrom, today);
        QCOMPARE(east1[0].actor, login(QStringLiteral("centre")));

        // The map as of yesterday has the old grid, today's the pieces.
        auto codes = [](const QVector<AdminUnit> &units) {
            QStringList c;
            for (const AdminUnit &u : units)
                c << u.code;
            return c;
        };
        const QStringList yesterday = codes(centre->unitsOn(today.addDays(-1), AdminLevel::Grid));
        QVERIFY(yesterday.contains(m_retired));
        QVERIFY(!yesterday.contains(m_east));
        const QStringList now = codes(centre->unitsOn(today, AdminLevel::Grid));
        QVERIFY(!now.contains(m_retired));
        QVERIFY(now.contains(m_east) && now.contains(m_west));

        // Last month's KPIs keep the old grid and its case; a new case goes to the new grid.
        const KpiEngine engine(owner->kpiUnits(lastMonth.from(), lastMonth.to()));
        QVERIFY(engine.unit(m_retired));
        QVERIFY(!engine.unit(m_east));
        const QVector<KpiCase> cases = owner->kpiCases(lastMonth.from(), lastMonth.to());
        const KpiMembers members = engine.members(Kpi::IncidenceRate, m_retired, cases, {}, lastMonth,
                                                  QDateTime::currentDateTimeUtc());
        QVERIFY(members.numerator.contains(old));
        const KpiEngine current(owner->kpiUnits());
        QVERIFY(!current.unit(m_retired));
        QVERIFY(current.unit(m_east));
        NewIncident after = before;
        after.title = QStringLiteral("拆分后的事件");
        after.reportedAt = QDateTime();
        const qint64 fresh = centre->addIncident(after, login(QStringLiteral("centre")));
        QCOMPARE(centre->incident(fresh)->gridCode, m_east);
        QCOMPARE(owner->incident(old)->gridCode, m_retired);

        // Cameras in the old grid moved to the piece their point falls in.
        for (const Camera &c : owner->cameras())
            QVERIFY2(c.gridCode != m_retired, qPrintable(c.deviceId));
    }

    void retiredCodesAreNeverUsedAgain()
    {
        QVERIFY(!m_retired.isEmpty());
        auto owner = m_backend.open();
        const int next = owner->nextGridCode(m_places.communityA.code).mid(12).toInt();
        QVERIFY(next > m_east.mid(12).toInt());
        AdminUnit again = *owner->adminUnit(m_east);
        again.code = m_retired;
        again.id = 0;
        QVERIFY_EXCEPTION_THROWN(owner->addAdminUnits({again}), std::exception);
        QVERIFY(!owner->adminUnit(m_retired));
    }

    void reshapeMovesTheSharedEdge()
    {
        QVERIFY(!m_west.isEmpty());
        Store *centre = as(QStringLiteral("centre"));
        const AdminUnit west = *centre->adminUnit(m_west);
        const AdminUnit east = *centre->adminUnit(m_east);
        const MultiPolygon whole = m_places.gridA.geometry;
        const GeoBounds b = polygon::bounds(whole);
        const double x = b.minX + (b.maxX - b.minX) * 0.6;
        GridEdit reshape;
        reshape.change = UnitChange::Reshaped;
        AdminUnit w = west, e = east;
        w.geometry = side(whole, x, true);
        e.geometry = side(whole, x, false);
        reshape.grids = {w, e};
        const GridStore::SavedEdit saved = centre->saveGridEdit(reshape);
        QCOMPARE(saved.changed, (QStringList{m_west, m_east}));
        QVERIFY(saved.created.isEmpty());
        const QVector<UnitVersion> history = centre->unitHistory(m_west);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1].version, 2);
        QCOMPARE(history[1].change, UnitChange::Reshaped);
        QVERIFY(history[1].isCurrent());
        QCOMPARE(history[0].validTo, chinaToday());
        QVERIFY(degreeArea(centre->adminUnit(m_west)->geometry) > degreeArea(west.geometry));
        // Moving one side only opens a gap, and is refused.
        GridEdit oneSide;
        oneSide.change = UnitChange::Reshaped;
        AdminUnit w2 = *centre->adminUnit(m_west);
        w2.geometry = side(whole, b.minX + (b.maxX - b.minX) * 0.5, true);
        oneSide.grids = {w2};
        QVERIFY_EXCEPTION_THROWN(centre->saveGridEdit(oneSide), GridEditRefused);
        QCOMPARE(centre->unitHistory(m_west).size(), 2);
    }

    void onlyAnAdministratorOverridesWithAJustification()
    {
        QVERIFY(!m_east.isEmpty());
        // A new grid over the east piece overlaps it.
        const AdminUnit east = *as(QStringLiteral("admin"))->adminUnit(m_east);
        const GeoBounds b = polygon::bounds(east.geometry);
        const GeoPoint c = insidePoint(east.geometry);
        const double h = std::min(b.maxX - b.minX, b.maxY - b.minY) / 8;
        GridEdit drawn;
        drawn.change = UnitChange::Drawn;
        drawn.grids = {newGrid(m_places.communityA.code, QStringLiteral("重叠"), box(c.x - h, c.y - h, c.x + h, c.y + h))};
        drawn.justification = QStringLiteral("临时安置点，下周调整");
        try {
            as(QStringLiteral("centre"))->saveGridEdit(drawn);
            QFAIL("centre staff overrode a topology problem");
        } catch (const GridEditRefused &e) {
            QVERIFY(e.message().contains(QStringLiteral("administrator")));
            QCOMPARE(e.report().problems.first().kind, topology::ProblemKind::Overlap);
        }
        GridEdit unjustified = drawn;
        unjustified.justification.clear();
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("admin"))->saveGridEdit(unjustified), GridEditRefused);
        const GridStore::SavedEdit saved = as(QStringLiteral("admin"))->saveGridEdit(drawn);
        QCOMPARE(saved.created.size(), 1);
        QCOMPARE(saved.overridden.problems.size(), 1);
        const QVector<UnitVersion> v = as(QStringLiteral("admin"))->unitHistory(saved.created[0]);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v[0].justification, drawn.justification);
        QCOMPARE(v[0].overriddenProblems, 1);
        QCOMPARE(v[0].change, UnitChange::Drawn);
        // Undo it the same way: retiring it heals the overlap.
        GridEdit undo;
        undo.change = UnitChange::Merged;
        undo.retired = QStringList{saved.created[0]};
        const GridStore::SavedEdit undone = as(QStringLiteral("centre"))->saveGridEdit(undo);
        QCOMPARE(undone.retired, saved.created);
    }

    void serverRefusesForgedEdits()
    {
        if (!test::TestBackend::isPg())
            QSKIP("the server's own defences");
        QVERIFY(!m_east.isEmpty());
        auto owner = m_backend.open();
        const AdminUnit east = *owner->adminUnit(m_east);
        const AdminUnit west = *owner->adminUnit(m_west);
        auto refused = [&](const QString &who, const QString &statement, const QString &why) {
            const test::PsqlResult r = psql(who, statement);
            QVERIFY2(r.code != 0, qPrintable(who + QStringLiteral(": ") + statement + QStringLiteral("\n") + r.out));
            QVERIFY2(r.err.contains(why), qPrintable(r.err));
        };
        // Centre staff: an overlap written directly is refused at commit, even inside a savepoint.
        refused(QStringLiteral("centre"),
                QStringLiteral("BEGIN; SAVEPOINT s; UPDATE admin_units SET geom = %1 WHERE code = '%2'; RELEASE s; COMMIT;")
                    .arg(wkt(west.geometry), m_east),
                QStringLiteral("overlaps"));
        refused(QStringLiteral("centre"),
                QStringLiteral("UPDATE admin_units SET geom = ST_Multi(ST_Buffer(geom, 0.01)) WHERE code = '%1'").arg(m_east),
                QStringLiteral("sticks out"));
        // A retired code, and a code that is not its community's.
        refused(QStringLiteral("centre"),
                QStringLiteral("INSERT INTO admin_units (geom, code, parent_code, name, short_name, level) "
                               "VALUES (NULL, '%1', '%2', 'x', 'x', 6)").arg(m_retired, m_places.communityA.code),
                QStringLiteral("never used again"));
        refused(QStringLiteral("centre"),
                QStringLiteral("INSERT INTO admin_units (geom, code, parent_code, name, short_name, level) "
                               "VALUES (NULL, '%1', '%2', 'x', 'x', 6)").arg(m_places.communityB.code + QStringLiteral("900"),
                                                                            m_places.communityA.code),
                QStringLiteral("must carry the code"));
        // History: no rewrite, no reopening, no delete, no forged actor or justification, no explicit id.
        // A closed version is out of every login's reach; an open one only closes.
        for (const QString &who : {QStringLiteral("centre"), QStringLiteral("admin")})
            QVERIFY(psql(who, QStringLiteral("UPDATE unit_versions SET valid_to = NULL WHERE code = '%1'").arg(m_retired))
                        .out.contains(QStringLiteral("UPDATE 0")));
        {
            // Even the owner's connection, which row-level security lets through, cannot rewrite history.
            QSqlDatabase raw = m_backend.rawConnection(QStringLiteral("gridstore-owner"));
            QSqlQuery q(raw);
            QVERIFY(!q.exec(QStringLiteral("UPDATE unit_versions SET valid_to = NULL WHERE code = '%1'").arg(m_retired)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("keeps history")), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE unit_versions SET name = 'x' WHERE code = '%1'").arg(m_east)));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM unit_versions WHERE code = '%1'").arg(m_east)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("keeps history")), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gridstore-owner"));
        refused(QStringLiteral("admin"), QStringLiteral("DELETE FROM unit_versions WHERE code = '%1'").arg(m_retired),
                QStringLiteral("permission denied"));
        refused(QStringLiteral("centre"),
                QStringLiteral("UPDATE unit_versions SET name = 'x' WHERE code = '%1' AND valid_to IS NULL").arg(m_east),
                QStringLiteral("permission denied"));
        const QString insertVersion = QStringLiteral(
            "INSERT INTO unit_versions (code, version, parent_code, name, short_name, level, change, actor, justification) "
            "VALUES ('%1', 9, '%2', 'x', 'x', 6, 'drawn', %3, '%4')");
        refused(QStringLiteral("centre"),
                insertVersion.arg(m_east, m_places.communityA.code, QStringLiteral("'someone'"), QString()),
                QStringLiteral("row-level security"));
        refused(QStringLiteral("centre"),
                insertVersion.arg(m_east, m_places.communityA.code, QStringLiteral("session_user"), QStringLiteral("因为")),
                QStringLiteral("row-level security"));
        refused(QStringLiteral("centre"),
                QStringLiteral("INSERT INTO unit_versions (fid, code, version, parent_code, name, short_name, level, change, "
                               "actor) VALUES (999999, '%1', 9, '%2', 'x', 'x', 6, 'drawn', session_user)")
                    .arg(m_east, m_places.communityA.code),
                QStringLiteral("permission denied"));
        // Others' grids: another township's staff and a community's staff change nothing.
        for (const QString &who : {QStringLiteral("othercentre"), QStringLiteral("community"), QStringLiteral("worker")}) {
            const test::PsqlResult r = psql(who, QStringLiteral("UPDATE admin_units SET name = 'x' WHERE code = '%1'")
                                                     .arg(m_east));
            QVERIFY2(r.code != 0 || r.out.contains(QStringLiteral("UPDATE 0")), qPrintable(who + r.out + r.err));
        }
        QCOMPARE(owner->adminUnit(m_east)->name, east.name);
        // A grid worker reads its own old grid's history, not the neighbours'.
        QCOMPARE(psql(QStringLiteral("worker"),
                      QStringLiteral("SELECT count(*) FROM unit_versions WHERE code = '%1'").arg(m_retired)).out.trimmed(),
                 QStringLiteral("1"));
        QCOMPARE(psql(QStringLiteral("worker"),
                      QStringLiteral("SELECT count(*) FROM unit_versions WHERE code = '%1'").arg(m_east)).out.trimmed(),
                 QStringLiteral("0"));
    }

    void editsAreAudited()
    {
        QVERIFY(!m_east.isEmpty());
        auto owner = m_backend.open();
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'unit_versions' AND actor LIKE '%1%'")
                           .arg(login(QStringLiteral("centre")))));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 5, qPrintable(q.value(0).toString())); // split: 1 closed + 2 new; reshape: 2 + 2
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM gd_changes WHERE table_name = 'unit_versions'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 7);
    }
};

QTEST_GUILESS_MAIN(TestGridStore)
#include "test_gridstore.moc"
