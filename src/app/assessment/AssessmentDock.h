#pragma once
// The leaders' assessment dashboard (绩效联考): the chosen area's KPI cards
// with their change against the previous period and the same period last
// year, a trend and a ranking for the chosen KPI, the breakdown by category
// and by source, the early warnings, and each KPI's definition. Every figure
// drills down to its cases.

#include "AssessmentData.h"
#include "KpiChoroplethTypes.h"

#include <QDockWidget>
#include <QHash>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QAction;
class QCheckBox;
class QHBoxLayout;

namespace griddesk::app {

class BreakdownChart;
class ConsoleSession;
class KpiCardWidget;
class RankingBarChart;
class TrendChart;

class AssessmentDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AssessmentDock(const ConsoleSession &session, QWidget *parent = nullptr);

    // Takes a read's figures and fills the area list; showFigures() then
    // puts them on the cards, the trend and the warnings, and showRanking()
    // on the ranking and the breakdown (three steps, so that the GUI thread
    // turns between them: at a city each is tens of milliseconds).
    void setData(const AssessmentData &data);
    void showFigures();
    void showRanking();
    void setBusy(bool busy, const QString &message = QString());
    // The KPI map's classes, shown under the controls while the map is coloured.
    void setLegend(const QVector<map::KpiLegendEntry> &entries);
    QStringList legendLabels() const;

    KpiPeriod period() const { return m_period; }
    void setPeriod(const KpiPeriod &period);
    QString areaCode() const;
    void setAreaCode(const QString &code);
    Kpi chosenKpi() const;
    void setChosenKpi(Kpi k);
    // The level the ranking and the map theme compare: community, grid, township or departments.
    QString rankLevel() const;
    QString rankLevelName() const; // as the level box shows it
    // Buttons for the module's export actions, beside the controls.
    void addExportActions(const QList<QAction *> &actions);
    void setRankLevel(const QString &level);
    bool mapThemeShown() const;
    void setMapThemeShown(bool shown);
    // The units the ranking compares, in the area at the rank level.
    QStringList rankedUnitCodes() const;
    // A unit's or department's name as the reader knows it.
    QString unitNameOf(const QString &code) const;
    // The name of a category or source code of the breakdown.
    QString breakdownLabel(const QString &kind, const QString &key) const;

    KpiCardWidget *card(Kpi k) const { return m_cards.value(int(k)); }
    TrendChart *trendChart() const { return m_trend; }
    RankingBarChart *rankingChart() const { return m_ranking; }
    BreakdownChart *categoryChart() const { return m_byCategory; }
    BreakdownChart *sourceChart() const { return m_bySource; }
    QTreeWidget *warningList() const { return m_warnings; }
    QTabWidget *tabs() const { return m_tabs; }

    static constexpr const char *kLevelTownship = "township";
    static constexpr const char *kLevelCommunity = "community";
    static constexpr const char *kLevelGrid = "grid";
    static constexpr const char *kLevelDepartment = "department";

Q_SIGNALS:
    void periodChosen(const KpiPeriod &period);
    // A figure was clicked: its KPI, unit and period.
    void drillDown(Kpi k, const QString &unitCode, const KpiPeriod &period);
    void breakdownClicked(const QString &unitCode, const QString &kind, const QString &key);
    void warningActivated(int index);
    void mapThemeChanged();
    void refreshRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildOverview();
    QWidget *buildTrendAndRanking();
    QWidget *buildBreakdown();
    QWidget *buildWarnings();
    QWidget *buildDefinitions();
    void fillAreas();
    void restoreView();
    void saveView();
    void periodKindChanged();
    void stepPeriod(int direction);
    void showPeriod();
    void refreshView();
    void refreshCards();
    void refreshTrend();
    void refreshRanking();
    void refreshBreakdown();
    void refreshWarnings();
    void layoutCards();

    const ConsoleSession &m_session;
    AssessmentData m_data;
    QHash<QString, int> m_unitAt; // code → index in m_data.units
    bool m_hasData = false;
    KpiPeriod m_period;

    QComboBox *m_area = nullptr;
    QComboBox *m_kind = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QLabel *m_periodLabel = nullptr;
    QDateEdit *m_customFrom = nullptr;
    QDateEdit *m_customTo = nullptr;
    QComboBox *m_kpi = nullptr;
    QComboBox *m_level = nullptr;
    QCheckBox *m_onMap = nullptr;
    QHBoxLayout *m_kpiRow = nullptr;
    QHBoxLayout *m_exportRow = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_legend = nullptr;
    QStringList m_legendLabels;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_cardBox = nullptr;
    QGridLayout *m_cardGrid = nullptr;
    QHash<int, KpiCardWidget *> m_cards;
    int m_cardColumns = 0;
    TrendChart *m_trend = nullptr;
    RankingBarChart *m_ranking = nullptr;
    BreakdownChart *m_byCategory = nullptr;
    BreakdownChart *m_bySource = nullptr;
    QTreeWidget *m_warnings = nullptr;
    QTextBrowser *m_definitions = nullptr;
};

} // namespace griddesk::app
