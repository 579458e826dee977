#pragma once
// The storage tests run on both backends. GRIDDESK_TEST_BACKEND chooses:
//   gpkg (default)  the demo township in a GeoPackage file in a temporary folder
//   pg              the same township copied into a fresh database on the test
//                   PostgreSQL/PostGIS server named by GRIDDESK_PG (the ctest
//                   fixture starts that server and always stops it)
// Each test case opens its own store on the one prepared database.

#include "GpkgStore.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgStore.h"
#include "StoreCopy.h"
#include "StoreLocation.h"
#include "TestDemo.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace griddesk::test {

class TestBackend
{
public:
    TestBackend() = default;
    TestBackend(const TestBackend &) = delete;
    TestBackend &operator=(const TestBackend &) = delete;
    ~TestBackend() { dropDatabase(); }

    static bool isPg() { return qgetenv("GRIDDESK_TEST_BACKEND") == "pg"; }
    static QString name() { return isPg() ? QStringLiteral("pg") : QStringLiteral("gpkg"); }

    // Prepares the demo township; returns its location (a path or pg:CONNINFO).
    QString createDemo(const QTemporaryDir &dir)
    {
        const QString file = test::createDemo(dir);
        if (!isPg()) {
            m_location = file;
            return m_location;
        }
        newDatabase();
        auto from = GpkgStore::open(file);
        auto to = PgStore::open(conninfo());
        StoreCopy::copy(*from, *to);
        return m_location;
    }

    // A new, empty place for a township: `dir`'s file `name`, or a new
    // database on the test server with its schema set up.
    QString createEmpty(const QTemporaryDir &dir, const QString &name)
    {
        if (isPg())
            newDatabase();
        else
            m_location = dir.filePath(name);
        return m_location;
    }

    // As text, for command lines: the path or pg:CONNINFO.
    QString location() const { return m_location; }
    StoreLocation storeLocation() const { return StoreLocation::parse(m_location); }
    std::unique_ptr<Store> open() const { return storeLocation().open(); }

    // The store as one person sees it: signed in under their own login on a
    // server, or with their password on a file, and limited to their scope;
    // null when the sign-in fails.
    std::unique_ptr<Store> openAs(const QString &login, const QString &password) const
    {
        std::unique_ptr<Store> store;
        std::optional<UserAccount> user;
        if (isPg()) {
            store = PgStore::open(conninfo() + QStringLiteral(" user=%1 password='%2'").arg(login, password));
            user = store->currentUser();
        } else {
            store = open();
            user = store->authenticate(login, password);
        }
        if (!user)
            return nullptr;
        store->limitTo(*user);
        return store;
    }

    // The connection string of the test database (pg only).
    QString conninfo() const
    {
        QString base = QString::fromLocal8Bit(qgetenv("GRIDDESK_PG"));
        base.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + m_database);
        return base;
    }

    // A plain connection outside the Store, to tamper with the data.
    QSqlDatabase rawConnection(const QString &name) const
    {
        if (isPg())
            return pgconnection::open(conninfo(), name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_location);
        db.open();
        return db;
    }

    // Crashes ("crash") or restarts ("resume") the test server through
    // tests/pg/pg_cluster.sh, in the folder the ctest fixture gives.
    static bool controlServer(const QString &command)
    {
        QProcess p;
        p.start(QStringLiteral(GRIDDESK_SOURCE_DIR "/tests/pg/pg_cluster.sh"),
                {command, QString::fromLocal8Bit(qgetenv("GRIDDESK_PG_DIR"))});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("pg_cluster.sh %s: %s", qPrintable(command), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // Runs one statement on the test server's maintenance database.
    static void serverExec(const QString &statement)
    {
        const QString name = QStringLiteral("backend-server");
        {
            QString admin = QString::fromLocal8Bit(qgetenv("GRIDDESK_PG"));
            admin.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=postgres"));
            QSqlDatabase db = pgconnection::open(admin, name);
            QSqlQuery q(db);
            if (!q.exec(statement))
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    void newDatabase()
    {
        m_database = QStringLiteral("gdt_%1_%2")
                         .arg(QCoreApplication::applicationName().toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]"))))
                         .arg(QCoreApplication::applicationPid());
        serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database));
        serverExec(QStringLiteral("CREATE DATABASE %1").arg(m_database));
        m_location = QStringLiteral("pg:") + conninfo();
        {
            QSqlDatabase db = pgconnection::open(conninfo(), QStringLiteral("backend-setup"));
            pgschema::migrate(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backend-setup"));
    }

    void dropDatabase()
    {
        if (!m_database.isEmpty())
            serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        m_database.clear();
    }

    QString m_location;
    QString m_database;
};

} // namespace griddesk::test
