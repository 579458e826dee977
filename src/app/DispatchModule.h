#pragma once
// Dispatch: the queue of cases needing action, every workflow action (with
// shortcuts, single or in bulk with progress), the case timeline, and the
// time-limit monitor that supervises and escalates overdue cases by itself.

#include "FeatureModule.h"
#include "Incident.h"
#include "IncidentAction.h"
#include "WorkflowRequest.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSet>

#include <functional>

class QAction;
class QTimer;

namespace griddesk::app {

class ReadRetry;

class ConsoleSession;
class DispatchDock;
class DispatchQueueModel;
class IncidentTimelineWidget;
class TimeLimitWatch;
class WorkflowActionDialog;

class DispatchModule : public FeatureModule
{
    Q_OBJECT

public:
    DispatchModule(ConsoleSession &session, QObject *parent = nullptr);
    ~DispatchModule() override;
    void install(ModuleHost &host) override;

    DispatchDock *dock() const { return m_dock; }
    DispatchQueueModel *model() const { return m_model; }
    IncidentTimelineWidget *timeline() const { return m_timeline; }
    QAction *action(IncidentAction a) const { return m_actions.value(int(a)); }
    TimeLimitWatch *timeLimitWatch() const { return m_watch; }

    QVector<Incident> selectedIncidents() const;
    void selectIncidents(const QVector<qint64> &ids);
    // Re-reads the queue on a worker thread (its own read-only connection);
    // the table updates when it is done, keeping the selection.
    void reload();
    // Reads these cases again on a worker thread and puts them in the queue
    // or takes them out; a change of the feed reads only its own cases.
    void readCases(const QSet<qint64> &ids);
    bool isLoading() const;
    // Asks for what the action needs and applies it to the selected cases.
    void perform(IncidentAction a);

    // Replaces the modal dialog, for tests and automation: fill the dialog
    // in and return true to confirm.
    using DialogHook = std::function<bool(WorkflowActionDialog &)>;
    void setDialogHook(DialogHook hook) { m_dialogHook = std::move(hook); }

Q_SIGNALS:
    void actionApplied(griddesk::IncidentAction action, int cases);
    void queueLoaded(int cases);

private:
    void updateActions();
    void queueReady();
    void readChanges();
    void showTimeline();
    void applyBulk(IncidentAction a, const QVector<Incident> &cases, const WorkflowRequest &request);

    ConsoleSession &m_session;
    DispatchQueueModel *m_model = nullptr;
    DispatchDock *m_dock = nullptr;
    IncidentTimelineWidget *m_timeline = nullptr;
    TimeLimitWatch *m_watch = nullptr;
    QHash<int, QAction *> m_actions;
    DialogHook m_dialogHook;
    struct QueueRead {
        QVector<Incident> cases;
        QVector<qint64> asked; // a change's read: the ids read; empty: the whole queue
        QString error;
    };
    QFutureWatcher<QueueRead> *m_loader = nullptr;
    bool m_reloadPending = false;
    QSet<qint64> m_changed; // cases changed since the last read began
    bool m_loading = false; // from reload() until its result is shown
    ReadRetry *m_retry = nullptr; // a failed read is tried again after a pause, not in a loop
};

} // namespace griddesk::app
