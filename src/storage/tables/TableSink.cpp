#include "TableSink.h"
#include "AtomicFileWriter.h"
#include "Compat.h"
#include "OgrHandles.h"
#include "ShapeEncodingScope.h"
#include "StoreError.h"
#include "TextEncoding.h"
#include "boundaries/BoundaryCrs.h"

#include <ogr_spatialref.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace griddesk::tables {

using boundaries::BoundaryCrs;

namespace {

using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;
using Feature = std::unique_ptr<OGRFeature, FeatureDeleter>;

// An Excel cell holds at most this many characters.
constexpr int kCellLimit = 32767;

const QStringList &shapefileParts()
{
    static const QStringList parts = { QStringLiteral(".shp"), QStringLiteral(".shx"), QStringLiteral(".dbf"),
        QStringLiteral(".prj"), QStringLiteral(".cpg") };
    return parts;
}

QString gdalMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

// The kind of value a column holds, in words.
QString typeWord(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return TableSink::tr("whole number");
    case QMetaType::Double:
        return TableSink::tr("number");
    case QMetaType::QDate:
        return TableSink::tr("date");
    case QMetaType::Bool:
        return TableSink::tr("yes or no");
    case QMetaType::QString:
        return TableSink::tr("text");
    default:
        return TableSink::tr("value of type %1").arg(int(type));
    }
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::u8path(path.toUtf8().toStdString());
}

} // namespace

struct TableSink::Impl {
    QString path;
    TableFormat format = TableFormat::Csv;
    TableWriteOptions options;
    QVector<TableColumn> columns;
    QString encoding;
    QString tempBase; // the temporary file's path without its suffix
    QString targetBase;
    Dataset ds;
    OGRLayer *layer = nullptr;
    std::vector<int> index; // per column: its OGR field
    QStringList names;
    int xIndex = -1;
    int yIndex = -1;
    int wktIndex = -1;
    bool pointGeometry = false; // points go in as the feature's geometry
    bool footprintGeometry = false; // footprints go in as the feature's geometry
    std::optional<compat::TextCodec> codec; // text the sink encodes itself (a CSV's GBK), or checks (GBK)
    bool encodesText = false;
    bool checksGbk = false;
    std::unique_ptr<OGRCoordinateTransformation> toTarget;
    qint64 rows = 0;
    bool committed = false;

    ~Impl()
    {
        if (!committed)
            discard();
    }
    QString tempPath() const { return tempBase + QLatin1Char('.') + tableformat::suffix(format); }
    QStringList tempFiles() const
    {
        if (format == TableFormat::Shapefile) {
            QStringList files;
            for (const QString &ext : shapefileParts())
                files << tempBase + ext;
            return files;
        }
        const QString p = tempPath();
        return { p, p + QStringLiteral("-journal"), p + QStringLiteral("-wal"), p + QStringLiteral("-shm") };
    }
    void discard()
    {
        ds.reset();
        for (const QString &f : tempFiles())
            QFile::remove(f);
    }
    [[noreturn]] void fail(const QString &reason, StoreError::Kind kind = StoreError::Kind::Io) const
    {
        throw StoreError(kind, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    [[noreturn]] void failRow(const QString &field, const QString &reason) const
    {
        const QString where = field.isEmpty() ? tr("row %1").arg(rows + 1) : tr("row %1, %2").arg(rows + 1).arg(field);
        throw StoreError(StoreError::Kind::Invalid,
            tr("Cannot write %1, %2: %3").arg(QDir::toNativeSeparators(path), where, reason),
            { FieldError { field, reason, int(rows + 1) } });
    }

    void checkOptions();
    void createLayer();
    void addField(const QString &name, OGRFieldType type, OGRFieldSubType subType, int width);
    QByteArray textOf(const QString &text, const QString &field);
    std::unique_ptr<OGRGeometry> footprintOf(const QByteArray &wkb);
};

void TableSink::Impl::checkOptions()
{
    QString error;
    if (!AtomicFileWriter::canWrite(path, &error))
        throw StoreError(StoreError::Kind::Io, error);
    const QString suffix = tableformat::suffix(format);
    if (tableformat::fromPath(path, nullptr) != format
        || QFileInfo(path).suffix().compare(QLatin1String("dbf"), Qt::CaseInsensitive) == 0)
        fail(tr("a %1 file's name ends in .%2").arg(tableformat::name(format), suffix), StoreError::Kind::Invalid);
    encoding = TextEncoding::canonical(options.encoding, &error);
    if (encoding.isEmpty())
        fail(error, StoreError::Kind::Invalid);
    if (tableformat::takesEncoding(format)) {
        if (!QStringList {
                QStringLiteral("UTF-8"), QStringLiteral("GBK"), QStringLiteral("CP936"), QStringLiteral("GB18030") }
                 .contains(encoding))
            fail(tr("%1 is written in UTF-8, GBK or GB18030, not %2").arg(tableformat::name(format), encoding),
                StoreError::Kind::Invalid);
    } else if (encoding != QLatin1String("UTF-8")) {
        fail(tr("only a CSV file or a Shapefile takes an encoding; %1 is always UTF-8").arg(tableformat::name(format)),
            StoreError::Kind::Invalid);
    }
    if (!BoundaryCrs::isAccepted(options.targetEpsg))
        fail(tr("EPSG:%1 is not one of %2").arg(options.targetEpsg).arg(BoundaryCrs::acceptedList()),
            StoreError::Kind::Invalid);
    if (format == TableFormat::GeoJson && options.targetEpsg != BoundaryCrs::kStored
        && options.targetEpsg != BoundaryCrs::kWgs84)
        fail(tr("GeoJSON (RFC 7946) is always WGS84 longitude, latitude (EPSG:4326)"), StoreError::Kind::Invalid);
    QStringList seen;
    for (const TableColumn &c : columns) {
        if (c.name.trimmed().isEmpty())
            fail(tr("a column has no name"), StoreError::Kind::Invalid);
        if (seen.contains(c.name, Qt::CaseInsensitive))
            fail(tr("two columns are named \"%1\"").arg(c.name), StoreError::Kind::Invalid);
        seen << c.name;
    }
}

void TableSink::Impl::addField(const QString &name, OGRFieldType type, OGRFieldSubType subType, int width)
{
    const QByteArray bytes = encodesText ? codec->fromUnicode(name) : name.toUtf8();
    OGRFieldDefn field(bytes.constData(), type);
    field.SetSubType(subType);
    if (width > 0)
        field.SetWidth(width);
    CPLErrorReset();
    if (layer->CreateField(&field) != OGRERR_NONE)
        fail(tr("column \"%1\": %2").arg(name, gdalMessage()), StoreError::Kind::Invalid);
    const int i = layer->GetLayerDefn()->GetFieldCount() - 1;
    index.push_back(i);
    const char *kept = layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef();
    names << (encodesText ? codec->toUnicode(kept, int(qstrlen(kept))) : QString::fromUtf8(kept));
}

void TableSink::Impl::createLayer()
{
    const int epsg = format == TableFormat::GeoJson ? BoundaryCrs::kWgs84 : options.targetEpsg;
    const bool geographic = epsg == BoundaryCrs::kStored || epsg == BoundaryCrs::kWgs84;
    const bool geometryFormat = tableformat::hasGeometry(format);
    pointGeometry = options.withGeometry && geometryFormat && !options.footprints;
    footprintGeometry = options.withGeometry && options.footprints && format != TableFormat::Xlsx;
    if (encoding != QLatin1String("UTF-8")) {
        codec.emplace(encoding.toLatin1());
        if (!codec->isValid())
            fail(tr("this system cannot encode %1").arg(encoding), StoreError::Kind::Invalid);
        encodesText = format == TableFormat::Csv; // GDAL recodes a Shapefile's text itself
        checksGbk = encoding != QLatin1String("GB18030");
    }
    if (options.withGeometry && epsg != BoundaryCrs::kStored)
        toTarget = BoundaryCrs::transformation(BoundaryCrs::kStored, epsg);

    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(tableformat::gdalDriver(format));
    if (!driver)
        fail(tr("this GDAL has no %1 driver").arg(QString::fromLatin1(tableformat::gdalDriver(format))));
    CPLErrorReset();
    ds.reset(driver->Create(tempPath().toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        fail(gdalMessage());
    std::vector<QByteArray> keep;
    switch (format) {
    case TableFormat::Csv:
        keep = { "LINEFORMAT=CRLF", encoding == QLatin1String("UTF-8") ? "WRITE_BOM=YES" : "WRITE_BOM=NO" };
        if (footprintGeometry)
            keep.push_back("GEOMETRY=AS_WKT");
        break;
    case TableFormat::Shapefile:
        keep = { "ENCODING=" + encoding.toLatin1(), "RESIZE=YES" };
        break;
    case TableFormat::GeoJson:
        keep = { "RFC7946=YES", "COORDINATE_PRECISION=12" };
        break;
    case TableFormat::GeoPackage:
        keep = { "FID=fid", "GEOMETRY_NAME=geom" };
        break;
    case TableFormat::Xlsx:
        break;
    }
    std::vector<const char *> layerOptions;
    for (const QByteArray &o : keep)
        layerOptions.push_back(o.constData());
    layerOptions.push_back(nullptr);
    const auto srs = geometryFormat && options.withGeometry ? BoundaryCrs::make(epsg) : nullptr;
    const OGRwkbGeometryType type = pointGeometry ? wkbPoint : footprintGeometry ? wkbMultiPolygon : wkbNone;
    const QByteArray layerName
        = (geometryFormat || format == TableFormat::Xlsx ? options.layer : QFileInfo(path).completeBaseName()).toUtf8();
    const ShapeEncodingScope shapeEncoding(encoding.toLatin1());
    layer = ds->CreateLayer(layerName.constData(), srs.get(), type, const_cast<char **>(layerOptions.data()));
    if (!layer)
        fail(gdalMessage());
    for (const TableColumn &c : columns) {
        switch (c.type) {
        case QMetaType::Int:
            addField(c.name, OFTInteger, OFSTNone, 0);
            break;
        case QMetaType::LongLong:
            addField(c.name, OFTInteger64, OFSTNone, 0);
            break;
        case QMetaType::Double:
            addField(c.name, OFTReal, OFSTNone, 0);
            break;
        case QMetaType::Bool:
            addField(c.name, OFTInteger, OFSTBoolean, 0);
            break;
        // A CSV's dates are ISO text, as Excel and people read them.
        case QMetaType::QDate:
            addField(c.name, format == TableFormat::Csv ? OFTString : OFTDate, OFSTNone, 0);
            break;
        case QMetaType::QString:
            addField(c.name, OFTString, OFSTNone, c.width > 0 ? c.width : format == TableFormat::Shapefile ? 254 : 0);
            break;
        default:
            fail(tr("column \"%1\" holds a %2, which no table file keeps").arg(c.name, typeWord(c.type)),
                StoreError::Kind::Invalid);
        }
    }
    if (options.withGeometry && options.xyColumns) {
        const QString xName = geographic ? QStringLiteral("lon") : QStringLiteral("x");
        const QString yName = geographic ? QStringLiteral("lat") : QStringLiteral("y");
        for (const QString &n : { xName, yName })
            if (names.contains(n, Qt::CaseInsensitive))
                fail(tr("column \"%1\" would clash with the location's; write without lon/lat columns").arg(n),
                    StoreError::Kind::Invalid);
        addField(xName, OFTReal, OFSTNone, 0);
        xIndex = index.back();
        addField(yName, OFTReal, OFSTNone, 0);
        yIndex = index.back();
        index.resize(index.size() - 2);
    }
    if (options.withGeometry && options.footprints && format == TableFormat::Xlsx) {
        addField(QStringLiteral("WKT"), OFTString, OFSTNone, 0);
        wktIndex = index.back();
        index.pop_back();
    }
    // A GeoPackage would otherwise commit (and sync) every row on its own.
    if (ds->TestCapability(ODsCTransactions) && ds->StartTransaction() != OGRERR_NONE)
        fail(gdalMessage());
}

QByteArray TableSink::Impl::textOf(const QString &text, const QString &field)
{
    if (!codec)
        return text.toUtf8();
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toLatin1(); // the same bytes in every encoding written
    const QByteArray bytes = codec->fromUnicode(text);
    if (checksGbk && codec->toUnicode(bytes.constData(), int(bytes.size())) != text) {
        for (const uint point : text.toUcs4()) {
            const char32_t c = point;
            const QString one = QString::fromUcs4(&c, 1);
            const QByteArray encoded = codec->fromUnicode(one);
            if (codec->toUnicode(encoded.constData(), int(encoded.size())) != one)
                failRow(field, tr("'%1' cannot be written in %2; choose GB18030 or UTF-8").arg(one, encoding));
        }
        failRow(field, tr("the text cannot be written in %1; choose GB18030 or UTF-8").arg(encoding));
    }
    return encodesText ? bytes : text.toUtf8();
}

std::unique_ptr<OGRGeometry> TableSink::Impl::footprintOf(const QByteArray &wkb)
{
    OGRGeometry *g = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &g, size_t(wkb.size())) != OGRERR_NONE || !g)
        failRow({}, tr("the footprint is not WKB"));
    std::unique_ptr<OGRGeometry> owned(g);
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    if (type != wkbPolygon && type != wkbMultiPolygon)
        failRow({}, tr("the footprint is a %1, not a polygon").arg(QString::fromUtf8(OGRGeometryTypeToName(type))));
    if (toTarget && owned->transform(toTarget.get()) != OGRERR_NONE)
        failRow({}, tr("the footprint cannot be converted to EPSG:%1").arg(options.targetEpsg));
    return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::forceToMultiPolygon(owned.release()));
}

TableSink TableSink::create(
    const QString &path, TableFormat format, const QVector<TableColumn> &columns, const TableWriteOptions &options)
{
    auto d = std::make_unique<Impl>();
    d->path = path;
    d->format = format;
    d->options = options;
    d->columns = columns;
    d->checkOptions();
    const QFileInfo target(path);
    d->targetBase = target.path() + QLatin1Char('/') + target.completeBaseName();
    d->tempBase = target.path() + QStringLiteral("/.") + target.completeBaseName() + QStringLiteral(".part-")
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    d->createLayer();
    return TableSink(std::move(d));
}

TableSink::TableSink(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}
TableSink::TableSink(TableSink &&other) noexcept = default;
TableSink &TableSink::operator=(TableSink &&other) noexcept = default;
TableSink::~TableSink() = default;

QStringList TableSink::columnNames() const
{
    return d->names;
}

qint64 TableSink::rowsWritten() const
{
    return d->rows;
}

void TableSink::write(
    const QVector<QVariant> &values, const std::optional<QPointF> &lonLat, const QByteArray &footprintWkb)
{
    if (!d->layer)
        d->fail(tr("the file is already finished"));
    if (values.size() != d->columns.size())
        d->failRow({}, tr("%1 values for %2 columns").arg(values.size()).arg(d->columns.size()));
    Feature f(OGRFeature::CreateFeature(d->layer->GetLayerDefn()));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const int index = d->index[size_t(i)];
        const TableColumn &c = d->columns[i];
        if (v.isNull() || !v.isValid()) {
            f->SetFieldNull(index);
            continue;
        }
        bool ok = true;
        switch (c.type) {
        case QMetaType::Int:
            f->SetField(index, v.toInt(&ok));
            break;
        case QMetaType::LongLong:
            f->SetField(index, GIntBig(v.toLongLong(&ok)));
            break;
        case QMetaType::Double:
            f->SetField(index, v.toDouble(&ok));
            break;
        case QMetaType::Bool:
            f->SetField(index, v.toBool() ? 1 : 0);
            break;
        case QMetaType::QDate: {
            const QDate date = v.toDate();
            ok = date.isValid();
            if (ok && d->format == TableFormat::Csv)
                f->SetField(index, date.toString(Qt::ISODate).toLatin1().constData());
            else if (ok)
                f->SetField(index, date.year(), date.month(), date.day());
            break;
        }
        default:
            f->SetField(index, d->textOf(v.toString(), c.name).constData());
            break;
        }
        if (!ok)
            d->failRow(c.name, tr("'%1' is not a %2").arg(v.toString(), typeWord(c.type)));
    }
    if (d->options.withGeometry && lonLat) {
        double x = lonLat->x();
        double y = lonLat->y();
        if (d->toTarget && !d->toTarget->Transform(1, &x, &y))
            d->failRow({}, tr("(%1, %2) cannot be converted to EPSG:%3").arg(x).arg(y).arg(d->options.targetEpsg));
        if (d->xIndex >= 0) {
            f->SetField(d->xIndex, x);
            f->SetField(d->yIndex, y);
        }
        if (d->pointGeometry)
            f->SetGeometryDirectly(new OGRPoint(x, y));
    }
    if (d->options.withGeometry && d->options.footprints && !footprintWkb.isEmpty()) {
        std::unique_ptr<OGRGeometry> g = d->footprintOf(footprintWkb);
        if (d->wktIndex >= 0) {
            char *wkt = nullptr;
            g->exportToWkt(&wkt);
            const QByteArray text(wkt);
            CPLFree(wkt);
            if (text.size() > kCellLimit)
                d->failRow({}, tr("the footprint has too many vertices for a spreadsheet cell; write a GeoPackage"));
            f->SetField(d->wktIndex, text.constData());
        } else {
            f->SetGeometryDirectly(g.release());
        }
    }
    CPLErrorReset();
    if (d->layer->CreateFeature(f.get()) != OGRERR_NONE)
        d->failRow({}, gdalMessage());
    ++d->rows;
}

void TableSink::commit()
{
    if (d->committed)
        return;
    if (!d->ds)
        d->fail(tr("the file is already finished"));
    CPLErrorReset();
    if (d->ds->TestCapability(ODsCTransactions) && d->ds->CommitTransaction() != OGRERR_NONE) {
        const QString message = gdalMessage();
        d->discard();
        d->fail(message);
    }
    d->ds.reset(); // closing finishes the file
    d->layer = nullptr;
    if (CPLGetLastErrorType() >= CE_Failure) {
        const QString message = gdalMessage();
        d->discard();
        d->fail(message);
    }
    QVector<QPair<QString, QString>> moves;
    if (d->format == TableFormat::Shapefile) {
        for (const QString &ext : shapefileParts())
            if (QFile::exists(d->tempBase + ext))
                moves.push_back({ d->tempBase + ext, d->targetBase + ext });
    } else {
        moves.push_back({ d->tempPath(), d->path });
    }
    if (moves.isEmpty() || !QFile::exists(moves.first().first)) {
        d->discard();
        d->fail(tr("GDAL made no file"));
    }
    for (const auto &m : moves) {
        std::error_code error;
        std::filesystem::rename(fsPath(m.first), fsPath(m.second), error);
        if (error) {
            d->discard();
            d->fail(QString::fromStdString(error.message()));
        }
    }
    d->committed = true;
    if (d->format == TableFormat::Shapefile) {
        // Parts of an older file that would no longer match.
        QStringList stale = { QStringLiteral(".qix"), QStringLiteral(".sbn"), QStringLiteral(".sbx") };
        for (const QString &ext : shapefileParts())
            if (!QFile::exists(d->tempBase + ext) && std::none_of(moves.begin(), moves.end(), [&](const auto &m) {
                    return m.second == d->targetBase + ext;
                }))
                stale << ext;
        for (const QString &ext : stale)
            QFile::remove(d->targetBase + ext);
    }
}

} // namespace griddesk::tables
