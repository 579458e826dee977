#pragma once
// The weekly joint meeting (问题联议): the meeting dock, the agenda built
// from the data on a worker thread, decisions recorded as tasks, presentation
// mode on the wall screen, and the meeting pack. Slides follow their cases
// through the change feed.
#include "FeatureModule.h"
#include "Meeting.h"
#include "MeetingTask.h"

#include <QFutureWatcher>
#include <QPointer>
#include <optional>

class QAction;

namespace griddesk::app {

// An agenda built on a worker thread, or why it could not be.
struct AgendaBuildResult {
    QVector<AgendaItem> items;
    QString error;
};

class ConsoleSession;
class MeetingDock;
class MeetingSlideSource;
class MeetingTasksDock;
class PresentationController;

class MeetingModule : public FeatureModule
{
    Q_OBJECT

public:
    MeetingModule(ConsoleSession &session, QObject *parent = nullptr);
    ~MeetingModule() override;
    void install(ModuleHost &host) override;

    MeetingDock *dock() const { return m_dock; }
    MeetingTasksDock *tasksDock() const { return m_tasks; }
    // The township whose meetings this console prepares.
    QString townshipCode() const { return m_township; }
    // True while an agenda is being built.
    bool isBuilding() const;

    // A new meeting at `at`, its agenda built from the data (not yet saved).
    void newMeeting(const QDateTime &at);
    void openMeeting(qint64 id);
    // Builds the agenda again and merges it with the staff's edits.
    void rebuild();
    // Stores the dock's meeting; false with *error on failure.
    bool save(QString *error);
    // Records a decision on agenda item `index` through the decision form.
    void recordDecision(int index);
    // Stores a decision on agenda item `index` (the form's result).
    std::optional<MeetingTask> storeDecision(const MeetingTask &draft, QString *error);
    // Presentation mode of the dock's meeting (saved first): full screen on
    // the chosen screens, or in windows of the given sizes.
    void present();
    void presentWindowed(const QSize &wall, const QSize &presenter);
    PresentationController *presentation() const;
    MeetingSlideSource *slideSource() const { return m_slides; }
    // Writes the meeting pack (PDF); false with *error on failure.
    bool exportPack(const QString &path, QString *error);

Q_SIGNALS:
    void agendaBuilt();
    void meetingSaved();

private:
    void reloadList(qint64 current);
    void reloadTasks();
    void startBuild(bool merge);
    void buildFinished();
    bool startPresentation();
    void askAndExportPack();
    void completeTask(qint64 id);
    void showError(const QString &message);

    ConsoleSession &m_session;
    QString m_township;
    MeetingDock *m_dock = nullptr;
    MeetingTasksDock *m_tasks = nullptr;
    QAction *m_show = nullptr;
    QAction *m_present = nullptr;
    QAction *m_pack = nullptr;
    MeetingSlideSource *m_slides = nullptr;
    QPointer<PresentationController> m_presentation;
    QFutureWatcher<AgendaBuildResult> *m_builder = nullptr;
    bool m_merge = false;
};

} // namespace griddesk::app
