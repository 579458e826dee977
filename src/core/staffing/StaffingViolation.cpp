#include "StaffingViolation.h"

namespace griddesk {

QString StaffingViolation::code() const
{
    switch (kind) {
    case StaffingViolationKind::NoManager: return QStringLiteral("no_manager");
    case StaffingViolationKind::TooManyManagers: return QStringLiteral("too_many_managers");
    case StaffingViolationKind::TooFewManagers: return QStringLiteral("too_few_managers");
    case StaffingViolationKind::TooFewAssistants: return QStringLiteral("too_few_assistants");
    case StaffingViolationKind::TooManyAssistants: return QStringLiteral("too_many_assistants");
    case StaffingViolationKind::UnknownGrid: return QStringLiteral("unknown_grid");
    }
    return {};
}

namespace staffingstate {

QString code(StaffingState state)
{
    switch (state) {
    case StaffingState::Ok: return QStringLiteral("ok");
    case StaffingState::UnderStaffed: return QStringLiteral("under_staffed");
    case StaffingState::NoManager: return QStringLiteral("no_manager");
    case StaffingState::OverStaffed: return QStringLiteral("over_staffed");
    }
    return {};
}

bool fromCode(const QString &value, StaffingState *state)
{
    for (StaffingState s : {StaffingState::Ok, StaffingState::UnderStaffed, StaffingState::NoManager,
                            StaffingState::OverStaffed})
        if (code(s) == value) {
            if (state)
                *state = s;
            return true;
        }
    return false;
}

} // namespace staffingstate

} // namespace griddesk
