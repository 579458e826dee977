#pragma once
// Words for the staffing rule's findings, in the reader's language: the
// findings keep codes and numbers, and are worded only when shown.

#include "StaffingViolation.h"

#include <QCoreApplication>
#include <QString>

namespace griddesk {

class StaffingText
{
    Q_DECLARE_TR_FUNCTIONS(StaffingText)

public:
    // One sentence naming the grid (by `gridName`, or its code when empty).
    static QString describe(const StaffingViolation &violation, const QString &gridName = {});
    // The kind alone, for a list's column or filter.
    static QString kindName(StaffingViolationKind kind);
    // The state's name, for the map legend.
    static QString stateName(StaffingState state);
};

} // namespace griddesk
