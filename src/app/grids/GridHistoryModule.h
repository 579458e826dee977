#pragma once
// The grids as they were on a past day: Map ▸ Grids on a Past Day… picks the
// day, the map draws that day's grids (GridHistoryTheme) and the status bar
// says so, with a button back to today's grids.

#include "FeatureModule.h"

#include <QDate>

class QAction;
class QLabel;
class QPushButton;
class QWidget;

namespace griddesk::map {
class GridHistoryTheme;
}

namespace griddesk::app {

class ConsoleSession;

class GridHistoryModule : public FeatureModule
{
    Q_OBJECT

public:
    GridHistoryModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    map::GridHistoryTheme *theme() const { return m_theme; }
    QAction *pickAction() const { return m_pick; }
    QWidget *indicator() const { return m_indicator; }
    // Shows the grids of `day` (an invalid day, or today: the current grids).
    void showDay(const QDate &day);

private:
    void pickDay();
    void dayShown(const QDate &day);

    ConsoleSession &m_session;
    map::GridHistoryTheme *m_theme = nullptr;
    QAction *m_pick = nullptr;
    QAction *m_today = nullptr;
    QWidget *m_indicator = nullptr;
    QLabel *m_label = nullptr;
    QWidget *m_parent = nullptr;
};

} // namespace griddesk::app
