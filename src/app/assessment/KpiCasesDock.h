#pragma once
// Drill-down: the cases behind one assessment figure, with the numerator and
// the denominator each a click away. Double-clicking a case shows it on the map.
// Screening coverage lists grid-weeks; the work-log KPIs list worker-weeks
// with what each logged, and the counts per week.

#include "KpiCase.h"
#include "KpiWorkLog.h"

#include <QDockWidget>

class QLabel;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace griddesk::app {

class ConsoleSession;
class KpiCaseTableModel;

class KpiCasesDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class Part { Numerator, Denominator, ByWeek };

    explicit KpiCasesDock(const ConsoleSession &session, QWidget *parent = nullptr);

    // `title` names the figure; a part without a name (the counts) is hidden.
    void show(const QString &title, const QString &numeratorName, const QVector<KpiCase> &numerator,
              const QString &denominatorName, const QVector<KpiCase> &denominator);
    // Screening coverage counts grid-weeks, not cases: "grid code|2026-W48".
    void showGridWeeks(const QString &title, const QString &numeratorName, const QStringList &numerator,
                       const QString &denominatorName, const QStringList &denominator);
    // The work-log KPIs count worker-weeks; `expected` entries a week meet the standard.
    void showWorkerWeeks(const QString &title, const QString &numeratorName, const QString &denominatorName,
                         const QVector<KpiWorkerWeek> &workerWeeks, int expected);
    void showPart(Part part);
    Part part() const { return m_part; }
    QVector<qint64> shownIds() const;
    QStringList shownGridWeeks() const;
    QTableView *tableView() const { return m_table; }
    QString heading() const;

Q_SIGNALS:
    void caseActivated(const KpiCase &c);

private:
    enum class Mode { Cases, GridWeeks, WorkerWeeks };
    void fill();
    void fillWorkerWeeks(bool numerator);
    void fillByWeek();
    void setParts(const QString &numerator, const QString &denominator, bool byWeek);

    QLabel *m_title;
    QRadioButton *m_numerator;
    QRadioButton *m_denominator;
    QRadioButton *m_byWeek;
    QTableView *m_table;
    KpiCaseTableModel *m_model;
    QVector<KpiCase> m_num;
    QVector<KpiCase> m_den;
    QStringList m_numWeeks;
    QStringList m_denWeeks;
    QVector<KpiWorkerWeek> m_workerWeeks;
    int m_expected = 0;
    Mode m_mode = Mode::Cases;
    const ConsoleSession &m_session;
    QStandardItemModel *m_weekModel;
    Part m_part = Part::Numerator;
};

} // namespace griddesk::app
