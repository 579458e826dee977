#include "BoundaryImport.h"
#include "AccessPolicy.h"
#include "BoundaryReader.h"
#include "ChinaTime.h"
#include "GpkgGeometry.h"
#include "SqlSession.h"
#include "Store.h"
#include "StoreError.h"
#include "UnitRows.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace griddesk::boundaries {

namespace {

// What the topology check looks at: the communities the import touches,
// with all their grids as they would be after it (or, without `after`, as
// they are now).
struct Picture {
    QVector<AdminUnit> communities;
    QVector<AdminUnit> grids;
};

Picture picture(const BoundarySet &set, const QVector<AdminUnit> &stored, bool after)
{
    QSet<QString> codes;
    QHash<QString, AdminUnit> imported;
    for (const BoundaryFeature &f : set.features) {
        codes.insert(f.unit.code);
        if (after)
            imported.insert(f.unit.code, f.unit);
    }
    QSet<QString> affected;
    if (set.level == AdminLevel::Grid) {
        for (const BoundaryFeature &f : set.features)
            affected.insert(f.unit.parentCode);
    } else if (set.level == AdminLevel::Community) {
        // A community with no grids yet has nothing to be checked against.
        for (const AdminUnit &u : stored)
            if (u.level == AdminLevel::Grid && codes.contains(u.parentCode))
                affected.insert(u.parentCode);
    } // a township's boundary changes no community's grids
    Picture p;
    QSet<QString> placed;
    for (const AdminUnit &u : stored) {
        if (u.level == AdminLevel::Community && affected.contains(u.code)) {
            p.communities << imported.value(u.code, u);
        } else if (u.level == AdminLevel::Grid && affected.contains(u.parentCode)) {
            p.grids << imported.value(u.code, u);
            placed.insert(u.code);
        }
    }
    if (after && set.level == AdminLevel::Grid)
        for (const BoundaryFeature &f : set.features)
            if (!placed.contains(f.unit.code))
                p.grids << f.unit;
    return p;
}

// The problems of `after` that `before` did not have: another kind, other
// units, or a larger area. Those already there do not stop an import.
QVector<topology::TopologyProblem> newProblems(const topology::TopologyReport &before,
                                               const topology::TopologyReport &after)
{
    QVector<topology::TopologyProblem> fresh;
    for (const topology::TopologyProblem &a : after.problems) {
        const bool known = std::any_of(before.problems.cbegin(), before.problems.cend(), [&](const topology::TopologyProblem &b) {
            return b.kind == a.kind && b.units == a.units && a.areaM2 <= b.areaM2 + 1.0;
        });
        if (!known)
            fresh << a;
    }
    return fresh;
}

} // namespace

BoundaryImport::BoundaryImport(Store &store, const topology::TopologyOptions &options)
    : m_store(store)
    , m_options(options)
{
}

BoundaryImport::Outcome BoundaryImport::run(const BoundarySet &set, const QString &justification)
{
    SqlSession &session = m_store.session();
    session.scope().requireAdministrator();
    // A server's login is who writes, whatever scope the caller set (a
    // command line sets none): the township's staff may edit grids there,
    // but boundary files are an administrator's.
    if (session.dialect().isPostgres()) {
        const std::optional<UserAccount> login = m_store.currentUser();
        if (login && !accesspolicy::isAdministrator(*login))
            throw StoreError(StoreError::Kind::Invalid,
                             tr("only an administrator may import boundaries, and %1 is not one").arg(login->username));
    }
    const QString why = justification.trimmed();
    return session.once([&] {
        SqlSession::WriteTransaction tx(session);
        const QVector<AdminUnit> stored = m_store.adminUnits();
        QHash<QString, AdminUnit> byCode;
        for (const AdminUnit &u : stored)
            byCode.insert(u.code, u);
        QVector<FieldError> errors;
        const AdminLevel parentLevel = static_cast<AdminLevel>(int(set.level) - 1);
        for (const BoundaryFeature &f : set.features) {
            const auto same = byCode.constFind(f.unit.code);
            if (same != byCode.cend() && same->level != set.level)
                errors.push_back({set.codeField, tr("code %1 is stored as a %2").arg(f.unit.code, adminLevelName(same->level).toLower()),
                                  f.number});
            const auto parent = byCode.constFind(f.unit.parentCode);
            if (parent == byCode.cend() || parent->level != parentLevel)
                errors.push_back({set.parentField.isEmpty() ? set.codeField : set.parentField,
                                  tr("unknown parent %1: no %2 has this code").arg(f.unit.parentCode, adminLevelName(parentLevel).toLower()),
                                  f.number});
        }
        if (!errors.isEmpty())
            throw BoundaryReader::refusal(set.path, errors);
        const Picture now = picture(set, stored, false);
        const Picture then = picture(set, stored, true);
        topology::TopologyCheck check(m_options);
        check.setCancelled(m_cancelled);
        const int steps = topology::TopologyCheck::steps(now.communities, now.grids);
        const int total = steps + topology::TopologyCheck::steps(then.communities, then.grids);
        Outcome out;
        topology::TopologyReport before;
        try {
            check.setProgress([&](int done, int) { if (m_progress) m_progress(done, total); });
            before = check.run(now.communities, now.grids);
            check.setProgress([&](int done, int) { if (m_progress) m_progress(steps + done, total); });
            out.check = check.run(then.communities, then.grids);
        } catch (const StoreError &) {
            throw;
        } catch (const std::runtime_error &e) {
            throw StoreError(StoreError::Kind::Invalid, QString::fromUtf8(e.what()));
        }
        out.cancelled = before.cancelled || out.check.cancelled;
        if (out.cancelled)
            return out; // the transaction rolls back: nothing written
        out.problems = newProblems(before, out.check);
        if (!out.problems.isEmpty() && why.isEmpty())
            return out; // the transaction rolls back: nothing written
        out.overridden = !out.problems.isEmpty();
        const Applied applied = applyBoundaries(set.features, byCode, out.overridden ? why : QString(),
                                                int(out.problems.size()));
        tx.commit();
        out.added = applied.added;
        out.updated = applied.updated;
        out.unchanged = applied.unchanged;
        out.written = true;
        return out;
    });
}

BoundaryImport::Applied BoundaryImport::applyBoundaries(const QVector<BoundaryFeature> &features,
                                                        const QHash<QString, AdminUnit> &stored,
                                                        const QString &justification, int overridden)
{
    SqlSession &session = m_store.session();
    const SqlDialect &d = session.dialect();
    const QString actor = session.actor();
    // A new boundary holds from today (China time): what happened before keeps the one it had.
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(kChinaOffset).date();
    Applied applied;
    for (const BoundaryFeature &f : features) {
        const AdminUnit &u = f.unit;
        const auto was = stored.constFind(u.code);
        int version = 1;
        if (was == stored.cend()) {
            QSqlQuery q = sql::exec(session.db(), QStringLiteral(
                "INSERT INTO admin_units (geom, code, parent_code, name, short_name, level) VALUES (%1, ?, ?, ?, ?, ?)")
                                                      .arg(d.geomParam()),
                                    {d.multiPolygon(u.geometry), u.code, u.parentCode, u.name, u.name, int(u.level)});
            sql::expectAffected(q, 1, QStringLiteral("insert admin unit %1").arg(u.code));
            ++applied.added;
        } else if (gpkggeometry::encodeMultiPolygon(was->geometry) == gpkggeometry::encodeMultiPolygon(u.geometry)) {
            ++applied.unchanged;
            continue;
        } else {
            QSqlQuery q = sql::exec(session.db(),
                                    QStringLiteral("UPDATE admin_units SET geom = %1 WHERE code = ?").arg(d.geomParam()),
                                    {d.multiPolygon(u.geometry), u.code});
            sql::expectAffected(q, 1, QStringLiteral("update the boundary of admin unit %1").arg(u.code));
            version = unitrows::closeVersion(session.db(), u.code, today) + 1;
            ++applied.updated;
        }
        // The version as stored: a stored unit keeps its name.
        AdminUnit now = was == stored.cend() ? u : *was;
        now.geometry = u.geometry;
        unitrows::recordVersion(session.db(), d, now, version, today, UnitChange::Imported, {}, justification, overridden,
                                actor);
    }
    return applied;
}

} // namespace griddesk::boundaries
