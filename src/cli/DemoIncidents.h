#pragma once
// Demo incidents: about 500 over the last 90 days, in the states a real
// centre would show (most closed, some in progress, some overdue), each with a
// history whose replay gives its current state.

#include "AdminUnit.h"
#include "IncidentRecord.h"
#include "WorkingCalendar.h"

#include <QDateTime>
#include <QVector>

#include <random>

namespace griddesk::demo {

QVector<IncidentRecord> buildIncidents(const QVector<AdminUnit> &communities, const QVector<AdminUnit> &grids,
                                       int count, const QDateTime &now, const WorkingCalendar &calendar,
                                       std::mt19937 &rng);

} // namespace griddesk::demo
