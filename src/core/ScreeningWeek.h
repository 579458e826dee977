#pragma once
// Weekly screening (排查) is counted per ISO week, in China Standard Time.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace griddesk::screeningweek {

// "2026-W48" for any instant of that ISO week (CST).
QString key(const QDateTime &instant);
QString key(const QDate &day);
// Monday and Sunday of the week holding `day`.
QDate monday(const QDate &day);
QDate sunday(const QDate &day);

} // namespace griddesk::screeningweek
