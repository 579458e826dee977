#pragma once
// Boundary files made in the test itself with GDAL/OGR: a new community of
// the demo township (石臼街道) east of it and its two grids, with the
// coordinates in each CRS worked out beforehand (cs2cs), so that a test can
// check the vertices the import stores against numbers it did not compute.

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QFileInfo>
#include <QPair>
#include <QStringList>
#include <QVector>

namespace griddesk::test {

struct FileFeature {
    QString code;
    QString name;
    QString wkt; // in the file's CRS (x = lon or easting)
    QString parent;
};

// The new community 371102002200: lon 119.70–119.74, lat 35.30–35.33.
constexpr const char *kNewCommunity = "371102002200";
inline QString newCommunityWgs84()
{
    return QStringLiteral("POLYGON ((119.70 35.30, 119.72 35.30, 119.74 35.30, 119.74 35.33, 119.72 35.33, "
                          "119.70 35.33, 119.70 35.30))");
}
// Its grids, split at lon 119.72, in EPSG:4549 (CGCS2000 3-degree GK CM 120E,
// no zone number in the easting); the same points as above. With
// `zonePrefix` (40000000) they are in EPSG:4528, zone 40 with its number.
inline QString gkPolygon(const QVector<QPair<double, double>> &points, double zonePrefix)
{
    QStringList xy;
    for (const auto &p : points)
        xy << QStringLiteral("%1 %2").arg(p.first + zonePrefix, 0, 'f', 6).arg(p.second, 0, 'f', 6);
    return QStringLiteral("POLYGON ((%1))").arg(xy.join(QStringLiteral(", ")));
}
inline QString westGridGk(double zonePrefix = 0.0)
{
    return gkPolygon({{472713.837395, 3907917.178484}, {474532.919929, 3907911.857985},
                      {474542.322709, 3911240.261910}, {472723.911821, 3911245.584377},
                      {472713.837395, 3907917.178484}}, zonePrefix);
}
inline QString eastGridGk(double zonePrefix = 0.0)
{
    return gkPolygon({{474532.919929, 3907911.857985}, {476352.001422, 3907906.904425},
                      {476360.732561, 3911235.306518}, {474542.322709, 3911240.261910},
                      {474532.919929, 3907911.857985}}, zonePrefix);
}
// A grid across both, in WGS84 lon/lat: it overlaps each of them.
inline QString overlappingGridWgs84()
{
    return QStringLiteral("POLYGON ((119.71 35.31, 119.73 35.31, 119.73 35.32, 119.71 35.32, 119.71 35.31))");
}

// Writes `features` with the fields `codeField`, `nameField` (and
// `parentField` when not empty); false when GDAL refuses.
inline bool writeBoundaryFile(const QString &path, const char *driverName, int epsg, const QVector<FileFeature> &features,
                              const QStringList &layerOptions = {}, const QString &codeField = QStringLiteral("code"),
                              const QString &nameField = QStringLiteral("name"), const QString &parentField = {})
{
    GDALAllRegister();
    // In a process where QGIS set SHAPE_ENCODING, GDAL would write the text
    // unchanged whatever the ENCODING option says; this thread's setting wins.
    QByteArray encoding;
    for (const QString &o : layerOptions)
        if (o.startsWith(QLatin1String("ENCODING=")))
            encoding = o.mid(9).toLatin1();
    if (!encoding.isEmpty())
        CPLSetThreadLocalConfigOption("SHAPE_ENCODING", encoding.constData());
    const struct Restore {
        ~Restore() { CPLSetThreadLocalConfigOption("SHAPE_ENCODING", nullptr); }
    } restore;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return false;
    GDALDataset *ds = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    QVector<QByteArray> optionBytes;
    for (const QString &o : layerOptions)
        optionBytes << o.toUtf8();
    QVector<char *> options;
    for (QByteArray &o : optionBytes)
        options << o.data();
    options << nullptr;
    OGRLayer *layer = ds->CreateLayer("boundaries", &srs, wkbUnknown, options.data());
    bool ok = layer != nullptr;
    QStringList fields{codeField, nameField};
    if (!parentField.isEmpty())
        fields << parentField;
    for (const QString &f : fields) {
        OGRFieldDefn defn(f.toUtf8().constData(), OFTString);
        defn.SetWidth(60);
        ok = ok && layer->CreateField(&defn) == OGRERR_NONE;
    }
    for (const FileFeature &f : features) {
        if (!ok)
            break;
        OGRFeature *feature = OGRFeature::CreateFeature(layer->GetLayerDefn());
        const QString values[] = {f.code, f.name, f.parent};
        for (int i = 0; i < fields.size(); ++i)
            if (!values[i].isEmpty())
                feature->SetField(i, values[i].toUtf8().constData());
        OGRGeometry *g = nullptr;
        if (!f.wkt.isEmpty()) {
            const QByteArray wkt = f.wkt.toUtf8();
            ok = OGRGeometryFactory::createFromWkt(wkt.constData(), &srs, &g) == OGRERR_NONE;
            feature->SetGeometryDirectly(g);
        }
        ok = ok && layer->CreateFeature(feature) == OGRERR_NONE;
        OGRFeature::DestroyFeature(feature);
    }
    GDALClose(ds);
    return ok;
}

// The Shapefile's .cpg beside `shp`: removed when `content` is empty.
inline void setCpg(const QString &shp, const QByteArray &content)
{
    const QFileInfo info(shp);
    const QString cpg = info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".cpg");
    QFile::remove(cpg);
    if (content.isEmpty())
        return;
    QFile f(cpg);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

} // namespace griddesk::test
