#pragma once
// The incidents as a table: case number, category, title, state, time-limit
// status, grid and report time. Deadline status is computed against "now",
// so refreshDeadlines() re-evaluates it as time passes. Rows arrive in pages:
// when a view reaches the end, fetchMore() asks (moreRequested) for the next
// page, which its owner reads off the GUI thread and appends.

#include "CategoryNames.h"
#include "DeadlineStatus.h"
#include "IncidentRowsModel.h"

#include <QVector>

#include <functional>

namespace griddesk::app {

class IncidentTableModel : public IncidentRowsModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, CategoryColumn, TitleColumn, StateColumn, DeadlineColumn, GridColumn, ReportedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,           // int(IncidentState)
        DeadlineStatusRole,  // int(DeadlineStatus)
        GridCodeRole,
        CommunityCodeRole,
        SortRole,
        SearchTextRole,
    };

    using UnitNames = std::function<QString(const QString &)>;
    IncidentTableModel(CategoryNames categories, UnitNames unitNames, QObject *parent = nullptr);

    // Replaces every row; `more`: further rows can be fetched.
    void setIncidents(const QVector<Incident> &incidents, bool more = false);
    // Adds a fetched page (rows already there are skipped).
    void appendIncidents(const QVector<Incident> &incidents, bool more);
    bool hasMore() const { return m_more; }
    bool isFetching() const { return m_fetching; }
    void refreshDeadlines();
    DeadlineStatus deadlineStatusAt(int row) const { return m_status.value(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void moreRequested();

protected:
    void rowsMoved(int from) override;
    int lastColumn() const override { return ColumnCount - 1; }

private:

    CategoryNames m_categories;
    UnitNames m_unitNames;
    QVector<DeadlineStatus> m_status;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace griddesk::app
