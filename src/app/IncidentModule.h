#pragma once
// Incidents: the list dock with filters, two-way selection sync with the map,
// live reload from the change feed, and the headline figures in the header.
// The list holds every open case and the ended cases of the chosen period,
// read on a worker thread: the first page at once, older pages as the list
// scrolls. The same period filters the map layer.

#include "ClosedPeriod.h"
#include "FeatureModule.h"
#include "Incident.h"

#include <QDate>
#include <QFutureWatcher>
#include <QSet>

#include <qgsfeatureid.h>

class QAction;
class QLabel;
class QTimer;

namespace griddesk::app {

class ReadRetry;

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
    // Re-reads the incidents on a worker thread, keeping the selection.
    void reload();
    // True from reload(), a page fetch or a change until its rows are shown.
    bool isLoading() const;
    void zoomToSelection();
    // Ended cases closed before the period's start leave the map and the list.
    void setClosedPeriod(ClosedPeriod period);
    ClosedPeriod closedPeriod() const { return m_period; }

    // Rows read per page of ended cases.
    static constexpr int kPageSize = 500;

Q_SIGNALS:
    void reloaded();

private:
    struct Read {
        QVector<Incident> open;  // reload only
        QVector<Incident> ended; // one page
        QVector<Incident> changed; // changes only: the changed cases still visible
        QVector<qint64> asked;     // changes only: the ids read
        bool more = false;
        int newToday = -1;       // reload only
        QString error;
        int generation = 0;
    };
    void syncMapFromList();
    void syncListFromMap();
    void updateFigures();
    void fillAreas();
    void fetchMore();
    void listRead();
    void pageRead();
    // Reads the changed cases (m_changed) on a worker thread.
    void readChanges();
    void changesRead();
    void applyPeriod();

    ConsoleSession &m_session;
    IncidentTableModel *m_model = nullptr;
    IncidentListDock *m_dock = nullptr;
    QLabel *m_openFigure = nullptr;
    QLabel *m_overdueFigure = nullptr;
    QLabel *m_todayFigure = nullptr;
    QTimer *m_clock = nullptr;
    bool m_syncing = false;
    ClosedPeriod m_period = closedperiod::kDefault;
    QDateTime m_closedSince;
    QFutureWatcher<Read> *m_listLoader = nullptr;
    QFutureWatcher<Read> *m_pageLoader = nullptr;
    QFutureWatcher<Read> *m_changeLoader = nullptr;
    QSet<qint64> m_changed; // cases changed since the last read began
    bool m_reloadPending = false;
    int m_generation = 0;
    int m_endedLoaded = 0; // ended cases in the list, so a reload keeps as many
    QDateTime m_afterReportedAt; // the last ended case loaded: the next page starts after it
    qint64 m_afterId = 0;
    bool m_listLoading = false;
    bool m_pageLoading = false;
    bool m_changesLoading = false; // from readChanges() until its rows are shown
    bool m_waitingForMap = false;  // the first read waits for the map's first frame
    ReadRetry *m_retry = nullptr; // a failed read is tried again after a pause, not in a loop
    int m_newToday = 0;
    QDate m_today;
};

} // namespace griddesk::app
