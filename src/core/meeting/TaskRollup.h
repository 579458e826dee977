#pragma once
// The progress of meeting tasks rolled up from grid to community to
// township: each task counts at its own unit and at every unit above it.
#include "MeetingTask.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace griddesk {

struct TaskProgress {
    int open = 0;    // open, including due soon and overdue
    int dueSoon = 0;
    int overdue = 0;
    int done = 0;
    int doneLate = 0;
    int total() const { return open + done; }
};

namespace taskrollup {

QHash<QString, TaskProgress> rollUp(const QVector<MeetingTask> &tasks, const QDateTime &now);

} // namespace taskrollup
} // namespace griddesk
