#include "GridStore.h"
#include "KpiPeriod.h"
#include "DivisionCode.h"
#include "GridEditRefused.h"
#include "GpkgGeometry.h"
#include "GridPicture.h"
#include "PolygonOps.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "UnitRows.h"
#include "topology/TopologyCheck.h"
#include "topology/TopologyText.h"

#include <QSqlQuery>

#include <algorithm>

namespace griddesk {

namespace {

// Today in China Standard Time, the day boundary of every store rule.
QDate chinaToday()
{
    return KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVector<QVariant> values(const QStringList &codes)
{
    QVector<QVariant> out;
    for (const QString &c : codes)
        out << c;
    return out;
}

// Current units with these codes, or of these parents (level given).
QVector<AdminUnit> currentUnits(QSqlDatabase &db, const SqlDialect &d, const QString &column, const QStringList &codes)
{
    QVector<AdminUnit> out;
    if (codes.isEmpty())
        return out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT %1 FROM admin_units WHERE %2 IN (%3) ORDER BY code")
                                    .arg(unitrows::unitColumns(d), column, placeholders(codes.size())),
                            values(codes));
    while (q.next())
        out.push_back(unitrows::readUnit(q));
    return out;
}

// The highest grid sequence a community ever gave out (retired codes included).
int highestSequence(QSqlDatabase &db, const QString &community)
{
    int highest = 0;
    for (const char *table : {"admin_units", "unit_versions"}) {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT code FROM %1 WHERE level = 6 AND parent_code = ?")
                                        .arg(QString::fromLatin1(table)),
                                {community});
        while (q.next()) {
            const QString code = q.value(0).toString();
            if (code.size() == 15 && code.startsWith(community))
                highest = std::max(highest, code.mid(12).toInt());
        }
    }
    return highest;
}

struct Prepared {
    GridEdit edit;        // with codes for its new grids and a day
    GridPicture picture;  // before and after
    QStringList created;
    QStringList changed;
};

} // namespace

GridStore::GridStore(SqlSession &session)
    : m_session(session)
{
}

QVector<AdminUnit> GridStore::unitsDuring(const QDate &from, const QDate &to, AdminLevel level) const
{
    const StoreScope &scope = m_session.scope();
    QVector<AdminUnit> units = m_session.read([&] {
        QVector<AdminUnit> all;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT %1 FROM unit_versions WHERE level = ? AND geom IS NOT NULL AND (valid_from IS NULL OR valid_from < ?) "
            "AND (valid_to IS NULL OR valid_to > ?) AND (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from) "
            "ORDER BY code, version").arg(unitrows::versionColumns(m_session.dialect())),
            {int(level), QVariant(to), QVariant(from)});
        while (q.next())
            all.push_back(unitrows::readUnit(q));
        return all;
    });
    // One entry per unit: its latest version of the span.
    QVector<AdminUnit> out;
    for (const AdminUnit &u : units) {
        if (!scope.seesUnit(u.code))
            continue;
        if (!out.isEmpty() && out.last().code == u.code)
            out.last() = u;
        else
            out.push_back(u);
    }
    return out;
}

QVector<AdminUnit> GridStore::unitsOn(const QDate &day, AdminLevel level) const
{
    const QDate d = day.isValid() ? day : chinaToday();
    return unitsDuring(d, d.addDays(1), level);
}

QVector<UnitVersion> GridStore::unitHistory(const QString &code) const
{
    if (!m_session.scope().seesUnit(code))
        return {};
    return m_session.read([&] {
        QVector<UnitVersion> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM unit_versions WHERE code = ? ORDER BY version")
                                                    .arg(unitrows::versionColumns(m_session.dialect())),
                                {code});
        while (q.next())
            out.push_back(unitrows::readVersion(q));
        return out;
    });
}

QString GridStore::nextGridCode(const QString &communityCode) const
{
    return m_session.read([&] {
        return divisioncode::gridCode(communityCode, highestSequence(m_session.db(), communityCode) + 1);
    });
}

bool GridStore::mayEditGrids(const QString &communityCode) const
{
    return m_session.scope().mayEditGrids(communityCode);
}

namespace {

// Checks an edit against the stored grids and the person's rights, gives its
// new grids codes and builds the picture. Runs inside a read or a write.
Prepared prepare(QSqlDatabase &db, const SqlDialect &d, const StoreScope &scope, const GridEdit &edit)
{
    Prepared p;
    p.edit = edit;
    const QDate today = chinaToday();
    if (!p.edit.effective.isValid())
        p.edit.effective = today;
    if (p.edit.effective > today)
        throw StoreError(StoreError::Kind::Invalid,
                         GridStore::tr("a grid edit cannot take effect in the future (%1)")
                             .arg(p.edit.effective.toString(Qt::ISODate)));
    if (p.edit.grids.isEmpty() && p.edit.retired.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, GridStore::tr("the edit changes no grid"));

    QStringList named = p.edit.retired;
    for (const AdminUnit &g : p.edit.grids)
        if (!g.code.isEmpty())
            named << g.code;
    const QVector<AdminUnit> storedNamed = currentUnits(db, d, QStringLiteral("code"), named);
    for (const AdminUnit &u : storedNamed)
        if (u.level != AdminLevel::Grid)
            throw StoreError(StoreError::Kind::Invalid, GridStore::tr("%1 is not a grid").arg(u.code));
    const QStringList touched = [&] {
        QStringList c = GridPicture::touchedCommunities(p.edit, storedNamed).values();
        std::sort(c.begin(), c.end());
        return c;
    }();
    for (const QString &code : touched)
        if (!scope.mayEditGrids(code))
            throw StoreError(StoreError::Kind::Invalid, GridStore::tr("no right to edit the grids of %1").arg(code));
    const QVector<AdminUnit> communities = currentUnits(db, d, QStringLiteral("code"), touched);
    for (const QString &code : touched) {
        const auto found = std::find_if(communities.cbegin(), communities.cend(),
                                        [&](const AdminUnit &u) { return u.code == code; });
        if (found == communities.cend() || found->level != AdminLevel::Community)
            throw StoreError(StoreError::Kind::Invalid, GridStore::tr("%1 is not a community").arg(code));
    }
    for (const AdminUnit &g : p.edit.grids) {
        if (g.code.isEmpty() && g.name.trimmed().isEmpty())
            throw StoreError(StoreError::Kind::Invalid, GridStore::tr("a new grid of %1 needs a name").arg(g.parentCode));
        if (g.code.isEmpty() && g.geometry.isEmpty())
            throw StoreError(StoreError::Kind::Invalid,
                             GridStore::tr("new grid \"%1\" has no boundary").arg(g.name.trimmed()));
    }

    // A version may not begin before the one it replaces.
    if (!storedNamed.isEmpty()) {
        QStringList codes;
        for (const AdminUnit &u : storedNamed)
            codes << u.code;
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT code, valid_from FROM unit_versions WHERE valid_to IS NULL "
                                                   "AND code IN (%1)").arg(placeholders(codes.size())),
                                values(codes));
        while (q.next()) {
            const QDate from = q.value(1).isNull() ? QDate() : q.value(1).toDate();
            if (from.isValid() && p.edit.effective < from)
                throw StoreError(StoreError::Kind::Invalid,
                                 GridStore::tr("grid %1 has a version valid from %2; an edit cannot take effect "
                                               "before it (%3)")
                                     .arg(q.value(0).toString(), from.toString(Qt::ISODate),
                                          p.edit.effective.toString(Qt::ISODate)));
        }
    }

    // Codes for the new grids: the community's next sequences.
    QHash<QString, int> next;
    for (AdminUnit &g : p.edit.grids) {
        g.level = AdminLevel::Grid;
        g.name = g.name.trimmed();
        g.shortName = g.shortName.trimmed().isEmpty() ? g.name : g.shortName.trimmed();
        if (!g.code.isEmpty()) {
            p.changed << g.code;
            continue;
        }
        int &seq = next[g.parentCode];
        if (seq == 0)
            seq = highestSequence(db, g.parentCode);
        if (++seq > 999)
            throw StoreError(StoreError::Kind::Invalid,
                             GridStore::tr("community %1 has given out all 999 grid codes").arg(g.parentCode));
        g.code = divisioncode::gridCode(g.parentCode, seq);
        p.created << g.code;
    }

    const QVector<AdminUnit> stored = [&] {
        QVector<AdminUnit> grids = currentUnits(db, d, QStringLiteral("parent_code"), touched);
        grids.erase(std::remove_if(grids.begin(), grids.end(),
                                   [](const AdminUnit &u) { return u.level != AdminLevel::Grid; }),
                    grids.end());
        return grids;
    }();
    QStringList unknown;
    p.picture = GridPicture::of(p.edit, communities, stored, p.created, &unknown);
    if (!unknown.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         GridStore::tr("no current grid has the code(s) %1 (retired, or never given out)")
                             .arg(unknown.join(QStringLiteral(", "))));
    return p;
}

topology::TopologyReport brought(const GridPicture &picture, const topology::TopologyOptions &options)
{
    const topology::TopologyCheck check(options);
    const topology::TopologyReport before = check.run(picture.communities, picture.before);
    topology::TopologyReport after = check.run(picture.communities, picture.after);
    after.problems = gridpicture::broughtBy(before, after, options.gapToleranceM2);
    return after;
}

} // namespace

topology::TopologyReport GridStore::checkEdit(const GridEdit &edit) const
{
    const StoreScope &scope = m_session.scope();
    const Prepared p = m_session.read([&] { return prepare(m_session.db(), m_session.dialect(), scope, edit); });
    return brought(p.picture, {});
}

GridStore::SavedEdit GridStore::saveGridEdit(const GridEdit &edit)
{
    const StoreScope &scope = m_session.scope();
    const bool administrator = scope.isAdministrator();
    const QString justification = edit.justification.trimmed();
    return m_session.once([&] {
        SqlSession::WriteTransaction tx(m_session);
        QSqlDatabase &db = m_session.db();
        const SqlDialect &d = m_session.dialect();
        const Prepared p = prepare(db, d, scope, edit);
        SavedEdit saved;
        saved.effective = p.edit.effective;
        saved.overridden = brought(p.picture, {});
        if (!saved.overridden.problems.isEmpty()) {
            const QString problems = topology::TopologyText::summary(saved.overridden);
            if (justification.isEmpty() || !administrator)
                throw GridEditRefused(
                    (administrator ? tr("the edit would break the grid topology; give a justification to save it "
                                        "anyway:\n%1")
                                   : tr("the edit would break the grid topology, and only an administrator may save "
                                        "it anyway:\n%1"))
                        .arg(problems),
                    saved.overridden);
        } else if (!justification.isEmpty() && !administrator) {
            throw StoreError(StoreError::Kind::Invalid, tr("only an administrator may justify a topology problem"));
        }

        const QString actor = m_session.actor();
        const QString recorded = saved.overridden.problems.isEmpty() ? QString() : justification;
        const int overridden = saved.overridden.problems.size();
        for (const QString &code : p.edit.retired) {
            unitrows::closeVersion(db, code, p.edit.effective);
            QSqlQuery q = sql::exec(db, QStringLiteral("DELETE FROM admin_units WHERE code = ? AND level = 6"), {code});
            sql::expectAffected(q, 1, QStringLiteral("retire grid %1").arg(code));
            saved.retired << code;
        }
        for (const AdminUnit &after : p.picture.after) {
            const bool created = p.created.contains(after.code);
            if (!created && !p.changed.contains(after.code))
                continue;
            const QStringList related = created ? p.edit.retired : QStringList();
            if (created) {
                QSqlQuery q = sql::exec(db, QStringLiteral(
                    "INSERT INTO admin_units (geom, code, parent_code, name, short_name, level) VALUES (%1, ?, ?, ?, ?, 6)")
                                                .arg(d.geomParam()),
                    {d.multiPolygon(after.geometry), after.code, after.parentCode, after.name, after.shortName});
                sql::expectAffected(q, 1, QStringLiteral("insert grid %1").arg(after.code));
                unitrows::recordVersion(db, d, after, 1, p.edit.effective, p.edit.change, related, recorded,
                                        overridden, actor);
                saved.created << after.code;
            } else {
                QSqlQuery q = sql::exec(db, QStringLiteral(
                    "UPDATE admin_units SET geom = %1, name = ?, short_name = ? WHERE code = ? AND level = 6")
                                                .arg(d.geomParam()),
                    {d.multiPolygon(after.geometry), after.name, after.shortName, after.code});
                sql::expectAffected(q, 1, QStringLiteral("update grid %1").arg(after.code));
                const int previous = unitrows::closeVersion(db, after.code, p.edit.effective);
                unitrows::recordVersion(db, d, after, previous + 1, p.edit.effective, p.edit.change, related, recorded,
                                        overridden, actor);
                saved.changed << after.code;
            }
        }
        // Cameras belong to the grid their point falls in now.
        const QStringList touched = [&] {
            QStringList c;
            for (const AdminUnit &u : p.picture.communities)
                c << u.code;
            return c;
        }();
        QSqlQuery cameras = sql::exec(db, QStringLiteral("SELECT fid, %1, grid_code FROM cameras WHERE community_code IN (%2)")
                                              .arg(d.geomRead(), placeholders(touched.size())),
                                      values(touched));
        QVector<std::pair<qint64, QString>> moves;
        while (cameras.next()) {
            GeoPoint at;
            if (!gpkggeometry::decodePoint(cameras.value(1).toByteArray(), &at))
                continue;
            for (const AdminUnit &g : p.picture.after)
                if (polygon::contains(g.geometry, at)) {
                    if (g.code != cameras.value(2).toString())
                        moves.push_back({cameras.value(0).toLongLong(), g.code});
                    break;
                }
        }
        cameras.finish();
        for (const auto &[fid, grid] : moves) {
            QSqlQuery q = sql::exec(db, QStringLiteral("UPDATE cameras SET grid_code = ? WHERE fid = ?"), {grid, fid});
            sql::expectAffected(q, 1, QStringLiteral("move camera %1 to grid %2").arg(fid).arg(grid));
        }
        tx.commit();
        return saved;
    });
}

} // namespace griddesk
