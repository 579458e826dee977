#include "ImportLookups.h"
#include "AdminLevel.h"
#include "GpkgGeometry.h"
#include "SqlHelpers.h"
#include "SqlSession.h"
#include "UnitStore.h"

#include <QSqlQuery>

namespace griddesk {

namespace {

RegisterProblem problem(const QString &field, RegisterProblem::Code code, const QString &value = {}, const QString &param = {})
{
    return {0, field, code, value, param};
}

std::optional<QPointF> pointOf(const QByteArray &blob)
{
    const std::optional<GeoPoint> p = gpkggeometry::placeOf(blob);
    return p ? std::optional<QPointF>(QPointF(p->x, p->y)) : std::nullopt;
}

} // namespace

QString ImportLookups::keyColumn(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Organisations: return QStringLiteral("credit_code");
    case RegisterKind::KeyPersons: return QStringLiteral("id_number");
    default: return registercatalog::spec(kind).naturalKey;
    }
}

QString ImportLookups::keyOf(const RegisterRecord &r)
{
    const QString column = keyColumn(r.kind);
    if (column.isEmpty())
        return {};
    const QString key = r.text(column);
    if (key.isEmpty())
        return {};
    return r.kind == RegisterKind::KeyPersons ? key + QLatin1Char('|') + r.text(QStringLiteral("person_kind")) : key;
}

ImportLookups::ImportLookups(SqlSession &session, RegisterKind kind)
    : m_kind(kind)
{
    const StoreScope &scope = session.scope();
    m_limited = scope.isLimited() && !scope.isAdministrator();
    QVector<AdminUnit> grids;
    for (const AdminUnit &g : UnitStore(session).adminUnits(int(AdminLevel::Grid))) {
        if (!scope.seesUnit(g.code))
            continue;
        grids << g;
        m_grids.insert(g.code, Grid{g.code, g.parentCode, {}});
        m_gridNames.insert(g.name, g.code);
        if (!g.shortName.isEmpty())
            m_gridNames.insert(g.shortName, g.code);
        if (!m_limited || scope.coversUnit(g.code))
            m_writable.insert(g.code);
    }
    m_locator = std::make_unique<GridLocator>(grids);
    session.read([&] {
        QSqlQuery q = sql::exec(session.db(), QStringLiteral("SELECT code, parent_code FROM admin_units WHERE level = ?"),
                                {int(AdminLevel::Community)});
        QHash<QString, QString> townships;
        while (q.next())
            townships.insert(q.value(0).toString(), q.value(1).toString());
        for (Grid &g : m_grids)
            g.township = townships.value(g.community);
        if (kind == RegisterKind::Residents) {
            QSqlQuery h = sql::exec(session.db(), QStringLiteral("SELECT house_no, grid_code, %1 FROM houses")
                                                      .arg(session.dialect().geomRead()));
            while (h.next())
                m_houses.insert(h.value(0).toString(), House{h.value(1).toString(), pointOf(h.value(2).toByteArray())});
        }
        if (kind == RegisterKind::DisputeParties) {
            QSqlQuery d = sql::exec(session.db(), QStringLiteral("SELECT ledger_no, grid_code FROM disputes"));
            while (d.next())
                m_parents.insert(d.value(0).toString(), d.value(1).toString());
        }
        // A file reads every key it may compare; a server keeps ID numbers
        // from logins and is asked per batch.
        const QString column = keyColumn(kind);
        const RegisterSpec &spec = registercatalog::spec(kind);
        m_keysKnown = !column.isEmpty() && !(session.dialect().isPostgres() && spec.field(column)->personal);
        if (m_keysKnown) {
            QSqlQuery k = sql::exec(session.db(), kind == RegisterKind::KeyPersons
                                                      ? QStringLiteral("SELECT id_number || '|' || person_kind FROM key_persons")
                                                      : QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, spec.table));
            while (k.next())
                m_taken.insert(k.value(0).toString());
        }
    });
}

ImportLookups::~ImportLookups() = default;

const ImportLookups::Grid *ImportLookups::gridByText(const QString &raw) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return nullptr;
    auto it = m_grids.constFind(text);
    if (it != m_grids.constEnd())
        return &it.value();
    const QString code = m_gridNames.value(text);
    if (!code.isEmpty())
        return &m_grids.find(code).value();
    return nullptr;
}

void ImportLookups::place(RegisterRecord &r, const std::optional<QPointF> &lonLat, const QByteArray &footprint,
                          const QString &gridText, RegisterProblems &problems) const
{
    const RegisterSpec &spec = registercatalog::spec(r.kind);
    QString grid;
    if (!spec.parentColumn.isEmpty()) {
        const QString key = r.text(spec.parentColumn);
        grid = m_parents.value(key);
        if (grid.isEmpty()) {
            if (!key.isEmpty())
                problems << problem(spec.parentColumn, RegisterProblem::Code::UnknownReference, key,
                                    registerkind::displayName(spec.field(spec.parentColumn)->reference));
            return;
        }
    } else if (lonLat) {
        r.location = GeoPoint{lonLat->x(), lonLat->y()};
        r.footprint = footprint;
        const AdminUnit *at = m_locator->gridAt(lonLat->x(), lonLat->y());
        if (!at) {
            const QString where = QStringLiteral("%1, %2").arg(lonLat->x(), 0, 'f', 6).arg(lonLat->y(), 0, 'f', 6);
            problems << (m_limited ? problem(QStringLiteral("grid_code"), RegisterProblem::Code::OutsideScope, where)
                                   : problem(QString(), RegisterProblem::Code::OutsideGrids, where));
            return;
        }
        grid = at->code;
    }
    if (grid.isEmpty() && r.kind == RegisterKind::Residents) {
        const QString houseNo = r.text(QStringLiteral("house_no"));
        auto house = m_houses.constFind(houseNo);
        if (!houseNo.isEmpty() && house != m_houses.constEnd()) {
            grid = house->grid;
            if (house->at)
                r.location = GeoPoint{house->at->x(), house->at->y()};
        }
    }
    if (grid.isEmpty() && !gridText.trimmed().isEmpty()) {
        const Grid *g = gridByText(gridText);
        if (!g) {
            // A person limited to part of the township cannot tell another
            // area's grid from no grid at all.
            problems << (m_limited ? problem(QStringLiteral("grid_code"), RegisterProblem::Code::OutsideScope, {}, gridText.trimmed())
                                   : problem(QStringLiteral("grid_code"), RegisterProblem::Code::UnknownGrid, gridText.trimmed()));
            return;
        }
        grid = g->code;
    }
    if (grid.isEmpty()) {
        problems << problem(QString(), RegisterProblem::Code::NoLocation);
        return;
    }
    auto g = m_grids.constFind(grid);
    if (g == m_grids.constEnd() || !m_writable.contains(grid)) {
        problems << problem(QStringLiteral("grid_code"), RegisterProblem::Code::OutsideScope, {}, grid);
        return;
    }
    r.gridCode = g->code;
    r.communityCode = g->community;
    r.townshipCode = g->township;
    if (r.kind == RegisterKind::Residents) {
        const QString houseNo = r.text(QStringLiteral("house_no"));
        if (!houseNo.isEmpty() && !m_houses.contains(houseNo))
            problems << problem(QStringLiteral("house_no"), RegisterProblem::Code::UnknownReference, houseNo,
                                registerkind::displayName(RegisterKind::Houses));
    }
}

} // namespace griddesk
