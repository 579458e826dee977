#pragma once
// What a grid holds, for the map's totals at small scales: its open cases
// (and how many of those are overdue), cameras, residents and houses.

#include <QString>

namespace griddesk {

struct GridTotals {
    QString gridCode;
    qint64 openCases = 0;
    qint64 overdueCases = 0;
    qint64 cameras = 0;
    qint64 residents = 0;
    qint64 houses = 0;
};

} // namespace griddesk
