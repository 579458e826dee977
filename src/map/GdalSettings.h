#pragma once
// Process-wide GDAL settings the console's GeoPackage layers rely on.

namespace griddesk::map {

// Keeps every GDAL connection to our GeoPackages in WAL journal mode. Without
// it, QGIS's ogr provider switches the file back to DELETE mode whenever its
// last handle closes (for example on a layer reload), which breaks readers and
// writers that have the file open in WAL mode. Safe to call more than once.
void keepGeoPackagesInWalMode();

} // namespace griddesk::map
