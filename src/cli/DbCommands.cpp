#include "DbCommands.h"
#include "CliCommand.h"
#include "GpkgStore.h"
#include "Migrations.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgStore.h"
#include "StoreCopy.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace griddesk::cli {

namespace {
// db init|migrate|info on a PostgreSQL/PostGIS server.
int runServer(const QString &action, const QString &conninfo, const QString &usage)
{
    if (action != QLatin1String("init") && action != QLatin1String("migrate") && action != QLatin1String("info")) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    const QString name = QStringLiteral("griddesk-admin-pg");
    int rc = Ok;
    try {
        QSqlDatabase db = pgconnection::open(conninfo, name);
        if (action != QLatin1String("info"))
            pgschema::migrate(db);
        out() << "server: " << pgconnection::describe(conninfo) << "\n"
              << "schema version: " << pgschema::currentVersion(db) << " (this GridDesk: " << migrations::latestVersion()
              << ")\n";
        db.close();
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        rc = Failed;
    }
    QSqlDatabase::removeDatabase(name);
    return rc;
}
void printDigests(const QString &label, const QVector<TableDigest> &digests)
{
    out() << label << "\n";
    for (const TableDigest &d : digests)
        out() << QStringLiteral("  %1 %2 rows  sha256 %3\n").arg(d.table, -20).arg(d.rows, 8).arg(d.checksum.left(16));
}

// The destination store of a copy: a new file (written under a temporary
// name and moved into place only when complete), or an empty server.
std::unique_ptr<Store> openDestination(const StoreLocation &location, bool force, QString *tempPath)
{
    if (location.isServer()) {
        const QString name = QStringLiteral("griddesk-admin-copy");
        {
            QSqlDatabase db = pgconnection::open(location.conninfo(), name);
            pgschema::migrate(db); // sets up an empty server; a current one is left as it is
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return PgStore::open(location.conninfo());
    }
    if (QFileInfo::exists(location.path()) && !force)
        throw StoreError(StoreError::Kind::Invalid,
                         QStringLiteral("%1 already exists; use --force to replace it").arg(location.path()));
    *tempPath = location.path() + QStringLiteral(".part");
    QFile::remove(*tempPath);
    return GpkgStore::create(*tempPath);
}

int runCopy(const StoreLocation &from, const StoreLocation &to, bool force)
{
    QString tempPath;
    try {
        std::unique_ptr<Store> source = from.open();
        CopyReport report;
        {
            // The copy compares both digests before it commits: a copy that
            // differs is never left behind.
            std::unique_ptr<Store> target = openDestination(to, force, &tempPath);
            report = StoreCopy::copy(*source, *target);
        }
        printDigests(QStringLiteral("source: ") + from.describe(), report.source);
        printDigests(QStringLiteral("copy:   ") + to.describe(), report.copy);
        if (!tempPath.isEmpty()) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(to.path() + suffix);
            if (!QFile::rename(tempPath, to.path()))
                throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot move %1 to %2").arg(tempPath, to.path()));
            QFile::remove(tempPath + QStringLiteral("-wal"));
            QFile::remove(tempPath + QStringLiteral("-shm"));
        }
        out() << "identical: every table has the same rows and checksum\n";
        return Ok;
    } catch (const StoreError &e) {
        if (!tempPath.isEmpty())
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(tempPath + suffix);
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace

int runDb(const QStringList &args)
{
    const QString usage = QStringLiteral("usage: griddesk-admin db info|migrate PATH\n"
                                         "       griddesk-admin db init|migrate|info --pg \"host=… port=… dbname=… user=…\"\n"
                                         "       griddesk-admin db copy SRC DST [--force]   (SRC, DST: a .gpkg path or pg:CONNINFO)");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("info, migrate or init"));
    p.addPositionalArgument(QStringLiteral("path"), QStringLiteral("GeoPackage file"));
    p.addOption({QStringLiteral("pg"), QStringLiteral("PostgreSQL/PostGIS server (libpq connection string)"),
                 QStringLiteral("conninfo")});
    p.addOption({QStringLiteral("force"), QStringLiteral("replace an existing destination file")});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.value(0) == QLatin1String("copy")) {
        if (pos.size() != 3) {
            err() << "griddesk-admin: " << usage << "\n";
            return Usage;
        }
        return runCopy(StoreLocation::parse(pos[1]), StoreLocation::parse(pos[2]), p.isSet(QStringLiteral("force")));
    }
    if (p.isSet(QStringLiteral("pg")))
        return runServer(pos.value(0), p.value(QStringLiteral("pg")), usage);
    if (pos.size() != 2 || (pos[0] != QLatin1String("info") && pos[0] != QLatin1String("migrate"))) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    try {
        // Opening migrates forward; "info" opens read-only so it never writes.
        const bool migrate = pos[0] == QLatin1String("migrate");
        auto store = GpkgStore::open(pos[1], migrate ? GpkgStore::Access::ReadWrite : GpkgStore::Access::ReadOnly);
        out() << "database: " << store->location() << "\n"
              << "schema version: " << store->schemaVersion() << " (this GridDesk: " << migrations::latestVersion()
              << ")\n";
        const QVector<AdminUnit> units = store->adminUnits();
        int levels[7] = {};
        for (const AdminUnit &u : units)
            ++levels[int(u.level)];
        out() << "townships: " << levels[4] << ", communities: " << levels[5] << ", grids: " << levels[6] << "\n"
              << "cameras: " << store->cameras().size() << "\n"
              << "incidents: " << store->incidents().size() << "\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace griddesk::cli
