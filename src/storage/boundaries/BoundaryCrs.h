#pragma once
// The coordinate reference systems boundary files may come in and go out in:
// CGCS2000 geographic (EPSG:4490), the CGCS2000 3-degree Gauss-Krüger zones
// (EPSG:4513–4533 with the zone number in the false easting, 4534–4554
// without) and WGS84 (EPSG:4326). Spatial references made here keep x as
// longitude or easting, whatever axis order EPSG gives.

#include <QCoreApplication>
#include <QString>

#include <memory>

class OGRSpatialReference;
class OGRCoordinateTransformation;

namespace griddesk::boundaries {

class BoundaryCrs
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryCrs)

public:
    static constexpr int kStored = 4490;
    static constexpr int kWgs84 = 4326;

    static bool isAccepted(int epsg);
    // "EPSG:4527" or "4527"; 0 with *error saying why for anything else.
    static int parse(const QString &text, QString *error);
    // "EPSG:4490, EPSG:4326 or EPSG:4513–4554", for messages.
    static QString acceptedList();
    // The EPSG code of an accepted CRS that `srs` describes (also when it
    // comes as ESRI WKT from a .prj); 0 when it is none of them.
    static int identify(const OGRSpatialReference &srs);
    // A spatial reference with x = longitude or easting.
    static std::unique_ptr<OGRSpatialReference> make(int epsg);
    // Throws StoreError when PROJ has no transformation (a broken installation).
    static std::unique_ptr<OGRCoordinateTransformation> transformation(int fromEpsg, int toEpsg);
};

} // namespace griddesk::boundaries
