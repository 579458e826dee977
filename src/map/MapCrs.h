#pragma once
// The map's CRS: the CGCS2000 3-degree Gauss-Krüger zone that holds the
// township, so that shapes, areas and the scale bar are true.

#include <qgscoordinatereferencesystem.h>

namespace griddesk::map {

QgsCoordinateReferenceSystem storageCrs(); // EPSG:4490
// The GK zone for a longitude; falls back to EPSG:4490 outside China.
QgsCoordinateReferenceSystem displayCrsForLongitude(double lon);
// Reads PROJ's list of ellipsoids, once per process (some 70 ms, the first
// map canvas's: it takes its ellipsoid from there). Safe on any thread; the
// opening does it on a worker before the canvas is made.
void prepareEllipsoids();

} // namespace griddesk::map
