// Security bulletins on both backends: each bad field named, the units an
// area covers (drawn or chosen), who may publish and withdraw, who sees a
// bulletin (scope overlap), the active ones at a time, the audit log and
// the change feed. On a server the table is also attacked with psql under
// each role's own login: explicit ids, a forged publisher, forged units, an
// area in another township, withdrawing another township's bulletin,
// borrowing the trigger function for a temporary table.
#include "BulletinArea.h"
#include "PgStore.h"
#include "PolygonOps.h"
#include "PsqlRunner.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestLogins.h"
#include "TestPeople.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");

QStringList fieldsOf(const StoreError &e)
{
    QStringList out;
    for (const FieldError &f : e.fieldErrors())
        out << f.field;
    return out;
}

// A small square around a point, as a one-polygon area.
MultiPolygon square(const GeoPoint &c, double half)
{
    Polygon p;
    p.rings << Ring{{c.x - half, c.y - half}, {c.x + half, c.y - half}, {c.x + half, c.y + half}, {c.x - half, c.y + half},
                    {c.x - half, c.y - half}};
    MultiPolygon mp;
    mp.polygons << p;
    return mp;
}

QString wkt(const MultiPolygon &mp)
{
    QStringList points;
    for (const GeoPoint &p : mp.polygons.first().rings.first())
        points << QStringLiteral("%1 %2").arg(p.x, 0, 'f', 7).arg(p.y, 0, 'f', 7);
    return QStringLiteral("MULTIPOLYGON(((%1)))").arg(points.join(QStringLiteral(", ")));
}

} // namespace

class TestBulletinStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    test::TestPlaces m_places;
    QString m_suffix;
    QString m_otherTownship; // a second township east of the demo's, with one community and one grid
    MultiPolygon m_otherArea;
    test::TestLogins m_logins{m_backend, kPassword};

    QString login(const QString &name) const { return m_logins.login(name); }
    Store *as(const QString &name) { return m_logins.as(name); }
    test::PsqlResult psql(const QString &name, const QString &statement) const { return m_logins.psql(name, statement); }




    Bulletin draft(const QString &title) const
    {
        Bulletin b;
        b.level = BulletinLevel::Orange;
        b.title = title;
        b.text = QStringLiteral("近期夜间入室盗窃多发，请锁好门窗。");
        b.validFrom = QDateTime::currentDateTimeUtc().addSecs(-60);
        b.validTo = QDateTime::currentDateTimeUtc().addDays(3);
        return b;
    }

    bool sees(const QString &person, qint64 id)
    {
        for (const Bulletin &b : as(person)->bulletins())
            if (b.id == id)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_b%1").arg(QCoreApplication::applicationPid());
        m_logins.setSuffix(m_suffix);
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        QVERIFY(!m_places.gridA.code.isEmpty() && !m_places.gridB.code.isEmpty());

        // A neighbouring township in the same database, east of the demo's.
        const std::optional<AdminUnit> township = owner->adminUnit(m_places.township);
        QVERIFY(township);
        const GeoBounds box = polygon::bounds(township->geometry);
        const double w = 0.02;
        m_otherArea = square({box.maxX + 0.05, (box.minY + box.maxY) / 2}, w);
        m_otherTownship = test::addNeighbourTownship(*owner, *township, m_otherArea);

        test::addPeople(*owner,
                        {{"centre", Role::CentreStaff, m_places.township, QString()},
                         {"othercentre", Role::CentreStaff, m_otherTownship, QString()},
                         {"leader", Role::Leader, m_places.township, QString()},
                         {"workera", Role::GridWorker, m_places.gridA.code, QString()},
                         {"workerb", Role::GridWorker, m_places.gridB.code, QString()},
                         {"communityb", Role::CommunityStaff, m_places.communityB.code, QString()},
                         {"admin", Role::Administrator, QString(), QString()}},
                        m_suffix, kPassword);
    }

    void cleanupTestCase() { m_logins.clear(); }

    void badInputNamesEachField()
    {
        Store *centre = as(QStringLiteral("centre"));
        QVERIFY(centre);
        Bulletin b;
        b.validFrom = QDateTime::currentDateTimeUtc();
        b.validTo = b.validFrom.addSecs(-1);
        try {
            centre->publish(b);
            QFAIL("an empty bulletin was published");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QCOMPARE(fieldsOf(e), (QStringList{QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("valid_to"),
                                               QStringLiteral("area")}));
        }
        // A bow tie crosses itself.
        b = draft(QStringLiteral("蝴蝶结"));
        const GeoPoint c = polygon::centroid(m_places.gridA.geometry);
        Polygon bow;
        bow.rings << Ring{{c.x - 0.001, c.y - 0.001}, {c.x + 0.001, c.y + 0.001}, {c.x + 0.001, c.y - 0.001},
                          {c.x - 0.001, c.y + 0.001}, {c.x - 0.001, c.y - 0.001}};
        b.area.polygons << bow;
        QVERIFY_EXCEPTION_THROWN(centre->publish(b), StoreError);
        try {
            centre->publish(b);
        } catch (const StoreError &e) {
            QCOMPARE(fieldsOf(e), QStringList{QStringLiteral("area")});
        }
        // Unknown units, and an area outside every grid.
        b = draft(QStringLiteral("未知"));
        b.unitCodes = QStringList{QStringLiteral("999999999999")};
        try {
            centre->publish(b);
            QFAIL("an unknown unit was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(fieldsOf(e), QStringList{QStringLiteral("units")});
            QVERIFY2(e.message().contains(QStringLiteral("999999999999")), qPrintable(e.message()));
        }
        b = draft(QStringLiteral("海上"));
        b.area = square({0.5, 0.5}, 0.01);
        try {
            centre->publish(b);
            QFAIL("an area outside the township was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(fieldsOf(e), QStringList{QStringLiteral("area")});
        }
        auto owner = m_backend.open();
        QVERIFY(owner->bulletins().isEmpty()); // nothing half-written
    }

    void publishByUnitsAndByArea()
    {
        Store *centre = as(QStringLiteral("centre"));
        Bulletin byUnits = draft(QStringLiteral("社区 A 防盗"));
        byUnits.unitCodes = QStringList{m_places.communityA.code};
        const Bulletin a = centre->publish(byUnits);
        QVERIFY(a.id > 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^YJ-\\d{8}-\\d{2}$")).match(a.code).hasMatch(), qPrintable(a.code));
        QCOMPARE(a.townshipCode, m_places.township);
        QVERIFY(a.unitCodes.contains(m_places.township));
        QVERIFY(a.unitCodes.contains(m_places.communityA.code));
        QVERIFY(a.unitCodes.contains(m_places.gridA.code));
        QVERIFY(!a.unitCodes.contains(m_places.communityB.code)); // a neighbour that only touches is not covered
        QVERIFY(!a.unitCodes.contains(m_places.gridB.code));
        QVERIFY(qAbs(polygon::area(a.area) - polygon::area(m_places.communityA.geometry)) < 1e-9);

        Bulletin drawn = draft(QStringLiteral("网格 A 积水"));
        drawn.level = BulletinLevel::Red;
        drawn.area = square(polygon::centroid(m_places.gridA.geometry), 0.0003);
        const Bulletin d = centre->publish(drawn);
        QCOMPARE(d.unitCodes, (QStringList{m_places.township, m_places.communityA.code, m_places.gridA.code}));
        QVERIFY(d.code != a.code);
        QCOMPARE(d.code.left(12), a.code.left(12));

        // As stored and read back on the backend.
        auto owner = m_backend.open();
        const std::optional<Bulletin> back = owner->bulletin(d.id);
        QVERIFY(back);
        QCOMPARE(back->title, drawn.title);
        QCOMPARE(back->level, BulletinLevel::Red);
        QCOMPARE(back->unitCodes, d.unitCodes);
        QCOMPARE(back->validTo, d.validTo);
        QCOMPARE(back->publishedBy, test::TestBackend::isPg() ? login(QStringLiteral("centre")) : login(QStringLiteral("centre")));
        QVERIFY(polygon::area(back->area) > 0);
        // Most severe first.
        const QVector<Bulletin> active = owner->activeBulletins(QDateTime::currentDateTimeUtc());
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.first().id, d.id);
    }

    void onlyTheCentreAndAdministratorsPublish()
    {
        for (const char *name : {"leader", "workera", "communityb"}) {
            Bulletin b = draft(QStringLiteral("越权"));
            b.unitCodes = QStringList{m_places.gridA.code};
            QVERIFY_EXCEPTION_THROWN(as(QString::fromLatin1(name))->publish(b), StoreError);
        }
        // The centre of another township may not publish here.
        Bulletin b = draft(QStringLiteral("越界"));
        b.unitCodes = QStringList{m_places.gridA.code};
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("othercentre"))->publish(b), StoreError);
        Bulletin admin = draft(QStringLiteral("管理员发布"));
        admin.level = BulletinLevel::Blue;
        admin.unitCodes = QStringList{m_places.gridB.code};
        QVERIFY(as(QStringLiteral("admin"))->publish(admin).id > 0);
    }

    void scopeDecidesWhoSees()
    {
        auto owner = m_backend.open();
        qint64 onA = 0, onB = 0;
        for (const Bulletin &b : owner->bulletins()) {
            if (b.title == QStringLiteral("网格 A 积水"))
                onA = b.id;
            if (b.title == QStringLiteral("管理员发布"))
                onB = b.id;
        }
        QVERIFY(onA && onB);
        QVERIFY(sees(QStringLiteral("workera"), onA));
        QVERIFY(!sees(QStringLiteral("workera"), onB));
        QVERIFY(sees(QStringLiteral("workerb"), onB));
        QVERIFY(!sees(QStringLiteral("workerb"), onA));
        QVERIFY(!sees(QStringLiteral("communityb"), onA));
        QVERIFY(sees(QStringLiteral("communityb"), onB));
        QVERIFY(sees(QStringLiteral("leader"), onA));
        QVERIFY(sees(QStringLiteral("centre"), onB));
        QVERIFY(!sees(QStringLiteral("othercentre"), onA));
        QCOMPARE(as(QStringLiteral("workerb"))->activeBulletins(QDateTime::currentDateTimeUtc()).size(), 1);
    }

    void activeWithdrawnAndExpired()
    {
        Store *centre = as(QStringLiteral("centre"));
        Bulletin b = draft(QStringLiteral("短期"));
        b.validFrom = QDateTime::currentDateTimeUtc().addSecs(3600);
        b.validTo = b.validFrom.addSecs(7200);
        b.unitCodes = QStringList{m_places.gridB.code};
        const Bulletin later = centre->publish(b);
        auto isIn = [](const QVector<Bulletin> &list, qint64 id) {
            return std::any_of(list.begin(), list.end(), [&](const Bulletin &x) { return x.id == id; });
        };
        QVERIFY(!isIn(centre->activeBulletins(QDateTime::currentDateTimeUtc()), later.id)); // not yet
        QVERIFY(isIn(centre->activeBulletins(later.validFrom), later.id));
        QVERIFY(!isIn(centre->activeBulletins(later.validTo), later.id)); // expired at its end
        // Leaders and grid workers cannot withdraw; the centre can, once.
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("leader"))->withdraw(later.id), StoreError);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("othercentre"))->withdraw(later.id), StoreError);
        const Bulletin done = centre->withdraw(later.id);
        QVERIFY(done.withdrawnAt.isValid());
        QVERIFY(!isIn(centre->activeBulletins(later.validFrom), later.id));
        try {
            centre->withdraw(later.id);
            QFAIL("a bulletin was withdrawn twice");
        } catch (const StoreError &e) {
            QCOMPARE(fieldsOf(e), QStringList{QStringLiteral("bulletin")});
        }
    }

    void auditedAndFed()
    {
        auto owner = m_backend.open();
        owner->sealPendingAudit();
        int inserts = 0, updates = 0;
        QString actor;
        for (const AuditEntry &e : owner->auditEntries()) {
            if (e.table != QLatin1String("bulletins"))
                continue;
            if (e.action == QLatin1String("insert"))
                ++inserts;
            if (e.action == QLatin1String("update")) {
                ++updates;
                actor = e.actor;
                QVERIFY(e.after.contains(QStringLiteral("withdrawn_at")));
            }
        }
        QCOMPARE(inserts, 4);
        QCOMPARE(updates, 1);
        QCOMPARE(actor, login(QStringLiteral("centre")));
        int fed = 0;
        // Every change since the start (the demo's registers fill the feed of a server copy).
        for (const ChangeRecord &c : owner->changesSince(0, 1000000))
            fed += c.table == QLatin1String("bulletins");
        QCOMPARE(fed, 5);
        // A grid worker's feed carries only the bulletins they see (on a
        // server the feed itself is limited).
        if (test::TestBackend::isPg())
            QCOMPARE(psql(QStringLiteral("workera"), QStringLiteral("SELECT count(DISTINCT row_id) FROM gd_changes "
                                                                    "WHERE table_name = 'bulletins'")).out,
                     QStringLiteral("2"));
    }

    void psqlCannotGetAround()
    {
        if (!test::TestBackend::isPg())
            QSKIP("the server's own defences");
        const QString area = wkt(square(polygon::centroid(m_places.gridA.geometry), 0.0003));
        const QString values = QStringLiteral(
            "ST_GeomFromText('%1', 4490), 'YJ-X-%2', '%3', 'red', '手写', '正文', '%4', now(), now() + interval '1 day', now()");
        auto insert = [&](const QString &who, const QString &columns, const QString &vals) {
            return psql(who, QStringLiteral("INSERT INTO bulletins (geom, code, township_code, level, title, body, unit_codes, "
                                            "valid_from, valid_to, published_at%1) VALUES (%2)").arg(columns, vals));
        };
        const QString me = login(QStringLiteral("centre"));
        // The centre's own insert works, and the server fixes forged units and township.
        test::PsqlResult r = insert(QStringLiteral("centre"), QStringLiteral(", published_by"),
                                    values.arg(area, QStringLiteral("1"), m_otherTownship, QStringLiteral("X")) + QStringLiteral(", '%1'").arg(me));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(psql(QStringLiteral("centre"), QStringLiteral("SELECT township_code || ' ' || unit_codes FROM bulletins "
                                                               "WHERE code = 'YJ-X-1'")).out,
                 QStringLiteral("%1 %1,%2,%3").arg(m_places.township, m_places.communityA.code, m_places.gridA.code));
        // A forged publisher.
        r = insert(QStringLiteral("centre"), QStringLiteral(", published_by"),
                   values.arg(area, QStringLiteral("2"), m_places.township, m_places.township) + QStringLiteral(", 'someone'"));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("row-level security")), qPrintable(r.err));
        // An explicit id.
        r = insert(QStringLiteral("centre"), QStringLiteral(", published_by, fid"),
                   values.arg(area, QStringLiteral("3"), m_places.township, m_places.township)
                       + QStringLiteral(", '%1', 999999").arg(me));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("permission denied")), qPrintable(r.err));
        // Already withdrawn at publishing, or a withdrawal column written.
        r = insert(QStringLiteral("centre"), QStringLiteral(", published_by, withdrawn_by"),
                   values.arg(area, QStringLiteral("4"), m_places.township, m_places.township)
                       + QStringLiteral(", '%1', '%1'").arg(me));
        QVERIFY(r.code != 0);
        // An area in the other township, by this township's centre.
        r = insert(QStringLiteral("centre"), QStringLiteral(", published_by"),
                   values.arg(wkt(m_otherArea), QStringLiteral("5"), m_places.township, m_places.township)
                       + QStringLiteral(", '%1'").arg(me));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("row-level security")), qPrintable(r.err));
        // A leader, a grid worker.
        for (const char *who : {"leader", "workera"}) {
            r = insert(QString::fromLatin1(who), QStringLiteral(", published_by"),
                       values.arg(area, QStringLiteral("6"), m_places.township, m_places.township)
                           + QStringLiteral(", '%1'").arg(login(QString::fromLatin1(who))));
            QVERIFY2(r.code != 0, who);
        }
        // Inside a savepoint it is the same.
        r = psql(QStringLiteral("workera"), QStringLiteral(
            "BEGIN; SAVEPOINT s; INSERT INTO bulletins (geom, code, township_code, level, title, body, unit_codes, valid_from, "
            "valid_to, published_at, published_by) VALUES (%1, '%2'); RELEASE s; COMMIT")
            .arg(values.arg(area, QStringLiteral("7"), m_places.township, m_places.township), login(QStringLiteral("workera"))));
        QVERIFY(r.code != 0);
        // The other township's centre withdraws nothing here; nor can anyone
        // change an area or a text after publishing.
        r = psql(QStringLiteral("othercentre"), QStringLiteral("UPDATE bulletins SET withdrawn_at = now(), withdrawn_by = '%1'")
                                                     .arg(login(QStringLiteral("othercentre"))));
        QCOMPARE(r.out, QStringLiteral("UPDATE 0"));
        r = psql(QStringLiteral("centre"), QStringLiteral("UPDATE bulletins SET body = 'x' WHERE code = 'YJ-X-1'"));
        QVERIFY(r.code != 0);
        r = psql(QStringLiteral("centre"), QStringLiteral("UPDATE bulletins SET withdrawn_at = now(), withdrawn_by = 'someone' "
                                                          "WHERE code = 'YJ-X-1'"));
        QVERIFY(r.code != 0);
        r = psql(QStringLiteral("centre"), QStringLiteral("DELETE FROM bulletins WHERE code = 'YJ-X-1'"));
        QVERIFY(r.code != 0);
        // The trigger function cannot be borrowed for a temporary table.
        r = psql(QStringLiteral("centre"), QStringLiteral(
            "CREATE TEMP TABLE bulletins (fid bigint, geom geometry, code text, township_code text, unit_codes text); "
            "CREATE TRIGGER t BEFORE INSERT ON pg_temp.bulletins FOR EACH ROW EXECUTE FUNCTION public.gd_bulletin_units()"));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("permission denied")), qPrintable(r.err));
        // Reads: a grid worker of another grid sees none of A's.
        QCOMPARE(psql(QStringLiteral("workerb"), QStringLiteral("SELECT count(*) FROM bulletins WHERE unit_codes LIKE '%%1%'")
                                                     .arg(m_places.gridA.code)).out,
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestBulletinStore)
#include "test_bulletinstore.moc"
