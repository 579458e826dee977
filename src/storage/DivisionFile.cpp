#include "DivisionFile.h"
#include "OgrHandles.h"
#include "StoreError.h"

#include <QFile>
#include <QFileInfo>

#include <memory>

namespace griddesk {

namespace {

// The line each record starts on (the header is the first), as OGR reads
// them: blank lines are skipped and a quoted field may span lines.
QVector<int> recordLines(const QString &path)
{
    QVector<int> starts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return starts;
    bool inQuotes = false;
    for (int line = 1; !f.atEnd(); ++line) {
        const QByteArray text = f.readLine();
        if (!inQuotes && !text.trimmed().isEmpty())
            starts.push_back(line);
        if (text.count('"') % 2 == 1)
            inQuotes = !inQuotes;
    }
    return starts;
}

} // namespace

QVector<DivisionRow> DivisionFile::read(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw StoreError(StoreError::Kind::NotFound, tr("%1: no such file").arg(path));
    GDALAllRegister();
    const char *const drivers[] = {"CSV", nullptr};
    const char *const options[] = {"HEADERS=YES", "AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
    CPLErrorReset();
    const QByteArray name = (QStringLiteral("CSV:") + path).toUtf8();
    std::unique_ptr<GDALDataset, DatasetCloser> ds(
        GDALDataset::Open(name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
    OGRLayer *layer = ds ? ds->GetLayer(0) : nullptr;
    if (!layer)
        throw StoreError(StoreError::Kind::Invalid, tr("%1: not a readable CSV file (%2)")
                                                        .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    const char *const columns[] = {"level", "code", "name", "parent_code"};
    int index[4];
    QVector<FieldError> missing;
    for (int c = 0; c < 4; ++c) {
        index[c] = defn->GetFieldIndex(columns[c]);
        if (index[c] < 0)
            missing.push_back({QString::fromLatin1(columns[c]), tr("the column is missing"), 1});
    }
    if (!missing.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1, line 1: the header needs the columns level, code, name and parent_code").arg(path), missing);
    const QVector<int> lines = recordLines(path);
    QVector<DivisionRow> rows;
    layer->ResetReading();
    for (int record = 1;; ++record) {
        std::unique_ptr<OGRFeature, FeatureDeleter> f(layer->GetNextFeature());
        if (!f)
            break;
        DivisionRow row;
        row.line = record < lines.size() ? lines[record] : int(f->GetFID()) + 1;
        auto field = [&](int c) { return QString::fromUtf8(f->GetFieldAsString(index[c])).trimmed(); };
        row.levelText = field(0);
        row.code = field(1);
        row.name = field(2);
        row.parentCode = field(3);
        rows.push_back(row);
    }
    return rows;
}

} // namespace griddesk
