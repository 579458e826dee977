#include "MapCrs.h"
#include "GaussKruger.h"

namespace griddesk::map {

QgsCoordinateReferenceSystem storageCrs()
{
    return QgsCoordinateReferenceSystem::fromEpsgId(4490);
}

QgsCoordinateReferenceSystem displayCrsForLongitude(double lon)
{
    const int epsg = gausskruger::epsgForZone(gausskruger::zoneForLongitude(lon));
    return epsg ? QgsCoordinateReferenceSystem::fromEpsgId(epsg) : storageCrs();
}

} // namespace griddesk::map
