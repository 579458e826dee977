#pragma once
// Assessment (绩效联考): the leaders' dashboard dock, the drill-down to the
// cases behind each figure, and the KPI theme on the map. Figures are read
// and counted on a worker thread, and counted again when the change feed
// reports new cases, actions or screening visits.

#include "AssessmentData.h"
#include "FeatureModule.h"

#include <QFutureWatcher>
#include <QPointer>

#include <functional>

class QAction;
class QTimer;
class QgsMapTool;

namespace griddesk::map {
class KpiChoroplethTheme;
class UnitPickTool;
}

namespace griddesk::app {

class AssessmentDock;
class ConsoleSession;
class KpiCasesDock;

class AssessmentModule : public FeatureModule
{
    Q_OBJECT

public:
    AssessmentModule(ConsoleSession &session, QObject *parent = nullptr);
    ~AssessmentModule() override;
    void install(ModuleHost &host) override;

    AssessmentDock *dock() const { return m_dock; }
    KpiCasesDock *casesDock() const { return m_cases; }
    const AssessmentData &data() const { return m_data; }
    // True from reload() until its figures are in the dock.
    bool isLoading() const;
    // Reads and counts again for the dock's period.
    void reload();
    // Lists the cases behind one figure.
    void drillDown(Kpi k, const QString &unitCode, const KpiPeriod &period);
    map::KpiChoroplethTheme *mapTheme() const { return m_theme; }
    // Writes the dock's area and period as a workbook (.xlsx) or a PDF report
    // (.pdf); on failure nothing is written and *error says why.
    bool exportReport(const QString &path, QString *error);
    map::UnitPickTool *unitPickTool() const { return m_pick; }

Q_SIGNALS:
    void loaded();

private:
    void dataReady();
    // A read is on screen (its figures, or its error): no longer busy, the map's theme follows, loaded().
    void readShown();
    // Runs `step` at the next turn of the event loop, unless a newer read has started.
    void nextTurn(const std::function<void()> &step);
    void showCase(const KpiCase &c);
    void showWarning(int index);
    void showBreakdown(const QString &unitCode, const QString &kind, const QString &key);
    void updateMapTheme();
    void askAndExport(const QString &suffix);
    QVector<KpiCase> casesOf(const QVector<qint64> &ids) const;

    ConsoleSession &m_session;
    AssessmentDock *m_dock = nullptr;
    bool m_stale = false; // changed while out of sight: refresh when shown
    KpiCasesDock *m_cases = nullptr;
    QAction *m_show = nullptr;
    QAction *m_exportXlsx = nullptr;
    QAction *m_exportPdf = nullptr;
    QFutureWatcher<AssessmentData> *m_loader = nullptr;
    QTimer *m_debounce = nullptr;
    map::KpiChoroplethTheme *m_theme = nullptr;
    map::UnitPickTool *m_pick = nullptr;
    QPointer<QgsMapTool> m_toolBefore;
    AssessmentData m_data;
    int m_generation = 0;
    bool m_pending = false;
    bool m_busy = false; // from reload() until its figures are shown
};

} // namespace griddesk::app
