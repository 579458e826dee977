#include "GaussKruger.h"

#include <cmath>

namespace griddesk::gausskruger {

int zoneForLongitude(double lon)
{
    if (!std::isfinite(lon))
        return 0;
    const int zone = static_cast<int>(std::floor(lon / 3.0 + 0.5));
    return (zone >= 25 && zone <= 45) ? zone : 0;
}

double centralMeridian(int zone)
{
    return zone * 3.0;
}

int epsgForZone(int zone)
{
    if (zone < 25 || zone > 45)
        return 0;
    return 4534 + (zone - 25); // 4534 = CM 75E … 4554 = CM 135E
}

} // namespace griddesk::gausskruger
