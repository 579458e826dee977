#include "RegisterExport.h"
#include "SqlHelpers.h"
#include "Store.h"
#include "StoreError.h"
#include "tables/TableSink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace griddesk {

namespace {

QMetaType::Type typeOf(const RegisterField &f)
{
    switch (f.kind) {
    case FieldKind::Date: return QMetaType::QDate;
    case FieldKind::Integer: return QMetaType::LongLong;
    case FieldKind::Decimal: return QMetaType::Double;
    case FieldKind::Reference:
        return f.reference == RegisterKind::KeyPersons ? QMetaType::LongLong : QMetaType::QString;
    default: return QMetaType::QString;
    }
}

// Progress every so many rows: often enough for a bar, rarely enough to cost nothing.
constexpr qint64 kProgressEvery = 250;

// The parts a Shapefile's writer puts beside its .shp or .dbf.
const char *const kShapefileParts[] = {"shp", "shx", "dbf", "prj", "cpg", "qix"};

// A file written but not audited is taken away again.
void removeWritten(const QString &path, tables::TableFormat format)
{
    if (format != tables::TableFormat::Shapefile) {
        QFile::remove(path);
        return;
    }
    const QFileInfo info(path);
    for (const char *suffix : kShapefileParts)
        QFile::remove(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + QLatin1String(suffix)));
}

QString chineseCode(const RegisterField &f, const QString &code)
{
    for (const CodeOption &o : f.codes)
        if (o.code == code)
            return o.chinese;
    return code;
}

} // namespace

QStringList RegisterExport::columnNames(RegisterKind kind, tables::TableFormat format)
{
    // A Shapefile keeps 10 bytes of a name: three Chinese characters.
    const bool ascii = format == tables::TableFormat::Shapefile;
    QStringList names;
    for (const RegisterField &f : registercatalog::spec(kind).fields)
        names << (ascii ? f.column : f.chinese);
    names << (ascii ? QStringLiteral("grid_code") : QStringLiteral("网格编码"));
    return names;
}

QString RegisterExport::fileFor(RegisterKind kind, const QString &path, tables::TableFormat format)
{
    if (format != tables::TableFormat::Shapefile || registercatalog::spec(kind).hasGeometry())
        return path;
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".dbf"));
}

qint64 RegisterExport::run(Store &store, RegisterKind kind, const QString &requested, const ExportOptions &options)
{
    const QString path = fileFor(kind, requested, options.format);
    const RegisterSpec &spec = registercatalog::spec(kind);
    const QStringList names = columnNames(kind, options.format);
    QVector<tables::TableColumn> columns;
    for (int i = 0; i < spec.fields.size(); ++i)
        columns.push_back({names[i], typeOf(spec.fields[i]), spec.fields[i].maxLength});
    columns.push_back({names.last(), QMetaType::QString, 15});
    tables::TableWriteOptions w;
    w.encoding = options.encoding;
    w.targetEpsg = options.targetEpsg;
    w.layer = spec.table;
    w.withGeometry = spec.hasGeometry();
    w.xyColumns = spec.hasGeometry();
    w.footprints = spec.geometry == RegisterGeometry::PointOrFootprint;
    const auto stopped = [&options] { return options.cancel && options.cancel->load(); };
    const qint64 total = options.progress ? store.registerCount(kind, options.query) : -1;
    if (options.progress)
        options.progress(0, total);
    tables::TableSink sink = tables::TableSink::create(requested, options.format, columns, w);
    qint64 rows = 0;
    store.forEachRegisterRecord(kind, options.query, [&](const RegisterRecord &r) {
        if (stopped())
            return false;
        QVector<QVariant> values;
        values.reserve(columns.size());
        for (int i = 0; i < spec.fields.size(); ++i) {
            const QVariant &v = r.values.value(i);
            values << (spec.fields[i].kind == FieldKind::Code && !v.isNull() ? QVariant(chineseCode(spec.fields[i], v.toString())) : v);
        }
        values << r.gridCode;
        std::optional<QPointF> at;
        if (r.location)
            at = QPointF(r.location->x, r.location->y);
        sink.write(values, at, r.footprint);
        ++rows;
        if (options.progress && rows % kProgressEvery == 0)
            options.progress(rows, qMax(total, rows));
        return true;
    });
    // Stopped: the sink goes without commit(), taking its temporary files.
    if (stopped())
        return kStopped;
    sink.commit();
    if (options.progress)
        options.progress(rows, rows);
    // The export is audited: what, where to, how many rows. A file that
    // cannot be recorded does not stay.
    SqlSession &session = store.session();
    const QString after = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                                                      {QStringLiteral("format"), tables::tableformat::name(options.format)},
                                                                      {QStringLiteral("rows"), rows}})
                                                .toJson(QJsonDocument::Compact));
    try {
        session.rewrite([&] {
            SqlSession::WriteTransaction tx(session);
            if (session.dialect().isPostgres())
                sql::exec(session.db(), QStringLiteral("SELECT gd_audit_export(?, ?)"), {spec.table, after});
            else
                session.appendAudit(QStringLiteral("export"), spec.table, 0, after);
            tx.commit();
        });
    } catch (...) {
        removeWritten(path, options.format);
        throw;
    }
    return rows;
}

} // namespace griddesk
