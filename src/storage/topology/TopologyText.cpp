#include "TopologyText.h"

#include <QLocale>

namespace griddesk::topology {

namespace {

QString squareMetres(double area)
{
    return QLocale().toString(area, 'f', area < 10.0 ? 2 : 0);
}

} // namespace

QString TopologyText::kindName(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::InvalidGeometry: return tr("Invalid geometry");
    case ProblemKind::MissingGeometry: return tr("No boundary");
    case ProblemKind::NoCommunity: return tr("No community boundary");
    case ProblemKind::OutsideCommunity: return tr("Outside its community");
    case ProblemKind::Overlap: return tr("Overlap");
    case ProblemKind::Gap: return tr("Gap");
    }
    return {};
}

QString TopologyText::invalidReason(const QString &reason)
{
    static const struct {
        const char *geos;
        const char *words;
    } known[] = {
        {"Self-intersection", QT_TR_NOOP("the boundary crosses itself")},
        {"Ring Self-intersection", QT_TR_NOOP("a ring touches itself")},
        {"Too few points in geometry component", QT_TR_NOOP("a ring has fewer than four points")},
        {"Ring is not closed", QT_TR_NOOP("a ring is not closed")},
        {"Hole lies outside shell", QT_TR_NOOP("a hole lies outside its outline")},
        {"Holes are nested", QT_TR_NOOP("holes lie inside each other")},
        {"Interior is disconnected", QT_TR_NOOP("the interior is cut in two")},
        {"Nested shells", QT_TR_NOOP("parts lie inside each other")},
        {"Duplicate Rings", QT_TR_NOOP("a ring is repeated")},
        {"Invalid Coordinate", QT_TR_NOOP("a coordinate is not a number")},
    };
    for (const auto &k : known)
        if (reason == QLatin1String(k.geos))
            return tr(k.words);
    return reason;
}

QString TopologyText::describe(const TopologyProblem &p)
{
    const QString a = p.units.value(0);
    const QString b = p.units.value(1);
    switch (p.kind) {
    case ProblemKind::InvalidGeometry:
        return tr("%1: invalid geometry (%2), %3 m²").arg(a, invalidReason(p.detail), squareMetres(p.areaM2));
    case ProblemKind::MissingGeometry:
        return tr("Grid %1 has no boundary").arg(a);
    case ProblemKind::NoCommunity:
        return tr("Community %1 has no boundary, so its grids (%2) cannot be checked against it")
            .arg(a, QStringList(p.units.mid(1)).join(QLatin1String(", ")));
    case ProblemKind::OutsideCommunity:
        return tr("Grid %1 extends %2 m² outside its community %3").arg(a, squareMetres(p.areaM2), b);
    case ProblemKind::Overlap:
        return tr("Grids %1 and %2 overlap by %3 m²").arg(a, b, squareMetres(p.areaM2));
    case ProblemKind::Gap:
        return tr("Community %1 has a gap of %2 m² that no grid covers").arg(a, squareMetres(p.areaM2));
    }
    return {};
}

QString TopologyText::summary(const TopologyReport &r)
{
    if (r.problems.isEmpty())
        return tr("%1 communities and %2 grids checked: no problems").arg(r.communities).arg(r.grids);
    return tr("%1 communities and %2 grids checked: %n problem(s)", nullptr, int(r.problems.size()))
        .arg(r.communities)
        .arg(r.grids);
}

QString TopologyText::location(const TopologyProblem &p)
{
    if (!p.located)
        return QStringLiteral("-");
    return QStringLiteral("%1, %2").arg(p.location.x, 0, 'f', 6).arg(p.location.y, 0, 'f', 6);
}

} // namespace griddesk::topology
