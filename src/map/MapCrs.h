#pragma once
// The map's CRS: the CGCS2000 3-degree Gauss-Krüger zone that holds the
// township, so that shapes, areas and the scale bar are true.

#include <qgscoordinatereferencesystem.h>

namespace griddesk::map {

QgsCoordinateReferenceSystem storageCrs(); // EPSG:4490
// The GK zone for a longitude; falls back to EPSG:4490 outside China.
QgsCoordinateReferenceSystem displayCrsForLongitude(double lon);

} // namespace griddesk::map
