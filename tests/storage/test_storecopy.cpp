// GeoPackage → PostgreSQL → GeoPackage gives identical data: every table's
// row count and checksum, and every incident, history row and attachment
// read back through the Store API, field by field. Runs against the test
// server that the ctest fixture starts and stops.
#include "AuditChain.h"
#include "PolygonOps.h"
#include "StoreError.h"
#include "TestBackend.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QTest>

using namespace griddesk;

namespace {

void compareStores(Store &a, Store &b)
{
    const QVector<Incident> ia = a.incidents();
    const QVector<Incident> ib = b.incidents();
    QCOMPARE(ia.size(), ib.size());
    for (int k = 0; k < ia.size(); ++k) {
        const Incident &x = ia[k];
        const Incident &y = ib[k];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.code, x.code);
        QCOMPARE(y.location.x, x.location.x);
        QCOMPARE(y.location.y, x.location.y);
        QCOMPARE(y.title, x.title);
        QCOMPARE(y.parties, x.parties);
        QCOMPARE(y.state, x.state);
        QCOMPARE(y.reportedAt, x.reportedAt);
        QCOMPARE(y.dueAt, x.dueAt);
        QCOMPARE(y.closedAt, x.closedAt);
        QCOMPARE(y.supervised, x.supervised);
        QCOMPARE(y.coDepartments, x.coDepartments);
        QCOMPARE(y.masterId, x.masterId);
        QCOMPARE(y.rowVersion, x.rowVersion);
        const QVector<IncidentHistoryEntry> ha = a.history(x.id);
        const QVector<IncidentHistoryEntry> hb = b.history(x.id);
        QCOMPARE(hb.size(), ha.size());
        for (int h = 0; h < ha.size(); ++h) {
            QCOMPARE(hb[h].id, ha[h].id);
            QCOMPARE(hb[h].at, ha[h].at);
            QCOMPARE(hb[h].action, ha[h].action);
            QCOMPARE(hb[h].note, ha[h].note);
        }
        const QVector<Attachment> fa = a.attachments(x.id);
        const QVector<Attachment> fb = b.attachments(x.id);
        QCOMPARE(fb.size(), fa.size());
        for (int f = 0; f < fa.size(); ++f)
            QCOMPARE(b.attachmentContent(fb[f].id), a.attachmentContent(fa[f].id));
    }
    const QVector<AdminUnit> ua = a.adminUnits();
    const QVector<AdminUnit> ub = b.adminUnits();
    QCOMPARE(ub.size(), ua.size());
    for (int k = 0; k < ua.size(); ++k) {
        QCOMPARE(ub[k].code, ua[k].code);
        QCOMPARE(polygon::area(ub[k].geometry), polygon::area(ua[k].geometry));
    }
    QCOMPARE(b.cameras().size(), a.cameras().size());
    QCOMPARE(b.lastScreeningVisits().size(), a.lastScreeningVisits().size());
}

// A new, migrated, empty database on the test server.
QString freshServer(const QString &name)
{
    test::TestBackend::serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    test::TestBackend::serverExec(QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString conninfo = QString::fromLocal8Bit(qgetenv("GRIDDESK_PG")).replace(QStringLiteral("dbname=griddesk_test"),
                                                                                   QStringLiteral("dbname=") + name);
    {
        QSqlDatabase db = pgconnection::open(conninfo, QStringLiteral("fresh"));
        pgschema::migrate(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fresh"));
    return conninfo;
}

// One statement through the store's own connection, outside the Store API.
void raw(Store &store, const QString &statement)
{
    QSqlQuery q(store.database());
    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
}

} // namespace

class TestStoreCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    // Rows another program wrote to the file leave its audit log unsealed:
    // the copy seals them first, and the server's chain goes on from them.
    void unsealedAuditRowsKeepTheChain()
    {
        QVERIFY(m_dir.isValid());
        QTemporaryDir dir;
        const QString source = test::createDemo(dir);
        {
            auto file = GpkgStore::open(source);
            raw(*file, QStringLiteral("UPDATE departments SET name_en = name_en || ' (edited)' WHERE fid = 1"));
            QVERIFY(file->auditEntries().last().hash.isEmpty());
        }
        const QString conninfo = freshServer(QStringLiteral("copy_unsealed"));
        auto from = GpkgStore::open(source);
        auto to = PgStore::open(conninfo);
        StoreCopy::copy(*from, *to);
        QVERIFY(auditchain::verify(to->auditEntries()).intact);
        NewIncident n;
        n.location = polygon::centroid(to->adminUnits(int(AdminLevel::Grid)).at(0).geometry);
        n.categoryCode = QStringLiteral("security_hazard");
        n.title = QStringLiteral("复制后");
        to->addIncident(n, QStringLiteral("t"));
        const auditchain::Verdict v = auditchain::verify(to->auditEntries());
        QVERIFY2(v.intact && v.unsealed == 0, qPrintable(v.reason));
    }

    // A server's times keep their microseconds in a file, and the
    // checksums compare them to the microsecond.
    void microsecondsSurviveACopy()
    {
        QTemporaryDir dir;
        const QString conninfo = freshServer(QStringLiteral("copy_micro"));
        {
            auto from = GpkgStore::open(test::createDemo(dir));
            auto to = PgStore::open(conninfo);
            StoreCopy::copy(*from, *to);
            raw(*to, QStringLiteral("UPDATE incidents SET updated_at = '2026-03-01 08:00:00.123456+00' WHERE fid = 1"));
        }
        auto server = PgStore::open(conninfo);
        const QString back = dir.filePath(QStringLiteral("micro.gpkg"));
        auto file = GpkgStore::create(back);
        const CopyReport report = StoreCopy::copy(*server, *file);
        QCOMPARE(report.copy, report.source);
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("SELECT updated_at FROM incidents WHERE fid = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-01T08:00:00.123456Z"));
        QCOMPARE(StoreCopy::digest(*file), StoreCopy::digest(*server));
    }

    // The copy is compared before it commits: one that differs from its
    // source leaves nothing behind. A server with people (and so an audit
    // log) is not a new database.
    void aDifferingCopyIsNeverCommitted()
    {
        QTemporaryDir dir;
        const QString source = test::createDemo(dir);
        const QString conninfo = freshServer(QStringLiteral("copy_differs"));
        auto to = PgStore::open(conninfo);
        raw(*to, QStringLiteral("CREATE FUNCTION alter_title() RETURNS trigger LANGUAGE plpgsql AS "
                                "$$ BEGIN NEW.title := NEW.title || '!'; RETURN NEW; END $$"));
        raw(*to, QStringLiteral("CREATE TRIGGER alter_title BEFORE INSERT ON incidents FOR EACH ROW EXECUTE FUNCTION alter_title()"));
        auto from = GpkgStore::open(source);
        try {
            StoreCopy::copy(*from, *to);
            QFAIL("a copy that differs from its source was committed");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("incidents")), qPrintable(e.message()));
        }
        QVERIFY(to->incidents().isEmpty());
        QVERIFY(to->adminUnits().isEmpty());

        raw(*to, QStringLiteral("DROP TRIGGER alter_title ON incidents"));
        UserAccount admin;
        admin.username = QStringLiteral("copy_admin_%1").arg(QCoreApplication::applicationPid());
        admin.role = Role::Administrator;
        to->addUser(admin, QStringLiteral("Grid-desk 2026 pw"));
        try {
            StoreCopy::copy(*from, *to);
            QFAIL("a copy replaced the audit log of a server with people");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("not empty")), qPrintable(e.message()));
        }
        QCOMPARE(to->users().size(), 1);
        QVERIFY(!to->auditEntries().isEmpty());
    }

    void roundTripIsIdentical()
    {
        const QString source = test::createDemo(m_dir);
        {
            // Attachments with every byte value, a merged duplicate and odd text.
            auto store = GpkgStore::open(source);
            const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(4);
            NewIncident n;
            n.location = polygon::centroid(grid.geometry);
            n.categoryCode = QStringLiteral("security_hazard");
            n.title = QStringLiteral("路灯不亮 \"东侧\" 'x' \\ 😀");
            n.parties = QStringList{QStringLiteral("张三"), QStringLiteral("李四|王五")};
            Attachment photo;
            photo.fileName = QStringLiteral("现场.jpg");
            photo.mimeType = QStringLiteral("image/jpeg");
            for (int b = 0; b < 256 * 40; ++b)
                photo.content.append(char(b % 256));
            n.attachments = {photo};
            const qint64 id = store->addIncident(n, QStringLiteral("网格员"));
            WorkflowRequest accept;
            accept.action = IncidentAction::Accept;
            accept.role = Role::CentreStaff;
            accept.actor = QStringLiteral("王敏");
            accept.at = QDateTime::currentDateTimeUtc().addSecs(1);
            store->applyAction(id, accept);
            // A joint meeting with its agenda and a decision, in awkward text.
            Meeting m;
            m.townshipCode = store->adminUnits(int(AdminLevel::Township)).at(0).code;
            m.heldAt = QDateTime::currentDateTimeUtc().addDays(-2);
            m.chair = QStringLiteral("王'镇长\"");
            m.minutes = QStringLiteral("纪要|第一行\n第二行 \\ %_");
            AgendaItem own;
            own.title = QStringLiteral("议题 'a'|b");
            own.notes = QStringLiteral("备注\t制表");
            own.caseIds = {id};
            own.params = QJsonObject{{QStringLiteral("x"), QStringLiteral("引号\"")}};
            m.agenda = {own};
            const Meeting stored = store->createMeeting(m);
            MeetingTask t;
            t.meetingId = stored.id;
            t.agendaItemId = stored.agenda.at(0).id;
            t.decision = QStringLiteral("限期整改；负责人：张三");
            t.ownerDepartment = store->departments().at(0).code;
            t.workingDays = 3;
            t.caseIds = {id};
            store->addTask(t);
            // A bulletin with its area, period and units, withdrawn (every column set).
            Bulletin warning;
            warning.level = BulletinLevel::Orange;
            warning.title = QStringLiteral("夜间盗窃多发");
            warning.text = QStringLiteral("请锁好门窗。");
            warning.validFrom = QDateTime::currentDateTimeUtc();
            warning.validTo = warning.validFrom.addDays(2);
            warning.unitCodes = QStringList{store->adminUnits(int(AdminLevel::Community)).first().code};
            store->withdraw(store->publish(warning).id);
        }
        const QString pg = QStringLiteral("pg:") + QString::fromLocal8Bit(qgetenv("GRIDDESK_PG"))
                               .replace(QStringLiteral("dbname=griddesk_test"), QStringLiteral("dbname=copy_roundtrip"));
        test::TestBackend::serverExec(QStringLiteral("DROP DATABASE IF EXISTS copy_roundtrip WITH (FORCE)"));
        test::TestBackend::serverExec(QStringLiteral("CREATE DATABASE copy_roundtrip"));
        const QString back = m_dir.filePath(QStringLiteral("back.gpkg"));

        // Through the command an administrator runs.
        for (const QStringList &args : {QStringList{QStringLiteral("db"), QStringLiteral("copy"), source, pg},
                                        QStringList{QStringLiteral("db"), QStringLiteral("copy"), pg, back}}) {
            QProcess cli;
            cli.start(test::adminProgram(), args);
            QVERIFY(cli.waitForFinished(120000));
            const QByteArray output = cli.readAllStandardOutput();
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
            QVERIFY(output.contains("identical"));
            QVERIFY(output.contains("incident_history"));
        }
        // A second copy into a server that holds data is refused, naming why.
        QProcess again;
        again.start(test::adminProgram(), {QStringLiteral("db"), QStringLiteral("copy"), source, pg});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 1);
        QVERIFY(again.readAllStandardError().contains("not empty"));

        auto original = GpkgStore::open(source);
        auto server = StoreLocation::parse(pg).open();
        auto copy = GpkgStore::open(back);
        const QVector<TableDigest> d0 = StoreCopy::digest(*original);
        QCOMPARE(StoreCopy::digest(*server), d0);
        QCOMPARE(StoreCopy::digest(*copy), d0);
        for (const TableDigest &d : d0)
            if (d.table != QLatin1String("gd_meta") && d.table != QLatin1String("gd_users"))
                QVERIFY2(d.rows > 0, qPrintable(d.table));
        compareStores(*original, *server);
        compareStores(*original, *copy);
        // The copy is a working database: new ids continue after the copied ones.
        const AdminUnit grid = server->adminUnits(int(AdminLevel::Grid)).at(0);
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = QStringLiteral("security_hazard");
        n.title = QStringLiteral("复制后新增");
        const qint64 id = server->addIncident(n, QStringLiteral("t"));
        QVERIFY(id > original->incidents().size());
        server.reset();
        test::TestBackend::serverExec(QStringLiteral("DROP DATABASE IF EXISTS copy_roundtrip WITH (FORCE)"));
    }
};

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "test_storecopy.moc"
