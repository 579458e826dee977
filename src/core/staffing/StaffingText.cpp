#include "StaffingText.h"

namespace griddesk {

QString StaffingText::describe(const StaffingViolation &v, const QString &gridName)
{
    const QString grid = gridName.isEmpty() ? v.gridCode : gridName;
    switch (v.kind) {
    case StaffingViolationKind::NoManager:
        return tr("%1 has no grid manager").arg(grid);
    case StaffingViolationKind::TooManyManagers:
        return tr("%1 has %2 grid managers; the rule is %3").arg(grid).arg(v.count).arg(v.expected);
    case StaffingViolationKind::TooFewManagers:
        return tr("%1 has %2 grid managers; the rule is %3").arg(grid).arg(v.count).arg(v.expected);
    case StaffingViolationKind::TooFewAssistants:
        return tr("%1 has %2 grid workers; at least %3 are needed").arg(grid).arg(v.count).arg(v.expected);
    case StaffingViolationKind::TooManyAssistants:
        return tr("%1 has %2 grid workers; at most %3 are allowed").arg(grid).arg(v.count).arg(v.expected);
    case StaffingViolationKind::UnknownGrid:
        return tr("%n active staff registered to %1, which is retired or not a grid of this database", nullptr, v.count)
            .arg(grid);
    }
    return {};
}

QString StaffingText::kindName(StaffingViolationKind kind)
{
    switch (kind) {
    case StaffingViolationKind::NoManager: return tr("No manager");
    case StaffingViolationKind::TooManyManagers: return tr("Too many managers");
    case StaffingViolationKind::TooFewManagers: return tr("Too few managers");
    case StaffingViolationKind::TooFewAssistants: return tr("Too few grid workers");
    case StaffingViolationKind::TooManyAssistants: return tr("Too many grid workers");
    case StaffingViolationKind::UnknownGrid: return tr("Retired or unknown grid");
    }
    return {};
}

QString StaffingText::stateName(StaffingState state)
{
    switch (state) {
    case StaffingState::Ok: return tr("Staffed as the rule says");
    case StaffingState::UnderStaffed: return tr("Under-staffed");
    case StaffingState::NoManager: return tr("No grid manager");
    case StaffingState::OverStaffed: return tr("Over-staffed");
    }
    return {};
}

} // namespace griddesk
