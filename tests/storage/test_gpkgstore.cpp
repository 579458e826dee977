// The GeoPackage file itself: creation, reopening, bad, truncated and corrupt
// files, and schema versions. What the Store does is tested on both backends
// by test_store.
#include "GpkgStore.h"
#include "Migrations.h"
#include "PolygonOps.h"
#include "ScreeningWeek.h"
#include "StoreError.h"
#include "StoreLocation.h"
#include "TestDemo.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

StoreError::Kind openError(const QString &path, QString *message)
{
    try {
        GpkgStore::open(path);
    } catch (const StoreError &e) {
        *message = e.message();
        return e.kind();
    }
    *message = QStringLiteral("(opened)");
    return StoreError::Kind::Io;
}

void rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestGpkgStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = test::createDemo(m_dir);
    }

    void createAndReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.gpkg"));
        {
            auto store = GpkgStore::create(path);
            QCOMPARE(store->schemaVersion(), migrations::latestVersion());
            QCOMPARE(store->categories().size(), categorycatalog::seed().size());
        }
        auto store = GpkgStore::open(path);
        QCOMPARE(store->schemaVersion(), migrations::latestVersion());
        QVERIFY(store->incidents().isEmpty());
        QVERIFY_EXCEPTION_THROWN(GpkgStore::create(path), StoreError);
    }

    // Another program (QGIS Desktop, sqlite3) switched the journal mode:
    // opening the file for writing puts it back to WAL.
    void walIsRestoredOnOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("journal.gpkg"));
        GpkgStore::create(path);
        rawExec(path, QStringLiteral("PRAGMA journal_mode = DELETE"));
        auto store = GpkgStore::open(path);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
    }

    // A location is parsed once; its parts and its text form agree after.
    void locationIsParsedOnce()
    {
        const StoreLocation file = StoreLocation::parse(QStringLiteral("/data/shijiu.gpkg"));
        QCOMPARE(file.kind(), StoreLocation::Kind::GeoPackage);
        QCOMPARE(file.path(), QStringLiteral("/data/shijiu.gpkg"));
        QVERIFY(file.conninfo().isEmpty());
        QCOMPARE(StoreLocation::parse(file.text()), file);

        const StoreLocation server = StoreLocation::parse(QStringLiteral("pg: host=db port=5433 dbname=t user=u password=secret"));
        QVERIFY(server.isServer());
        QCOMPARE(server.conninfo(), QStringLiteral("host=db port=5433 dbname=t user=u password=secret"));
        QVERIFY(server.path().isEmpty());
        QVERIFY(!server.describe().contains(QStringLiteral("secret")));
        QCOMPARE(server.displayName(), QStringLiteral("u@db:5433/t"));
        QCOMPARE(StoreLocation::parse(server.text()), server);
        QCOMPARE(server, StoreLocation::server(server.conninfo()));

        QVERIFY(StoreLocation::parse(QString()).isEmpty());
    }

    void missingFile()
    {
        QString message;
        const QString path = m_dir.filePath(QStringLiteral("nope.gpkg"));
        QCOMPARE(openError(path, &message), StoreError::Kind::NotFound);
        QVERIFY2(message.contains(path), qPrintable(message));
    }

    void corruptFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("this is not a database\n");
        QByteArray garbled("SQLite format 3\0", 16);
        garbled.append(QByteArray(4096, '\x5a'));
        QTest::newRow("garbled after header") << garbled;
    }
    void corruptFiles()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("corrupt.gpkg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QString message;
        QCOMPARE(openError(path, &message), StoreError::Kind::NotADatabase);
        QVERIFY2(message.contains(path), qPrintable(message));
    }

    void truncatedDatabase()
    {
        // A real GridDesk file cut in half: must be refused with a message, not crash.
        QFile src(m_demo);
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray half = src.read(src.size() / 2);
        const QString path = m_dir.filePath(QStringLiteral("half.gpkg"));
        QFile dst(path);
        QVERIFY(dst.open(QIODevice::WriteOnly | QIODevice::Truncate));
        dst.write(half);
        dst.close();
        try {
            auto store = GpkgStore::open(path);
            store->incidents();
            store->adminUnits();
            QFAIL("a truncated database was read without error");
        } catch (const StoreError &e) {
            QVERIFY(!e.message().isEmpty());
        }
    }

    void plainSqliteIsNotGridDesk()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.sqlite"));
        rawExec(path, QStringLiteral("CREATE TABLE t (x)"));
        QString message;
        QCOMPARE(openError(path, &message), StoreError::Kind::NotADatabase);
        QVERIFY(message.contains(QStringLiteral("gd_meta")));
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.gpkg"));
        GpkgStore::create(path);
        rawExec(path, QStringLiteral("UPDATE gd_meta SET value = '%1' WHERE key = 'schema_version'")
                          .arg(migrations::latestVersion() + 1));
        QString message;
        QCOMPARE(openError(path, &message), StoreError::Kind::SchemaTooNew);
        QVERIFY2(message.contains(QString::number(migrations::latestVersion() + 1)), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestGpkgStore)
#include "test_gpkgstore.moc"
