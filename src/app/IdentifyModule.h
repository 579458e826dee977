#pragma once
// Identify: a map tool that picks a feature and a dock that shows its details.

#include "FeatureModule.h"

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
    void install(ModuleHost &host) override;

    map::IdentifyTool *tool() const { return m_tool; }
    QAction *action() const { return m_action; }
    FeatureDetailsDock *dock() const { return m_dock; }

    // Shows a feature's details and selects it on its layer.
    void showFeature(QgsVectorLayer *layer, const QgsFeature &feature);
    // Shows the township overview (when nothing is identified).
    void showSummary();

private:
    void revealPersonalData();

    ConsoleSession &m_session;
    map::IdentifyTool *m_tool = nullptr;
    QAction *m_action = nullptr;
    FeatureDetailsDock *m_dock = nullptr;
    bool m_showingSummary = false;
    qint64 m_incidentShown = 0; // the incident in the dock, for a reveal
};

} // namespace griddesk::app
