#pragma once
// Seeds the reference tables of a new database, on either backend: the
// category taxonomy and its time limits, departments, routing rules and the
// shipped working calendar. Portable SQL with bound parameters only.

#include <QSqlDatabase>

namespace griddesk::referencedata {

void seedCategories(QSqlDatabase &db);
// Node limits derived from each category's whole-case limit.
void seedCategoryLimits(QSqlDatabase &db);
void seedDepartments(QSqlDatabase &db);
void seedRouting(QSqlDatabase &db);
void seedCalendar(QSqlDatabase &db);
// Writes the days of a calendar file ("date,kind,name" lines, already
// validated) into an empty working_calendar table; a repeated date keeps its
// last line.
void writeCalendar(QSqlDatabase &db, const QString &csvText);

} // namespace griddesk::referencedata
