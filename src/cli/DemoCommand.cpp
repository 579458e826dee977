#include "DemoCommand.h"
#include "CliCommand.h"
#include "DemoTownship.h"
#include "StoreError.h"
#include "StorePaths.h"

#include <QFileInfo>

#include <stdexcept>

namespace griddesk::cli {

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("path"), QStringLiteral("GeoPackage to create (default: %1)")
                                                        .arg(storepaths::defaultDatabase()));
    p.addOption({QStringLiteral("force"), QStringLiteral("Replace an existing file")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed for the synthetic geometry"), QStringLiteral("n")});
    p.addOption({QStringLiteral("incidents"), QStringLiteral("Number of incidents (default 500; benchmarks use 100000)"),
                 QStringLiteral("n")});
    if (!parseOrExplain(p, args, QStringLiteral("usage: griddesk-admin demo [PATH] [--force]")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString path = p.positionalArguments().value(0, storepaths::defaultDatabase());
    if (QFileInfo::exists(path) && !p.isSet(QStringLiteral("force"))) {
        err() << "griddesk-admin: " << path << " already exists; use --force to replace it\n";
        return Failed;
    }
    demo::DemoOptions options;
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            err() << "griddesk-admin: --seed must be a non-negative integer\n";
            return Usage;
        }
    }
    if (p.isSet(QStringLiteral("incidents"))) {
        bool ok = false;
        options.incidents = p.value(QStringLiteral("incidents")).toInt(&ok);
        if (!ok || options.incidents < 0 || options.incidents > 5000000) {
            err() << "griddesk-admin: --incidents must be a number from 0 to 5000000\n";
            return Usage;
        }
    }
    try {
        const demo::DemoSummary s = demo::createDemoDatabase(path, options);
        out() << "created " << path << ": 1 township, " << s.communities << " communities, " << s.grids
              << " grids, " << s.cameras << " cameras, " << s.incidents << " incidents (" << s.openIncidents
              << " open), " << s.staff << " grid staff, " << s.registers.residents << " residents in "
              << s.registers.houses << " houses, " << s.registers.disputes << " disputes, " << s.registers.keyPersons
              << " key persons, " << s.registers.organisations << " organisations\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
    } catch (const std::exception &e) {
        err() << "griddesk-admin: " << e.what() << "\n";
    }
    return Failed;
}

} // namespace griddesk::cli
