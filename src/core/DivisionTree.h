#pragma once
// Checks a division list before it becomes units: each row's level, code,
// name and parent, against the other rows and the units already stored.
// The city row (level 2) is the root of the list and becomes no unit.

#include "AdminUnit.h"
#include "DivisionRow.h"
#include "FieldError.h"

#include <QHash>
#include <QVector>

namespace griddesk::divisiontree {

// The units a list makes (districts, townships and communities, without
// geometry, parents before children), or the errors that stop it, each with
// its line (FieldError::row) and column. `stored` maps a stored unit's code
// to its parent's code.
struct Result {
    QVector<AdminUnit> units;
    QVector<FieldError> errors;
};
Result check(const QVector<DivisionRow> &rows, const QHash<QString, QString> &stored);

// "line 17, code: ..." for each error, at most `maxLines` of them.
QString describe(const QVector<FieldError> &errors, int maxLines = 20);

} // namespace griddesk::divisiontree
