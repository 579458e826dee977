#include "StaffingRule.h"

#include <QCoreApplication>

namespace griddesk {

QVector<FieldError> StaffingRule::check() const
{
    QVector<FieldError> errors;
    if (managers < 1 || managers > 50)
        errors.push_back({managersKey(), QCoreApplication::translate("StaffingRule", "a grid needs from 1 to 50 managers")});
    if (minAssistants < 0 || minAssistants > 50)
        errors.push_back({minAssistantsKey(), QCoreApplication::translate("StaffingRule", "must be from 0 to 50 assistants")});
    if (maxAssistants < 0 || maxAssistants > 50)
        errors.push_back({maxAssistantsKey(), QCoreApplication::translate("StaffingRule", "must be from 0 to 50 assistants")});
    else if (maxAssistants < minAssistants)
        errors.push_back({maxAssistantsKey(), QCoreApplication::translate("StaffingRule", "must not be below the minimum number of assistants")});
    return errors;
}

} // namespace griddesk
