#include "GpkgStore.h"
#include "Migrations.h"
#include "SqlHelpers.h"
#include "SqliteHandle.h"
#include "SqliteSpatialFunctions.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace griddesk {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("griddesk-gpkg-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString &path, QString *reason)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *reason = f.errorString();
        return false;
    }
    const QByteArray head = f.read(16);
    if (f.size() == 0)
        return true; // an empty file is a new SQLite database, caught by the schema check
    if (head != QByteArray("SQLite format 3\0", 16)) {
        *reason = QStringLiteral("the file does not start with a SQLite header");
        return false;
    }
    return true;
}

} // namespace

QSqlDatabase GpkgStore::openConnection(const QString &path, const QString &name, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Kind::NotFound, tr("Database file not found: %1").arg(path));
    if (!info.isFile())
        throw StoreError(StoreError::Kind::NotADatabase, tr("Not a file: %1").arg(path));
    QString reason;
    if (!looksLikeSqlite(path, &reason))
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a GeoPackage database (%2)").arg(path, reason));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(StoreError::Kind::Io, tr("Cannot open %1: %2").arg(path, err));
    }
    // No memory-mapped reads: every page a connection touches through a map
    // counts in the console's resident memory, once per connection (on a
    // city's file 200-300 MB more while the opening's reads run); read calls
    // go through the system's page cache and keep a connection's pages to its
    // own small cache.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size = 0"));
    // The WAL files persist (see keepWalFiles); keep the log itself short
    // after each checkpoint, or every new connection scans all of it.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_size_limit = 4194304"));
    if (!sqlitespatial::registerFunctions(db) || !sqlitehandle::keepWalFiles(db)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(StoreError::Kind::Io,
                         tr("Cannot register spatial SQL functions on %1: the Qt SQLite driver does not use the "
                            "system SQLite library").arg(path));
    }
    return db;
}

std::unique_ptr<Store> GpkgStore::open(const QString &path, Access access)
{
    const QString name = newConnectionName();
    openConnection(path, name, access); // the store takes the connection over by name
    auto store = std::make_unique<Store>(std::make_unique<SqlSession>(path, name, SqlDialect(SqlDialect::Kind::Sqlite)));
    int version = 0;
    try {
        version = migrations::currentVersion(store->database());
    } catch (const StoreError &e) {
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is damaged or is not a GeoPackage (%2)").arg(path, e.message()));
    }
    if (version == 0)
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a GridDesk database (it has no gd_meta table with a schema version)").arg(path));
    if (version > migrations::latestVersion())
        throw StoreError(StoreError::Kind::SchemaTooNew,
                         tr("%1 has schema version %2, but this GridDesk supports versions up to %3. "
                            "Install a newer GridDesk to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(migrations::latestVersion()));
    if (version < migrations::latestVersion()) {
        if (access == Access::ReadOnly)
            throw StoreError(StoreError::Kind::Invalid,
                             tr("%1 has an older schema (version %2) and must be upgraded; open it for writing")
                                 .arg(path)
                                 .arg(version));
        sql::Transaction tx(store->database());
        migrations::migrate(store->database(), version);
        tx.commit();
    }
    if (access == Access::ReadWrite) {
        // Another program (QGIS Desktop, sqlite3) may have switched the
        // journal mode since the file was made; every connection must agree on WAL.
        QSqlQuery mode = sql::exec(store->database(), QStringLiteral("PRAGMA journal_mode"));
        if (!mode.next() || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            mode.finish();
            sql::execRaw(store->database(), QStringLiteral("PRAGMA journal_mode = WAL"));
        }
        // The change feed only has to reach consoles that poll every fraction
        // of a second; a day of it is plenty, and keeps the table small.
        sql::exec(store->database(), QStringLiteral("DELETE FROM gd_changes WHERE changed_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')"));
    }
    return store;
}

std::unique_ptr<Store> GpkgStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::Invalid, tr("Refusing to overwrite existing file %1").arg(path));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            throw StoreError(StoreError::Kind::Io, tr("Cannot create %1: %2").arg(path, f.errorString()));
    }
    const QString name = newConnectionName();
    openConnection(path, name, Access::ReadWrite);
    auto store = std::make_unique<Store>(std::make_unique<SqlSession>(path, name, SqlDialect(SqlDialect::Kind::Sqlite)));
    // The journal mode is chosen once, here, and never switched afterwards:
    // GDAL/QGIS readers stay consistent when every connection agrees on WAL.
    sql::execRaw(store->database(), QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::Transaction tx(store->database());
    migrations::migrate(store->database(), 0);
    tx.commit();
    return store;
}

} // namespace griddesk
