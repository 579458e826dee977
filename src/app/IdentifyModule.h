#pragma once
// Identify: a map tool that picks a feature and a dock that shows its details.

#include "FeatureModule.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>

#include <qgsfeature.h>

class QAction;
class QgsVectorLayer;

namespace griddesk::map {
class IdentifyTool;
}

namespace griddesk::app {

class ConsoleSession;
class FeatureDetailsDock;

class IdentifyModule : public FeatureModule
{
    Q_OBJECT

public:
    IdentifyModule(ConsoleSession &session, QObject *parent = nullptr);
    ~IdentifyModule() override;
    void install(ModuleHost &host) override;

    map::IdentifyTool *tool() const { return m_tool; }
    QAction *action() const { return m_action; }
    FeatureDetailsDock *dock() const { return m_dock; }

    // Shows a feature's details and selects it on its layer.
    void showFeature(QgsVectorLayer *layer, const QgsFeature &feature);
    // Shows the township overview (when nothing is identified): its figures
    // are read on a worker thread and appear when read.
    void showSummary();
    bool isReadingSummary() const;

private:
    void revealPersonalData();

    ConsoleSession &m_session;
    map::IdentifyTool *m_tool = nullptr;
    QAction *m_action = nullptr;
    FeatureDetailsDock *m_dock = nullptr;
    void readSummary();

    bool m_showingSummary = false;
    QFutureWatcher<QVector<QPair<QString, QString>>> *m_summary = nullptr;
    bool m_summaryAgain = false;
    QTimer *m_summaryDelay = nullptr; // gathers a burst of changes into one read
    QElapsedTimer m_summaryStarted;   // the last summary read
    static constexpr qint64 kSummaryPauseMs = 300;
    static constexpr qint64 kSummaryEveryMs = 5000;
    qint64 m_incidentShown = 0; // the incident in the dock, for a reveal
};

} // namespace griddesk::app
