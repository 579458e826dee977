#include "BoundaryCrs.h"
#include "StoreError.h"

#include <ogr_spatialref.h>

#include <QRegularExpression>

namespace griddesk::boundaries {

bool BoundaryCrs::isAccepted(int epsg)
{
    return epsg == kStored || epsg == kWgs84 || (epsg >= 4513 && epsg <= 4554);
}

QString BoundaryCrs::acceptedList()
{
    return tr("EPSG:4490 (CGCS2000), EPSG:4513–4554 (CGCS2000 Gauss-Krüger zones) or EPSG:4326 (WGS84)");
}

int BoundaryCrs::parse(const QString &text, QString *error)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^\\s*(?:EPSG:)?(\\d{4,6})\\s*$"), QRegularExpression::CaseInsensitiveOption)
              .match(text);
    const int epsg = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (isAccepted(epsg))
        return epsg;
    if (error)
        *error = tr("\"%1\" is not one of %2").arg(text, acceptedList());
    return 0;
}

int BoundaryCrs::identify(const OGRSpatialReference &srs)
{
    const char *authority = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    if (authority && code && EQUAL(authority, "EPSG") && isAccepted(atoi(code)))
        return atoi(code);
    // ESRI WKT (a .prj) often names the CRS without its code: ask PROJ which
    // accepted CRS it is equivalent to.
    int count = 0;
    int *confidence = nullptr;
    OGRSpatialReferenceH *matches = srs.FindMatches(nullptr, &count, &confidence);
    int found = 0;
    for (int i = 0; i < count && !found; ++i) {
        const auto *m = OGRSpatialReference::FromHandle(matches[i]);
        const char *a = m->GetAuthorityName(nullptr);
        const char *c = m->GetAuthorityCode(nullptr);
        if (confidence[i] >= 70 && a && c && EQUAL(a, "EPSG") && isAccepted(atoi(c)))
            found = atoi(c);
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    return found;
}

std::unique_ptr<OGRSpatialReference> BoundaryCrs::make(int epsg)
{
    auto srs = std::make_unique<OGRSpatialReference>();
    if (srs->importFromEPSG(epsg) != OGRERR_NONE)
        throw StoreError(StoreError::Kind::Invalid, tr("PROJ does not know EPSG:%1").arg(epsg));
    // EPSG:4490 is latitude-first and the zones northing-first.
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

std::unique_ptr<OGRCoordinateTransformation> BoundaryCrs::transformation(int fromEpsg, int toEpsg)
{
    const auto from = make(fromEpsg);
    const auto to = make(toEpsg);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(from.get(), to.get()));
    if (!t)
        throw StoreError(StoreError::Kind::Invalid,
                         tr("PROJ cannot transform EPSG:%1 to EPSG:%2").arg(fromEpsg).arg(toEpsg));
    return t;
}

} // namespace griddesk::boundaries
