#pragma once
// The staffing rule of a grid: exactly `managers` managers (网格长) and
// between `minAssistants` and `maxAssistants` assistants (full-time and
// part-time grid workers). The policy's numbers are the defaults; a
// database keeps its own in its settings.

#include "FieldError.h"

#include <QVector>

namespace griddesk {

struct StaffingRule {
    int managers = 1;
    int minAssistants = 2;
    int maxAssistants = 5;

    // The settings keys the numbers are kept under.
    static QString managersKey() { return QStringLiteral("staffing_managers"); }
    static QString minAssistantsKey() { return QStringLiteral("staffing_min_assistants"); }
    static QString maxAssistantsKey() { return QStringLiteral("staffing_max_assistants"); }
    // Bad numbers, by field (each 0..50, at least one manager, min <= max).
    QVector<FieldError> check() const;
    bool operator==(const StaffingRule &o) const
    {
        return managers == o.managers && minAssistants == o.minAssistants && maxAssistants == o.maxAssistants;
    }
};

} // namespace griddesk
