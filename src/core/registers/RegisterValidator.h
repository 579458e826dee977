#pragma once
// The rules a register record keeps whatever writes it (a form, an import
// file, the command line): needed values present, text within its length,
// codes from their lists (a file may give the Chinese term or the label),
// citizen ID numbers by GB 11643 (shape, a birth date that exists, the
// check character), phones, credit codes by GB 32100, dates and numbers.
// Values are brought to their stored form in place: codes, trimmed text,
// QDate and numbers; a resident's sex and birth date come from the ID
// number, when there is one (a resident's number may be missing: a newborn
// not yet registered; a value masked by an export counts as missing).
// Checks that need the database (grids, references, duplicates)
// are the store's.

#include "RegisterProblem.h"
#include "RegisterRecord.h"

#include <QDate>

namespace griddesk::registervalidator {

RegisterProblems check(RegisterRecord &record, const QDate &today);

// One value brought to its stored form; a problem when it cannot be.
// Exposed for the import's per-field report.
bool normalize(const RegisterField &field, QVariant &value, const QDate &today, RegisterProblem *problem);

// A date as files give it: 2026-11-30, 2026/11/30, 2026.11.30, 20261130,
// 2026年11月30日; invalid when it is none of these or does not exist.
QDate parseDate(const QString &text);

// A personal value as it may be shown (masked by its kind).
QString masked(const RegisterField &field, const QString &value);

} // namespace griddesk::registervalidator
