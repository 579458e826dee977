#pragma once
// griddesk-admin units import-boundaries|export-boundaries: township,
// community and grid boundaries in and out of Shapefile, GeoJSON and
// GeoPackage files, through GDAL/OGR and PROJ.

#include <QStringList>

namespace griddesk::cli {
int runImportBoundaries(const QStringList &args);
int runExportBoundaries(const QStringList &args);
}
