#include "TableFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace griddesk::tables::tableformat {

std::optional<TableFormat> fromPath(const QString &path, QString *error)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == QLatin1String("csv"))
        return TableFormat::Csv;
    if (s == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    if (s == QLatin1String("shp") || s == QLatin1String("dbf"))
        return TableFormat::Shapefile;
    if (s == QLatin1String("geojson") || s == QLatin1String("json"))
        return TableFormat::GeoJson;
    if (s == QLatin1String("gpkg"))
        return TableFormat::GeoPackage;
    if (error)
        *error = QCoreApplication::translate("TableFormat", "%1: GridDesk reads and writes tables as .%2, not \"%3\"")
                     .arg(path, extensions().join(QLatin1String(", .")),
                         s.isEmpty() ? QCoreApplication::translate("TableFormat", "no suffix") : s);
    return std::nullopt;
}

std::optional<TableFormat> parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("csv"))
        return TableFormat::Csv;
    if (t == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    if (t == QLatin1String("shp") || t == QLatin1String("shapefile"))
        return TableFormat::Shapefile;
    if (t == QLatin1String("geojson"))
        return TableFormat::GeoJson;
    if (t == QLatin1String("gpkg") || t == QLatin1String("geopackage"))
        return TableFormat::GeoPackage;
    return std::nullopt;
}

QString name(TableFormat format)
{
    switch (format) {
    case TableFormat::Csv:
        return QStringLiteral("CSV");
    case TableFormat::Xlsx:
        return QStringLiteral("XLSX");
    case TableFormat::Shapefile:
        return QStringLiteral("Shapefile");
    case TableFormat::GeoJson:
        return QStringLiteral("GeoJSON");
    case TableFormat::GeoPackage:
        return QStringLiteral("GeoPackage");
    }
    return {};
}

const char *gdalDriver(TableFormat format)
{
    switch (format) {
    case TableFormat::Csv:
        return "CSV";
    case TableFormat::Xlsx:
        return "XLSX";
    case TableFormat::Shapefile:
        return "ESRI Shapefile";
    case TableFormat::GeoJson:
        return "GeoJSON";
    case TableFormat::GeoPackage:
        return "GPKG";
    }
    return "";
}

QString suffix(TableFormat format)
{
    switch (format) {
    case TableFormat::Csv:
        return QStringLiteral("csv");
    case TableFormat::Xlsx:
        return QStringLiteral("xlsx");
    case TableFormat::Shapefile:
        return QStringLiteral("shp");
    case TableFormat::GeoJson:
        return QStringLiteral("geojson");
    case TableFormat::GeoPackage:
        return QStringLiteral("gpkg");
    }
    return {};
}

QStringList extensions()
{
    return { QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("shp"), QStringLiteral("dbf"),
        QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("gpkg") };
}

QString fileFilter()
{
    QStringList all;
    for (const QString &e : extensions())
        all << QStringLiteral("*.") + e;
    return QStringList { QCoreApplication::translate("TableFormat", "Tables (%1)").arg(all.join(QLatin1Char(' '))),
        QCoreApplication::translate("TableFormat", "CSV (*.csv)"),
        QCoreApplication::translate("TableFormat", "Excel workbook (*.xlsx)"),
        QCoreApplication::translate("TableFormat", "Shapefile (*.shp *.dbf)"),
        QCoreApplication::translate("TableFormat", "GeoJSON (*.geojson *.json)"),
        QCoreApplication::translate("TableFormat", "GeoPackage (*.gpkg)") }
        .join(QStringLiteral(";;"));
}

bool takesEncoding(TableFormat format)
{
    return format == TableFormat::Csv || format == TableFormat::Shapefile;
}

bool hasGeometry(TableFormat format)
{
    return format == TableFormat::Shapefile || format == TableFormat::GeoJson || format == TableFormat::GeoPackage;
}

} // namespace griddesk::tables::tableformat
