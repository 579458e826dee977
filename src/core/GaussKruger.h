#pragma once
// CGCS2000 3-degree Gauss-Krüger zones (EPSG:4534–4554, central-meridian
// variants without the zone prefix in the easting). The map is drawn in the
// zone that holds the township, so that shapes and distances are true.

namespace griddesk::gausskruger {

// Zone number (25..45) whose central meridian is nearest to lon; 0 outside China's range.
int zoneForLongitude(double lon);
double centralMeridian(int zone);
// EPSG code of "CGCS2000 / 3-degree Gauss-Kruger CM xxxE"; 0 for an invalid zone.
int epsgForZone(int zone);

} // namespace griddesk::gausskruger
