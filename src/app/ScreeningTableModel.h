#pragma once
// The weekly screening list as a table model: every grid with its community,
// whether it was screened this week, and its newest visit. A city's 15,000
// grids are set in one go (no item per cell) and sorted here, on the rows
// themselves (a proxy's sort asks data() twice a comparison: 75-100 ms of the
// GUI thread for a city); a proxy filters.

#include "ScreeningVisit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace griddesk::app {

class ScreeningTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CommunityColumn, GridColumn, StateColumn, LastVisitColumn, WorkerColumn, ColumnCount };
    enum Role { GridCodeRole = Qt::UserRole, ScreenedRole };

    struct Row {
        QString gridCode;
        QString gridName;
        QString communityName;
        bool screened = false;
        ScreeningVisit last; // the newest visit; none when never visited
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QVector<Row> rows);
    const Row &rowAt(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorts the rows by a column (ties by grid code); rows set later come in
    // the same order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sortRows(QVector<Row> &rows) const;

    QVector<Row> m_rows;
    int m_sortColumn = -1; // none: as set
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace griddesk::app
