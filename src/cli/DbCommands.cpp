#include "DbCommands.h"
#include "CliCommand.h"
#include "GpkgStore.h"
#include "Migrations.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "StoreError.h"

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
} // namespace

int runDb(const QStringList &args)
{
    const QString usage = QStringLiteral("usage: griddesk-admin db info|migrate PATH\n"
                                         "       griddesk-admin db init|migrate|info --pg \"host=… port=… dbname=… user=…\"");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("info, migrate or init"));
    p.addPositionalArgument(QStringLiteral("path"), QStringLiteral("GeoPackage file"));
    p.addOption({QStringLiteral("pg"), QStringLiteral("PostgreSQL/PostGIS server (libpq connection string)"),
                 QStringLiteral("conninfo")});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
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
