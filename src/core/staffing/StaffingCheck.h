#pragma once
// The staffing rule applied to the register: each grid's managers and
// assistants counted (active staff only), its state, and the breaches of
// the rule, grid by grid, plus staff registered to grids that are retired
// or not in the data. Pure: the store and the tests feed it.

#include "StaffMember.h"
#include "StaffingRule.h"
#include "StaffingViolation.h"

#include <QStringList>

namespace griddesk::staffingcheck {

// `grids`: the codes of the current grids to check (in the order wanted);
// `staff`: the register (retired people are not counted). The result has
// one entry per grid of `grids`, then one per unknown grid code that has
// active staff (state NoManager, with an UnknownGrid violation).
QVector<GridStaffing> check(const QStringList &grids, const QVector<StaffMember> &staff, const StaffingRule &rule);

// Every violation of the result, grid by grid.
QVector<StaffingViolation> violations(const QVector<GridStaffing> &grids);

} // namespace griddesk::staffingcheck
