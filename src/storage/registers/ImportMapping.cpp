#include "ImportMapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace griddesk {

namespace {

QString simplified(const QString &name)
{
    QString s = name.trimmed().toLower();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('_'));
    s.remove(QStringLiteral("（"));
    s.remove(QStringLiteral("）"));
    return s;
}

QStringList namesOf(const RegisterField &f)
{
    QStringList names{f.column, f.chinese, QString::fromLatin1(f.label), f.displayName()};
    names << f.aliases;
    return names;
}

} // namespace

QStringList ImportMapping::gridFieldNames()
{
    return {QStringLiteral("grid_code"), QStringLiteral("grid"), QStringLiteral("网格编码"), QStringLiteral("网格代码"),
            QStringLiteral("网格"), QStringLiteral("所属网格"), QStringLiteral("网格名称")};
}

ImportMapping ImportMapping::guess(RegisterKind kind, const QStringList &fileFields)
{
    ImportMapping m;
    m.kind = kind;
    const RegisterSpec &spec = registercatalog::spec(kind);
    QHash<QString, QString> bySimple;
    for (const QString &f : fileFields)
        bySimple.insert(simplified(f), f);
    QSet<QString> used;
    for (const RegisterField &field : spec.fields)
        for (const QString &name : namesOf(field)) {
            const QString file = bySimple.value(simplified(name));
            if (!file.isEmpty() && !used.contains(file)) {
                m.fields.insert(field.column, file);
                used.insert(file);
                break;
            }
        }
    // A Shapefile keeps the first 10 bytes of a field's name.
    for (const RegisterField &field : spec.fields) {
        if (m.fields.contains(field.column))
            continue;
        for (const QString &f : fileFields)
            if (!used.contains(f) && f.toUtf8().size() == 10
                && field.column.toUtf8().left(10).compare(f.toUtf8(), Qt::CaseInsensitive) == 0) {
                m.fields.insert(field.column, f);
                used.insert(f);
                break;
            }
    }
    for (const QString &name : gridFieldNames()) {
        const QString file = bySimple.value(simplified(name));
        if (!file.isEmpty() && !used.contains(file)) {
            m.gridField = file;
            break;
        }
    }
    return m;
}

bool ImportMapping::check(const QStringList &fileFields, QString *error) const
{
    QStringList problems;
    const RegisterSpec &spec = registercatalog::spec(kind);
    QHash<QString, QString> seen;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const RegisterField *f = spec.field(it.key());
        if (!f) {
            problems << tr("%1 is not a column of %2").arg(it.key(), registerkind::displayName(kind));
            continue;
        }
        if (!fileFields.contains(it.value()))
            problems << tr("%1: the file has no field \"%2\"").arg(f->displayName(), it.value());
        if (seen.contains(it.value()))
            problems << tr("field \"%1\" is mapped to both %2 and %3").arg(it.value(), spec.field(seen[it.value()])->displayName(),
                                                                         f->displayName());
        seen.insert(it.value(), it.key());
    }
    if (!gridField.isEmpty() && !fileFields.contains(gridField))
        problems << tr("grid: the file has no field \"%1\"").arg(gridField);
    for (const RegisterField &f : spec.fields)
        if (f.required && !f.derived && !fields.contains(f.column))
            problems << tr("%1 (%2) is needed but no field of the file is mapped to it").arg(f.displayName(), f.chinese);
    if (!problems.isEmpty() && error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject f;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        f.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("register"), registerkind::cliName(kind)}, {QStringLiteral("fields"), f}};
    if (!gridField.isEmpty())
        o.insert(QStringLiteral("grid"), gridField);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ImportMapping::fromJson(const QByteArray &json, ImportMapping *out, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (!doc.isObject()) {
        *error = tr("not a mapping: %1 at character %2").arg(parse.errorString()).arg(parse.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    ImportMapping m;
    if (!registerkind::fromCliName(o.value(QStringLiteral("register")).toString(), &m.kind)) {
        *error = tr("\"register\" must name a register (residents, houses, disputes, key-persons, organisations, work-log)");
        return false;
    }
    const QJsonObject f = o.value(QStringLiteral("fields")).toObject();
    for (auto it = f.constBegin(); it != f.constEnd(); ++it) {
        if (!it.value().isString()) {
            *error = tr("\"fields\": the field of %1 must be text").arg(it.key());
            return false;
        }
        m.fields.insert(it.key(), it.value().toString());
    }
    m.gridField = o.value(QStringLiteral("grid")).toString();
    *out = m;
    return true;
}

bool ImportMapping::load(const QString &path, ImportMapping *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!fromJson(file.readAll(), out, error)) {
        *error = path + QStringLiteral(": ") + *error;
        return false;
    }
    return true;
}

bool ImportMapping::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace griddesk
