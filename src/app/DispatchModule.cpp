#include "DispatchModule.h"
#include "AppSettings.h"
#include "BulkActionRunner.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "DispatchDock.h"
#include "DispatchQueueModel.h"
#include "DispatchQueueProxy.h"
#include "IncidentTimelineWidget.h"
#include "IncidentWorkflow.h"
#include "ModuleHost.h"
#include "OperatorDialog.h"
#include "PendingWork.h"
#include "ReadRetry.h"
#include "Store.h"
#include "StoreError.h"
#include "TimeLimitWatch.h"
#include "WorkflowActionDialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>
#include <QTableView>
#include <QToolBar>
#include <QtConcurrent>

#include <memory>

#include <qgsvectorlayer.h>

namespace griddesk::app {

namespace {
// Frequent actions get Ctrl+Alt shortcuts with a memorable letter.
QKeySequence shortcutFor(IncidentAction a)
{
    switch (a) {
    case IncidentAction::Accept: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A);
    case IncidentAction::Reject: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R);
    case IncidentAction::Dispatch: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D);
    case IncidentAction::Transfer: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T);
    case IncidentAction::CoHandle: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C);
    case IncidentAction::Handle: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H);
    case IncidentAction::Reply: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P);
    case IncidentAction::Verify: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V);
    case IncidentAction::Rework: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W);
    case IncidentAction::Close: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L);
    case IncidentAction::Evaluate: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E);
    case IncidentAction::Supervise: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S);
    case IncidentAction::Escalate: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U);
    case IncidentAction::Merge: return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M);
    case IncidentAction::Report: break;
    }
    return {};
}

} // namespace

DispatchModule::DispatchModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
    qRegisterMetaType<griddesk::IncidentAction>("griddesk::IncidentAction");
}

DispatchModule::~DispatchModule()
{
    // The worker holds nothing of ours, but finish it before the session's file may go away.
    if (m_loader)
        m_loader->waitForFinished();
}

void DispatchModule::install(ModuleHost &host)
{
    ConsoleSession *session = &m_session;
    m_model = new DispatchQueueModel([session](const QString &c) { return session->categories().name(c); },
                                     [session](const QString &c) { return session->departmentName(c); }, this);
    m_timeline = new IncidentTimelineWidget([session](const QString &c) { return session->departmentName(c); });
    m_dock = new DispatchDock(m_model, m_timeline, host.window());
    // A tab behind the incident list, which a new user sees first; F2 brings it forward.
    host.addDockBehind(m_dock, QStringLiteral("incidentListDock"), Qt::BottomDockWidgetArea);

    QMenu *menu = host.menu(ModuleHost::Menu::Incidents);
    menu->addSeparator();
    for (IncidentAction a : incidentaction::all()) {
        if (a == IncidentAction::Report)
            continue;
        auto *action = new QAction(incidentaction::displayName(a), this);
        action->setObjectName(QStringLiteral("actionWorkflow_") + incidentaction::code(a));
        action->setShortcut(shortcutFor(a));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, a] { perform(a); });
        m_actions.insert(int(a), action);
        menu->addAction(action);
        m_dock->actionBar()->addAction(action);
    }
    auto *who = new QAction(tr("&Operator…"), this);
    who->setObjectName(QStringLiteral("actionOperator"));
    connect(who, &QAction::triggered, this, [this, &host] {
        OperatorDialog dialog(host.window());
        if (dialog.exec() == QDialog::Accepted)
            updateActions();
    });
    host.menu(ModuleHost::Menu::File)->insertAction(host.menu(ModuleHost::Menu::File)->actions().value(1), who);
    // A signed-in person acts under their own name and role.
    who->setEnabled(!m_session.user());
    connect(&m_session, &ConsoleSession::writableChanged, this, &DispatchModule::updateActions);
    auto *showQueue = new QAction(tr("Show Cases &Needing Action"), this);
    showQueue->setObjectName(QStringLiteral("actionShowDispatchQueue"));
    showQueue->setShortcut(QKeySequence(Qt::Key_F2));
    connect(showQueue, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_dock->tableView()->setFocus();
    });
    menu->insertAction(menu->actions().value(0), showQueue);

    connect(m_dock->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showTimeline();
        QVector<qint64> ids;
        for (const Incident &i : selectedIncidents())
            ids << i.id;
        if (!ids.isEmpty())
            m_session.layers().selectCases(ids);
    });
    connect(&m_session.watcher(), &ChangeWatcher::changed, this, [this](const QVector<ChangeRecord> &changes) {
        readCases(changedRows(changes, QStringLiteral("incidents")));
    });
    // Time limits run out while nobody touches the queue.
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, m_model, &DispatchQueueModel::refreshDeadlines);
    clock->start();

    m_loader = new QFutureWatcher<QueueRead>(this);
    connect(m_loader, &QFutureWatcher<QueueRead>::finished, this, &DispatchModule::queueReady);
    m_retry = new ReadRetry([this] { reload(); }, [this] { readChanges(); }, this);

    m_watch = new TimeLimitWatch(m_session.opener(), this);
    connect(m_watch, &TimeLimitWatch::ran, this, [&host](const MonitorResult &r) {
        if (r.supervised || r.escalated)
            host.statusBar()->showMessage(tr("Time-limit monitor: %1 case(s) supervised, %2 escalated")
                                              .arg(r.supervised)
                                              .arg(r.escalated),
                                          15000);
    });
    // The monitor acts for the centre: it runs where the centre (or a lone
    // operator on a local file) works, not on every grid worker's console.
    // Its first run, like the queue's first read, waits for the map's first
    // frame: it reads every case being handled (on a city's server half a
    // second of the server's time, which the opening needs).
    const std::optional<UserAccount> &user = m_session.user();
    const bool monitors = !user || user->role == Role::CentreStaff || user->role == Role::Administrator;
    m_loading = true; // the first read waits for the map's first frame
    m_session.afterFirstPaint(this, [this, monitors] {
        reload();
        if (monitors)
            m_watch->start();
    });
}

void DispatchModule::reload()
{
    if (isPending(*m_loader)) {
        m_reloadPending = true; // read again once this read is done
        return;
    }
    m_loading = true;
    m_changed.clear(); // this read sees them
    const StoreOpener opener = m_session.opener();
    m_loader->setFuture(QtConcurrent::run([opener] {
        // Closed cases stay in the queue for a week, until the reporter's evaluation is recorded.
        QueueRead read;
        try {
            auto store = opener.open(StoreOpener::Access::ReadOnly);
            read.cases = store->dispatchQueue(QDateTime::currentDateTimeUtc().addDays(-7));
        } catch (const StoreError &e) {
            read.error = e.message();
        }
        return read;
    }));
}

void DispatchModule::readCases(const QSet<qint64> &ids)
{
    m_changed.unite(ids);
    readChanges();
}

void DispatchModule::readChanges()
{
    if (isPending(*m_loader) || m_changed.isEmpty())
        return; // read once the running read is done
    if (m_changed.size() > IncidentRowsModel::kChangedRowsLimit) {
        reload();
        return;
    }
    m_loading = true;
    const QVector<qint64> ids(m_changed.cbegin(), m_changed.cend());
    m_changed.clear();
    const StoreOpener opener = m_session.opener();
    m_loader->setFuture(QtConcurrent::run([opener, ids] {
        QueueRead read;
        read.asked = ids;
        try {
            auto store = opener.open(StoreOpener::Access::ReadOnly);
            read.cases = store->dispatchQueue(QDateTime::currentDateTimeUtc().addDays(-7), ids);
        } catch (const StoreError &e) {
            read.error = e.message();
        }
        return read;
    }));
}

bool DispatchModule::isLoading() const
{
    return m_loading;
}

void DispatchModule::queueReady()
{
    const QueueRead read = m_loader->result();
    const QVector<Incident> before = selectedIncidents();
    if (!read.error.isEmpty()) {
        // Tried again after a pause (or with the next change): at once, it
        // would loop for as long as a server is away.
        if (auto *w = qobject_cast<QMainWindow *>(m_dock->window()))
            w->statusBar()->showMessage(tr("Could not read the dispatch queue: %1").arg(read.error));
        m_loading = false;
        m_reloadPending = false;
        if (read.asked.isEmpty()) {
            m_retry->wholeFailed();
        } else {
            m_changed.unite(QSet<qint64>(read.asked.cbegin(), read.asked.cend()));
            m_retry->changesFailed();
        }
        return;
    } else if (read.asked.isEmpty()) {
        QVector<qint64> keep;
        for (const Incident &i : before)
            keep << i.id;
        m_model->setIncidents(read.cases);
        selectIncidents(keep);
        updateActions();
        showTimeline();
        Q_EMIT queueLoaded(m_model->rowCount());
    } else {
        QSet<qint64> gone(read.asked.cbegin(), read.asked.cend());
        for (const Incident &i : read.cases)
            gone.remove(i.id);
        m_model->applyChanges(read.cases, QVector<qint64>(gone.cbegin(), gone.cend()));
        // The selection's timeline follows only a change of a selected case.
        bool touched = false;
        for (const Incident &i : before)
            touched = touched || read.asked.contains(i.id);
        if (touched) {
            updateActions();
            showTimeline();
        }
        Q_EMIT queueLoaded(m_model->rowCount());
    }
    m_loading = false;
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
        return;
    }
    readChanges();
}

QVector<Incident> DispatchModule::selectedIncidents() const
{
    QVector<Incident> out;
    const QModelIndexList rows = m_dock->tableView()->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows)
        if (const Incident *i = m_model->incidentAt(m_dock->proxy()->mapToSource(r).row()))
            out << *i;
    return out;
}

void DispatchModule::selectIncidents(const QVector<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const QModelIndex p = m_dock->proxy()->mapFromSource(m_model->index(m_model->rowOfId(id), 0));
        if (p.isValid())
            selection.select(p, p.siblingAtColumn(DispatchQueueModel::ColumnCount - 1));
    }
    m_dock->tableView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_dock->tableView()->scrollTo(selection.indexes().first());
}

void DispatchModule::updateActions()
{
    const QVector<Incident> cases = selectedIncidents();
    const Role role = m_session.operatorRole();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        bool allowed = !cases.isEmpty() && m_session.isWritable();
        for (const Incident &i : cases)
            allowed = allowed && IncidentWorkflow::availableActions(i.caseState(), role).contains(IncidentAction(it.key()));
        it.value()->setEnabled(allowed);
    }
}

void DispatchModule::showTimeline()
{
    const QVector<Incident> cases = selectedIncidents();
    if (cases.size() != 1) {
        m_timeline->clear();
        return;
    }
    try {
        m_timeline->showHistory(cases.first().code, m_session.store().history(cases.first().id));
    } catch (const StoreError &e) {
        m_timeline->clear();
    }
}

void DispatchModule::perform(IncidentAction a)
{
    const QVector<Incident> cases = selectedIncidents();
    if (cases.isEmpty())
        return;
    WorkflowActionDialog dialog(a, cases, m_session, m_dock->window());
    const bool confirmed = m_dialogHook ? m_dialogHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (!confirmed || !dialog.problems().isEmpty())
        return;
    const WorkflowRequest request = dialog.request();
    if (cases.size() > 1) {
        applyBulk(a, cases, request);
        return;
    }
    try {
        const Incident updated = m_session.store().applyAction(cases.first().id, request, cases.first().rowVersion);
        m_model->updateIncident(updated); // at once; the re-read puts it where it now belongs
        updateActions();
        showTimeline();
        readCases({updated.id});
        Q_EMIT actionApplied(a, 1);
    } catch (const StoreError &e) {
        readCases({cases.first().id}); // show the fresh state the message talks about
        QMessageBox::warning(m_dock->window(), incidentaction::displayName(a), e.message());
    }
}

void DispatchModule::applyBulk(IncidentAction a, const QVector<Incident> &cases, const WorkflowRequest &request)
{
    QVector<BulkActionRunner::Target> targets;
    for (const Incident &i : cases)
        targets.push_back({i.id, i.rowVersion});
    auto *progress = new QProgressDialog(tr("%1: %n case(s)…", nullptr, cases.size()).arg(incidentaction::displayName(a)),
                                         tr("Cancel"), 0, cases.size(), m_dock->window());
    progress->setObjectName(QStringLiteral("bulkProgressDialog"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    auto *runner = new BulkActionRunner(m_session.opener(), targets, request, this);
    // A window-modal dialog's setValue() runs the event loop, so the runner can
    // finish while setValue() is still on the stack: the dialog is deleted only
    // once no setValue() is running.
    struct Progress {
        QPointer<QProgressDialog> dialog;
        int depth = 0;
        bool finished = false;
    };
    auto state = std::make_shared<Progress>();
    state->dialog = progress;
    connect(runner, &BulkActionRunner::progress, this, [state](int value) {
        if (!state->dialog || state->finished)
            return;
        ++state->depth;
        state->dialog->setValue(value);
        --state->depth;
        if (state->finished && state->depth == 0 && state->dialog)
            state->dialog->deleteLater();
    });
    connect(progress, &QProgressDialog::canceled, runner, &BulkActionRunner::cancel);
    connect(runner, &BulkActionRunner::finished, this, [this, a, cases, runner, state](int applied, const QStringList &errors) {
        state->finished = true;
        if (state->dialog) {
            state->dialog->hide();
            if (state->depth == 0)
                state->dialog->deleteLater();
        }
        runner->deleteLater();
        QSet<qint64> ids;
        for (const Incident &i : cases)
            ids.insert(i.id);
        readCases(ids);
        Q_EMIT actionApplied(a, applied);
        if (!errors.isEmpty())
            QMessageBox::warning(m_dock->window(), incidentaction::displayName(a),
                                 tr("%1 case(s) done; %2 could not be changed:\n%3")
                                     .arg(applied)
                                     .arg(errors.size())
                                     .arg(errors.mid(0, 10).join(QLatin1Char('\n'))));
    });
    runner->start();
}

} // namespace griddesk::app
