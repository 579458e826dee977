#include "MeetingModule.h"
#include "AgendaBuilder.h"
#include "AssessmentReportReader.h"
#include "ChangeWatcher.h"
#include "ConsoleSession.h"
#include "DecisionDialog.h"
#include "MeetingAgenda.h"
#include "MeetingDock.h"
#include "MeetingPack.h"
#include "MeetingPackWriter.h"
#include "MeetingSlideSource.h"
#include "MeetingTasksDock.h"
#include "ModuleHost.h"
#include "PendingWork.h"
#include "PresentationController.h"
#include "PresentationWindow.h"
#include "PresenterView.h"
#include "Store.h"
#include "StoreError.h"
#include "TaskClock.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent>

namespace griddesk::app {

namespace {

// The township a console prepares meetings for: the person's own, the one
// above their community or grid, or (an administrator) the first on the map.
QString townshipOf(const ConsoleSession &session)
{
    const QVector<AdminUnit> townships = session.units(AdminLevel::Township, true);
    QHash<QString, QString> parent;
    for (const AdminUnit &u : session.units())
        parent.insert(u.code, u.parentCode);
    QString code = session.user() ? session.user()->scopeCode : QString();
    for (int i = 0; i < 2 && !code.isEmpty(); ++i) {
        for (const AdminUnit &t : townships)
            if (t.code == code)
                return code;
        code = parent.value(code);
    }
    return townships.isEmpty() ? QString() : townships.first().code;
}

} // namespace

MeetingModule::MeetingModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

MeetingModule::~MeetingModule()
{
    if (m_builder)
        m_builder->waitForFinished();
    if (m_presentation)
        m_presentation->leave();
}

void MeetingModule::install(ModuleHost &host)
{
    m_township = townshipOf(m_session);
    m_dock = new MeetingDock(host.window());
    host.addDockBehind(m_dock, QStringLiteral("featureDetailsDock"), Qt::RightDockWidgetArea);
    QHash<QString, QString> departmentNames;
    for (const Department &d : m_session.store().departments())
        departmentNames.insert(d.code, m_session.departmentName(d.code));
    m_dock->setDepartments(m_session.store().departments(), departmentNames);
    // Every unit with its outline's bounds, as the session holds them.
    AgendaNames names = MeetingAgenda(m_session.store()).names(false);
    names.units = m_session.unitNames();
    names.unitBounds = m_session.unitBounds();
    m_dock->setNames(names);
    m_slides = new MeetingSlideSource(m_session.store(), m_session.opener(), names, this);
    // The decisions of every meeting, with where they stand, rolled up by area.
    // (Division codes nest: the township's nine digits begin its communities' and grids' codes.)
    QVector<AdminUnit> units;
    for (const AdminUnit &u : m_session.units())
        if (!m_township.isEmpty() && u.code.startsWith(m_township.left(9)))
            units << u;
    m_tasks = new MeetingTasksDock(m_session.store(), [this](const QString &code) { return m_session.departmentName(code); },
                                   units, host.window());
    host.addDockBehind(m_tasks, QStringLiteral("incidentListDock"), Qt::BottomDockWidgetArea);
    m_tasks->setWritable(m_session.isWritable());
    connect(m_tasks, &MeetingTasksDock::taskChanged, this, &MeetingModule::reloadTasks);

    m_show = new QAction(tr("Joint Meeting"), this);
    m_show->setObjectName(QStringLiteral("actionJointMeeting"));
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_show, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
    });
    m_present = new QAction(tr("Present the Meeting"), this);
    m_present->setObjectName(QStringLiteral("actionPresentMeeting"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_present, &QAction::triggered, this, &MeetingModule::present);
    m_pack = new QAction(tr("Export Meeting Pack (PDF)…"), this);
    m_pack->setObjectName(QStringLiteral("actionExportMeetingPack"));
    connect(m_pack, &QAction::triggered, this, &MeetingModule::askAndExportPack);
    host.menu(ModuleHost::Menu::Incidents)->addActions({m_show, m_present});
    host.menu(ModuleHost::Menu::File)->addAction(m_pack);
    host.window()->addAction(m_present);

    m_builder = new QFutureWatcher<AgendaBuildResult>(this);
    connect(m_builder, &QFutureWatcher<AgendaBuildResult>::finished, this, &MeetingModule::buildFinished);
    connect(m_dock, &MeetingDock::meetingChosen, this, &MeetingModule::openMeeting);
    connect(m_dock, &MeetingDock::newMeetingRequested, this, [this] {
        // The next full hour, China time.
        QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3600);
        at.setTime(QTime(at.time().hour(), 0));
        newMeeting(at);
    });
    connect(m_dock, &MeetingDock::rebuildRequested, this, &MeetingModule::rebuild);
    connect(m_dock, &MeetingDock::saveRequested, this, [this] {
        QString error;
        if (!save(&error))
            showError(error);
    });
    connect(m_dock, &MeetingDock::presentRequested, this, &MeetingModule::present);
    connect(m_dock, &MeetingDock::packRequested, this, &MeetingModule::askAndExportPack);
    connect(m_dock, &MeetingDock::decisionRequested, this, &MeetingModule::recordDecision);
    connect(m_dock, &MeetingDock::completeTaskRequested, this, &MeetingModule::completeTask);
    connect(&m_session.watcher(), &ChangeWatcher::changed, m_slides, &MeetingSlideSource::onChanges);
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(QStringLiteral("meeting_tasks"))) {
            reloadTasks();
            m_tasks->reload();
        }
    });
    connect(&m_session, &ConsoleSession::writableChanged, m_dock, &MeetingDock::setWritable);
    connect(&m_session, &ConsoleSession::writableChanged, m_tasks, &MeetingTasksDock::setWritable);
    m_dock->setWritable(m_session.isWritable() && m_session.store().mayRecordMeetings(m_township));

    const QVector<Meeting> all = m_session.store().meetings();
    if (!all.isEmpty())
        openMeeting(all.first().id);
    else
        reloadList(0);
}

PresentationController *MeetingModule::presentation() const
{
    return m_presentation;
}

bool MeetingModule::isBuilding() const
{
    return m_builder && isPending(*m_builder);
}

void MeetingModule::reloadList(qint64 current)
{
    QVector<Meeting> mine;
    for (const Meeting &m : m_session.store().meetings())
        if (m.townshipCode == m_township)
            mine << m;
    m_dock->setMeetings(mine, current);
}

void MeetingModule::reloadTasks()
{
    const Meeting m = m_dock->meeting();
    m_dock->setTasks(m.id > 0 ? m_session.store().tasksOfMeeting(m.id) : QVector<MeetingTask>(),
                     QDateTime::currentDateTimeUtc());
}

void MeetingModule::openMeeting(qint64 id)
{
    const std::optional<Meeting> m = id > 0 ? m_session.store().meeting(id) : std::nullopt;
    if (!m)
        return;
    m_dock->setMeeting(*m);
    m_dock->markSaved();
    reloadList(m->id);
    reloadTasks();
    m_slides->setMeeting(*m);
}

void MeetingModule::newMeeting(const QDateTime &at)
{
    Meeting m;
    m.townshipCode = m_township;
    m.heldAt = at;
    m.lengthMinutes = 60;
    m.chair = m_session.operatorName();
    m.state = MeetingState::Planned;
    m_dock->setMeeting(m);
    reloadList(0);
    reloadTasks();
    startBuild(false);
}

void MeetingModule::rebuild()
{
    startBuild(true);
}

void MeetingModule::startBuild(bool merge)
{
    if (isBuilding())
        return;
    m_merge = merge;
    const Meeting m = m_dock->meeting();
    m_dock->setBusy(true, tr("Building the agenda from the data…"));
    const StoreOpener opener = m_session.opener();
    m_builder->setFuture(QtConcurrent::run([opener, m] {
        AgendaBuildResult r;
        try {
            const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
            r.items = MeetingAgenda(*store).build(m.townshipCode, m.heldAt, m.id);
        } catch (const StoreError &e) {
            r.error = e.message();
        }
        return r;
    }));
}

void MeetingModule::buildFinished()
{
    const AgendaBuildResult r = m_builder->result();
    if (!r.error.isEmpty()) {
        m_dock->setBusy(false, tr("The agenda could not be built: %1").arg(r.error));
        return;
    }
    Meeting m = m_dock->meeting();
    const QSet<QString> removed(m.removedItems.begin(), m.removedItems.end());
    m.agenda = AgendaBuilder::merge(m_merge ? m.agenda : QVector<AgendaItem>(), r.items, removed);
    const bool wasDirty = m_dock->isDirty();
    m_dock->setMeeting(m);
    if (m_merge && !wasDirty && m.id > 0 && m.agenda.size() == r.items.size())
        m_dock->markSaved();
    m_dock->setBusy(false, tr("Agenda built from the data at %1: %n items", nullptr, int(m.agenda.size()))
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))));
    Q_EMIT agendaBuilt();
}

bool MeetingModule::save(QString *error)
{
    try {
        const Meeting edited = m_dock->meeting();
        const Meeting stored = edited.id > 0 ? m_session.store().saveMeeting(edited)
                                             : m_session.store().createMeeting(edited);
        m_dock->setMeeting(stored);
        m_dock->markSaved();
        reloadList(stored.id);
        reloadTasks();
        m_slides->setMeeting(stored);
        Q_EMIT meetingSaved();
        return true;
    } catch (const StoreError &e) {
        *error = e.message();
        return false;
    }
}

std::optional<MeetingTask> MeetingModule::storeDecision(const MeetingTask &draft, QString *error)
{
    try {
        const MeetingTask t = m_session.store().addTask(draft);
        reloadTasks();
        return t;
    } catch (const StoreError &e) {
        *error = e.message();
        return std::nullopt;
    }
}

void MeetingModule::recordDecision(int index)
{
    Meeting m = m_dock->meeting();
    if (m.id == 0 || m_dock->isDirty()) {
        QString error;
        if (!save(&error)) {
            showError(error);
            return;
        }
        m = m_dock->meeting();
    }
    if (index < 0 || index >= m.agenda.size())
        return;
    m_slides->setMeeting(m);
    const ItemFacts facts = m_slides->factsNow(index);
    QHash<qint64, QString> labels;
    const QHash<qint64, Incident> cases = MeetingAgenda(m_session.store()).cases(facts.caseIds);
    for (auto it = cases.begin(); it != cases.end(); ++it)
        labels.insert(it.key(), it->code + QLatin1Char(' ') + it->title);
    QWidget *parent = m_presentation && m_presentation->presenter() ? static_cast<QWidget *>(m_presentation->presenter())
                                                                    : m_dock->window();
    DecisionDialog dialog(facts, m_session.store().departments(), m_session.store().calendar(),
                          QDateTime::currentDateTimeUtc(), labels, parent);
    dialog.setObjectName(QStringLiteral("decisionDialog"));
    while (dialog.exec() == QDialog::Accepted) {
        MeetingTask draft = dialog.task();
        draft.meetingId = m.id;
        draft.agendaItemId = m.agenda.at(index).id;
        QString error;
        if (storeDecision(draft, &error))
            return;
        QMessageBox::warning(&dialog, tr("Decision not recorded"), error);
    }
}

void MeetingModule::completeTask(qint64 id)
{
    const std::optional<MeetingTask> t = m_session.store().task(id);
    if (!t)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(m_dock->window(), tr("Report task %1 done").arg(t->code),
                                                        tr("How was it done?"), QString(), &ok);
    if (!ok)
        return;
    try {
        m_session.store().completeTask(id, note, t->rowVersion);
        reloadTasks();
    } catch (const StoreError &e) {
        showError(e.message());
    }
}

bool MeetingModule::startPresentation()
{
    if (m_presentation)
        return false;
    if (m_dock->isDirty() && m_session.isWritable()) {
        QString error;
        if (!save(&error)) {
            showError(error);
            return false;
        }
    }
    m_slides->setMeeting(m_dock->meeting());
    m_presentation = new PresentationController(*m_slides, &m_session.layers(), this);
    connect(m_presentation, &PresentationController::decisionRequested, this, [this](const AgendaItem &item) {
        const Meeting m = m_dock->meeting();
        for (int i = 0; i < m.agenda.size(); ++i)
            if (m.agenda.at(i).id == item.id)
                recordDecision(i);
    });
    connect(m_presentation, &PresentationController::itemTimeUsed, this, [this](const AgendaItem &item) {
        if (item.id > 0 && m_session.isWritable() && m_session.store().mayRecordMeetings(m_township)) {
            try {
                m_session.store().recordItemTime(item.id, item.usedSeconds);
            } catch (const StoreError &e) {
                m_dock->setBusy(false, e.message());
            }
        }
    });
    connect(m_presentation, &PresentationController::finished, this, [this] {
        m_presentation->deleteLater();
        const Meeting m = m_dock->meeting();
        if (m.id > 0 && !m_dock->isDirty())
            openMeeting(m.id);
    });
    return true;
}

void MeetingModule::present()
{
    if (startPresentation())
        m_presentation->startOnChosenScreens();
}

void MeetingModule::presentWindowed(const QSize &wall, const QSize &presenter)
{
    if (startPresentation())
        m_presentation->startWindowed(wall, presenter);
}

bool MeetingModule::exportPack(const QString &path, QString *error)
{
    try {
        const Store &store = m_session.store();
        const Meeting m = m_dock->meeting();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        MeetingPack pack;
        pack.meeting = m;
        pack.townshipName = m_session.unitName(m.townshipCode);
        pack.printedAt = now;
        m_slides->setMeeting(m);
        for (int i = 0; i < m.agenda.size(); ++i)
            pack.items << m_slides->factsNow(i);
        const KpiPeriod month = KpiPeriod::containing(KpiPeriod::Kind::Month, WorkingCalendar::localDay(m.heldAt).addDays(-1));
        pack.kpis = AssessmentReportReader::read(store, m.townshipCode, month, std::min(now, month.to()));
        if (m.id > 0)
            pack.decisions = store.tasksOfMeeting(m.id);
        for (const MeetingTask &t : store.tasks())
            if (t.meetingId != m.id && t.decidedAt < m.heldAt && (t.state == TaskState::Open || t.doneAt >= m.heldAt.addDays(-31)))
                pack.earlierTasks << MeetingPackTask{t, taskclock::status(t, now)};
        for (const Department &d : store.departments())
            pack.departmentNames.insert(d.code, m_session.departmentName(d.code));
        QVector<qint64> ids;
        for (const ItemFacts &f : pack.items)
            ids << f.caseIds;
        for (const MeetingTask &t : pack.decisions)
            ids << t.caseIds;
        for (const MeetingPackTask &t : pack.earlierTasks)
            ids << t.task.caseIds;
        const QHash<qint64, Incident> cases = MeetingAgenda(store).cases(ids);
        for (auto it = cases.begin(); it != cases.end(); ++it)
            pack.caseCodes.insert(it.key(), it->code);
        return map::MeetingPackWriter::write(pack, &m_session.layers(), path, error);
    } catch (const StoreError &e) {
        *error = e.message();
        return false;
    }
}

void MeetingModule::askAndExportPack()
{
    const Meeting m = m_dock->meeting();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("%1/%2.pdf").arg(dir, m.code.isEmpty() ? tr("meeting-pack") : m.code);
    const QString path = QFileDialog::getSaveFileName(m_dock->window(), tr("Export Meeting Pack"), suggested,
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPack(path, &error))
        m_dock->setBusy(false, tr("Meeting pack written to %1").arg(path));
    else
        showError(error);
}

void MeetingModule::showError(const QString &message)
{
    QMessageBox::warning(m_dock->window(), tr("Joint Meeting"), message);
}

} // namespace griddesk::app
