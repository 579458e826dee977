#include "MeetingTasksDock.h"
#include "ChinaTime.h"
#include "MeetingStore.h"
#include "StoreError.h"
#include "TaskClock.h"
#include "TaskRollup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace griddesk::app {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString china(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(kChinaOffset).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

MeetingTasksDock::MeetingTasksDock(
    MeetingStore &store, Namer departmentName, const QVector<AdminUnit> &units, QWidget *parent)
    : QDockWidget(tr("Meeting Tasks"), parent)
    , m_store(store)
    , m_departmentName(std::move(departmentName))
    , m_units(units)
{
    setObjectName(QStringLiteral("meetingTasksDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);

    auto *filters = new QHBoxLayout;
    m_department = new QComboBox(body);
    m_department->setObjectName(QStringLiteral("taskDepartmentFilter"));
    m_state = new QComboBox(body);
    m_state->setObjectName(QStringLiteral("taskStateFilter"));
    m_state->addItem(tr("All states"), AllStates);
    m_state->addItem(tr("Open"), OpenState);
    m_state->addItem(tr("Due soon"), DueSoonState);
    m_state->addItem(tr("Overdue"), OverdueState);
    m_state->addItem(tr("Done"), DoneState);
    filters->addWidget(new QLabel(tr("Department:"), body));
    filters->addWidget(m_department, 1);
    filters->addWidget(new QLabel(tr("State:"), body));
    filters->addWidget(m_state, 1);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical, body);
    m_list = new QTreeWidget(split);
    m_list->setObjectName(QStringLiteral("meetingTaskList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Task"), tr("Decision"), tr("Owner"), tr("Deadline"), tr("State") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_progress = new QTreeWidget(split);
    m_progress->setObjectName(QStringLiteral("meetingTaskProgress"));
    m_progress->setHeaderLabels({ tr("Unit"), tr("Open"), tr("Overdue"), tr("Done") });
    m_progress->header()->setStretchLastSection(false);
    m_progress->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(split, 1);

    auto *actions = new QHBoxLayout;
    m_supervise = button(tr("Supervise"), "superviseTaskButton", body);
    m_escalate = button(tr("Escalate"), "escalateTaskButton", body);
    m_done = button(tr("Mark Done…"), "markTaskDoneButton", body);
    actions->addWidget(m_supervise);
    actions->addWidget(m_escalate);
    actions->addWidget(m_done);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_message = new QLabel(body);
    m_message->setObjectName(QStringLiteral("meetingTaskMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    // On a short screen the dock scrolls rather than squeezing the map.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("meetingTasksScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);

    connect(m_department, qOverload<int>(&QComboBox::currentIndexChanged), this, &MeetingTasksDock::fill);
    connect(m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, &MeetingTasksDock::fill);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &MeetingTasksDock::updateActions);
    connect(m_supervise, &QPushButton::clicked, this, [this] { supervise(selectedTaskId()); });
    connect(m_escalate, &QPushButton::clicked, this, [this] { escalate(selectedTaskId()); });
    connect(m_done, &QPushButton::clicked, this, &MeetingTasksDock::askAndMarkDone);
    updateActions();
}

void MeetingTasksDock::reload(const QDateTime &now)
{
    m_now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    try {
        const QDateTime since = m_now.addDays(-kRecentDays);
        m_tasks.clear();
        for (const MeetingTask &t : m_store.tasks())
            if (t.state == TaskState::Open || (t.doneAt.isValid() && t.doneAt >= since))
                m_tasks << t;
    } catch (const StoreError &e) {
        m_message->setText(e.message());
    }
    // The departments that own a task, keeping the one chosen.
    const QString chosen = m_department->currentData().toString();
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    QStringList codes;
    for (const MeetingTask &t : m_tasks)
        if (!codes.contains(t.ownerDepartment))
            codes << t.ownerDepartment;
    codes.sort();
    for (const QString &c : codes)
        m_department->addItem(m_departmentName(c), c);
    m_department->setCurrentIndex(std::max(0, m_department->findData(chosen)));
    fill();
}

MeetingTasksDock::StateFilter MeetingTasksDock::stateOf(const MeetingTask &task) const
{
    switch (taskclock::status(task, m_now)) {
    case DeadlineStatus::Warning:
        return DueSoonState;
    case DeadlineStatus::Overdue:
        return OverdueState;
    case DeadlineStatus::ClosedOnTime:
    case DeadlineStatus::ClosedLate:
        return DoneState;
    case DeadlineStatus::None:
    case DeadlineStatus::OnTime:
        break;
    }
    return OpenState;
}

void MeetingTasksDock::fill()
{
    const qint64 selected = selectedTaskId();
    const QString department = m_department->currentData().toString();
    const auto state = StateFilter(m_state->currentData().toInt());
    m_list->clear();
    QVector<MeetingTask> shown;
    for (const MeetingTask &t : m_tasks) {
        if (!department.isEmpty() && t.ownerDepartment != department)
            continue;
        shown << t; // the roll-up counts every state
        const StateFilter s = stateOf(t);
        if (state != AllStates && s != state)
            continue;
        QStringList stateText { m_state->itemText(m_state->findData(s)) };
        if (t.supervised && t.state == TaskState::Open)
            stateText << tr("supervised");
        if (t.escalations > 0)
            stateText << tr("escalated %n time(s)", nullptr, t.escalations);
        auto *row = new QTreeWidgetItem(m_list,
            { t.code, t.decision, m_departmentName(t.ownerDepartment),
                tr("%1 (%n working days)", nullptr, t.workingDays).arg(china(t.dueAt)), stateText.join(tr(", ")) });
        row->setData(0, kIdRole, t.id);
        // As the case lists colour their time limits.
        const QColor colour = s == OverdueState ? QColor(190, 20, 20)
            : s == DueSoonState                 ? QColor(200, 100, 0)
            : s == DoneState                    ? QColor(120, 120, 120)
                                                : QColor();
        if (colour.isValid())
            for (int c = 0; c < row->columnCount(); ++c)
                row->setForeground(c, colour);
        if (t.id == selected)
            row->setSelected(true);
    }
    fillProgress(shown);
    updateActions();
}

void MeetingTasksDock::fillProgress(const QVector<MeetingTask> &tasks)
{
    m_progress->clear();
    const QHash<QString, TaskProgress> progress = taskrollup::rollUp(tasks, m_now);
    QHash<QString, QTreeWidgetItem *> items;
    const auto add = [&](const AdminUnit &u, QTreeWidgetItem *parent) {
        const TaskProgress p = progress.value(u.code);
        const QStringList cells { u.shortName.isEmpty() ? u.name : u.shortName, QString::number(p.open),
            QString::number(p.overdue), QString::number(p.done) };
        auto *item = parent ? new QTreeWidgetItem(parent, cells) : new QTreeWidgetItem(m_progress, cells);
        item->setData(0, kIdRole, u.code);
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (p.overdue > 0)
            item->setForeground(2, QColor(190, 20, 20));
        items.insert(u.code, item);
    };
    // Township, then its communities, then the grids that have tasks.
    for (AdminLevel level : { AdminLevel::Township, AdminLevel::Community, AdminLevel::Grid })
        for (const AdminUnit &u : m_units) {
            if (u.level != level)
                continue;
            QTreeWidgetItem *parent = items.value(u.parentCode);
            if (level != AdminLevel::Township && !parent)
                continue;
            if (level == AdminLevel::Grid && progress.value(u.code).total() == 0)
                continue;
            add(u, parent);
        }
    m_progress->expandToDepth(0);
}

qint64 MeetingTasksDock::selectedTaskId() const
{
    const QList<QTreeWidgetItem *> rows = m_list->selectedItems();
    return rows.isEmpty() ? 0 : rows.first()->data(0, kIdRole).toLongLong();
}

QString MeetingTasksDock::message() const
{
    return m_message->text();
}

void MeetingTasksDock::setWritable(bool writable)
{
    m_writable = writable;
    updateActions();
}

void MeetingTasksDock::setDepartmentFilter(const QString &code)
{
    m_department->setCurrentIndex(std::max(0, m_department->findData(code)));
}

void MeetingTasksDock::setStateFilter(StateFilter state)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
}

void MeetingTasksDock::updateActions()
{
    const qint64 id = selectedTaskId();
    bool open = false;
    for (const MeetingTask &t : m_tasks)
        open = open || (t.id == id && t.state == TaskState::Open);
    for (QPushButton *b : { m_supervise, m_escalate, m_done })
        b->setEnabled(m_writable && open);
}

bool MeetingTasksDock::act(qint64 id, const std::function<MeetingTask(const MeetingTask &)> &action)
{
    for (const MeetingTask &t : m_tasks) {
        if (t.id != id)
            continue;
        if (t.state != TaskState::Open) {
            m_message->setText(tr("Task %1 is done already.").arg(t.code));
            return false;
        }
        try {
            const MeetingTask after = action(t);
            m_message->setText(tr("Task %1 updated.").arg(after.code));
            emit taskChanged(after);
            reload(QDateTime::currentDateTimeUtc() > m_now ? QDateTime() : m_now);
            return true;
        } catch (const StoreError &e) {
            m_message->setText(tr("Task %1: %2").arg(t.code, e.message()));
            return false;
        }
    }
    m_message->setText(tr("Choose a task first."));
    return false;
}

bool MeetingTasksDock::supervise(qint64 id)
{
    return act(id, [this](const MeetingTask &t) {
        return m_store.actOnTask(t.id, TaskAction::Supervise, QDateTime::currentDateTimeUtc(), t.rowVersion);
    });
}

bool MeetingTasksDock::escalate(qint64 id)
{
    return act(id, [this](const MeetingTask &t) {
        return m_store.actOnTask(t.id, TaskAction::Escalate, QDateTime::currentDateTimeUtc(), t.rowVersion);
    });
}

bool MeetingTasksDock::markDone(qint64 id, const QString &note)
{
    return act(id, [this, note](const MeetingTask &t) { return m_store.completeTask(t.id, note, t.rowVersion); });
}

void MeetingTasksDock::askAndMarkDone()
{
    bool ok = false;
    const QString note
        = QInputDialog::getText(this, tr("Mark Task Done"), tr("How was it done?"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        markDone(selectedTaskId(), note);
}

} // namespace griddesk::app
