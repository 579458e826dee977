// A whole joint meeting in the real console, offscreen, on the demo
// township: the agenda built from the data on a worker thread and stored,
// presentation mode driven by the keys a presentation clicker sends through
// every item, a decision recorded on an item (the task stored with its
// deadline on the working-day calendar, and on the next meeting's agenda),
// a case that changes during the meeting updating its slide, and the pack.
#include "AgendaText.h"
#include "ConsoleSession.h"
#include "DecisionDialog.h"
#include "IncidentWorkflow.h"
#include "ItemSlidePage.h"
#include "MeetingSlideSource.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingAgenda.h"
#include "PolygonOps.h"
#include "MeetingDock.h"
#include "MeetingModule.h"
#include "PresentationController.h"
#include "PresentationWindow.h"
#include "PresenterView.h"
#include "QgisTestMain.h"
#include "SlideWidget.h"
#include "Store.h"
#include "StoreOpener.h"
#include "TestDemo.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

class TestMeeting : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("zh_CN"));
        m_path = test::createDemo(m_dir);
        // A case overdue for a month and not yet supervised: the first of its
        // department's overdue item.
        auto store = GpkgStore::open(m_path);
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).first();
        IncidentRecord r;
        Incident &i = r.incident;
        i.code = QStringLiteral("E20260101-9001");
        i.categoryCode = store->categories().first().code;
        i.title = QStringLiteral("会前超期案件");
        i.source = IncidentSource::Hotline12345;
        i.state = IncidentState::Handling;
        i.reportedAt = QDateTime::currentDateTimeUtc().addDays(-60);
        i.acceptedAt = i.reportedAt.addSecs(600);
        i.nodeStartedAt = i.acceptedAt;
        i.deadlineAt = QDateTime::currentDateTimeUtc().addDays(-45);
        i.nodeDeadlineAt = i.deadlineAt;
        i.dueAt = i.deadlineAt;
        i.warnAt = i.deadlineAt.addDays(-2);
        i.gridCode = grid.code;
        i.communityCode = grid.parentCode;
        i.townshipCode = store->adminUnit(grid.parentCode)->parentCode;
        i.location = polygon::centroid(grid.geometry);
        i.leadDepartment = store->departments().first().code;
        store->importIncidents({r});
    }

    void aWholeMeetingDrivenByKeys()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1920, 1080);
        w.show();
        auto *m = w.findChild<MeetingModule *>();
        QVERIFY(m);
        MeetingDock *dock = m->dock();
        QVERIFY(!m->townshipCode().isEmpty());

        // The agenda, built from the data off the GUI thread.
        QSignalSpy built(m, &MeetingModule::agendaBuilt);
        QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("newMeetingButton")), Qt::LeftButton);
        QVERIFY(m->isBuilding());
        QVERIFY(built.wait(30000));
        Meeting edited = dock->meeting();
        QVERIFY2(edited.agenda.size() >= 3, "the demo township calls for an agenda");
        QCOMPARE(dock->agendaView()->topLevelItemCount(), edited.agenda.size());
        const AgendaNames names = MeetingAgenda(session->store()).names();
        QCOMPARE(dock->agendaView()->topLevelItem(0)->text(1), AgendaText::title(edited.agenda.at(0), names));
        // Staff give the first item more time and notes, and save.
        dock->selectItem(0);
        dock->findChild<QSpinBox *>(QStringLiteral("agendaItemMinutes"))->setValue(12);
        dock->findChild<QPlainTextEdit *>(QStringLiteral("agendaItemNotes"))->setPlainText(QStringLiteral("请责任单位汇报"));
        QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("saveMeetingButton")), Qt::LeftButton);
        const QVector<Meeting> stored = session->store().meetings();
        QCOMPARE(stored.size(), 1);
        const Meeting meeting = *session->store().meeting(stored.first().id);
        QCOMPARE(meeting.agenda.size(), edited.agenda.size());
        QCOMPARE(meeting.agenda.at(0).plannedMinutes, 12);
        QCOMPARE(meeting.agenda.at(0).notes, QStringLiteral("请责任单位汇报"));

        // Presentation mode, every item by the clicker's keys.
        m->presentWindowed(QSize(1920, 1080), QSize(1366, 768));
        PresentationController *c = m->presentation();
        QVERIFY(c && c->isRunning());
        PresentationWindow *wall = c->wall();
        QVERIFY(wall);
        const int n = meeting.agenda.size();
        QCOMPARE(c->slideCount(), n + 2);
        // The slides' cases are read on a worker thread, all items together;
        // each slide shows its title at once and its cases when they come.
        QTRY_VERIFY_WITH_TIMEOUT(m->slideSource()->isComplete(), 15000);
        for (int i = 0; i < n; ++i) {
            QTest::keyClick(wall, i % 2 ? Qt::Key_PageDown : Qt::Key_Space);
            QCOMPARE(c->currentItem(), i);
            QCOMPARE(wall->slide()->itemPage()->findChild<QLabel *>(QStringLiteral("slideTitle"))->text(),
                     AgendaText::title(meeting.agenda.at(i), names));
        }
        QTest::keyClick(wall, Qt::Key_PageDown);
        QCOMPARE(c->currentSlide(), n + 1); // the end
        QTest::keyClick(wall, Qt::Key_B);
        QVERIFY(c->isBlank());
        QTest::keyClick(wall, Qt::Key_B);
        QVERIFY(!c->isBlank());

        // Back to the first item, a case item where possible, and a decision by D.
        int caseItem = 0;
        for (int i = 0; i < n; ++i)
            if (!meeting.agenda.at(i).caseIds.isEmpty()) {
                caseItem = i;
                break;
            }
        QTest::keyClick(wall, Qt::Key_Home);
        for (int i = 0; i <= caseItem; ++i)
            QTest::keyClick(wall, Qt::Key_Right);
        QCOMPARE(c->currentItem(), caseItem);
        const QString department = session->store().departments().value(1).code;
        bool filled = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("限五个工作日内完成整改并回复"));
            auto *owner = dialog->findChild<QComboBox *>();
            owner->setCurrentIndex(owner->findData(department));
            dialog->findChild<QSpinBox *>()->setValue(5);
            filled = true;
            dialog->accept();
        });
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QTest::keyClick(wall, Qt::Key_D);
        QVERIFY(filled);
        const QVector<MeetingTask> tasks = session->store().tasksOfMeeting(meeting.id);
        QCOMPARE(tasks.size(), 1);
        const MeetingTask t = tasks.first();
        QCOMPARE(t.decision, QStringLiteral("限五个工作日内完成整改并回复"));
        QCOMPARE(t.ownerDepartment, department);
        QCOMPARE(t.workingDays, 5);
        QCOMPARE(t.agendaItemId, meeting.agenda.at(caseItem).id);
        QVERIFY(t.decidedAt >= before.addSecs(-1));
        QCOMPARE(t.dueAt, session->store().calendar().addWorkingDays(t.decidedAt, 5));
        QCOMPARE(t.state, TaskState::Open);
        QCOMPARE(dock->findChild<QTreeWidget *>(QStringLiteral("meetingDecisions"))->topLevelItemCount(), 1);

        // A case on a slide changes during the meeting (its department
        // replies from another console): the slide follows.
        auto other = GpkgStore::open(m_path);
        int changedItem = -1;
        qint64 changedCase = 0;
        const qint64 planted = other->incidentByCode(QStringLiteral("E20260101-9001"))->id;
        for (int i = 0; i < n && changedItem < 0; ++i)
            if (meeting.agenda.at(i).caseIds.value(0) == planted) {
                changedItem = i;
                changedCase = planted;
            }
        QVERIFY2(changedItem >= 0, "the planted case leads its overdue item");
        c->goTo(changedItem + 1);
        QCOMPARE(c->currentItem(), changedItem);
        // The decision above saved the meeting; the slides kept their cases.
        const QString lineBefore = wall->slide()->itemPage()->facts().facts.value(0);
        QVERIFY2(lineBefore.contains(other->incident(changedCase)->code), qPrintable(lineBefore));
        // The next step of the case (the console's own monitor may have
        // escalated it back to acceptance): dispatch it, or reply.
        const Incident now = *other->incident(changedCase);
        WorkflowRequest q;
        q.at = QDateTime::currentDateTimeUtc();
        q.note = QStringLiteral("会中推进");
        if (now.state == IncidentState::Accepted) {
            q.action = IncidentAction::Dispatch;
            q.role = Role::CentreStaff;
            q.actor = QStringLiteral("王敏");
            q.department = session->store().departments().first().code;
        } else {
            q.action = IncidentAction::Reply;
            q.role = Role::DepartmentHandler;
            q.actor = QStringLiteral("李队长");
        }
        CaseState after = now.caseState();
        QVERIFY(IncidentWorkflow::apply(&after, q, nullptr));
        const QString newState = incidentstate::displayName(after.state);
        QVERIFY(!lineBefore.contains(newState));
        other->applyAction(changedCase, q);
        QTRY_VERIFY_WITH_TIMEOUT(wall->slide()->itemPage()->facts().facts.value(0).contains(newState), 5000);
        QVERIFY2(wall->slide()->itemPage()->facts().facts.value(0).contains(newState),
                 qPrintable(wall->slide()->itemPage()->facts().facts.value(0)));

        // Esc leaves presentation mode.
        QSignalSpy finished(c, &PresentationController::finished);
        QTest::keyClick(wall, Qt::Key_Escape);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QTRY_VERIFY(!m->presentation());

        // The next meeting's agenda carries the open decision.
        bool carried = false;
        const QVector<AgendaItem> next = MeetingAgenda(session->store()).build(m->townshipCode(), t.decidedAt.addDays(7));
        for (const AgendaItem &a : next)
            carried = carried || (a.kind == AgendaKind::OpenTask && a.taskId == t.id);
        QVERIFY(carried);

        // The meeting pack, through the module.
        const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
        QVERIFY2(m->exportPack(pdf, &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("限五个工作日内完成整改并回复")));
        QVERIFY(out.contains(QStringLiteral("请责任单位汇报")) || out.contains(meeting.code));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestMeeting, [] {})
#include "test_meeting.moc"
