// griddesk-admin from a shell: bad input gets a message naming the field and a
// non-zero exit; good input writes exactly one incident.
#include "AdminRun.h"
#include "GpkgStore.h"
#include "KpiEngine.h"
#include "MeetingAgenda.h"
#include "Migrations.h"
#include "PolygonOps.h"
#include "TestDemo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

using test::admin;
using Run = test::AdminRun;

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

    // The demo's residents: each grid 600 to 3,000, a community and the
    // township the sums of their grids.
    void demoHasPopulations()
    {
        auto store = GpkgStore::open(m_db);
        QHash<QString, qint64> sums;
        for (const AdminUnit &g : store->adminUnits(int(AdminLevel::Grid))) {
            QVERIFY2(g.population >= 600 && g.population <= 3000, qPrintable(g.code));
            sums[g.parentCode] += g.population;
        }
        qint64 township = 0;
        for (const AdminUnit &c : store->adminUnits(int(AdminLevel::Community))) {
            QCOMPARE(c.population, sums.value(c.code));
            township += c.population;
        }
        QCOMPARE(store->adminUnits(int(AdminLevel::Township)).first().population, township);
    }

    // A joint meeting from the shell: stored with the agenda the console
    // would build, listed, its agenda printed with reasons; bad input named.
    void meetingFromTheShell()
    {
        Run r = admin({QStringLiteral("meeting"), QStringLiteral("new"), QStringLiteral("--at"),
                       QStringLiteral("2031-03-03T09:00"), QStringLiteral("--chair"), QStringLiteral("王镇长"),
                       QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("LY-20310303-01\t2031-03-03 09:00\t60 min\t王镇长")), qPrintable(r.out));
        auto store = GpkgStore::open(m_db);
        const Meeting m = *store->meeting(store->meetings().first().id);
        QVERIFY(!m.agenda.isEmpty());
        const QVector<AgendaItem> again = MeetingAgenda(*store).build(m.townshipCode, m.heldAt, m.id);
        QCOMPARE(m.agenda.size(), again.size());
        for (int i = 0; i < again.size(); ++i)
            QCOMPARE(m.agenda.at(i).key(), again.at(i).key());
        QVERIFY(r.out.contains(QStringLiteral("%1 items, %2 of 60 minutes planned").arg(m.agenda.size()).arg(m.plannedMinutes())));
        r = admin({QStringLiteral("meeting"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QVERIFY(r.out.contains(QStringLiteral("LY-20310303-01\t2031-03-03 09:00\t60\tplanned")));
        r = admin({QStringLiteral("meeting"), QStringLiteral("agenda"), QStringLiteral("LY-20310303-01"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), m.agenda.size() + 2);
        r = admin({QStringLiteral("meeting"), QStringLiteral("agenda"), QStringLiteral("LY-19990101-01"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no meeting LY-19990101-01")));
        r = admin({QStringLiteral("meeting"), QStringLiteral("new"), QStringLiteral("--at"), QStringLiteral("next monday"),
                   QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--at")));
        r = admin({QStringLiteral("meeting"), QStringLiteral("new"), QStringLiteral("--length"), QStringLiteral("5"),
                   QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("10 to 480 minutes")), qPrintable(r.err));
        r = admin({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("code\tstate")));
    }

    // A unit's population from the shell, and the errors named: unknown
    // unit, not a number, negative.
    void setsPopulations()
    {
        const QString grid = GpkgStore::open(m_db)->adminUnits(int(AdminLevel::Grid)).last().code;
        const QString db = QStringLiteral("--db");
        const QString set = QStringLiteral("set-population");
        Run r = admin({QStringLiteral("unit"), set, grid, QStringLiteral("1500"), db, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(grid) && r.out.contains(QStringLiteral("population 1500")), qPrintable(r.out));
        QCOMPARE(GpkgStore::open(m_db)->adminUnit(grid)->population, qint64(1500));
        r = admin({QStringLiteral("unit"), QStringLiteral("list"), db, m_db, QStringLiteral("--level"), QStringLiteral("grid")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1\tgrid\t1500\t").arg(grid)), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("\tcommunity\t")));

        struct Bad {
            QStringList args;
            int exitCode;
            QString says;
        };
        const Bad bad[] = {
            {{set, QStringLiteral("999999999999"), QStringLiteral("100")}, 1, QStringLiteral("999999999999")},
            {{set, grid, QStringLiteral("many")}, 2, QStringLiteral("\"many\" is not a whole number")},
            {{set, grid, QStringLiteral("12.5")}, 2, QStringLiteral("not a whole number")},
            {{set, grid, QStringLiteral("-5")}, 2, QStringLiteral("-5 is negative")},
            {{set, grid}, 2, QStringLiteral("usage")},
            {{QStringLiteral("list"), QStringLiteral("--level"), QStringLiteral("street")}, 2, QStringLiteral("street")},
        };
        for (const Bad &b : bad) {
            r = admin(QStringList{QStringLiteral("unit")} + b.args + QStringList{db, m_db});
            QVERIFY2(r.exitCode == b.exitCode, qPrintable(b.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(b.says), qPrintable(r.err));
        }
        QCOMPARE(GpkgStore::open(m_db)->adminUnit(grid)->population, qint64(1500));
        // 0: not known.
        r = admin({QStringLiteral("unit"), set, grid, QStringLiteral("0"), db, m_db});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("not known")), qPrintable(r.out + r.err));
        QCOMPARE(GpkgStore::open(m_db)->adminUnit(grid)->population, qint64(0));
    }

    // Bulletins from a shell: by units and by WKT, listed with their state,
    // withdrawn by code; bad input names the field and writes nothing.
    void publishesListsAndWithdrawsBulletins()
    {
        auto store = GpkgStore::open(m_db);
        const AdminUnit community = store->adminUnits(int(AdminLevel::Community)).first();
        const GeoPoint c = polygon::centroid(store->adminUnits(int(AdminLevel::Grid)).last().geometry);
        store.reset();
        const QString db = QStringLiteral("--db");
        const QStringList common = {QStringLiteral("--level"), QStringLiteral("orange"), QStringLiteral("--title"),
                                    QStringLiteral("夜间盗窃"), QStringLiteral("--text"), QStringLiteral("锁好门窗"),
                                    QStringLiteral("--from"), QStringLiteral("now"), QStringLiteral("--to"),
                                    QStringLiteral("2099-01-01T08:00"), db, m_db};
        Run r = admin(QStringList{QStringLiteral("bulletin"), QStringLiteral("publish"), QStringLiteral("--units"), community.code}
                      + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString code = r.out.section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(code.startsWith(QStringLiteral("YJ-")) && r.out.contains(community.code), qPrintable(r.out));
        const QString wkt = QStringLiteral("POLYGON((%1 %2, %3 %2, %3 %4, %1 %2))")
                                .arg(c.x - 0.0003, 0, 'f', 6).arg(c.y - 0.0003, 0, 'f', 6).arg(c.x + 0.0003, 0, 'f', 6).arg(c.y + 0.0003, 0, 'f', 6);
        r = admin(QStringList{QStringLiteral("bulletin"), QStringLiteral("publish"), QStringLiteral("--wkt"), wkt} + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        struct Bad {
            QStringList args;
            int exitCode;
            QString says;
        };
        const Bad bad[] = {
            {{QStringLiteral("--level"), QStringLiteral("purple")}, 2, QStringLiteral("level: \"purple\"")},
            {{QStringLiteral("--from"), QStringLiteral("tomorrow")}, 2, QStringLiteral("from: \"tomorrow\"")},
            {{QStringLiteral("--wkt"), QStringLiteral("POINT(1 2)")}, 2, QStringLiteral("wkt:")},
            {{QStringLiteral("--units"), QStringLiteral("999999999999")}, 1, QStringLiteral("units: \"999999999999\"")},
            {{QStringLiteral("--title"), QString()}, 1, QStringLiteral("title:")},
            {{QStringLiteral("--to"), QStringLiteral("2020-01-01T00:00")}, 1, QStringLiteral("valid_to:")},
        };
        for (const Bad &b : bad) {
            QStringList args = common;
            for (int i = 0; i < b.args.size(); i += 2) {
                const int at = args.indexOf(b.args[i]);
                if (at >= 0)
                    args[at + 1] = b.args[i + 1];
                else
                    args << b.args[i] << b.args[i + 1];
            }
            if (!args.contains(QStringLiteral("--units")) && !args.contains(QStringLiteral("--wkt")))
                args << QStringLiteral("--units") << community.code;
            r = admin(QStringList{QStringLiteral("bulletin"), QStringLiteral("publish")} + args);
            QVERIFY2(r.exitCode == b.exitCode, qPrintable(b.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(b.says), qPrintable(r.err));
        }
        QCOMPARE(GpkgStore::open(m_db)->bulletins().size(), 2);

        r = admin({QStringLiteral("bulletin"), QStringLiteral("withdraw"), code, db, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = admin({QStringLiteral("bulletin"), QStringLiteral("list"), QStringLiteral("--active"), db, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(code));
        QCOMPARE(r.out.count(QStringLiteral("\tactive\t")), 1);
        r = admin({QStringLiteral("bulletin"), QStringLiteral("list"), db, m_db});
        QVERIFY2(r.out.contains(code + QStringLiteral("\torange\twithdrawn\t")), qPrintable(r.out));
        r = admin({QStringLiteral("bulletin"), QStringLiteral("withdraw"), QStringLiteral("YJ-00000000-99"), db, m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("YJ-00000000-99")));
    }

    void infoReportsContents()
    {
        const Run r = admin({QStringLiteral("db"), QStringLiteral("info"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("grids: ")));
        QVERIFY(r.out.contains(QStringLiteral("schema version: %1").arg(migrations::latestVersion())));
    }

    // `kpi` prints the engine's figures for a unit and its children: every
    // KPI's value, numerator, denominator, sample, sufficiency and changes.
    void kpiPrintsTheEnginesFigures()
    {
        auto store = GpkgStore::open(m_db);
        const QString township = store->adminUnits(int(AdminLevel::Township)).first().code;
        // The last whole month: its figures are final, so the command and this
        // test count the same whatever second each runs.
        const KpiPeriod period = KpiPeriod::containing(KpiPeriod::Kind::Month, QDate::currentDate()).previous();
        const QDateTime asOf = QDateTime::currentDateTimeUtc();
        const KpiEngine engine(store->kpiUnits(), store->assessmentSettings());
        const QDateTime from = period.sameLastYear().from().addDays(-120);
        const QVector<KpiCase> cases = store->kpiCases(from, period.to());
        const KpiActivity activity = store->kpiActivity(from, std::max(period.to(), period.weeksTo()));
        const KpiTable now = engine.compute(cases, activity, period, asOf);
        const KpiTable before = engine.compute(cases, activity, period.previous(), asOf);
        const KpiTable yearAgo = engine.compute(cases, activity, period.sameLastYear(), asOf);
        store.reset();

        const Run r = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--unit"), township,
                             QStringLiteral("--period"), period.key(), QStringLiteral("--children"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("unit_code,unit_name,level,kpi,value,numerator,denominator,sample,"
                                               "sufficient,change_vs_previous,change_vs_last_year"));
        QSet<QString> units;
        int closed = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            QCOMPARE(f.size(), 11);
            Kpi k;
            QVERIFY2(kpi::fromCode(f.at(3), &k), qPrintable(line));
            units.insert(f.at(0));
            const KpiFigure want = now.figure(f.at(0), k);
            QCOMPARE(f.at(4).isEmpty(), !want.value.has_value());
            if (want.value)
                QVERIFY2(qAbs(f.at(4).toDouble() - *want.value) < 1e-9, qPrintable(line));
            QCOMPARE(f.at(5).toLongLong(), want.numerator);
            if (kpi::isRatio(k))
                QCOMPARE(f.at(6).toLongLong(), want.denominator);
            QCOMPARE(f.at(7).toLongLong(), want.sample);
            QCOMPARE(f.at(8), want.sufficient ? QStringLiteral("true") : QStringLiteral("false"));
            const auto prev = kpiChange(want, before.figure(f.at(0), k));
            const auto year = kpiChange(want, yearAgo.figure(f.at(0), k));
            QCOMPARE(f.at(9).isEmpty(), !prev.has_value());
            QCOMPARE(f.at(10).isEmpty(), !year.has_value());
            if (prev)
                QVERIFY(qAbs(f.at(9).toDouble() - *prev) < 1e-9);
            if (k == Kpi::ClosureRate && f.at(0) == township)
                closed = int(f.at(5).toLongLong());
        }
        // The township and its communities, every KPI each.
        QVERIFY(units.contains(township));
        QVERIFY(units.size() > 1);
        QCOMPARE(lines.size() - 1, units.size() * kpi::all().size());
        QVERIFY2(closed > 0, "the demo closes cases every month");

        // The same in JSON, and a readable table in Chinese by default.
        const Run json = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--unit"), township,
                                QStringLiteral("--period"), period.key(), QStringLiteral("--format"),
                                QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("period")).toString(), period.key());
        const QJsonArray figures = doc.value(QStringLiteral("units")).toArray().first().toObject()
                                       .value(QStringLiteral("figures")).toArray();
        QCOMPARE(figures.size(), kpi::all().size());
        const QJsonObject closure = figures.at(kpi::all().indexOf(Kpi::ClosureRate)).toObject();
        QCOMPARE(closure.value(QStringLiteral("numerator")).toInt(), closed);
        QCOMPARE(closure.value(QStringLiteral("name")).toString(), QStringLiteral("结案率"));
        const Run table = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--unit"), township,
                                 QStringLiteral("--period"), period.key()});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QStringLiteral("按期结案率")), qPrintable(table.out));
    }

    void kpiRefusesBadInputByName()
    {
        const Run unknown = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--unit"),
                                   QStringLiteral("371102999999"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                   QStringLiteral("--language"), QStringLiteral("en")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("371102999999")), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
        QString why;
        QVERIFY(!KpiPeriod::parse(QStringLiteral("2026-13"), &why));
        const Run badPeriod = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--unit"),
                                     QStringLiteral("371102999999"), QStringLiteral("--period"),
                                     QStringLiteral("2026-13"), QStringLiteral("--language"), QStringLiteral("en")});
        QCOMPARE(badPeriod.exitCode, 2);
        QVERIFY2(badPeriod.err.contains(QStringLiteral("--period")) && badPeriod.err.contains(why),
                 qPrintable(badPeriod.err));
        const Run noUnit = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                                  QStringLiteral("2026-11")});
        QCOMPARE(noUnit.exitCode, 2);
        QVERIFY(noUnit.err.contains(QStringLiteral("--unit is required")));
        const Run badFormat = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--unit"),
                                     QStringLiteral("x"), QStringLiteral("--period"), QStringLiteral("2026-11"),
                                     QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains(QStringLiteral("--format")));
    }

    // --xlsx writes the workbook GDAL reads; a folder that cannot take it gets no file and a reason.
    void kpiWritesTheWorkbook()
    {
        auto store = GpkgStore::open(m_db);
        const QString township = store->adminUnits(int(AdminLevel::Township)).first().code;
        store.reset();
        const QString xlsx = m_dir.filePath(QStringLiteral("kpi.xlsx"));
        const Run r = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--unit"), township,
                             QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--xlsx"), xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(xlsx));
        QProcess ogrinfo;
        ogrinfo.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-q"), xlsx});
        QVERIFY(ogrinfo.waitForFinished(60000));
        const QString sheets = QString::fromUtf8(ogrinfo.readAllStandardOutput());
        QVERIFY2(sheets.contains(QStringLiteral("指标汇总")) && sheets.contains(QStringLiteral("预警")), qPrintable(sheets));

        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/kpi.xlsx"));
        const Run failed = admin({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--unit"), township,
                                  QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--xlsx"),
                                  missing, QStringLiteral("--language"), QStringLiteral("en")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("kpi.xlsx")) && failed.err.contains(QStringLiteral("does not exist")),
                 qPrintable(failed.err));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "test_admin_cli.moc"
