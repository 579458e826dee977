#include "RegisterExport.h"
#include "SqlHelpers.h"
#include "Store.h"
#include "StoreError.h"
#include "tables/TableSink.h"

#include <QDir>
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
    tables::TableSink sink = tables::TableSink::create(requested, options.format, columns, w);
    qint64 rows = 0;
    store.forEachRegisterRecord(kind, options.query, [&](const RegisterRecord &r) {
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
        return true;
    });
    sink.commit();
    // The export is audited: what, where to, how many rows.
    SqlSession &session = store.session();
    const QString after = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                                                      {QStringLiteral("format"), tables::tableformat::name(options.format)},
                                                                      {QStringLiteral("rows"), rows}})
                                                .toJson(QJsonDocument::Compact));
    session.rewrite([&] {
        SqlSession::WriteTransaction tx(session);
        if (session.dialect().isPostgres())
            sql::exec(session.db(), QStringLiteral("SELECT gd_audit_export(?, ?)"), {spec.table, after});
        else
            session.appendAudit(QStringLiteral("export"), spec.table, 0, after);
        tx.commit();
    });
    return rows;
}

} // namespace griddesk
