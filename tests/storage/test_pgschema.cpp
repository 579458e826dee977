// The GridDesk schema on a real PostgreSQL/PostGIS server started by the test
// command: `griddesk-admin db init --pg` creates it, geometry is in EPSG:4490,
// history is append-only, and every change raises NOTIFY on "qgis" (which
// QGIS layers refresh on) and "griddesk".
#include "Migrations.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "StoreError.h"
#include "TestDemo.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace griddesk;

class TestPgSchema : public QObject
{
    Q_OBJECT

private:
    QString m_conninfo;
    QSqlDatabase m_db;

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_conninfo = QString::fromLocal8Bit(qgetenv("GRIDDESK_PG"));
        QVERIFY2(!m_conninfo.isEmpty(), "GRIDDESK_PG must name the test server (set by the ctest fixture)");
        QProcess cli;
        cli.start(test::adminProgram(), {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--pg"), m_conninfo});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(cli.readAllStandardOutput().contains("schema version: " + QByteArray::number(migrations::latestVersion())));
        m_db = pgconnection::open(m_conninfo, QStringLiteral("test"));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test"));
    }

    void tablesAndGeometry()
    {
        QCOMPARE(pgschema::currentVersion(m_db), migrations::latestVersion());
        for (const char *t : {"admin_units", "cameras", "incidents", "incident_history", "incident_categories", "departments",
                              "routing_rules", "working_calendar", "attachments", "screening_visits", "gd_changes"})
            QVERIFY2(scalar(QStringLiteral("SELECT to_regclass('public.%1') IS NOT NULL").arg(QString::fromLatin1(t))).toBool(), t);
        QCOMPARE(scalar(QStringLiteral("SELECT srid FROM geometry_columns WHERE f_table_name = 'incidents'")).toInt(), 4490);
        QCOMPARE(scalar(QStringLiteral("SELECT type FROM geometry_columns WHERE f_table_name = 'admin_units'")).toString(),
                 QStringLiteral("MULTIPOLYGON"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM incident_categories")).toInt(), 9);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM departments")).toInt(), 9);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM working_calendar WHERE day = '2026-02-14' AND kind = 'workday'")).toInt() == 1);
        // A second init is a no-op, not an error.
        pgschema::migrate(m_db);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM departments")).toInt(), 9);
    }

    void changesNotifyListeners()
    {
        QSqlDatabase listener = pgconnection::open(m_conninfo, QStringLiteral("listener"));
        {
            QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("qgis")));
            QSignalSpy heard(listener.driver(), qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                                                    &QSqlDriver::notification));
            QSqlQuery q(m_db);
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO admin_units (geom, code, parent_code, name, short_name, level) VALUES "
                         "(ST_Multi(ST_GeomFromText('POLYGON((119.5 35.3,119.6 35.3,119.6 35.4,119.5 35.3))', 4490)), "
                         "'371102002000', '371102000000', '石臼街道', '石臼街道', 4)")),
                     qPrintable(q.lastError().text()));
            QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);
            QCOMPARE(heard.first().at(0).toString(), QStringLiteral("qgis"));
            QCOMPARE(heard.first().at(2).toString(), QStringLiteral("admin_units"));
            QCOMPARE(scalar(QStringLiteral("SELECT op FROM gd_changes ORDER BY seq DESC LIMIT 1")).toString(), QStringLiteral("I"));
        }
        listener.close();
        listener = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("listener"));
    }

    void historyIsAppendOnly()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO incidents (geom, code, category_code, title, source, state, reported_at, grid_code, "
            "community_code, township_code) VALUES (ST_SetSRID(ST_MakePoint(119.53, 35.39), 4490), 'E20260101-0001', "
            "'petition', '测试', 'phone', 'reported', now(), '371102002017001', '371102002017', '371102002000')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO incident_history (incident_id, action, actor, at, state_after) "
                                      "SELECT fid, 'report', 't', now(), 'reported' FROM incidents")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE incident_history SET note = 'x'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM incident_history")));
    }

    void badServersGetMessages()
    {
        try {
            pgconnection::open(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=nobody password=secret connect_timeout=2"),
                               QStringLiteral("bad"));
            QFAIL("connected to a server that is not there");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QStringLiteral("port=1")));
            QVERIFY(!e.message().contains(QStringLiteral("secret"))); // never the password
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bad"));
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "test_pgschema.moc"
