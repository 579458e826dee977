#include "MapCrs.h"
#include "GaussKruger.h"

#include <qgsellipsoidutils.h>

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

void prepareEllipsoids()
{
    QgsEllipsoidUtils::ellipsoidParameters(QStringLiteral("EPSG:1024")); // CGCS2000's
}

} // namespace griddesk::map
