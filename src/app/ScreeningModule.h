#pragma once
// Weekly screening (排查): the dock listing every grid with its last visit and
// whether it was screened this ISO week, the coverage figure, recording a
// visit (which may raise an incident), and the map theme of unscreened grids.

#include "FeatureModule.h"
#include "ScreeningVisit.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QDockWidget;

namespace griddesk::map {
class ScreeningTheme;
}

namespace griddesk::app {

class ConsoleSession;
class ScreeningTableModel;
class ScreeningVisitDialog;

class ScreeningModule : public FeatureModule
{
    Q_OBJECT

public:
    ScreeningModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    QDockWidget *dock() const { return m_dock; }
    QTableView *table() const { return m_table; }
    map::ScreeningTheme *theme() const { return m_theme; }
    QAction *recordAction() const { return m_record; }
    // Grid codes without a visit this week, as the dock lists them.
    QStringList unscreenedGrids() const;
    // Reads the week's visits on a worker thread; the dock shows them when done.
    void reload();
    bool isLoading() const;

    using DialogHook = std::function<bool(ScreeningVisitDialog &)>;
    void setDialogHook(DialogHook hook) { m_dialogHook = std::move(hook); }
    void recordVisit();

private:
    struct Read {
        QDateTime at;
        QHash<QString, ScreeningVisit> last; // grid → its newest visit
        QSet<QString> screened;              // grids visited this week
        QString error;
    };
    void show();
    void fill();

    ConsoleSession &m_session;
    QFutureWatcher<Read> *m_reading = nullptr;
    bool m_readAgain = false;
    bool m_busy = false; // from reload() until its result is shown
    Read m_shown;
    QDockWidget *m_dock = nullptr;
    QLabel *m_coverage = nullptr;
    QCheckBox *m_onlyMissing = nullptr;
    QTableView *m_table = nullptr;
    ScreeningTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QAction *m_record = nullptr;
    map::ScreeningTheme *m_theme = nullptr;
    QLabel *m_headerFigure = nullptr;
    DialogHook m_dialogHook;
};

} // namespace griddesk::app
