// GeoPackage → PostgreSQL → GeoPackage gives identical data: every table's
// row count and checksum, and every incident, history row and attachment
// read back through the Store API, field by field. Runs against the test
// server that the ctest fixture starts and stops.
#include "PolygonOps.h"
#include "StoreError.h"
#include "TestBackend.h"

#include <QProcess>
#include <QTemporaryDir>
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

} // namespace

class TestStoreCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTripIsIdentical()
    {
        QVERIFY(m_dir.isValid());
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
        auto server = storelocation::open(pg);
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
