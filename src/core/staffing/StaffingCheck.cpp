#include "StaffingCheck.h"

#include <QHash>
#include <QSet>

namespace griddesk {

namespace staffingcheck {

namespace {

GridStaffing judge(const QString &grid, int managers, int assistants, const StaffingRule &rule)
{
    GridStaffing g{grid, managers, assistants, StaffingState::Ok, {}};
    using K = StaffingViolationKind;
    if (managers == 0)
        g.violations.push_back({K::NoManager, grid, 0, rule.managers});
    else if (managers < rule.managers)
        g.violations.push_back({K::TooFewManagers, grid, managers, rule.managers});
    else if (managers > rule.managers)
        g.violations.push_back({K::TooManyManagers, grid, managers, rule.managers});
    if (assistants < rule.minAssistants)
        g.violations.push_back({K::TooFewAssistants, grid, assistants, rule.minAssistants});
    else if (assistants > rule.maxAssistants)
        g.violations.push_back({K::TooManyAssistants, grid, assistants, rule.maxAssistants});
    // One colour per grid: a missing manager matters most, then too few
    // people, then too many.
    if (managers == 0)
        g.state = StaffingState::NoManager;
    else if (managers < rule.managers || assistants < rule.minAssistants)
        g.state = StaffingState::UnderStaffed;
    else if (managers > rule.managers || assistants > rule.maxAssistants)
        g.state = StaffingState::OverStaffed;
    return g;
}

} // namespace

QVector<GridStaffing> check(const QStringList &grids, const QVector<StaffMember> &staff, const StaffingRule &rule)
{
    QHash<QString, QPair<int, int>> counts; // managers, assistants
    QStringList unknown;
    const QSet<QString> known(grids.begin(), grids.end());
    for (const StaffMember &s : staff) {
        if (!s.active)
            continue;
        QPair<int, int> &c = counts[s.gridCode];
        (staffrole::isAssistant(s.role) ? c.second : c.first) += 1;
        if (!known.contains(s.gridCode) && !unknown.contains(s.gridCode))
            unknown << s.gridCode;
    }
    QVector<GridStaffing> out;
    out.reserve(grids.size() + unknown.size());
    for (const QString &grid : grids) {
        const QPair<int, int> c = counts.value(grid);
        out.push_back(judge(grid, c.first, c.second, rule));
    }
    unknown.sort();
    for (const QString &grid : unknown) {
        const QPair<int, int> c = counts.value(grid);
        GridStaffing g{grid, c.first, c.second, StaffingState::NoManager, {}};
        g.violations.push_back({StaffingViolationKind::UnknownGrid, grid, c.first + c.second, 0});
        out.push_back(g);
    }
    return out;
}

QVector<StaffingViolation> violations(const QVector<GridStaffing> &grids)
{
    QVector<StaffingViolation> out;
    for (const GridStaffing &g : grids)
        out += g.violations;
    return out;
}

} // namespace staffingcheck

} // namespace griddesk
