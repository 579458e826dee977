#pragma once
// One edit of the grids of a community, saved as a whole: the grids it
// leaves (with their geometry), the grids it retires, and the date from
// which the new picture is valid. A grid keeps its code for as long as it
// lives; a split or a merge retires the old codes and gives the pieces new
// ones, which are never used again once retired.

#include "AdminUnit.h"
#include "UnitChange.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace griddesk {

struct GridEdit {
    UnitChange change = UnitChange::Reshaped;
    // The first day of the new picture (China time); invalid means today.
    QDate effective;
    // The grids as the edit leaves them: with a code, a stored grid's new
    // geometry (or name); with an empty code, a new grid under parentCode,
    // whose code the store gives out.
    QVector<AdminUnit> grids;
    // Codes of stored grids that end the day before `effective`.
    QStringList retired;
    // An administrator's reason to save although the topology check finds
    // problems; empty means "refuse if there are any".
    QString justification;
};

} // namespace griddesk
