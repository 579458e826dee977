// The meeting tasks dock on the demo township with real tasks in the store:
// each task's deadline state and colour, the department and state filters,
// the roll-up from grid to community to township, and the centre's actions
// (supervise, escalate, mark done) clicked on a chosen task, read back from
// the store.
#include "GpkgStore.h"
#include "MeetingTasksDock.h"
#include "TaskClock.h"
#include "TestDemo.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace griddesk;
using app::MeetingTasksDock;

namespace {

QTreeWidgetItem *rowOf(QTreeWidget *list, const QString &code)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == code)
            return list->topLevelItem(i);
    return nullptr;
}

QStringList codes(QTreeWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(0);
    out.sort();
    return out;
}

} // namespace

class TestMeetingTasks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QVector<AdminUnit> m_units;
    QString m_township;
    QStringList m_departments;
    QVector<MeetingTask> m_tasks; // open (A), overdue (B), overdue (C, another department), done (D)
    QDateTime m_now;

    MeetingTask decide(qint64 meeting, const QString &decision, const QString &dept, const QString &grid,
        const QDateTime &at, int days)
    {
        MeetingTask d;
        d.meetingId = meeting;
        d.decision = decision;
        d.ownerDepartment = dept;
        d.gridCode = grid;
        d.workingDays = days;
        d.decidedAt = at;
        return m_store->addTask(d);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = GpkgStore::open(test::createDemo(m_dir));
        m_units = m_store->adminUnits();
        m_township = m_store->adminUnits(int(AdminLevel::Township)).first().code;
        for (const Department &d : m_store->departments())
            m_departments << d.code;
        QVERIFY(m_departments.size() >= 2);
        m_now = QDateTime::currentDateTimeUtc();
        Meeting m;
        m.townshipCode = m_township;
        m.heldAt = m_now.addDays(-40);
        m.lengthMinutes = 60;
        m.chair = QStringLiteral("李建国");
        const Meeting stored = m_store->createMeeting(m);
        const QVector<AdminUnit> grids = m_store->adminUnits(int(AdminLevel::Grid));
        const AdminUnit gridA = grids.first();
        AdminUnit gridB = grids.last();
        QVERIFY(gridA.parentCode != gridB.parentCode);
        m_tasks << decide(stored.id, QStringLiteral("完善走访台账"), m_departments.at(0), gridA.code, m_now, 20);
        m_tasks << decide(
            stored.id, QStringLiteral("清理占道经营"), m_departments.at(0), gridA.code, m_now.addDays(-30), 5);
        m_tasks << decide(
            stored.id, QStringLiteral("修复监控探头"), m_departments.at(1), gridB.code, m_now.addDays(-30), 5);
        m_tasks << decide(
            stored.id, QStringLiteral("召开协调会"), m_departments.at(1), gridB.code, m_now.addDays(-20), 5);
        m_tasks[3] = m_store->completeTask(m_tasks[3].id, QStringLiteral("已召开"));
        QCOMPARE(taskclock::status(m_tasks[0], m_now), DeadlineStatus::OnTime);
        QCOMPARE(taskclock::status(m_tasks[1], m_now), DeadlineStatus::Overdue);
    }

    void showsEachTaskWithItsStateAndColour()
    {
        QHash<QString, QString> names;
        for (const Department &d : m_store->departments())
            names.insert(d.code, d.nameZh);
        MeetingTasksDock dock(
            *m_store, [&names](const QString &c) { return names.value(c, c); }, m_units);
        QCOMPARE(dock.objectName(), QStringLiteral("meetingTasksDock"));
        dock.reload(m_now);
        QTreeWidget *list = dock.taskList();
        QCOMPARE(list->topLevelItemCount(), 4);
        const QTreeWidgetItem *open = rowOf(list, m_tasks[0].code);
        const QTreeWidgetItem *overdue = rowOf(list, m_tasks[1].code);
        const QTreeWidgetItem *done = rowOf(list, m_tasks[3].code);
        QVERIFY(open && overdue && done);
        QCOMPARE(overdue->foreground(0).color(), QColor(190, 20, 20));
        QCOMPARE(done->foreground(0).color(), QColor(120, 120, 120));
        QVERIFY(open->foreground(0).style() == Qt::NoBrush);
        QCOMPARE(overdue->text(2), names.value(m_departments.at(0)));
        QVERIFY(!overdue->text(2).isEmpty() && overdue->text(2) != m_departments.at(0));

        if (qEnvironmentVariableIsSet("GRIDDESK_TEST_KEEP")) { // for a reviewer's eyes
            dock.resize(760, 620);
            dock.progressTree()->expandAll();
            dock.grab().save(qEnvironmentVariable("GRIDDESK_TEST_KEEP") + QStringLiteral("/meeting-tasks.png"));
        }
        // Due soon once its warning time has come.
        dock.reload(m_tasks[0].warnAt.addSecs(60));
        QCOMPARE(rowOf(list, m_tasks[0].code)->foreground(0).color(), QColor(200, 100, 0));
    }

    void filtersByDepartmentAndState()
    {
        MeetingTasksDock dock(
            *m_store, [](const QString &c) { return c; }, m_units);
        dock.reload(m_now);
        dock.setStateFilter(MeetingTasksDock::OverdueState);
        QCOMPARE(codes(dock.taskList()), (QStringList { m_tasks[1].code, m_tasks[2].code }));
        dock.setDepartmentFilter(m_departments.at(1));
        QCOMPARE(codes(dock.taskList()), QStringList { m_tasks[2].code });
        dock.setStateFilter(MeetingTasksDock::DoneState);
        QCOMPARE(codes(dock.taskList()), QStringList { m_tasks[3].code });
        dock.setStateFilter(MeetingTasksDock::AllStates);
        dock.setDepartmentFilter(QString());
        QCOMPARE(dock.taskList()->topLevelItemCount(), 4);
    }

    // Township → communities → grids, each counting its own and its units' tasks.
    void progressRollsUpFromGridToTownship()
    {
        MeetingTasksDock dock(
            *m_store, [](const QString &c) { return c; }, m_units);
        dock.reload(m_now);
        QTreeWidget *tree = dock.progressTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *township = tree->topLevelItem(0);
        QCOMPARE(township->data(0, Qt::UserRole + 1).toString(), m_township);
        QCOMPARE(township->text(1), QStringLiteral("3")); // open, overdue ones included
        QCOMPARE(township->text(2), QStringLiteral("2"));
        QCOMPARE(township->text(3), QStringLiteral("1"));
        int communities = 0, grids = 0, gridOpen = 0;
        for (int i = 0; i < township->childCount(); ++i) {
            QTreeWidgetItem *c = township->child(i);
            ++communities;
            for (int j = 0; j < c->childCount(); ++j) {
                ++grids;
                gridOpen += c->child(j)->text(1).toInt();
            }
        }
        QVERIFY(communities > 2);
        QCOMPARE(grids, 2); // only the grids with tasks
        QCOMPARE(gridOpen, 3);
        // The department filter narrows the roll-up too.
        dock.setDepartmentFilter(m_departments.at(1));
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("1"));
        QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("1"));
    }

    void actionsOnTheChosenTaskReachTheStore()
    {
        MeetingTasksDock dock(
            *m_store, [](const QString &c) { return c; }, m_units);
        dock.show();
        dock.reload(m_now);
        auto *supervise = dock.findChild<QPushButton *>(QStringLiteral("superviseTaskButton"));
        auto *escalate = dock.findChild<QPushButton *>(QStringLiteral("escalateTaskButton"));
        auto *done = dock.findChild<QPushButton *>(QStringLiteral("markTaskDoneButton"));
        QVERIFY(supervise && escalate && done);
        QVERIFY(!supervise->isEnabled()); // nothing chosen
        rowOf(dock.taskList(), m_tasks[3].code)->setSelected(true);
        QVERIFY(!supervise->isEnabled()); // a done task
        dock.taskList()->clearSelection();

        const qint64 id = m_tasks[2].id;
        rowOf(dock.taskList(), m_tasks[2].code)->setSelected(true);
        QVERIFY(supervise->isEnabled());
        QTest::mouseClick(supervise, Qt::LeftButton);
        QVERIFY2(m_store->task(id)->supervised, qPrintable(dock.message()));
        QCOMPARE(dock.selectedTaskId(), id); // still chosen after the reload
        QTest::mouseClick(escalate, Qt::LeftButton);
        QCOMPARE(m_store->task(id)->escalations, 1);
        QVERIFY(rowOf(dock.taskList(), m_tasks[2].code)->text(4).contains(QStringLiteral("1")));

        QVERIFY2(dock.markDone(id, QStringLiteral("探头已修复")), qPrintable(dock.message()));
        const MeetingTask after = *m_store->task(id);
        QCOMPARE(after.state, TaskState::Done);
        QCOMPARE(after.doneNote, QStringLiteral("探头已修复"));
        QCOMPARE(rowOf(dock.taskList(), after.code)->foreground(0).color(), QColor(120, 120, 120));

        // A refused action says why and changes nothing.
        QVERIFY(!dock.markDone(id, QStringLiteral("again")));
        QVERIFY2(dock.message().contains(after.code), qPrintable(dock.message()));
        QCOMPARE(m_store->task(id)->doneNote, QStringLiteral("探头已修复"));
        QVERIFY(!dock.supervise(0));
    }
};

QTEST_MAIN(TestMeetingTasks)
#include "test_meeting_tasks.moc"
