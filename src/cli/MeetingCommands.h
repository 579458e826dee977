#pragma once
// griddesk-admin meeting new|list|agenda and task list: the township's joint
// meetings, an agenda built from the data (as the console builds it), and
// the decisions tracked as tasks with where they stand.
#include <QStringList>

namespace griddesk::cli {

int runMeeting(const QStringList &args);
int runTask(const QStringList &args);

} // namespace griddesk::cli
