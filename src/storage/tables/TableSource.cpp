#include "TableSource.h"
#include "Compat.h"
#include "CsvScan.h"
#include "OgrHandles.h"
#include "StoreError.h"
#include "TableCoordinates.h"
#include "TableRowQueue.h"
#include "TextEncoding.h"
#include "boundaries/BoundaryCrs.h"

#include <ogr_spatialref.h>

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <cstring>
#include <optional>
#include <vector>

namespace griddesk::tables {

using boundaries::BoundaryCrs;

// What a source column's values are read as (named, not anonymous: the
// reader's state below keeps them).
enum class SourceValue { Text, Int, Bool, LongLong, Double, Date, DateTime };

namespace {

using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;
using Feature = std::unique_ptr<OGRFeature, FeatureDeleter>;

// Rows looked at to tell longitudes and latitudes from Gauss-Krüger metres.
constexpr int kSniffRows = 1000;

const QStringList &xNames()
{
    static const QStringList names = { QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("longitude"),
        QStringLiteral("x"), QStringLiteral("经度"), QStringLiteral("横坐标") };
    return names;
}
const QStringList &yNames()
{
    static const QStringList names = { QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("y"),
        QStringLiteral("纬度"), QStringLiteral("纵坐标") };
    return names;
}

int findField(const QStringList &fields, const QString &name)
{
    const int exact = int(fields.indexOf(name));
    if (exact >= 0)
        return exact;
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int detectField(const QStringList &fields, const QStringList &candidates)
{
    for (const QString &c : candidates) {
        const int i = findField(fields, c);
        if (i >= 0)
            return i;
    }
    return -1;
}

SourceValue kindOf(const OGRFieldDefn *defn)
{
    switch (defn->GetType()) {
    case OFTInteger:
        return defn->GetSubType() == OFSTBoolean ? SourceValue::Bool : SourceValue::Int;
    case OFTInteger64:
        return SourceValue::LongLong;
    case OFTReal:
        return SourceValue::Double;
    case OFTDate:
        return SourceValue::Date;
    case OFTDateTime:
        return SourceValue::DateTime;
    default:
        return SourceValue::Text;
    }
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void refuse(const QString &path, const QString &reason, StoreError::Kind kind = StoreError::Kind::Invalid)
{
    throw StoreError(kind, TableSource::tr("%1: %2").arg(shown(path), reason));
}

} // namespace

struct TableSource::Impl {
    QString path;
    TableFormat format = TableFormat::Csv;
    QString encoding = QStringLiteral("UTF-8");
    int epsg = BoundaryCrs::kStored;
    qint64 count = -1;
    Dataset ds;
    OGRLayer *layer = nullptr;
    QStringList layers;
    QStringList fields;
    std::vector<int> ogrIndex; // per field: its index in OGR's layer
    std::vector<SourceValue> kinds;
    int xField = -1; // in `fields`
    int yField = -1;
    bool explicitXY = false; // x and y columns asked for: they win over a geometry
    int wktIndex = -1; // OGR index of a spreadsheet's WKT column
    bool skipEmpty = false;
    std::optional<compat::TextCodec> codec; // a CSV's legacy encoding; none for UTF-8
    std::optional<CsvScan> scan;
    std::unique_ptr<TableCoordinates> coordinates;
    qint64 sequence = 0;
    qint64 lastNumber = 0;
    QByteArray xText;
    std::unique_ptr<TableRowQueue> queue; // reads ahead once next() is first called; last, so it stops first

    QString text(const char *s)
    {
        if (!codec)
            return QString::fromUtf8(s);
        // Most cells (numbers, codes, dates) are ASCII, the same in every encoding here.
        const char *end = s;
        bool ascii = true;
        for (; *end; ++end)
            ascii = ascii && static_cast<unsigned char>(*end) < 0x80;
        return ascii ? QString::fromLatin1(s, int(end - s)) : codec->toUnicode(s, int(end - s));
    }
    const char *raw(OGRFeature *f, int field) const
    {
        const int i = ogrIndex[size_t(field)];
        return f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : nullptr;
    }

    void openDataset(const TableReadOptions &options);
    void chooseEncoding(const TableReadOptions &options);
    void readFields();
    void chooseXY(const TableReadOptions &options);
    void chooseCrs(const TableReadOptions &options);
    void checkUnmarkedText();
    // The file's (x, y) of a feature for telling degrees from metres; false when it has none.
    bool fileXY(OGRFeature *f, double *x, double *y);
    std::unique_ptr<OGRGeometry> geometryOf(OGRFeature *f, TableRow &row);
    // The next row from GDAL, decoded and located; false at the end.
    bool readRow(TableRow &row);
    // The row a person sees the `sequence`-th feature read at.
    qint64 numberOf(OGRFeature *f, qint64 sequence);
};

qint64 TableSource::Impl::numberOf(OGRFeature *f, qint64 sequence)
{
    switch (format) {
    case TableFormat::Csv:
        return scan->rowOf(sequence);
    case TableFormat::Xlsx:
        return f->GetFID() - 1; // the sheet's row, less its header
    default:
        return sequence;
    }
}

void TableSource::Impl::chooseEncoding(const TableReadOptions &options)
{
    QString given;
    if (!options.encoding.trimmed().isEmpty()) {
        QString error;
        given = TextEncoding::canonical(options.encoding, &error);
        if (given.isEmpty())
            refuse(path, error);
        if (!tableformat::takesEncoding(format) && given != QLatin1String("UTF-8"))
            refuse(path,
                tr("only a CSV file or a Shapefile takes an encoding; %1 is always UTF-8")
                    .arg(tableformat::name(format)));
    }
    if (format == TableFormat::Csv) {
        scan = CsvScan::run(path);
        count = scan->records;
        if (given == QLatin1String("UTF-8") && !scan->utf8)
            refuse(path, tr("line %1 is not UTF-8; is the file in GBK or GB18030?").arg(scan->firstBadLine));
        encoding = !given.isEmpty() ? given : scan->utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
        if (encoding != QLatin1String("UTF-8")) {
            codec.emplace(encoding.toLatin1());
            if (!codec->isValid())
                refuse(path, tr("this system cannot decode %1").arg(encoding));
        }
    } else if (format == TableFormat::Shapefile) {
        encoding = TextEncoding::shapefileEncoding(path, given);
    }
}

void TableSource::Impl::openDataset(const TableReadOptions &options)
{
    GDALAllRegister();
    std::vector<QByteArray> keep;
    switch (format) {
    case TableFormat::Csv:
        // Every column as text: ID numbers and leading zeros stay as written.
        keep = { "AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=YES", "KEEP_GEOM_COLUMNS=NO" };
        break;
    case TableFormat::Xlsx:
        // Types from the cells: text cells stay text, dates become dates.
        keep = { "HEADERS=FORCE", "FIELD_TYPES=AUTO" };
        // GDAL 3.6's XLSX driver takes its header rule from the configuration
        // only, when the sheet is first read (perhaps on another thread): a
        // sheet of text only (ID numbers, codes) would otherwise lose its header.
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        break;
    case TableFormat::Shapefile:
        keep = { "ENCODING=" + encoding.toLatin1() };
        break;
    case TableFormat::GeoJson:
    case TableFormat::GeoPackage:
        break;
    }
    std::vector<const char *> openOptions;
    for (const QByteArray &o : keep)
        openOptions.push_back(o.constData());
    openOptions.push_back(nullptr);
    const char *const drivers[] = { tableformat::gdalDriver(format), nullptr };
    CPLErrorReset();
    ds.reset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, openOptions.data(), nullptr));
    if (!ds || ds->GetLayerCount() < 1)
        refuse(path,
            tr("not a %1 file with a table in it (%2)")
                .arg(tableformat::name(format), QString::fromUtf8(CPLGetLastErrorMsg())));
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        layers << QString::fromUtf8(ds->GetLayer(i)->GetName());
    layer = ds->GetLayer(0);
    if (!options.layer.isEmpty() && (format == TableFormat::GeoPackage || format == TableFormat::Xlsx)) {
        layer = ds->GetLayerByName(options.layer.toUtf8().constData());
        if (!layer)
            refuse(path,
                tr("there is no layer or sheet \"%1\"; it has %2")
                    .arg(options.layer, layers.join(QLatin1String(", "))));
    }
}

void TableSource::Impl::readFields()
{
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn *field = defn->GetFieldDefn(i);
        const QString name = text(field->GetNameRef());
        if (format == TableFormat::Xlsx && name.compare(QLatin1String("WKT"), Qt::CaseInsensitive) == 0) {
            wktIndex = i;
            continue;
        }
        fields << name;
        ogrIndex.push_back(i);
        kinds.push_back(kindOf(field));
    }
}

void TableSource::Impl::chooseXY(const TableReadOptions &options)
{
    const auto asked = [&](const QString &name, const char *which) {
        const int i = findField(fields, name);
        if (i < 0)
            refuse(path,
                tr("there is no field \"%1\" for %2; its fields are: %3")
                    .arg(name, QLatin1String(which), fields.join(QLatin1String(", "))));
        return i;
    };
    explicitXY = !options.xField.isEmpty() || !options.yField.isEmpty();
    xField = options.xField.isEmpty() ? detectField(fields, xNames()) : asked(options.xField, "x");
    yField = options.yField.isEmpty() ? detectField(fields, yNames()) : asked(options.yField, "y");
    if (explicitXY && (xField < 0 || yField < 0))
        refuse(path,
            tr("give both the x and the y field; no field is named %1")
                .arg((xField < 0 ? xNames() : yNames()).join(QLatin1String(", "))));
    if (xField < 0 || yField < 0 || xField == yField)
        xField = yField = -1;
}

bool TableSource::Impl::fileXY(OGRFeature *f, double *x, double *y)
{
    const OGRGeometry *g = f->GetGeometryRef();
    if (!explicitXY && g && !g->IsEmpty()) {
        OGREnvelope e;
        g->getEnvelope(&e);
        *x = e.MinX;
        *y = e.MinY;
        return true;
    }
    return xField >= 0 && TableCoordinates::parseNumber(raw(f, xField), x)
        && TableCoordinates::parseNumber(raw(f, yField), y);
}

void TableSource::Impl::chooseCrs(const TableReadOptions &options)
{
    const bool geometry = layer->GetGeomType() != wkbNone;
    if (options.sourceEpsg) {
        if (!BoundaryCrs::isAccepted(options.sourceEpsg))
            refuse(path, tr("EPSG:%1 is not one of %2").arg(options.sourceEpsg).arg(BoundaryCrs::acceptedList()));
        epsg = options.sourceEpsg;
    } else if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        epsg = BoundaryCrs::identify(*srs);
        if (!epsg)
            refuse(path,
                tr("it is in \"%1\", which is not %2; if it is one of them under another name, give it")
                    .arg(QString::fromUtf8(srs->GetName()), BoundaryCrs::acceptedList()));
    } else if (format == TableFormat::Shapefile && geometry) {
        refuse(path,
            tr("it does not say its coordinate system (no .prj); give it, one of %1").arg(BoundaryCrs::acceptedList()));
    } else {
        // Longitude and latitude in CGCS2000, unless the numbers say otherwise.
        epsg = BoundaryCrs::kStored;
        layer->ResetReading();
        qint64 seen = 0;
        for (Feature f(layer->GetNextFeature()); f && seen < kSniffRows; f.reset(layer->GetNextFeature())) {
            ++seen;
            double x = 0;
            double y = 0;
            if (fileXY(f.get(), &x, &y) && TableCoordinates::looksLikeMetres(x, y))
                refuse(path,
                    tr("its coordinates are no longitudes and latitudes (row %3: x %1, y %2); they look like "
                       "Gauss-Krüger %4. Give its coordinate system, one of %5")
                        .arg(x, 0, 'f', 2)
                        .arg(y, 0, 'f', 2)
                        .arg(numberOf(f.get(), seen))
                        .arg(TableCoordinates::zoneHint(x, y), BoundaryCrs::acceptedList()));
        }
        layer->ResetReading();
    }
    coordinates = std::make_unique<TableCoordinates>(epsg);
}

void TableSource::Impl::checkUnmarkedText()
{
    // A .dbf with neither .cpg nor code page mark is read as bytes; text
    // that is not UTF-8 then needs its encoding named.
    const QString giveEncoding
        = tr("the text is not UTF-8 and the file has no .cpg; give its encoding (GBK, GB18030, …)");
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (!CPLIsUTF8(defn->GetFieldDefn(i)->GetNameRef(), -1))
            refuse(path, tr("field %1: %2").arg(i + 1).arg(giveEncoding));
    layer->ResetReading();
    qint64 number = 0;
    for (Feature f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ++number;
        for (size_t i = 0; i < ogrIndex.size(); ++i)
            if (kinds[i] == SourceValue::Text && f->IsFieldSetAndNotNull(ogrIndex[i])
                && !CPLIsUTF8(f->GetFieldAsString(ogrIndex[i]), -1))
                refuse(path, tr("row %1, %2: %3").arg(number).arg(fields[int(i)], giveEncoding));
    }
    layer->ResetReading();
    encoding = QStringLiteral("UTF-8");
}

std::unique_ptr<OGRGeometry> TableSource::Impl::geometryOf(OGRFeature *f, TableRow &row)
{
    if (wktIndex < 0 || !f->IsFieldSetAndNotNull(wktIndex))
        return {};
    OGRGeometry *g = nullptr;
    const char *wkt = f->GetFieldAsString(wktIndex);
    if (OGRGeometryFactory::createFromWkt(wkt, nullptr, &g) != OGRERR_NONE || !g) {
        row.problem = tr("WKT: \"%1\" is not a geometry").arg(QString::fromUtf8(wkt).left(40));
        return {};
    }
    return std::unique_ptr<OGRGeometry>(g);
}

TableSource TableSource::open(const QString &path, const TableReadOptions &options)
{
    auto d = std::make_unique<Impl>();
    d->path = path;
    if (!QFileInfo(path).isFile())
        refuse(path, tr("no such file"), StoreError::Kind::NotFound);
    QString error;
    const std::optional<TableFormat> format = tableformat::fromPath(path, &error);
    if (!format)
        throw StoreError(StoreError::Kind::Invalid, error);
    d->format = *format;
    d->skipEmpty = d->format == TableFormat::Csv || d->format == TableFormat::Xlsx;
    d->chooseEncoding(options);
    d->openDataset(options);
    d->readFields();
    if (d->format == TableFormat::Shapefile && d->encoding.isEmpty())
        d->checkUnmarkedText();
    d->chooseXY(options);
    d->chooseCrs(options);
    if (d->count < 0)
        d->count = d->layer->GetFeatureCount(FALSE);
    d->layer->ResetReading();
    return TableSource(std::move(d));
}

TableSource::TableSource(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}
TableSource::TableSource(TableSource &&other) noexcept = default;
TableSource &TableSource::operator=(TableSource &&other) noexcept = default;
TableSource::~TableSource() = default;

QString TableSource::path() const
{
    return d->path;
}
TableFormat TableSource::format() const
{
    return d->format;
}
QStringList TableSource::fields() const
{
    return d->fields;
}
QVector<TableColumn> TableSource::columns() const
{
    QVector<TableColumn> out;
    for (int i = 0; i < d->fields.size(); ++i) {
        QMetaType::Type type = QMetaType::QString;
        switch (d->kinds[size_t(i)]) {
        case SourceValue::Int:
            type = QMetaType::Int;
            break;
        case SourceValue::Bool:
            type = QMetaType::Bool;
            break;
        case SourceValue::LongLong:
            type = QMetaType::LongLong;
            break;
        case SourceValue::Double:
            type = QMetaType::Double;
            break;
        case SourceValue::Date:
            type = QMetaType::QDate;
            break;
        case SourceValue::Text:
        case SourceValue::DateTime:
            break;
        }
        out.push_back({ d->fields[i], type, 0 });
    }
    return out;
}
QString TableSource::encoding() const
{
    return d->encoding;
}
int TableSource::sourceEpsg() const
{
    return d->epsg;
}
qint64 TableSource::featureCount() const
{
    return d->count;
}
QString TableSource::layer() const
{
    return QString::fromUtf8(d->layer->GetName());
}
QStringList TableSource::layers() const
{
    return d->layers;
}
QString TableSource::xField() const
{
    return d->xField >= 0 ? d->fields[d->xField] : QString();
}
QString TableSource::yField() const
{
    return d->yField >= 0 ? d->fields[d->yField] : QString();
}

void TableSource::rewind()
{
    d->queue.reset();
    d->layer->ResetReading();
    d->sequence = 0;
    d->lastNumber = 0;
}

bool TableSource::next(TableRow &row)
{
    if (!d->queue)
        d->queue = std::make_unique<TableRowQueue>([impl = d.get()](TableRow &r) {
            if (impl->sequence == 0)
                CPLErrorReset(); // GDAL's error state is the reading thread's
            return impl->readRow(r);
        });
    return d->queue->next(row);
}

bool TableSource::Impl::readRow(TableRow &row)
{
    const int n = int(fields.size());
    if (row.values.size() != n)
        row.values.resize(n);
    for (;;) {
        Feature f(layer->GetNextFeature());
        if (!f) {
            // GDAL ends a table it cannot read on as if it were the end.
            if (CPLGetLastErrorType() >= CE_Failure)
                refuse(path,
                    tr("reading stopped after row %1: %2").arg(lastNumber).arg(QString::fromUtf8(CPLGetLastErrorMsg())),
                    StoreError::Kind::Io);
            return false;
        }
        row.number = lastNumber = numberOf(f.get(), ++sequence);
        row.lonLat.reset();
        row.footprintWkb.clear();
        row.problem.clear();
        bool any = false;
        for (int i = 0; i < n; ++i) {
            const int index = ogrIndex[size_t(i)];
            QVariant &v = row.values[i];
            if (!f->IsFieldSetAndNotNull(index)) {
                v = QVariant();
                continue;
            }
            any = true;
            switch (kinds[size_t(i)]) {
            case SourceValue::Text:
                v = text(f->GetFieldAsString(index));
                break;
            case SourceValue::Int:
                v = f->GetFieldAsInteger(index);
                break;
            case SourceValue::Bool:
                v = f->GetFieldAsInteger(index) != 0;
                break;
            case SourceValue::LongLong:
                v = qlonglong(f->GetFieldAsInteger64(index));
                break;
            case SourceValue::Double:
                v = f->GetFieldAsDouble(index);
                break;
            case SourceValue::Date:
            case SourceValue::DateTime: {
                int y = 0, m = 0, day = 0, h = 0, min = 0, tz = 0;
                float s = 0;
                f->GetFieldAsDateTime(index, &y, &m, &day, &h, &min, &s, &tz);
                if (kinds[size_t(i)] == SourceValue::Date) {
                    v = QDate(y, m, day);
                    break;
                }
                const QTime time(h, min, int(s), int((s - int(s)) * 1000.0f + 0.5f) % 1000);
                if (tz <= 1)
                    v = QDateTime(QDate(y, m, day), time);
                else
                    v = QDateTime(QDate(y, m, day), time, QTimeZone((tz - 100) * 15 * 60));
                break;
            }
            }
        }
        const std::unique_ptr<OGRGeometry> wkt = geometryOf(f.get(), row);
        const OGRGeometry *geometry = wkt ? wkt.get() : f->GetGeometryRef();
        const bool located = geometry && !geometry->IsEmpty();
        if (skipEmpty && !any && !located && row.problem.isEmpty() && wkt == nullptr)
            continue;
        if (!row.problem.isEmpty())
            return true;
        if (explicitXY || (!located && xField >= 0)) {
            // OGR formats a number's text into one buffer per feature: keep x's before asking for y's.
            const char *x = raw(f.get(), xField);
            if (x && kinds[size_t(xField)] != SourceValue::Text) {
                xText = x;
                x = xText.constData();
            }
            coordinates->fromColumns(x, raw(f.get(), yField), fields[xField], fields[yField], row);
        } else if (located)
            coordinates->fromGeometry(geometry, row);
        return true;
    }
}

} // namespace griddesk::tables
