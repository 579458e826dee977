// griddesk-admin from a shell: bad input gets a message naming the field and a
// non-zero exit; good input writes exactly one incident.
#include "GpkgStore.h"
#include "Migrations.h"
#include "PolygonOps.h"
#include "TestDemo.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {
struct Run {
    int exitCode;
    QProcess::ExitStatus status;
    QString out;
    QString err;
};

Run admin(const QStringList &args)
{
    QProcess p;
    p.start(test::adminProgram(), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    GeoPoint m_inside;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(test::adminProgram()), "GRIDDESK_ADMIN must name the built griddesk-admin");
        m_db = m_dir.filePath(QStringLiteral("cli.gpkg"));
        const Run r = admin({QStringLiteral("demo"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("500 incidents")));
        auto store = GpkgStore::open(m_db);
        m_inside = polygon::centroid(store->adminUnits(int(AdminLevel::Grid)).first().geometry);
    }

    // A password typed at a terminal is not echoed; a deactivated person
    // cannot sign in until reactivated.
    void passwordsAreNotEchoedAndPeopleCanBeDeactivated()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("no script(1) to provide a terminal");
        auto store = GpkgStore::open(m_db);
        const QString township = store->adminUnits(int(AdminLevel::Township)).first().code;
        store.reset();
        const QString secret = QStringLiteral("Secret-pass 2026");
        QProcess tty;
        tty.start(script, {QStringLiteral("-qec"),
                           QStringLiteral("'%1' user add '%2' clerk_tty --role centre_staff --scope %3")
                               .arg(test::adminProgram(), m_db, township),
                           QStringLiteral("/dev/null")});
        QVERIFY(tty.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += tty.readAllStandardOutput()).contains("Password for clerk_tty"), 20000);
        tty.write((secret + QLatin1Char('\n')).toUtf8());
        QVERIFY(tty.waitForFinished(60000));
        seen += tty.readAllStandardOutput();
        QVERIFY2(seen.contains("added clerk_tty"), seen.constData());
        QVERIFY2(!seen.contains(secret.toUtf8()), seen.constData());

        QVERIFY(GpkgStore::open(m_db)->authenticate(QStringLiteral("clerk_tty"), secret));
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("deactivate"), m_db, QStringLiteral("clerk_tty")}).exitCode, 0);
        QVERIFY(!GpkgStore::open(m_db)->authenticate(QStringLiteral("clerk_tty"), secret));
        QVERIFY(admin({QStringLiteral("user"), QStringLiteral("list"), m_db}).out.contains(QStringLiteral("disabled")));
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("activate"), m_db, QStringLiteral("clerk_tty")}).exitCode, 0);
        QVERIFY(GpkgStore::open(m_db)->authenticate(QStringLiteral("clerk_tty"), secret));
        const Run unknown = admin({QStringLiteral("user"), QStringLiteral("deactivate"), m_db, QStringLiteral("nobody_x")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("nobody_x")), qPrintable(unknown.err));
    }

    void addsAnIncident()
    {
        const Run r = admin({QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--lon"), QString::number(m_inside.x, 'f', 8), QStringLiteral("--lat"),
                             QString::number(m_inside.y, 'f', 8), QStringLiteral("--category"),
                             QStringLiteral("labour_dispute"), QStringLiteral("--title"), QStringLiteral("拖欠工资")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("added incident E")));
        auto store = GpkgStore::open(m_db);
        QCOMPARE(store->incidents().size(), 501);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString lon = QString::number(m_inside.x, 'f', 8);
        const QString lat = QString::number(m_inside.y, 'f', 8);
        QTest::newRow("unknown category") << QStringList{"--lon", lon, "--lat", lat, "--category", "ufo"} << 1 << "category";
        QTest::newRow("outside township") << QStringList{"--lon", "121.0", "--lat", lat, "--category", "petition"} << 1 << "lon/lat";
        QTest::newRow("lon not a number") << QStringList{"--lon", "east", "--lat", lat, "--category", "petition"} << 2 << "--lon";
        QTest::newRow("missing lat") << QStringList{"--lon", lon, "--category", "petition"} << 2 << "--lat";
        QTest::newRow("missing category") << QStringList{"--lon", lon, "--lat", lat} << 2 << "--category";
        QTest::newRow("bad source") << QStringList{"--lon", lon, "--lat", lat, "--category", "petition", "--source", "pigeon"} << 2 << "--source";
    }
    void rejectsBadInput()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const int before = GpkgStore::open(m_db)->incidents().size();
        const Run r = admin(QStringList{QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--db"), m_db} + extra);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(GpkgStore::open(m_db)->incidents().size(), before);
    }

    void badDatabasesGetMessages()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.gpkg"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage garbage garbage");
        f.close();
        Run r = admin({QStringLiteral("db"), QStringLiteral("info"), junk});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(junk), qPrintable(r.err));

        r = admin({QStringLiteral("db"), QStringLiteral("info"), m_dir.filePath(QStringLiteral("missing.gpkg"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not found")));

        r = admin({QStringLiteral("demo"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("--force")));

        r = admin({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command")));
    }

    void administratorConfiguresTheLoop()
    {
        const QString db = QStringLiteral("--db");
        Run r = admin({QStringLiteral("category"), QStringLiteral("limits"), QStringLiteral("petition"), QStringLiteral("--case-days"),
                       QStringLiteral("40"), QStringLiteral("--handle-days"), QStringLiteral("30"), db, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(GpkgStore::open(m_db)->timeLimits(QStringLiteral("petition")).caseDays, 40);
        r = admin({QStringLiteral("category"), QStringLiteral("limits"), QStringLiteral("petition"), QStringLiteral("--handle-days"),
                   QStringLiteral("99"), db, m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("handle_days")));
        QCOMPARE(GpkgStore::open(m_db)->timeLimits(QStringLiteral("petition")).handleDays, 30);

        r = admin({QStringLiteral("department"), QStringLiteral("set"), QStringLiteral("grid_station"), QStringLiteral("--name-zh"),
                   QStringLiteral("网格工作站"), db, m_db});
        QCOMPARE(r.exitCode, 0);
        r = admin({QStringLiteral("routing"), QStringLiteral("set"), QStringLiteral("petition"), QStringLiteral("grid_station"), db, m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(GpkgStore::open(m_db)->suggestDepartment(QStringLiteral("petition"), QString()), QStringLiteral("grid_station"));
        r = admin({QStringLiteral("routing"), QStringLiteral("set"), QStringLiteral("petition"), QStringLiteral("nobody"), db, m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("department")));

        r = admin({QStringLiteral("setting"), QStringLiteral("set"), QStringLiteral("escalation_grace_days"), QStringLiteral("4"), db, m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(GpkgStore::open(m_db)->escalationSettings().graceWorkingDays, 4);
        r = admin({QStringLiteral("setting"), QStringLiteral("set"), QStringLiteral("escalation_grace_days"), QStringLiteral("31"), db, m_db});
        QCOMPARE(r.exitCode, 1);

        // A calendar file with a bad line is refused whole; a good one replaces the old.
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("2027-01-01,holiday,元旦\n2027-02-30,holiday,x\n");
        f.close();
        r = admin({QStringLiteral("calendar"), QStringLiteral("import"), bad, db, m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("row 2")));
        QCOMPARE(GpkgStore::open(m_db)->calendar().years(), (QVector<int>{2026, 2027}));
        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("2028-01-03,holiday,元旦\n");
        g.close();
        r = admin({QStringLiteral("calendar"), QStringLiteral("import"), good, db, m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(GpkgStore::open(m_db)->calendar().years(), QVector<int>{2028});

        r = admin({QStringLiteral("monitor"), db, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("supervised ")));
    }

    // A case's history on the command line: the monitor's notes (codes in
    // the database) read as text.
    void historyRendersSystemNotes()
    {
        auto store = GpkgStore::open(m_db);
        QString code;
        for (const Incident &i : store->incidents())
            if (i.escalations > 0 && code.isEmpty())
                code = i.code;
        QVERIFY(!code.isEmpty());
        store.reset();
        Run r = admin({QStringLiteral("incident"), QStringLiteral("history"), code, QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(": escalated to the ")) && r.out.contains(QStringLiteral("Time-limit monitor")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("{\"code\"")), qPrintable(r.out));
        r = admin({QStringLiteral("incident"), QStringLiteral("history"), QStringLiteral("E19990101-0001"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("E19990101-0001")));
    }

    void infoReportsContents()
    {
        const Run r = admin({QStringLiteral("db"), QStringLiteral("info"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("grids: ")));
        QVERIFY(r.out.contains(QStringLiteral("schema version: %1").arg(migrations::latestVersion())));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "test_admin_cli.moc"
