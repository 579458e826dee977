#pragma once
// The breaches of the staffing rule, one row each, as a table model: a
// city's grids without staff are 15,000 rows, whose sentences are written
// only for the rows the view shows.

#include "StaffingViolation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace griddesk::app {

class StaffingViolationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { GridCodeRole = Qt::UserRole };

    explicit StaffingViolationModel(QObject *parent = nullptr);

    // Every grid's breaches, in order; the grids' names for the sentences.
    void setBreaches(const QVector<GridStaffing> &check, const QHash<QString, QString> &gridNames);
    // Whether the tool tip repeats the sentence (rows too many to wrap) or names the grid's code.
    void setSentenceAsToolTip(bool sentence);
    // The first row of a grid, or -1.
    int rowOfGrid(const QString &gridCode) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString gridCode;
        StaffingViolation violation;
    };
    QVector<Row> m_rows;
    QHash<QString, QString> m_gridNames;
    bool m_sentenceTip = false;
};

} // namespace griddesk::app
