#include "TableCoordinates.h"
#include "boundaries/BoundaryCrs.h"

#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace griddesk::tables {

using boundaries::BoundaryCrs;

namespace {

// China and its seas, generously: a converted point outside it means the
// coordinates were read in the wrong CRS or with x and y swapped.
bool inChina(double lon, double lat)
{
    return lon >= 70.0 && lon <= 140.0 && lat >= 0.0 && lat <= 56.0;
}

QString shownNumber(double v)
{
    return QString::number(v, 'f', std::fabs(v) < 1000.0 ? 6 : 2);
}

} // namespace

TableCoordinates::TableCoordinates(int sourceEpsg)
    : m_epsg(sourceEpsg)
    , m_geographic(sourceEpsg == BoundaryCrs::kStored || sourceEpsg == BoundaryCrs::kWgs84)
{
    if (sourceEpsg != BoundaryCrs::kStored)
        m_toStored = BoundaryCrs::transformation(sourceEpsg, BoundaryCrs::kStored);
}

TableCoordinates::~TableCoordinates() = default;

bool TableCoordinates::parseNumber(const char *text, double *value)
{
    if (!text)
        return false;
    const char *begin = text;
    while (*begin == ' ' || *begin == '\t')
        ++begin;
    const char *end = begin + std::strlen(begin);
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        --end;
    if (begin < end && *begin == '+')
        ++begin;
    if (begin == end)
        return false;
    const std::from_chars_result r = std::from_chars(begin, end, *value);
    return r.ec == std::errc() && r.ptr == end && std::isfinite(*value);
}

bool TableCoordinates::outsideDegrees(double x, double y)
{
    return std::fabs(x) > 180.0 || std::fabs(y) > 90.0;
}

bool TableCoordinates::looksLikeMetres(double x, double y)
{
    return std::fabs(x) > 1000.0 || std::fabs(y) > 1000.0;
}

QString TableCoordinates::zoneHint(double x, double y)
{
    // Surveyors' X is the northing: the easting may be either value.
    for (double easting : { x, y }) {
        const int zone = int(easting / 1e6);
        if (easting >= 1e7 && zone >= 25 && zone <= 45)
            return tr("eastings with zone %1 in front (EPSG:%2)").arg(zone).arg(4513 + zone - 25);
    }
    return tr("eastings without their zone (one of EPSG:4534–4554, by the zone's central meridian)");
}

bool TableCoordinates::convert(double &x, double &y, QString *problem) const
{
    const double fileX = x;
    const double fileY = y;
    if (m_geographic && outsideDegrees(x, y)) {
        *problem
            = tr("(%1, %2) is no longitude, latitude in EPSG:%3; give the file's coordinate system, or swap x and y")
                  .arg(shownNumber(fileX), shownNumber(fileY))
                  .arg(m_epsg);
        return false;
    }
    if (m_toStored
        && (!m_toStored->Transform(1, &x, &y) || !std::isfinite(x) || !std::isfinite(y)
            || (!m_geographic && !inChina(x, y)))) {
        *problem = tr("(%1, %2) in EPSG:%3 does not fall in China; are x and y swapped, or is it another coordinate "
                      "system?")
                       .arg(shownNumber(fileX), shownNumber(fileY))
                       .arg(m_epsg);
        return false;
    }
    return true;
}

void TableCoordinates::fromPoint(double x, double y, TableRow &row) const
{
    if (convert(x, y, &row.problem))
        row.lonLat = QPointF(x, y);
}

void TableCoordinates::fromColumns(
    const char *x, const char *y, const QString &xName, const QString &yName, TableRow &row) const
{
    const bool noX = !x || !*x;
    const bool noY = !y || !*y;
    if (noX && noY)
        return;
    double vx = 0;
    double vy = 0;
    if (noX || noY)
        row.problem = tr("%1: empty").arg(noX ? xName : yName);
    else if (!parseNumber(x, &vx))
        row.problem = tr("%1: '%2' is not a number").arg(xName, QString::fromUtf8(x));
    else if (!parseNumber(y, &vy))
        row.problem = tr("%1: '%2' is not a number").arg(yName, QString::fromUtf8(y));
    else
        fromPoint(vx, vy, row);
}

void TableCoordinates::fromGeometry(const OGRGeometry *geometry, TableRow &row) const
{
    if (!geometry || geometry->IsEmpty())
        return;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPoint) {
        const auto *p = geometry->toPoint();
        fromPoint(p->getX(), p->getY(), row);
        return;
    }
    if (type == wkbMultiPoint) {
        const auto *mp = geometry->toMultiPoint();
        if (mp->getNumGeometries() == 1)
            fromPoint(mp->getGeometryRef(0)->getX(), mp->getGeometryRef(0)->getY(), row);
        else
            row.problem = tr("the geometry has %1 points; one is needed").arg(mp->getNumGeometries());
        return;
    }
    if (type != wkbPolygon && type != wkbMultiPolygon && type != wkbCurvePolygon && type != wkbMultiSurface) {
        row.problem = tr("the geometry is a %1; a point or a polygon is needed")
                          .arg(QString::fromUtf8(OGRGeometryTypeToName(type)));
        return;
    }
    std::unique_ptr<OGRGeometry> g(geometry->hasCurveGeometry() ? geometry->getLinearGeometry() : geometry->clone());
    g->flattenTo2D();
    OGREnvelope file;
    g->getEnvelope(&file);
    if (m_toStored && g->transform(m_toStored.get()) != OGRERR_NONE) {
        row.problem = tr("the polygon near (%1, %2) cannot be converted from EPSG:%3")
                          .arg(shownNumber(file.MinX), shownNumber(file.MinY))
                          .arg(m_epsg);
        return;
    }
    std::unique_ptr<OGRGeometry> inside(OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(g.get()))));
    if (!inside || inside->IsEmpty() || wkbFlatten(inside->getGeometryType()) != wkbPoint) {
        row.problem = tr("the polygon near (%1, %2) is not valid (does it cross itself?)")
                          .arg(shownNumber(file.MinX), shownNumber(file.MinY));
        return;
    }
    const double lon = inside->toPoint()->getX();
    const double lat = inside->toPoint()->getY();
    if (!m_geographic && !inChina(lon, lat)) {
        row.problem
            = tr("the polygon near (%1, %2) in EPSG:%3 does not fall in China; is it another coordinate system?")
                  .arg(shownNumber(file.MinX), shownNumber(file.MinY))
                  .arg(m_epsg);
        return;
    }
    row.footprintWkb.resize(int(g->WkbSize()));
    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(row.footprintWkb.data()), wkbVariantIso);
    row.lonLat = QPointF(lon, lat);
}

} // namespace griddesk::tables
