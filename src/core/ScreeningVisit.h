#pragma once
// One grid worker's screening visit to a grid: who, when, what was found.

#include <QDateTime>
#include <QString>

namespace griddesk {

struct ScreeningVisit {
    qint64 id = 0;
    QString gridCode;
    QDateTime visitedAt;
    QString isoWeek; // "2026-W48"
    QString worker;
    QString findings;
    qint64 incidentId = 0; // an incident created from the findings, if any
};

} // namespace griddesk
