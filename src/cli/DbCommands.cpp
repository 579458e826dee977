#include "DbCommands.h"
#include "CliCommand.h"
#include "GpkgStore.h"
#include "Migrations.h"
#include "StoreError.h"

namespace griddesk::cli {

int runDb(const QStringList &args)
{
    const QString usage = QStringLiteral("usage: griddesk-admin db info|migrate PATH");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("info or migrate"));
    p.addPositionalArgument(QStringLiteral("path"), QStringLiteral("GeoPackage file"));
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
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
