#pragma once
// Incidents: the list dock with filters, two-way selection sync with the map,
// live reload from the change feed, and the headline figures in the header.

#include "FeatureModule.h"

#include <qgsfeatureid.h>

class QAction;
class QLabel;
class QTimer;

namespace griddesk::app {

class ConsoleSession;
class IncidentListDock;
class IncidentTableModel;

class IncidentModule : public FeatureModule
{
    Q_OBJECT

public:
    IncidentModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    IncidentListDock *dock() const { return m_dock; }
    IncidentTableModel *model() const { return m_model; }
    // Re-reads the incidents from the store, keeping the selection.
    void reload();
    void zoomToSelection();

Q_SIGNALS:
    void reloaded();

private:
    void syncMapFromList();
    void syncListFromMap();
    void updateFigures();
    void fillAreas();

    ConsoleSession &m_session;
    IncidentTableModel *m_model = nullptr;
    IncidentListDock *m_dock = nullptr;
    QLabel *m_openFigure = nullptr;
    QLabel *m_overdueFigure = nullptr;
    QLabel *m_todayFigure = nullptr;
    QTimer *m_clock = nullptr;
    bool m_syncing = false;
};

} // namespace griddesk::app
