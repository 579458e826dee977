#include "BoundaryWriter.h"
#include "AtomicFileWriter.h"
#include "BoundaryCrs.h"
#include "BoundaryGeometry.h"
#include "BoundaryReader.h"
#include "OgrHandles.h"
#include "ShapeEncodingScope.h"
#include "StoreError.h"

#include <ogr_spatialref.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <memory>
#include <vector>

namespace griddesk::boundaries {

namespace {

// A folder in GDAL's memory, removed with everything in it.
struct MemoryFolder {
    QByteArray path = QStringLiteral("/vsimem/griddesk-boundaries-%1")
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                          .toUtf8();
    ~MemoryFolder() { VSIRmdirRecursive(path.constData()); }
};

const char *driverName(BoundaryWriter::Format f)
{
    switch (f) {
    case BoundaryWriter::Format::Shapefile: return "ESRI Shapefile";
    case BoundaryWriter::Format::GeoJson: return "GeoJSON";
    case BoundaryWriter::Format::GeoPackage: return "GPKG";
    }
    return "";
}

[[noreturn]] void fail(const QString &path, const QString &reason, StoreError::Kind kind = StoreError::Kind::Io)
{
    throw StoreError(kind, BoundaryWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

QString gdalMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

// Writes the units into a new dataset at memPath.
int writeDataset(const QString &path, const QByteArray &memPath, const QVector<AdminUnit> &units,
                 const BoundaryWriter::Options &options, int epsg)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName(options.format));
    if (!driver)
        fail(path, BoundaryWriter::tr("this GDAL has no %1 driver").arg(QString::fromLatin1(driverName(options.format))));
    CPLErrorReset();
    std::unique_ptr<GDALDataset, DatasetCloser> ds(driver->Create(memPath.constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        fail(path, gdalMessage());
    const auto srs = BoundaryCrs::make(epsg);
    const auto toTarget = epsg == BoundaryCrs::kStored ? nullptr : BoundaryCrs::transformation(BoundaryCrs::kStored, epsg);
    const QByteArray encoding = "ENCODING=" + options.encoding.toLatin1();
    std::vector<const char *> layerOptions;
    if (options.format == BoundaryWriter::Format::Shapefile)
        layerOptions.push_back(encoding.constData()); // also writes the .cpg
    if (options.format == BoundaryWriter::Format::GeoJson) {
        layerOptions.push_back("RFC7946=YES");
        // RFC 7946's default of 7 decimals (1 cm) would move shared edges
        // off the stored ones; 12 keep them within a micrometre.
        layerOptions.push_back("COORDINATE_PRECISION=12");
    }
    layerOptions.push_back(nullptr);
    OGRLayer *layer = ds->CreateLayer("boundaries", srs.get(), wkbMultiPolygon, const_cast<char **>(layerOptions.data()));
    if (!layer)
        fail(path, gdalMessage());
    const struct {
        const char *name;
        int width;
    } columns[] = {{"code", 15}, {"name", 100}, {"parent", 15}, {"level", 10}};
    for (const auto &c : columns) {
        OGRFieldDefn field(c.name, OFTString);
        field.SetWidth(c.width);
        if (layer->CreateField(&field) != OGRERR_NONE)
            fail(path, gdalMessage());
    }
    int written = 0;
    for (const AdminUnit &u : units) {
        if (u.geometry.isEmpty())
            continue;
        std::unique_ptr<OGRFeature, FeatureDeleter> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("code", u.code.toUtf8().constData());
        f->SetField("name", u.name.toUtf8().constData());
        f->SetField("parent", u.parentCode.toUtf8().constData());
        f->SetField("level", adminLevelCode(u.level).toUtf8().constData());
        std::unique_ptr<OGRGeometry> g = BoundaryGeometry::toOgr(u.geometry, toTarget.get());
        if (!g)
            fail(path, BoundaryWriter::tr("the boundary of %1 cannot be converted to EPSG:%2").arg(u.code).arg(epsg));
        f->SetGeometryDirectly(g.release());
        CPLErrorReset();
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            fail(path, BoundaryWriter::tr("%1: %2").arg(u.code, gdalMessage()));
        ++written;
    }
    return written;
}

// The files GDAL made, by the name each takes beside `path`.
QVector<QPair<QString, QByteArray>> madeFiles(const QString &path, const QByteArray &folder)
{
    QVector<QPair<QString, QByteArray>> files;
    const QFileInfo target(path);
    char **names = VSIReadDir(folder.constData());
    for (int i = 0; names && names[i]; ++i) {
        const QString name = QString::fromUtf8(names[i]);
        const QByteArray mem = folder + QByteArray("/") + QByteArray(names[i]);
        vsi_l_offset size = 0;
        GByte *data = VSIGetMemFileBuffer(mem.constData(), &size, FALSE);
        if (!data)
            continue;
        const QString ext = QFileInfo(name).suffix();
        const QString to = target.suffix().compare(ext, Qt::CaseInsensitive) == 0
            ? target.filePath()
            : target.path() + QLatin1Char('/') + target.completeBaseName() + QLatin1Char('.') + ext;
        files.push_back({to, QByteArray(reinterpret_cast<const char *>(data), int(size))});
    }
    CSLDestroy(names);
    return files;
}

// All files or none: each goes to a temporary file first, and they replace
// their targets only once every one of them is complete.
void commit(const QString &path, const QVector<QPair<QString, QByteArray>> &files)
{
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto &file : files) {
        auto save = std::make_unique<QSaveFile>(file.first);
        if (!save->open(QIODevice::WriteOnly) || save->write(file.second) != file.second.size())
            fail(file.first, save->errorString()); // the unique_ptrs cancel what was begun
        saves.push_back(std::move(save));
    }
    for (auto &save : saves)
        if (!save->commit())
            fail(path, save->errorString());
}

} // namespace

QString BoundaryWriter::suffix(Format f)
{
    switch (f) {
    case Format::Shapefile: return QStringLiteral("shp");
    case Format::GeoJson: return QStringLiteral("geojson");
    case Format::GeoPackage: return QStringLiteral("gpkg");
    }
    return {};
}

std::optional<BoundaryWriter::Format> BoundaryWriter::formatFor(const QString &path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == QLatin1String("shp"))
        return Format::Shapefile;
    if (s == QLatin1String("geojson") || s == QLatin1String("json"))
        return Format::GeoJson;
    if (s == QLatin1String("gpkg"))
        return Format::GeoPackage;
    return std::nullopt;
}

std::optional<BoundaryWriter::Format> BoundaryWriter::parseFormat(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("shp") || t == QLatin1String("shapefile"))
        return Format::Shapefile;
    if (t == QLatin1String("geojson"))
        return Format::GeoJson;
    if (t == QLatin1String("gpkg") || t == QLatin1String("geopackage"))
        return Format::GeoPackage;
    return std::nullopt;
}

int BoundaryWriter::write(const QString &path, const QVector<AdminUnit> &units, const Options &options)
{
    QString error;
    if (!AtomicFileWriter::canWrite(path, &error))
        throw StoreError(StoreError::Kind::Io, error);
    const bool geoJson = options.format == Format::GeoJson;
    const int epsg = options.targetEpsg ? options.targetEpsg : geoJson ? BoundaryCrs::kWgs84 : BoundaryCrs::kStored;
    if (geoJson && epsg != BoundaryCrs::kWgs84)
        fail(path, tr("GeoJSON (RFC 7946) is always WGS84 longitude, latitude (EPSG:4326)"), StoreError::Kind::Invalid);
    if (!BoundaryCrs::isAccepted(epsg))
        fail(path, tr("EPSG:%1 is not one of %2").arg(epsg).arg(BoundaryCrs::acceptedList()), StoreError::Kind::Invalid);
    if (options.format != Format::Shapefile && BoundaryReader::encodingName(options.encoding, nullptr) != QLatin1String("UTF-8"))
        fail(path, tr("only a Shapefile takes an encoding; GeoJSON and GeoPackage are UTF-8"), StoreError::Kind::Invalid);
    if (options.format == Format::Shapefile && BoundaryReader::encodingName(options.encoding, &error).isEmpty())
        fail(path, error, StoreError::Kind::Invalid);
    GDALAllRegister();
    MemoryFolder folder;
    const QByteArray memPath
        = folder.path + QByteArray("/") + (QFileInfo(path).completeBaseName() + QLatin1Char('.') + suffix(options.format)).toUtf8();
    int written = 0;
    {
        Options o = options;
        o.encoding = BoundaryReader::encodingName(options.encoding, nullptr);
        const ShapeEncodingScope encoding(o.encoding.toLatin1());
        written = writeDataset(path, memPath, units, o, epsg);
    } // closing the dataset finishes the files
    const QVector<QPair<QString, QByteArray>> files = madeFiles(path, folder.path);
    if (files.isEmpty())
        fail(path, gdalMessage());
    commit(path, files);
    if (options.format == Format::Shapefile) {
        // A spatial index left from an older file would no longer match.
        const QFileInfo target(path);
        for (const char *ext : {".qix", ".sbn", ".sbx"})
            QFile::remove(target.path() + QLatin1Char('/') + target.completeBaseName() + QLatin1String(ext));
    }
    return written;
}

} // namespace griddesk::boundaries
