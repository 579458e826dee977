#include "BoundaryCommands.h"
#include "CliCommand.h"
#include "StoreError.h"
#include "StoreLocation.h"
#include "boundaries/BoundaryCrs.h"
#include "boundaries/BoundaryImport.h"
#include "boundaries/BoundaryReader.h"
#include "boundaries/BoundaryWriter.h"
#include "topology/TopologyText.h"

#include <QFileInfo>

namespace griddesk::cli {

namespace {

using namespace griddesk::boundaries;

const char kImportUsage[] =
    "usage: griddesk-admin units import-boundaries FILE --level township|community|grid [--code-field F]\n"
    "           [--name-field F] [--parent-field F] [--encoding E] [--crs EPSG:n] [--override TEXT]\n"
    "           [--tolerance M2] [--language zh_CN|en] [--db LOCATION]\n"
    "FILE is a Shapefile (.shp; its .cpg gives the text encoding, or --encoding GBK|GB18030|... when it\n"
    "has none), a GeoJSON or a GeoPackage file (its first layer) in EPSG:4490, a CGCS2000 Gauss-Kruger\n"
    "zone (EPSG:4513-4554) or WGS84 (EPSG:4326), converted to EPSG:4490.\n"
    "The code, name and parent fields are found by name (code/编码/代码, name/名称, parent/上级编码)\n"
    "unless given; without a parent field the parent comes from the code. Stored units take the file's\n"
    "boundary, new codes become units. The grid topology check runs on the communities the file touches;\n"
    "problems the import brings (not those already there) refuse it unless an administrator gives\n"
    "--override with a justification, which is recorded. --crs, when given, is the file's CRS.\n"
    "Exits 0 when written, 3 when refused for topology problems, 1 when the file or the database\n"
    "is at fault (nothing written), 2 for a usage error.\n"
    "--db takes a .gpkg path or pg:CONNINFO.";

const char kExportUsage[] =
    "usage: griddesk-admin units export-boundaries FILE [--level township|community|grid]\n"
    "           [--format shp|geojson|gpkg] [--crs EPSG:n] [--encoding E] [--db LOCATION]\n"
    "Writes the boundaries (code, name, parent, level) of one level, or of townships, communities and\n"
    "grids, to a Shapefile (with a .cpg; UTF-8 unless --encoding GBK or another), a GeoJSON file\n"
    "(RFC 7946: always WGS84) or a GeoPackage, in EPSG:4490 unless --crs names a Gauss-Kruger zone\n"
    "(EPSG:4513-4554) or WGS84 (EPSG:4326). The format follows FILE's suffix unless --format says.\n"
    "--db takes a .gpkg path or pg:CONNINFO.";

// township, community or grid; 0 (with the reason printed) for anything else.
int levelOption(const QCommandLineParser &p)
{
    const QString text = p.value(QStringLiteral("level"));
    for (AdminLevel l : {AdminLevel::Township, AdminLevel::Community, AdminLevel::Grid})
        if (text == adminLevelCode(l))
            return int(l);
    err() << "griddesk-admin: --level: \"" << text << "\" is not township, community or grid\n";
    return 0;
}

// The encoding of --encoding, or `fallback`; null (with the reason printed) when it is not known.
QString encodingOption(const QCommandLineParser &p, const QString &fallback)
{
    if (!p.isSet(QStringLiteral("encoding")))
        return fallback;
    QString error;
    const QString name = BoundaryReader::encodingName(p.value(QStringLiteral("encoding")), &error);
    if (name.isEmpty())
        err() << "griddesk-admin: --encoding: " << error << "\n";
    return name.isEmpty() ? QString() : name;
}

void printProblems(QTextStream &to, const QVector<topology::TopologyProblem> &problems)
{
    for (const topology::TopologyProblem &problem : problems)
        to << topology::TopologyText::kindName(problem.kind) << "\t" << topology::TopologyText::location(problem) << "\t"
           << topology::TopologyText::describe(problem) << "\n";
}

} // namespace

int runImportBoundaries(const QStringList &args)
{
    const QString usage = QString::fromUtf8(kImportUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("import-boundaries"), QStringLiteral("import-boundaries"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Shapefile, GeoJSON or GeoPackage file"));
    addDbOption(p);
    p.addOptions({{QStringLiteral("level"), QStringLiteral("township, community or grid"), QStringLiteral("level")},
                  {QStringLiteral("code-field"), QStringLiteral("Field with the code"), QStringLiteral("field")},
                  {QStringLiteral("name-field"), QStringLiteral("Field with the name"), QStringLiteral("field")},
                  {QStringLiteral("parent-field"), QStringLiteral("Field with the parent's code"), QStringLiteral("field")},
                  {QStringLiteral("encoding"), QStringLiteral("Text encoding of a Shapefile without .cpg"),
                   QStringLiteral("encoding")},
                  {QStringLiteral("crs"), QStringLiteral("CRS of a file that does not say it"), QStringLiteral("EPSG:n")},
                  {QStringLiteral("override"), QStringLiteral("Import despite topology problems, for this reason"),
                   QStringLiteral("justification")},
                  {QStringLiteral("tolerance"), QStringLiteral("Largest uncovered area that is not a gap, in m²"),
                   QStringLiteral("m2"), QStringLiteral("1")},
                  {QStringLiteral("language"), QStringLiteral("zh_CN or en"), QStringLiteral("lang"), systemLanguage()}});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !p.isSet(QStringLiteral("level"))) {
        err() << "griddesk-admin: " << (pos.size() != 2 ? "give one FILE" : "--level is required") << "\n" << usage << "\n";
        return Usage;
    }
    BoundaryReadOptions options;
    const int level = levelOption(p);
    options.sourceEpsg = crsOption(p);
    options.encoding = encodingOption(p, QString());
    if (!level || options.sourceEpsg < 0 || (p.isSet(QStringLiteral("encoding")) && options.encoding.isEmpty()))
        return Usage;
    options.level = static_cast<AdminLevel>(level);
    options.codeField = p.value(QStringLiteral("code-field"));
    options.nameField = p.value(QStringLiteral("name-field"));
    options.parentField = p.value(QStringLiteral("parent-field"));
    topology::TopologyOptions check;
    bool ok = false;
    check.gapToleranceM2 = p.value(QStringLiteral("tolerance")).toDouble(&ok);
    if (!ok || !(check.gapToleranceM2 >= 0.0) || check.gapToleranceM2 > 1e9) {
        err() << "griddesk-admin: --tolerance: \"" << p.value(QStringLiteral("tolerance"))
              << "\" is not an area in square metres (0 or more)\n";
        return Usage;
    }
    const QString justification = p.value(QStringLiteral("override")).trimmed();
    if (p.isSet(QStringLiteral("override")) && justification.isEmpty()) {
        err() << "griddesk-admin: --override: give the justification to record\n";
        return Usage;
    }
    if (!installLanguage(p.value(QStringLiteral("language")))) {
        err() << "griddesk-admin: --language: \"" << p.value(QStringLiteral("language")) << "\" is not zh_CN or en\n";
        return Usage;
    }
    try {
        const BoundarySet set = BoundaryReader::read(pos[1], options);
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        const BoundaryImport::Outcome done = BoundaryImport(*store, check).run(set, justification);
        const auto before = done.check.problems.size() - done.problems.size();
        if (!done.written) {
            printProblems(err(), done.problems);
            err() << "griddesk-admin: " << pos[1] << ": " << done.problems.size()
                  << " topology problem(s) this import would bring; refused, nothing was written (an administrator "
                     "may --override with a justification)\n";
            return ProblemsFound;
        }
        if (done.overridden)
            printProblems(out(), done.problems);
        out() << pos[1] << ": " << set.features.size() << " features (EPSG:" << set.sourceEpsg << "); " << done.added
              << " units added, " << done.updated << " boundaries changed, " << done.unchanged << " unchanged; "
              << topology::TopologyText::summary(done.check);
        if (before > 0)
            out() << " (" << before << " there before the import)";
        out() << (done.overridden ? "; overridden, the justification is recorded" : "") << "\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

int runExportBoundaries(const QStringList &args)
{
    const QString usage = QString::fromUtf8(kExportUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("export-boundaries"), QStringLiteral("export-boundaries"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("File to write"));
    addDbOption(p);
    p.addOptions({{QStringLiteral("level"), QStringLiteral("township, community or grid"), QStringLiteral("level")},
                  {QStringLiteral("format"), QStringLiteral("shp, geojson or gpkg"), QStringLiteral("format")},
                  {QStringLiteral("crs"), QStringLiteral("CRS to write in"), QStringLiteral("EPSG:n")},
                  {QStringLiteral("encoding"), QStringLiteral("Text encoding of a Shapefile"), QStringLiteral("encoding")}});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) {
        err() << "griddesk-admin: give one FILE\n" << usage << "\n";
        return Usage;
    }
    const QString path = pos[1];
    std::optional<BoundaryWriter::Format> format = BoundaryWriter::formatFor(path);
    if (p.isSet(QStringLiteral("format"))) {
        const auto asked = BoundaryWriter::parseFormat(p.value(QStringLiteral("format")));
        if (!asked || (format && *format != *asked)) {
            err() << "griddesk-admin: --format: \"" << p.value(QStringLiteral("format"))
                  << (asked ? "\" does not match the file's suffix\n" : "\" is not shp, geojson or gpkg\n");
            return Usage;
        }
        format = asked;
    }
    if (!format) {
        err() << "griddesk-admin: " << path << ": give a .shp, .geojson or .gpkg name, or --format\n";
        return Usage;
    }
    BoundaryWriter::Options options;
    options.format = *format;
    options.targetEpsg = crsOption(p);
    options.encoding = encodingOption(p, QStringLiteral("UTF-8"));
    const int level = p.isSet(QStringLiteral("level")) ? levelOption(p) : -1;
    if (options.targetEpsg < 0 || options.encoding.isEmpty() || level == 0)
        return Usage;
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        QVector<AdminUnit> units;
        for (AdminLevel l : {AdminLevel::Township, AdminLevel::Community, AdminLevel::Grid})
            if (level < 0 || level == int(l))
                units += store->unitsWithBoundary(int(l));
        if (units.isEmpty()) {
            err() << "griddesk-admin: there are no boundaries of that level to export; nothing was written\n";
            return Failed;
        }
        const int written = BoundaryWriter::write(path, units, options);
        out() << path << ": " << written << " boundaries written\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace griddesk::cli
