#pragma once
// The demo township's grid staff: a manager and two to five grid workers in
// most grids, with a few breaches of the rule planted so that the staffing
// list and map have something to show: a grid without a manager, one with a
// single grid worker and one with six.

#include "AdminUnit.h"
#include "StaffMember.h"

#include <QDate>
#include <QVector>

#include <random>

namespace griddesk::demo {

struct DemoStaff {
    QVector<StaffMember> staff;    // everyone who ever served, active first
    QVector<int> retired;          // indexes into staff of those who left, with their end date set
    QString gridWithoutManager;    // the planted breaches
    QString gridWithOneAssistant;
    QString gridWithSixAssistants;
};

// Needs at least eight grids; `today` is the township's date.
DemoStaff buildStaff(const QVector<AdminUnit> &grids, const QDate &today, std::mt19937 &rng);

} // namespace griddesk::demo
