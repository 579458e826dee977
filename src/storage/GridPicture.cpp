#include "GridPicture.h"

#include <QHash>

#include <algorithm>

namespace griddesk {

QSet<QString> GridPicture::touchedCommunities(const GridEdit &edit, const QVector<AdminUnit> &storedNamed)
{
    QSet<QString> touched;
    for (const AdminUnit &g : edit.grids)
        if (!g.parentCode.isEmpty())
            touched.insert(g.parentCode);
    for (const AdminUnit &g : storedNamed)
        touched.insert(g.parentCode);
    return touched;
}

GridPicture GridPicture::of(const GridEdit &edit, const QVector<AdminUnit> &communities,
                            const QVector<AdminUnit> &stored, const QStringList &created, QStringList *unknown)
{
    GridPicture p;
    p.communities = communities;
    p.before = stored;
    QHash<QString, AdminUnit> changed;
    for (const AdminUnit &g : edit.grids)
        if (!g.code.isEmpty() && !created.contains(g.code))
            changed.insert(g.code, g);
    QSet<QString> known;
    for (const AdminUnit &g : stored)
        known.insert(g.code);
    for (const QString &code : edit.retired)
        if (!known.contains(code))
            unknown->append(code);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        if (!known.contains(it.key()))
            unknown->append(it.key());
    for (const AdminUnit &g : stored) {
        if (edit.retired.contains(g.code))
            continue;
        const auto edited = changed.constFind(g.code);
        if (edited == changed.cend()) {
            p.after.push_back(g);
            continue;
        }
        AdminUnit next = g;
        next.geometry = edited->geometry.isEmpty() ? g.geometry : edited->geometry;
        if (!edited->name.trimmed().isEmpty())
            next.name = edited->name.trimmed();
        if (!edited->shortName.trimmed().isEmpty())
            next.shortName = edited->shortName.trimmed();
        p.after.push_back(next);
    }
    for (const AdminUnit &g : edit.grids)
        if (g.code.isEmpty() || created.contains(g.code))
            p.after.push_back(g);
    return p;
}

namespace gridpicture {

QVector<topology::TopologyProblem> broughtBy(const topology::TopologyReport &before,
                                             const topology::TopologyReport &after, double toleranceM2)
{
    auto sameUnits = [](QStringList a, QStringList b) {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b;
    };
    QVector<topology::TopologyProblem> brought;
    for (const topology::TopologyProblem &p : after.problems) {
        const bool standing = std::any_of(before.problems.cbegin(), before.problems.cend(),
                                          [&](const topology::TopologyProblem &b) {
                                              return b.kind == p.kind && sameUnits(b.units, p.units)
                                                  && p.areaM2 <= b.areaM2 + toleranceM2;
                                          });
        if (!standing)
            brought.push_back(p);
    }
    return brought;
}

} // namespace gridpicture

} // namespace griddesk
