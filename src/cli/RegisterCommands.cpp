#include "RegisterCommands.h"
#include "CliCommand.h"
#include "RegisterExport.h"
#include "RegisterImport.h"
#include "tables/TableSource.h"
#include "Store.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <optional>



namespace griddesk::cli {

namespace {

const char kImportUsage[] =
    "usage: griddesk-admin import|validate REGISTER FILE [--mapping M] [--encoding E] [--crs EPSG:n]\n"
    "           [--layer L] [--x-field F --y-field F] [--valid-only] [--errors FILE] [--save-mapping M]\n"
    "           [--language zh_CN|en] [--db LOCATION]\n"
    "REGISTER: residents, houses, disputes, dispute-parties, key-persons, organisations or work-log.\n"
    "FILE: CSV (UTF-8 or GBK/GB18030, detected; --encoding overrides), XLSX, Shapefile (its .cpg),\n"
    "GeoJSON or GeoPackage, in EPSG:4490, a CGCS2000 Gauss-Kruger zone (EPSG:4513-4554) or WGS84\n"
    "(EPSG:4326). The file's fields are mapped to the register's by name (姓名, 公民身份号码, ...)\n"
    "unless --mapping gives a mapping file (JSON; --save-mapping writes the one used).\n"
    "Every row is checked before anything is written: ID numbers (GB 11643), dates, codes, the grid\n"
    "(by location, by house, or by a 网格编码/网格 field), duplicates in the file and in the register.\n"
    "validate only reports. import writes all rows in one transaction, and refuses the file if any row\n"
    "is bad, unless --valid-only: then the valid rows are written and the others go to an error file in\n"
    "the source's format and encoding (FILE.errors.EXT unless --errors), each with its reasons.\n"
    "Exits 0 when all is well (or written), 3 when bad rows were found, 1 for a file or database\n"
    "error (nothing written), 2 for a usage error.";

const char kExportUsage[] =
    "usage: griddesk-admin export REGISTER FILE [--format csv|xlsx|shp|geojson|gpkg] [--encoding UTF-8|GBK]\n"
    "           [--crs EPSG:n] [--unit CODE] [--search TEXT] [--db LOCATION]\n"
    "Writes a register (or the records of one grid, community or township, or those matching TEXT)\n"
    "with personal data masked. The export is recorded in the audit log.";

bool registerOf(const QString &name, RegisterKind *kind)
{
    if (registerkind::fromCliName(name, kind) && registerkind::importable().contains(*kind))
        return true;
    err() << "griddesk-admin: \"" << name
          << "\" is not a register (residents, houses, disputes, dispute-parties, key-persons, organisations, work-log)\n";
    return false;
}

// Parses the command line and its REGISTER FILE; the exit code when the
// command stops there (help, or a mistake already explained).
std::optional<int> registerAndFile(QCommandLineParser &p, const QStringList &args, const QString &usage, QStringList *pos,
                                   RegisterKind *kind)
{
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    *pos = p.positionalArguments();
    if (pos->size() != 2) {
        err() << "griddesk-admin: give REGISTER and FILE\n" << usage << "\n";
        return Usage;
    }
    if (!registerOf(pos->at(0), kind))
        return Usage;
    return std::nullopt;
}

} // namespace

int runRegisterImport(const QStringList &args, bool write)
{
    const QString usage = QString::fromUtf8(kImportUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("register"), QStringLiteral("Register"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("File to read"));
    addDbOption(p);
    p.addOptions({{QStringLiteral("mapping"), QStringLiteral("Mapping file (JSON)"), QStringLiteral("file")},
                  {QStringLiteral("save-mapping"), QStringLiteral("Write the mapping used"), QStringLiteral("file")},
                  {QStringLiteral("encoding"), QStringLiteral("Text encoding of a CSV or Shapefile"), QStringLiteral("encoding")},
                  {QStringLiteral("crs"), QStringLiteral("CRS of the file's coordinates"), QStringLiteral("EPSG:n")},
                  {QStringLiteral("layer"), QStringLiteral("GeoPackage layer or XLSX sheet"), QStringLiteral("name")},
                  {QStringLiteral("x-field"), QStringLiteral("Field with x (longitude or easting)"), QStringLiteral("field")},
                  {QStringLiteral("y-field"), QStringLiteral("Field with y (latitude or northing)"), QStringLiteral("field")},
                  {QStringLiteral("valid-only"), QStringLiteral("Write the valid rows, the others to an error file")},
                  {QStringLiteral("errors"), QStringLiteral("Error file"), QStringLiteral("file")},
                  {QStringLiteral("progress"), QStringLiteral("Print the rows read so far to stderr every 50,000 rows")},
                  {QStringLiteral("language"), QStringLiteral("zh_CN or en"), QStringLiteral("lang"), systemLanguage()}});
    QStringList pos;
    RegisterKind kind;
    if (const std::optional<int> refused = registerAndFile(p, args, usage, &pos, &kind))
        return *refused;
    if (!installLanguage(p.value(QStringLiteral("language")))) {
        err() << "griddesk-admin: --language: \"" << p.value(QStringLiteral("language")) << "\" is not zh_CN or en\n";
        return Usage;
    }
    ImportOptions options;
    options.read.encoding = p.value(QStringLiteral("encoding"));
    options.read.sourceEpsg = crsOption(p);
    options.read.layer = p.value(QStringLiteral("layer"));
    options.read.xField = p.value(QStringLiteral("x-field"));
    options.read.yField = p.value(QStringLiteral("y-field"));
    options.validOnly = p.isSet(QStringLiteral("valid-only"));
    options.errorFile = p.value(QStringLiteral("errors"));
    if (options.read.sourceEpsg < 0)
        return Usage;
    if (p.isSet(QStringLiteral("mapping"))) {
        ImportMapping mapping;
        QString error;
        if (!ImportMapping::load(p.value(QStringLiteral("mapping")), &mapping, &error)) {
            err() << "griddesk-admin: --mapping: " << error << "\n";
            return Usage;
        }
        options.mapping = mapping;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        if (p.isSet(QStringLiteral("save-mapping"))) {
            const ImportMapping used = options.mapping ? *options.mapping
                                                       : ImportMapping::guess(kind, tables::TableSource::open(pos[1], options.read).fields());
            QString error;
            if (!used.save(p.value(QStringLiteral("save-mapping")), &error)) {
                err() << "griddesk-admin: --save-mapping: " << error << "\n";
                return Failed;
            }
        }
        RegisterImport import(store->session());
        qint64 shown = 0;
        RegisterImport::Progress progress;
        if (p.isSet(QStringLiteral("progress")))
            progress = [&](qint64 done, qint64 total) {
                if (done / 50000 > shown / 50000) {
                    err() << done << " rows" << (total > 0 ? QStringLiteral(" of %1").arg(total) : QString()) << "\n";
                    err().flush();
                }
                shown = done;
            };
        const ImportReport report = write ? import.run(kind, pos[1], options, progress)
                                          : import.validate(kind, pos[1], options, progress);
        if (!report.problems.isEmpty())
            err() << ImportReportText::problems(report, 1000) << "\n";
        (report.badRows > 0 ? err() : out()) << ImportReportText::summary(report) << "\n";
        return report.badRows > 0 ? ProblemsFound : Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

int runRegisterExport(const QStringList &args)
{
    const QString usage = QString::fromUtf8(kExportUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("register"), QStringLiteral("Register"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("File to write"));
    addDbOption(p);
    p.addOptions({{QStringLiteral("format"), QStringLiteral("csv, xlsx, shp, geojson or gpkg"), QStringLiteral("format")},
                  {QStringLiteral("encoding"), QStringLiteral("Text encoding of a CSV or Shapefile"), QStringLiteral("encoding"),
                   QStringLiteral("UTF-8")},
                  {QStringLiteral("crs"), QStringLiteral("CRS to write in"), QStringLiteral("EPSG:n")},
                  {QStringLiteral("unit"), QStringLiteral("Only this grid, community or township"), QStringLiteral("code")},
                  {QStringLiteral("search"), QStringLiteral("Only records matching this text"), QStringLiteral("text")}});
    QStringList pos;
    RegisterKind kind;
    if (const std::optional<int> refused = registerAndFile(p, args, usage, &pos, &kind))
        return *refused;
    ExportOptions options;
    QString error;
    std::optional<tables::TableFormat> format = tables::tableformat::fromPath(pos[1], &error);
    if (p.isSet(QStringLiteral("format"))) {
        format = tables::tableformat::parse(p.value(QStringLiteral("format")));
        if (!format) {
            err() << "griddesk-admin: --format: \"" << p.value(QStringLiteral("format")) << "\" is not csv, xlsx, shp, geojson or gpkg\n";
            return Usage;
        }
    }
    if (!format) {
        err() << "griddesk-admin: " << error << "\n";
        return Usage;
    }
    options.format = *format;
    options.encoding = p.value(QStringLiteral("encoding"));
    const int epsg = crsOption(p);
    if (epsg < 0)
        return Usage;
    if (epsg > 0)
        options.targetEpsg = epsg;
    options.query.unitCode = p.value(QStringLiteral("unit"));
    options.query.text = p.value(QStringLiteral("search"));
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        const qint64 rows = RegisterExport::run(*store, kind, pos[1], options);
        out() << RegisterExport::fileFor(kind, pos[1], options.format) << ": " << rows << " " << registerkind::cliName(kind) << " written (personal data masked)\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace griddesk::cli
