#pragma once
// One item of a joint meeting's agenda (问题联议): why it is there (a kind
// with parameters, put into words in the reader's language by AgendaText),
// what it concerns (cases, units, a task or a bulletin), its planned time,
// and the presenter's notes.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk {

enum class AgendaKind {
    OpenTask,       // "open_task": a decision of an earlier meeting, not yet done
    Supervised,     // "supervised": a supervised (督办) case still open
    Overdue,        // "overdue": open cases past their deadline, per lead department
    Escalated,      // "escalated": cases escalated since the last meeting
    RepeatDispute,  // "repeat_dispute": the same parties or the same place again
    Unscreened,     // "unscreened": grids with no screening visit this week
    KpiDrop,        // "kpi_drop": a unit's KPIs worse than the period before
    EarlyWarning,   // "early_warning": rising incidents or a cluster
    Bulletin,       // "bulletin": an active security bulletin (治安预警)
    Custom,         // "custom": added by staff, with their own title
};

struct AgendaItem {
    qint64 id = 0;        // 0 until stored
    qint64 meetingId = 0;
    int position = 0;     // 0-based order on the agenda
    AgendaKind kind = AgendaKind::Custom;
    // The reason's parameters (see AgendaText for each kind's keys), so that
    // the reason is shown in the reader's language.
    QJsonObject params;
    QString title;        // Custom only: the staff's own words
    int plannedMinutes = 5;
    int usedSeconds = 0;  // time spent on it in the meeting so far
    QString notes;        // the presenter's notes (free text)
    QVector<qint64> caseIds;
    QStringList unitCodes; // the area the item concerns (grids, communities, the township)
    qint64 taskId = 0;     // OpenTask
    qint64 bulletinId = 0; // Bulletin

    // A stable key of what the item is about, so that a rebuilt agenda keeps
    // the staff's edits of items that are still there ("overdue:D03").
    QString key() const;
};

namespace agendakind {
QString code(AgendaKind k);
bool fromCode(const QString &code, AgendaKind *k);
} // namespace agendakind

} // namespace griddesk
