#pragma once
// Schema version 7 on the server: the weekly joint meeting's tables
// (meetings, agenda_items, meeting_tasks) with their rules.
//
//  - Everyone reads the meetings of the township their scope lies in, and
//    the tasks of the units they see; a department handler only their own
//    department's tasks.
//  - Only centre staff of the township and administrators write meetings,
//    agenda items and tasks; ids are the server's, and the server records
//    who created a meeting.
//  - A department handler may mark their department's task done, and
//    change nothing else of it.
//  - Every write is audited and fed to the consoles.

#include <QSqlDatabase>

namespace griddesk::pgmeetings {

void install(QSqlDatabase &db);

} // namespace griddesk::pgmeetings
