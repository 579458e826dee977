#pragma once
// One version of a unit: its outline, name and parent for a span of days.
// Incidents, visits and KPIs keep the unit of their own date.

#include "AdminUnit.h"
#include "UnitChange.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace griddesk {

struct UnitVersion {
    AdminUnit unit;          // code, parent, names, level and outline of this version
    int version = 1;         // 1, 2, ... per code
    QDate validFrom;         // invalid: since the unit's records began
    QDate validTo;           // the first day it no longer holds; invalid: still current
    UnitChange change = UnitChange::Recorded;
    QStringList related;     // the grids it was split or merged from, or retired into
    QString justification;   // an administrator's override of topology problems, if any
    int overriddenProblems = 0;
    QString actor;           // login that saved it
    QDateTime recordedAt;    // when it was saved (UTC)

    bool isCurrent() const { return !validTo.isValid(); }
    bool holdsOn(const QDate &day) const
    {
        return (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || day < validTo);
    }
};

} // namespace griddesk
