#pragma once
// Great-circle distance between two lon/lat points, in metres.

#include "GeoTypes.h"

namespace griddesk::geodistance {

double metres(const GeoPoint &a, const GeoPoint &b);

} // namespace griddesk::geodistance
