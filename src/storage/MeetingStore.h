#pragma once
// The weekly joint meetings of a township and the decisions they took,
// tracked as tasks on the working-day calendar. Centre staff of the township
// and administrators prepare and record meetings and decide tasks; a
// department handler reports their department's task done; everyone reads
// the meetings of their township and the tasks of the units they see.
#include "Meeting.h"
#include "MeetingTask.h"
#include "TaskClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace griddesk {

class ReferenceStore;
class SqlSession;
class UnitStore;

struct TaskMonitorResult {
    int supervised = 0;
    int escalated = 0;
    QStringList errors; // one line per task that could not be updated
};

class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)

public:
    MeetingStore(SqlSession &session, const UnitStore &units, const ReferenceStore &reference);

    // Meetings held from `from` up to `to` (either may be invalid: open),
    // newest first, without their agenda.
    QVector<Meeting> meetings(const QDateTime &from = {}, const QDateTime &to = {}) const;
    // With the agenda in order.
    std::optional<Meeting> meeting(qint64 id) const;
    // The township's last meeting before an instant.
    std::optional<Meeting> previousMeeting(const QString &townshipCode, const QDateTime &before) const;

    // Stores a new meeting with its agenda and gives it its number.
    Meeting createMeeting(const Meeting &draft);
    // Stores the meeting's details and agenda (the agenda replaces the one
    // stored); refused when someone else saved it since `m.rowVersion`.
    Meeting saveMeeting(const Meeting &m);
    // The time spent on an agenda item so far (the presenter's clock).
    void recordItemTime(qint64 itemId, int usedSeconds);

    // Decides a task: validated, numbered, its deadline set on the calendar.
    MeetingTask addTask(const MeetingTask &draft);
    std::optional<MeetingTask> task(qint64 id) const;
    // All tasks the person sees, or only the open ones; by due time.
    QVector<MeetingTask> tasks(bool openOnly = false) const;
    QVector<MeetingTask> tasksOfMeeting(qint64 meetingId) const;
    MeetingTask completeTask(qint64 id, const QString &note, int expectedRowVersion = -1);
    // Supervision and escalation by the centre, or by the deadline monitor.
    MeetingTask actOnTask(qint64 id, TaskAction action, const QDateTime &at, int expectedRowVersion = -1);
    // Whether the person prepares and records the township's meetings (its
    // centre staff, administrators).
    bool mayRecordMeetings(const QString &townshipCode) const;
    // Supervises and escalates every open task whose deadline calls for it
    // (of the townships whose meetings the person records).
    TaskMonitorResult applyTaskDeadlines(const QDateTime &now, TaskSettings settings = {});

private:
    QVector<MeetingTask> readTasks(const QString &where, const QVector<QVariant> &values) const;
    QString nextCode(const QString &prefix, const QString &table) const;
    void writeAgenda(qint64 meetingId, const QVector<AgendaItem> &agenda);
    void validate(const Meeting &m) const;
    void requireMeetingWriter(const QString &townshipCode) const;
    MeetingTask writeTask(const MeetingTask &before, const MeetingTask &after, int expectedRowVersion);

    SqlSession &m_session;
    const UnitStore &m_units;
    const ReferenceStore &m_reference;
};

} // namespace griddesk
