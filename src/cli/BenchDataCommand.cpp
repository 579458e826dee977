#include "BenchDataCommand.h"
#include "BenchData.h"
#include "CliCommand.h"
#include "StoreError.h"

#include <QElapsedTimer>

#include <stdexcept>

namespace griddesk::cli {

namespace {

// A whole number from `min` to `max`, or a message naming the option.
bool number(const QCommandLineParser &p, const QString &option, qint64 min, qint64 max, qint64 *value)
{
    if (!p.isSet(option))
        return true;
    bool ok = false;
    *value = p.value(option).toLongLong(&ok);
    if (ok && *value >= min && *value <= max)
        return true;
    err() << "griddesk-admin: --" << option << " must be a whole number from " << min << " to " << max << "\n";
    return false;
}

} // namespace

int runBenchData(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: griddesk-admin bench-data --scale township|district|city --divisions CSV [--unit CODE]\n"
        "                                 [--incidents N] [--cameras N] [--no-registers] [--seed N] [--force] DST\n"
        "  DST: a .gpkg path (replaced only with --force) or pg:CONNINFO of an empty database");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("destination"), QStringLiteral("a .gpkg path or pg:CONNINFO"));
    p.addOption({QStringLiteral("scale"), QStringLiteral("township, district or city"), QStringLiteral("scale")});
    p.addOption({QStringLiteral("divisions"), QStringLiteral("the division list (level,code,name,parent_code)"),
                 QStringLiteral("csv")});
    p.addOption({QStringLiteral("unit"), QStringLiteral("the township or district (default 石臼街道 or 东港区)"),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("incidents"), QStringLiteral("cases (default: 1,000,000 for the city, in proportion)"),
                 QStringLiteral("n")});
    p.addOption({QStringLiteral("cameras"), QStringLiteral("cameras (default: 50,000 for the city, in proportion)"),
                 QStringLiteral("n")});
    p.addOption({QStringLiteral("no-registers"), QStringLiteral("leave out the houses and residents")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("random seed of the geometry and the registers"), QStringLiteral("n")});
    p.addOption({QStringLiteral("force"), QStringLiteral("replace an existing file")});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    demo::BenchDataOptions o;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("scale"))
        || !p.isSet(QStringLiteral("divisions"))) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    if (!demo::benchScaleFromName(p.value(QStringLiteral("scale")), &o.city.scale)) {
        err() << "griddesk-admin: --scale must be township, district or city, not \"" << p.value(QStringLiteral("scale"))
              << "\"\n";
        return Usage;
    }
    if (p.isSet(QStringLiteral("unit")) && o.city.scale == demo::BenchScale::City) {
        err() << "griddesk-admin: --unit names a township or district; the city scale takes every one\n";
        return Usage;
    }
    qint64 seed = o.city.seed, cameras = -1;
    if (!number(p, QStringLiteral("incidents"), 0, 5000000, &o.incidents)
        || !number(p, QStringLiteral("cameras"), 0, 500000, &cameras)
        || !number(p, QStringLiteral("seed"), 0, 4294967295LL, &seed))
        return Usage;
    o.cameras = int(cameras);
    o.city.seed = unsigned(seed);
    o.city.divisions = p.value(QStringLiteral("divisions"));
    o.city.root = p.value(QStringLiteral("unit"));
    o.households = !p.isSet(QStringLiteral("no-registers"));
    const StoreLocation target = StoreLocation::parse(p.positionalArguments().first());
    QElapsedTimer clock;
    clock.start();
    try {
        const demo::BenchDataSummary s = demo::createBenchData(target, o, p.isSet(QStringLiteral("force")),
            [&](const QString &stage) {
                out() << QStringLiteral("%1 s  %2\n").arg(clock.elapsed() / 1000.0, 6, 'f', 1).arg(stage);
                out().flush();
            });
        out() << "created " << target.describe() << " in " << QString::number(s.seconds, 'f', 1) << " s: "
              << s.districts << " districts, " << s.townships << " townships, " << s.communities << " communities, "
              << s.grids << " grids (" << QString::number(s.meanGridVertices, 'f', 1) << " vertices each on average, "
              << QString::number(s.squareKilometres, 'f', 0) << " square kilometres), " << s.cameras << " cameras, " << s.cases
              << " cases (" << s.openCases << " open) with " << s.history << " history rows, " << s.screenings
              << " screening visits, " << s.houses << " houses, " << s.residents << " residents\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
    } catch (const std::exception &e) {
        err() << "griddesk-admin: " << e.what() << "\n";
    }
    return Failed;
}

} // namespace griddesk::cli
