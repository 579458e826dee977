#include "MeetingDock.h"
#include "ChinaTime.h"
#include "DeadlineStatus.h"
#include "TaskClock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace griddesk::app {

namespace {


QString listText(const QStringList &names)
{
    return names.join(QStringLiteral("、"));
}

QStringList listOf(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("，"), QStringLiteral("、")).replace(QLatin1Char(','), QStringLiteral("、"));
    QStringList out;
    for (const QString &s : t.split(QStringLiteral("、"), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

MeetingDock::MeetingDock(QWidget *parent)
    : QDockWidget(tr("Joint Meeting"), parent)
{
    setObjectName(QStringLiteral("meetingDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);

    auto *top = new QHBoxLayout;
    m_meetings = new QComboBox(body);
    m_meetings->setObjectName(QStringLiteral("meetingPicker"));
    m_meetings->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_meetings->setMinimumContentsLength(8);
    m_new = button(tr("New meeting"), "newMeetingButton", body);
    top->addWidget(m_meetings, 1);
    top->addWidget(m_new);
    layout->addLayout(top);

    m_tabs = new QTabWidget(body);
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    // Whole titles, with scroll arrows in a narrow dock.
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(true);
    // The agenda first and with the dock's height to itself; the meeting's
    // date, chair and attendees on a tab of their own.
    QWidget *details = buildDetailsTab(); // before the agenda's, which connects its fields
    m_tabs->addTab(buildAgendaTab(), tr("Agenda"));
    m_tabs->addTab(details, tr("Meeting"));
    m_minutesText = new QPlainTextEdit(m_tabs);
    m_minutesText->setObjectName(QStringLiteral("meetingMinutes"));
    m_minutesText->setPlaceholderText(tr("Minutes of the meeting: what was discussed and decided"));
    m_tabs->addTab(m_minutesText, tr("Minutes"));
    m_decisionsTab = m_tabs->addTab(buildDecisionsTab(), tr("Decisions"));
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    // Two short rows, so that the dock stays narrow beside the map.
    auto *bottom = new QGridLayout;
    m_save = button(tr("Save"), "saveMeetingButton", body);
    m_present = button(tr("Present (F5)"), "presentMeetingButton", body);
    m_pack = button(tr("Meeting pack (PDF)…"), "meetingPackButton", body);
    bottom->addWidget(m_save, 0, 0);
    bottom->addWidget(m_present, 0, 1);
    bottom->addWidget(m_pack, 1, 0, 1, 2);
    layout->addLayout(bottom);
    // On a small screen the dock may be narrower than its form: it scrolls
    // rather than squeezing the map.
    auto *outer = new QScrollArea(this);
    outer->setObjectName(QStringLiteral("meetingDockScroll"));
    outer->setWidgetResizable(true);
    outer->setFrameShape(QFrame::NoFrame);
    outer->setWidget(body);
    setWidget(outer);

    connect(m_meetings, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { Q_EMIT meetingChosen(m_meetings->itemData(i).toLongLong()); });
    connect(m_new, &QPushButton::clicked, this, &MeetingDock::newMeetingRequested);
    connect(m_save, &QPushButton::clicked, this, &MeetingDock::saveRequested);
    connect(m_present, &QPushButton::clicked, this, &MeetingDock::presentRequested);
    connect(m_pack, &QPushButton::clicked, this, &MeetingDock::packRequested);
    connect(m_minutesText, &QPlainTextEdit::textChanged, this, &MeetingDock::edited);
    setMeeting(Meeting());
}

QWidget *MeetingDock::buildDetailsTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_heldAt = new QDateTimeEdit(tab);
    m_heldAt->setObjectName(QStringLiteral("meetingHeldAt"));
    m_heldAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_heldAt->setCalendarPopup(true);
    m_length = new QSpinBox(tab);
    m_length->setObjectName(QStringLiteral("meetingLength"));
    m_length->setRange(10, 480);
    m_length->setSingleStep(15);
    m_length->setSuffix(tr(" min"));
    form->addRow(tr("Held"), m_heldAt);
    form->addRow(tr("Length"), m_length);
    m_chair = new QLineEdit(tab);
    m_chair->setObjectName(QStringLiteral("meetingChair"));
    form->addRow(tr("Chair"), m_chair);
    m_attendees = new QLineEdit(tab);
    m_attendees->setObjectName(QStringLiteral("meetingAttendees"));
    m_attendees->setPlaceholderText(tr("Names, separated by 、"));
    form->addRow(tr("Attendees"), m_attendees);
    m_departments = new QListWidget(tab);
    m_departments->setObjectName(QStringLiteral("meetingDepartments"));
    m_departments->setFlow(QListView::LeftToRight);
    m_departments->setWrapping(true);
    m_departments->setResizeMode(QListView::Adjust);
    m_departments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_departments->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    form->addRow(tr("Departments"), m_departments);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return tab;
}

QWidget *MeetingDock::buildAgendaTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form follows the dock's width; only the height scrolls.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *tab = new QWidget(scroll);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);

    m_agenda = new QTreeWidget(tab);
    m_agenda->setObjectName(QStringLiteral("agendaView"));
    m_agenda->setRootIsDecorated(false);
    m_agenda->setHeaderLabels({tr("#"), tr("Item"), tr("Min")});
    m_agenda->header()->setStretchLastSection(false);
    m_agenda->header()->setMinimumSectionSize(24);
    m_agenda->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_agenda->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_agenda->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_agenda->setMinimumHeight(m_agenda->fontMetrics().height() * 10);
    layout->addWidget(m_agenda, 1);
    m_total = new QLabel(tab);
    m_total->setObjectName(QStringLiteral("agendaTotal"));
    m_total->setWordWrap(true);
    layout->addWidget(m_total);

    m_up = button(tr("Up"), "agendaUpButton", tab);
    m_down = button(tr("Down"), "agendaDownButton", tab);
    m_add = button(tr("Add item"), "agendaAddButton", tab);
    m_remove = button(tr("Remove"), "agendaRemoveButton", tab);
    m_rebuild = button(tr("Rebuild from data"), "agendaRebuildButton", tab);
    m_rebuild->setToolTip(tr("Reads the cases, tasks, warnings and bulletins again; your own items, times and notes stay"));
    // Two to a row, so that the dock stays narrow beside the map.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_up, 0, 0);
    buttons->addWidget(m_down, 0, 1);
    buttons->addWidget(m_remove, 1, 0);
    buttons->addWidget(m_add, 1, 1);
    buttons->addWidget(m_rebuild, 2, 0, 1, 2);
    layout->addLayout(buttons);

    auto *item = new QFormLayout;
    m_reason = new QLabel(tab);
    m_reason->setObjectName(QStringLiteral("agendaReason"));
    m_reason->setWordWrap(true);
    m_reason->setMinimumWidth(1);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    item->addRow(tr("Why"), m_reason);
    m_itemTitle = new QLineEdit(tab);
    m_itemTitle->setObjectName(QStringLiteral("agendaItemTitle"));
    item->addRow(tr("Title"), m_itemTitle);
    m_minutes = new QSpinBox(tab);
    m_minutes->setObjectName(QStringLiteral("agendaItemMinutes"));
    m_minutes->setRange(0, 480);
    m_minutes->setSuffix(tr(" min"));
    item->addRow(tr("Planned"), m_minutes);
    m_notes = new QPlainTextEdit(tab);
    m_notes->setObjectName(QStringLiteral("agendaItemNotes"));
    m_notes->setPlaceholderText(tr("Notes for the presenter"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    item->addRow(tr("Notes"), m_notes);
    layout->addLayout(item);
    scroll->setWidget(tab);

    connect(m_agenda, &QTreeWidget::currentItemChanged, this, &MeetingDock::showItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(m_remove, &QPushButton::clicked, this, &MeetingDock::removeItem);
    connect(m_add, &QPushButton::clicked, this, &MeetingDock::addOwnItem);
    connect(m_rebuild, &QPushButton::clicked, this, &MeetingDock::rebuildRequested);
    auto itemEdited = [this] {
        const int i = currentItem();
        if (m_filling || i < 0)
            return;
        AgendaItem &a = m_meeting.agenda[i];
        a.plannedMinutes = m_minutes->value();
        a.notes = m_notes->toPlainText();
        if (a.kind == AgendaKind::Custom)
            a.title = m_itemTitle->text();
        QTreeWidgetItem *row = m_agenda->topLevelItem(i);
        row->setText(1, AgendaText::title(a, m_names));
        row->setText(2, QString::number(a.plannedMinutes));
        updateTotal();
        edited();
    };
    connect(m_minutes, qOverload<int>(&QSpinBox::valueChanged), this, itemEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, itemEdited);
    connect(m_itemTitle, &QLineEdit::textEdited, this, itemEdited);
    for (QWidget *w : {static_cast<QWidget *>(m_chair), static_cast<QWidget *>(m_attendees)})
        connect(static_cast<QLineEdit *>(w), &QLineEdit::textEdited, this, &MeetingDock::edited);
    connect(m_heldAt, &QDateTimeEdit::dateTimeChanged, this, &MeetingDock::edited);
    connect(m_length, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        updateTotal();
        edited();
    });
    connect(m_departments, &QListWidget::itemChanged, this, &MeetingDock::edited);
    return scroll;
}

QWidget *MeetingDock::buildDecisionsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_decisions = new QTreeWidget(tab);
    m_decisions->setObjectName(QStringLiteral("meetingDecisions"));
    m_decisions->setRootIsDecorated(false);
    m_decisions->setHeaderLabels({tr("Task"), tr("Decision"), tr("Owner"), tr("Due"), tr("State")});
    m_decisions->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_decisions->header()->setMinimumSectionSize(24);
    m_decisions->setMinimumWidth(1);
    layout->addWidget(m_decisions, 1);
    m_decide = button(tr("Record decision on the selected item…"), "recordDecisionButton", tab);
    m_complete = button(tr("Report done…"), "completeTaskButton", tab);
    layout->addWidget(m_decide);
    layout->addWidget(m_complete);
    connect(m_decide, &QPushButton::clicked, this, [this] { Q_EMIT decisionRequested(currentItem()); });
    connect(m_complete, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *row = m_decisions->currentItem())
            Q_EMIT completeTaskRequested(row->data(0, Qt::UserRole).toLongLong());
    });
    return tab;
}

void MeetingDock::setDepartments(const QVector<Department> &departments, const QHash<QString, QString> &names)
{
    m_departmentNames = names;
    m_filling = true;
    m_departments->clear();
    for (const Department &d : departments) {
        auto *item = new QListWidgetItem(names.value(d.code, d.code), m_departments);
        item->setData(Qt::UserRole, d.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_meeting.departments.contains(d.code) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void MeetingDock::setMeetings(const QVector<Meeting> &meetings, qint64 current)
{
    m_meetings->clear();
    for (const Meeting &m : meetings) {
        const QString when = m.heldAt.toOffsetFromUtc(kChinaOffset).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString state = m.state == MeetingState::Held ? tr("held") : tr("planned");
        m_meetings->addItem(tr("%1 · %2 · %3").arg(when, m.code, state), m.id);
    }
    if (current == 0)
        m_meetings->addItem(tr("New meeting (not saved)"), 0);
    m_meetings->setCurrentIndex(m_meetings->findData(current));
}

void MeetingDock::setMeeting(const Meeting &meeting)
{
    m_filling = true;
    m_meeting = meeting;
    const QDateTime cst = (meeting.heldAt.isValid() ? meeting.heldAt : QDateTime::currentDateTimeUtc())
                              .toOffsetFromUtc(kChinaOffset);
    m_heldAt->setDateTime(QDateTime(cst.date(), cst.time()));
    m_length->setValue(meeting.lengthMinutes);
    m_chair->setText(meeting.chair);
    m_attendees->setText(listText(meeting.attendees));
    for (int i = 0; i < m_departments->count(); ++i) {
        QListWidgetItem *item = m_departments->item(i);
        item->setCheckState(meeting.departments.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_minutesText->setPlainText(meeting.minutes);
    m_filling = false;
    fillAgenda();
    m_dirty = meeting.id == 0;
    setWritable(m_writable);
}

Meeting MeetingDock::meeting() const
{
    Meeting m = m_meeting;
    m.heldAt = QDateTime(m_heldAt->date(), m_heldAt->time(), Qt::OffsetFromUTC, kChinaOffset).toUTC();
    m.lengthMinutes = m_length->value();
    m.chair = m_chair->text().trimmed();
    m.attendees = listOf(m_attendees->text());
    m.departments.clear();
    for (int i = 0; i < m_departments->count(); ++i)
        if (m_departments->item(i)->checkState() == Qt::Checked)
            m.departments << m_departments->item(i)->data(Qt::UserRole).toString();
    m.minutes = m_minutesText->toPlainText();
    for (int i = 0; i < m.agenda.size(); ++i)
        m.agenda[i].position = i;
    return m;
}

void MeetingDock::fillAgenda()
{
    const int keep = currentItem();
    m_filling = true;
    m_agenda->clear();
    for (int i = 0; i < m_meeting.agenda.size(); ++i) {
        const AgendaItem &a = m_meeting.agenda.at(i);
        auto *row = new QTreeWidgetItem(m_agenda);
        row->setText(0, QString::number(i + 1));
        row->setText(1, AgendaText::title(a, m_names));
        row->setText(2, QString::number(a.plannedMinutes));
        row->setToolTip(1, AgendaText::kindName(a.kind) + QStringLiteral("\n") + AgendaText::reason(a, m_names));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_filling = false;
    selectItem(qBound(-1, keep < 0 ? 0 : keep, int(m_meeting.agenda.size()) - 1));
    updateTotal();
    showItem();
}

int MeetingDock::currentItem() const
{
    QTreeWidgetItem *row = m_agenda->currentItem();
    return row ? m_agenda->indexOfTopLevelItem(row) : -1;
}

void MeetingDock::selectItem(int index)
{
    m_agenda->setCurrentItem(index >= 0 ? m_agenda->topLevelItem(index) : nullptr);
}

void MeetingDock::showItem()
{
    if (m_filling)
        return;
    const int i = currentItem();
    const bool has = i >= 0 && i < m_meeting.agenda.size();
    m_filling = true;
    const AgendaItem a = has ? m_meeting.agenda.at(i) : AgendaItem();
    m_reason->setText(has ? AgendaText::reason(a, m_names) : QString());
    m_itemTitle->setText(has ? AgendaText::title(a, m_names) : QString());
    m_itemTitle->setReadOnly(!has || a.kind != AgendaKind::Custom || !m_writable);
    m_minutes->setValue(a.plannedMinutes);
    m_notes->setPlainText(a.notes);
    m_filling = false;
    for (QWidget *w : {static_cast<QWidget *>(m_minutes), static_cast<QWidget *>(m_notes),
                       static_cast<QWidget *>(m_remove)})
        w->setEnabled(has && m_writable);
    m_up->setEnabled(has && m_writable && i > 0);
    m_down->setEnabled(has && m_writable && i + 1 < m_meeting.agenda.size());
    m_decide->setEnabled(has && m_writable && m_meeting.id > 0);
}

void MeetingDock::edited()
{
    if (m_filling)
        return;
    m_dirty = true;
    m_save->setEnabled(m_writable);
}

void MeetingDock::markSaved()
{
    m_dirty = false;
    m_save->setEnabled(false);
}

void MeetingDock::moveItem(int delta)
{
    const int i = currentItem();
    const int j = i + delta;
    if (i < 0 || j < 0 || j >= m_meeting.agenda.size())
        return;
    std::swap(m_meeting.agenda[i], m_meeting.agenda[j]);
    fillAgenda();
    selectItem(j);
    edited();
}

void MeetingDock::removeItem()
{
    const int i = currentItem();
    if (i < 0)
        return;
    const AgendaItem a = m_meeting.agenda.takeAt(i);
    if (a.kind != AgendaKind::Custom && !m_meeting.removedItems.contains(a.key()))
        m_meeting.removedItems << a.key();
    fillAgenda();
    selectItem(std::min(i, int(m_meeting.agenda.size()) - 1));
    edited();
}

void MeetingDock::addOwnItem()
{
    AgendaItem a;
    a.kind = AgendaKind::Custom;
    a.title = tr("New item");
    a.plannedMinutes = 10;
    const int at = currentItem() + 1;
    m_meeting.agenda.insert(at, a);
    fillAgenda();
    selectItem(at);
    m_itemTitle->setFocus();
    m_itemTitle->selectAll();
    edited();
}

void MeetingDock::updateTotal()
{
    int total = 0;
    for (const AgendaItem &a : m_meeting.agenda)
        total += a.plannedMinutes;
    const int length = m_length->value();
    m_total->setText(tr("%n items, %1 of %2 minutes planned", nullptr, int(m_meeting.agenda.size())).arg(total).arg(length));
    m_total->setProperty("over", total > length);
    m_total->setStyleSheet(total > length ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
}

void MeetingDock::setTasks(const QVector<MeetingTask> &tasks, const QDateTime &now)
{
    m_tasks = tasks;
    m_decisions->clear();
    for (const MeetingTask &t : tasks) {
        auto *row = new QTreeWidgetItem(m_decisions);
        row->setData(0, Qt::UserRole, t.id);
        row->setText(0, t.code);
        row->setText(1, t.decision);
        row->setToolTip(1, t.decision);
        row->setText(2, m_departmentNames.value(t.ownerDepartment, t.ownerDepartment));
        row->setText(3, AgendaText::endDay(t.dueAt));
        const DeadlineStatus s = taskclock::status(t, now);
        row->setText(4, deadlinestatus::displayName(s));
        if (s == DeadlineStatus::Overdue || s == DeadlineStatus::ClosedLate)
            row->setForeground(4, QColor(0xb3, 0x26, 0x1e));
        else if (s == DeadlineStatus::Warning)
            row->setForeground(4, QColor(0x9a, 0x5b, 0x00));
    }
    m_tabs->setTabText(m_decisionsTab, tr("Decisions (%1)").arg(tasks.size()));
}

void MeetingDock::setWritable(bool writable)
{
    m_writable = writable;
    for (QWidget *w : {static_cast<QWidget *>(m_heldAt), static_cast<QWidget *>(m_length),
                       static_cast<QWidget *>(m_chair), static_cast<QWidget *>(m_attendees),
                       static_cast<QWidget *>(m_departments), static_cast<QWidget *>(m_add),
                       static_cast<QWidget *>(m_rebuild), static_cast<QWidget *>(m_new),
                       static_cast<QWidget *>(m_complete)})
        w->setEnabled(writable);
    m_minutesText->setReadOnly(!writable);
    m_save->setEnabled(writable && m_dirty);
    showItem();
}

void MeetingDock::setBusy(bool busy, const QString &message)
{
    m_rebuild->setEnabled(!busy && m_writable);
    m_new->setEnabled(!busy && m_writable);
    m_status->setText(message);
}

} // namespace griddesk::app
