#include "BoundaryReader.h"
#include "BoundaryCrs.h"
#include "BoundaryGeometry.h"
#include "DivisionCode.h"
#include "OgrHandles.h"
#include "StoreError.h"
#include "TextEncoding.h"

#include <QFileInfo>
#include <QSet>

#include <cmath>
#include <memory>

namespace griddesk::boundaries {

namespace {

using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;
using Feature = std::unique_ptr<OGRFeature, FeatureDeleter>;

bool isShapefile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

Dataset open(const QString &path, const QString &given)
{
    if (!QFileInfo(path).isFile())
        throw StoreError(StoreError::Kind::NotFound, BoundaryReader::tr("%1: no such file").arg(path));
    if (!given.isEmpty() && !isShapefile(path))
        throw StoreError(StoreError::Kind::Invalid,
                         BoundaryReader::tr("%1: only a Shapefile takes an encoding; GeoJSON and GeoPackage are UTF-8")
                             .arg(path));
    const QString encoding = isShapefile(path) ? TextEncoding::shapefileEncoding(path, given) : QString();
    GDALAllRegister();
    const char *const drivers[] = {"ESRI Shapefile", "GeoJSON", "GPKG", nullptr};
    // GDAL recodes the .dbf's text from this encoding ("": not at all).
    const QByteArray option = "ENCODING=" + encoding.toLatin1();
    const char *const options[] = {option.constData(), nullptr};
    CPLErrorReset();
    Dataset ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                 isShapefile(path) ? options : nullptr, nullptr));
    if (!ds || ds->GetLayerCount() < 1)
        throw StoreError(StoreError::Kind::Invalid,
                         BoundaryReader::tr("%1: not a Shapefile, GeoJSON or GeoPackage file with a layer (%2)")
                             .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    return ds;
}

QStringList fieldNames(OGRLayer *layer)
{
    QStringList names;
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

// The first field named like one of `candidates`, ignoring case.
QString detect(const QStringList &fields, const QStringList &candidates)
{
    for (const QString &c : candidates)
        for (const QString &f : fields)
            if (f.compare(c, Qt::CaseInsensitive) == 0)
                return f;
    return {};
}

const QStringList &codeNames()
{
    static const QStringList names = {QStringLiteral("code"), QStringLiteral("编码"), QStringLiteral("代码"),
                                      QStringLiteral("区划代码"), QStringLiteral("网格编码")};
    return names;
}
const QStringList &nameNames()
{
    static const QStringList names = {QStringLiteral("name"), QStringLiteral("名称"), QStringLiteral("网格名称"),
                                      QStringLiteral("区划名称")};
    return names;
}
const QStringList &parentNames()
{
    static const QStringList names = {QStringLiteral("parent"), QStringLiteral("parent_code"),
                                      QStringLiteral("parent_cod"), QStringLiteral("上级编码"),
                                      QStringLiteral("上级代码")};
    return names;
}

// The index of the field to read: the one asked for, or the one found by
// its name; -1 when neither (and `required` is false).
int fieldIndex(OGRLayer *layer, const QString &path, const QString &asked, const QStringList &candidates,
               const QString &option, bool required)
{
    const QStringList fields = fieldNames(layer);
    const QString name = asked.isEmpty() ? detect(fields, candidates) : asked;
    const int index = fields.indexOf(name);
    if (index >= 0 && !name.isEmpty())
        return index;
    if (!asked.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, BoundaryReader::tr("%1: there is no field \"%2\" (%3); its fields are: %4")
                                                        .arg(path, asked, option, fields.join(QLatin1String(", "))));
    if (required)
        throw StoreError(StoreError::Kind::Invalid,
                         BoundaryReader::tr("%1: no field is named %2; its fields are: %3; choose one with %4")
                             .arg(path, candidates.join(QLatin1String(", ")), fields.join(QLatin1String(", ")), option));
    return -1;
}

// A field's text; a code kept in a numeric .dbf column reads as its digits.
QString text(OGRFeature *f, int index)
{
    if (index < 0 || !f->IsFieldSetAndNotNull(index))
        return {};
    if (f->GetFieldDefnRef(index)->GetType() == OFTReal) {
        const double v = f->GetFieldAsDouble(index);
        if (std::floor(v) == v && std::fabs(v) < 1e16)
            return QString::number(qint64(v));
    }
    return QString::fromUtf8(f->GetFieldAsString(index)).trimmed();
}

int sourceEpsg(OGRLayer *layer, const QString &path, int given)
{
    if (given)
        return given;
    const OGRSpatialReference *srs = layer->GetSpatialRef();
    if (!srs)
        throw StoreError(StoreError::Kind::Invalid,
                         BoundaryReader::tr("%1 does not say its coordinate system (a Shapefile without .prj); give it, "
                                            "one of %2").arg(path, BoundaryCrs::acceptedList()));
    const int epsg = BoundaryCrs::identify(*srs);
    if (!epsg)
        throw StoreError(StoreError::Kind::Invalid,
                         BoundaryReader::tr("%1 is in \"%2\", which is not %3; if it is one of them under another name, "
                                            "give it")
                             .arg(path, QString::fromUtf8(srs->GetName()), BoundaryCrs::acceptedList()));
    return epsg;
}

} // namespace

QStringList BoundaryReader::encodings()
{
    return TextEncoding::names();
}

QString BoundaryReader::encodingName(const QString &text, QString *error)
{
    return TextEncoding::canonical(text, error);
}

QString BoundaryReader::describe(const QVector<FieldError> &errors, int maxLines)
{
    QStringList lines;
    for (int i = 0; i < errors.size() && i < maxLines; ++i)
        lines << tr("feature %1, %2: %3").arg(errors[i].row).arg(errors[i].field, errors[i].message);
    if (errors.size() > maxLines)
        lines << tr("… and %n more", nullptr, int(errors.size()) - maxLines);
    return lines.join(QLatin1Char('\n'));
}

StoreError BoundaryReader::refusal(const QString &path, const QVector<FieldError> &errors)
{
    return StoreError(StoreError::Kind::Invalid,
                      tr("%1: %n bad feature(s); nothing was written:\n%2", nullptr, int(errors.size()))
                          .arg(path, describe(errors)),
                      errors);
}

BoundaryReader::Inspection BoundaryReader::inspect(const QString &path, const QString &encoding)
{
    Dataset ds = open(path, encoding);
    OGRLayer *layer = ds->GetLayer(0);
    Inspection in;
    in.fields = fieldNames(layer);
    in.codeField = detect(in.fields, codeNames());
    in.nameField = detect(in.fields, nameNames());
    in.parentField = detect(in.fields, parentNames());
    in.shapefile = isShapefile(path);
    in.cpg = in.shapefile ? TextEncoding::shapefileCpg(path) : QString();
    in.features = int(layer->GetFeatureCount());
    if (const OGRSpatialReference *srs = layer->GetSpatialRef())
        in.epsg = BoundaryCrs::identify(*srs);
    return in;
}

BoundarySet BoundaryReader::read(const QString &path, const BoundaryReadOptions &options)
{
    Dataset ds = open(path, options.encoding);
    OGRLayer *layer = ds->GetLayer(0);
    // A .dbf with neither .cpg nor code page mark is read as bytes; text
    // that is not UTF-8 then needs its encoding named.
    const bool unmarked = isShapefile(path) && TextEncoding::shapefileEncoding(path, options.encoding).isEmpty();
    const QString giveEncoding = tr("the text is not UTF-8 and the file has no .cpg; give its encoding (GBK, GB18030, …)");
    for (int i = 0; unmarked && i < layer->GetLayerDefn()->GetFieldCount(); ++i)
        if (!CPLIsUTF8(layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef(), -1))
            throw StoreError(StoreError::Kind::Invalid, tr("%1, field %2: %3").arg(path).arg(i + 1).arg(giveEncoding));
    const int codeIndex = fieldIndex(layer, path, options.codeField, codeNames(), QStringLiteral("--code-field"), true);
    const int nameIndex = fieldIndex(layer, path, options.nameField, nameNames(), QStringLiteral("--name-field"), true);
    const int parentIndex
        = fieldIndex(layer, path, options.parentField, parentNames(), QStringLiteral("--parent-field"), false);
    const QStringList fields = fieldNames(layer);
    BoundarySet set;
    set.path = path;
    set.level = options.level;
    set.sourceEpsg = sourceEpsg(layer, path, options.sourceEpsg);
    set.encoding = isShapefile(path) ? TextEncoding::shapefileEncoding(path, options.encoding) : QString();
    set.codeField = fields[codeIndex];
    set.parentField = parentIndex >= 0 ? fields[parentIndex] : QString();
    BoundaryGeometry geometry(set.sourceEpsg);

    QVector<FieldError> errors;
    QHash<QString, int> seen;
    const QString geomField = tr("geometry");
    layer->ResetReading();
    for (int number = 1;; ++number) {
        Feature f(layer->GetNextFeature());
        if (!f)
            break;
        const auto fail = [&](int index, const QString &message) {
            errors.push_back({index >= 0 ? fields[index] : geomField, message, number});
        };
        bool readable = true;
        for (int index : {codeIndex, nameIndex, parentIndex})
            if (unmarked && index >= 0 && !CPLIsUTF8(f->GetFieldAsString(index), -1)) {
                fail(index, giveEncoding);
                readable = false;
            }
        if (!readable)
            continue;
        BoundaryFeature out;
        out.number = number;
        AdminUnit &u = out.unit;
        u.level = options.level;
        u.code = text(f.get(), codeIndex);
        u.name = text(f.get(), nameIndex);
        u.shortName = u.name;
        if (u.code.isEmpty())
            fail(codeIndex, tr("no code"));
        else if (!divisioncode::isValid(u.code, options.level))
            fail(codeIndex, tr("\"%1\" is not a %2 code (%3 digits)")
                                .arg(u.code, adminLevelName(options.level).toLower())
                                .arg(options.level == AdminLevel::Grid ? 15 : 12));
        else if (seen.contains(u.code))
            fail(codeIndex, tr("code %1 is also feature %2").arg(u.code).arg(seen.value(u.code)));
        else
            seen.insert(u.code, number);
        if (u.name.isEmpty())
            fail(nameIndex, tr("no name"));
        const QString derived = divisioncode::parentOf(u.code);
        u.parentCode = text(f.get(), parentIndex);
        if (u.parentCode.isEmpty())
            u.parentCode = derived;
        else if (!derived.isEmpty() && u.parentCode != derived)
            fail(parentIndex, tr("parent %1 does not match code %2, whose parent is %3").arg(u.parentCode, u.code, derived));
        QString problem;
        if (!geometry.convert(f->GetGeometryRef(), &u.geometry, &problem))
            fail(-1, problem);
        set.features.push_back(out);
    }
    if (!errors.isEmpty())
        throw refusal(path, errors);
    if (set.features.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("%1 has no features").arg(path));
    return set;
}

} // namespace griddesk::boundaries
