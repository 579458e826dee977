#pragma once
// What grid workers did besides handling cases, as the assessment counts it:
// the weeks each grid was screened, the grid staff expected to keep a work
// log, and their work log counted per ISO week. The store reads these for a
// period beside the cases; the engine counts them as plain values.

#include "KpiCase.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace griddesk {

// A person of the grid staff register (manager or grid worker) serving a
// grid from one day to another: each ISO week they serve in is a
// worker-week the work-log KPIs expect a log for.
struct KpiGridWorker {
    QString gridCode;
    QString name;
    QDate startedOn;
    QDate endedOn; // invalid while serving
};

// A grid worker's work-log entries of one activity in one ISO week, as
// logged in a grid (the work log names the worker as the register does).
struct KpiWorkLogCount {
    QString gridCode;
    QString worker;
    QString isoWeek;  // "2026-W48"
    QString activity; // the work log's activity code: visit, service, legal_education, ...
    int entries = 0;
};

struct KpiActivity {
    QVector<KpiScreening> screenings;
    QVector<KpiGridWorker> workers;
    QVector<KpiWorkLogCount> workLog;
};

} // namespace griddesk
