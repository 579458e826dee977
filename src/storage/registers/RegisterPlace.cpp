#include "RegisterPlace.h"
#include "AdminLevel.h"
#include "GpkgGeometry.h"
#include "SqlHelpers.h"
#include "SqlSession.h"
#include "UnitStore.h"

#include <QSqlQuery>

namespace griddesk::registerplace {

namespace {

RegisterProblem problem(const QString &field, RegisterProblem::Code code, const QString &value = {},
                        const QString &param = {})
{
    return {0, field, code, value, param};
}

bool hasValue(const RegisterRecord &r, const QString &column)
{
    const QVariant v = r.value(column);
    return !v.isNull() && !v.toString().isEmpty() && !v.toString().contains(QLatin1Char('*'));
}

// The stored record a key names (grid and location), if any the reader sees.
bool parentOf(SqlSession &session, const QString &table, const QString &column, const QVariant &key, QString *grid,
              std::optional<GeoPoint> *location)
{
    const RegisterSpec *spec = nullptr;
    RegisterKind kind;
    if (registerkind::fromTable(table, &kind))
        spec = &registercatalog::spec(kind);
    const bool located = spec && spec->hasGeometry();
    QSqlQuery q = sql::exec(session.db(), QStringLiteral("SELECT grid_code%1 FROM %2 WHERE %3 = ?")
                                              .arg(located ? QStringLiteral(", ") + session.dialect().geomRead() : QString(),
                                                   table, column),
                            {key});
    if (!q.next())
        return false;
    *grid = q.value(0).toString();
    if (located && location)
        *location = gpkggeometry::placeOf(q.value(1).toByteArray());
    return true;
}

void checkDuplicates(SqlSession &session, const RegisterRecord &r, RegisterProblems &problems)
{
    const RegisterSpec &spec = registercatalog::spec(r.kind);
    QStringList keys;
    if (!spec.naturalKey.isEmpty())
        keys << spec.naturalKey;
    if (r.kind == RegisterKind::Organisations)
        keys << QStringLiteral("credit_code");
    for (const QString &column : keys) {
        if (!hasValue(r, column))
            continue;
        // On a server a login cannot read ID numbers; the unique index
        // refuses the duplicate at insert instead.
        if (session.dialect().isPostgres() && spec.field(column)->personal)
            continue;
        QSqlQuery q = sql::exec(session.db(), QStringLiteral("SELECT fid FROM %1 WHERE %2 = ? AND fid <> ?").arg(spec.table, column),
                                {r.value(column).toString(), r.id});
        if (q.next())
            problems << problem(column, RegisterProblem::Code::DuplicateStored,
                                spec.field(column)->personal ? QStringLiteral("…") : r.value(column).toString(),
                                QStringLiteral("#%1").arg(q.value(0).toLongLong()));
    }
    if (r.kind == RegisterKind::KeyPersons && hasValue(r, QStringLiteral("id_number")) && !session.dialect().isPostgres()) {
        QSqlQuery q = sql::exec(session.db(), QStringLiteral(
            "SELECT fid FROM key_persons WHERE id_number = ? AND person_kind = ? AND fid <> ?"),
            {r.text(QStringLiteral("id_number")), r.text(QStringLiteral("person_kind")), r.id});
        if (q.next())
            problems << problem(QStringLiteral("id_number"), RegisterProblem::Code::DuplicateStored, QStringLiteral("…"),
                                QStringLiteral("#%1").arg(q.value(0).toLongLong()));
    }
}

} // namespace

bool gridParents(SqlSession &session, const QString &gridCode, QString *community, QString *township)
{
    QSqlQuery q = sql::exec(session.db(), QStringLiteral(
        "SELECT g.parent_code, c.parent_code FROM admin_units g LEFT JOIN admin_units c ON c.code = g.parent_code "
        "WHERE g.code = ? AND g.level = ?"), {gridCode, int(AdminLevel::Grid)});
    if (!q.next())
        return false;
    *community = q.value(0).toString();
    *township = q.value(1).toString();
    return true;
}

RegisterProblems resolve(SqlSession &session, RegisterRecord &r, bool limited)
{
    RegisterProblems problems;
    const RegisterSpec &spec = registercatalog::spec(r.kind);
    QString grid;
    bool placed = false;
    if (!spec.parentColumn.isEmpty()) {
        const RegisterField *parent = spec.field(spec.parentColumn);
        const RegisterSpec &parentSpec = registercatalog::spec(parent->reference);
        const QString keyColumn = parentSpec.naturalKey.isEmpty() ? QStringLiteral("fid") : parentSpec.naturalKey;
        if (!r.value(spec.parentColumn).isNull()) {
            if (!parentOf(session, parentSpec.table, keyColumn, r.value(spec.parentColumn), &grid, nullptr))
                problems << problem(spec.parentColumn, RegisterProblem::Code::UnknownReference,
                                    r.value(spec.parentColumn).toString(), registerkind::displayName(parent->reference));
            else
                placed = true;
        }
        if (!placed)
            return problems;
    } else if (r.location || !r.footprint.isEmpty()) {
        if (!r.location)
            r.location = gpkggeometry::placeOf(r.footprint);
        UnitStore units(session);
        const std::optional<AdminUnit> at = r.location ? units.gridAt(*r.location) : std::nullopt;
        if (!at) {
            // A person limited to part of the township sees only its grids.
            const QString where = r.location ? QStringLiteral("%1, %2").arg(r.location->x, 0, 'f', 6).arg(r.location->y, 0, 'f', 6)
                                             : QString();
            if (limited)
                problems << problem(QStringLiteral("grid_code"), RegisterProblem::Code::OutsideScope, where);
            else
                problems << problem(QString(), RegisterProblem::Code::OutsideGrids, where);
            return problems;
        }
        grid = at->code;
        placed = true;
    }
    if (!placed && r.kind == RegisterKind::Residents && hasValue(r, QStringLiteral("house_no"))) {
        std::optional<GeoPoint> at;
        if (parentOf(session, QStringLiteral("houses"), QStringLiteral("house_no"), r.value(QStringLiteral("house_no")), &grid, &at)) {
            r.location = at;
            placed = true;
        }
    }
    if (!placed && !r.gridCode.isEmpty()) {
        grid = r.gridCode;
        placed = true;
    }
    if (!placed) {
        problems << problem(QString(), RegisterProblem::Code::NoLocation);
        return problems;
    }
    if (!gridParents(session, grid, &r.communityCode, &r.townshipCode)) {
        problems << problem(QStringLiteral("grid_code"), RegisterProblem::Code::UnknownGrid, grid);
        return problems;
    }
    r.gridCode = grid;
    if (r.kind == RegisterKind::Residents && hasValue(r, QStringLiteral("house_no"))) {
        QString houseGrid;
        if (!parentOf(session, QStringLiteral("houses"), QStringLiteral("house_no"), r.value(QStringLiteral("house_no")),
                      &houseGrid, nullptr))
            problems << problem(QStringLiteral("house_no"), RegisterProblem::Code::UnknownReference,
                                r.text(QStringLiteral("house_no")), registerkind::displayName(RegisterKind::Houses));
    }
    checkDuplicates(session, r, problems);
    return problems;
}

} // namespace griddesk::registerplace
