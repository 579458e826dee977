#pragma once
// Drill-down: the cases behind one assessment figure, with the numerator and
// the denominator each a click away. Double-clicking a case shows it on the map.

#include "KpiCase.h"

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
    enum class Part { Numerator, Denominator };

    explicit KpiCasesDock(const ConsoleSession &session, QWidget *parent = nullptr);

    // `title` names the figure; a part without a name (the counts) is hidden.
    void show(const QString &title, const QString &numeratorName, const QVector<KpiCase> &numerator,
              const QString &denominatorName, const QVector<KpiCase> &denominator);
    // Screening coverage counts grid-weeks, not cases: "grid code|2026-W48".
    void showGridWeeks(const QString &title, const QString &numeratorName, const QStringList &numerator,
                       const QString &denominatorName, const QStringList &denominator);
    void showPart(Part part);
    Part part() const { return m_part; }
    QVector<qint64> shownIds() const;
    QStringList shownGridWeeks() const;
    QTableView *tableView() const { return m_table; }
    QString heading() const;

Q_SIGNALS:
    void caseActivated(const KpiCase &c);

private:
    void fill();

    QLabel *m_title;
    QRadioButton *m_numerator;
    QRadioButton *m_denominator;
    QTableView *m_table;
    KpiCaseTableModel *m_model;
    QVector<KpiCase> m_num;
    QVector<KpiCase> m_den;
    QStringList m_numWeeks;
    QStringList m_denWeeks;
    bool m_weeks = false;
    const ConsoleSession &m_session;
    QStandardItemModel *m_weekModel;
    Part m_part = Part::Numerator;
};

} // namespace griddesk::app
