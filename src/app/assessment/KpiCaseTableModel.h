#pragma once
// The cases behind an assessment figure, as a table: code, category, state,
// grid, reported, due and closed times, and the evaluation.

#include "KpiCase.h"

#include <QAbstractTableModel>
#include <QVector>

namespace griddesk::app {

class ConsoleSession;

class KpiCaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, CategoryColumn, StateColumn, GridColumn, ReportedColumn, DueColumn, ClosedColumn,
                  SatisfactionColumn, ColumnCount };

    explicit KpiCaseTableModel(const ConsoleSession &session, QObject *parent = nullptr);

    void setCases(const QVector<KpiCase> &cases);
    const KpiCase &caseAt(int row) const { return m_cases.at(row); }
    QVector<qint64> ids() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ConsoleSession &m_session;
    QVector<KpiCase> m_cases;
};

} // namespace griddesk::app
