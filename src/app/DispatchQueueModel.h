#pragma once
// The dispatch queue: every open case with what it needs next (accept,
// dispatch, handle, verify, close), recently closed cases awaiting the
// reporter's evaluation, with level, department and due time; overdue and
// supervised cases are marked.

#include "IncidentRowsModel.h"

#include <QDateTime>
#include <QVector>

#include <functional>

namespace griddesk::app {

class DispatchQueueModel : public IncidentRowsModel
{
    Q_OBJECT

public:
    enum Column { NeedColumn, CodeColumn, CategoryColumn, TitleColumn, LevelColumn, DepartmentColumn, DueColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NeedRole, OverdueRole, SupervisedRole, SortRole, SearchRole };
    // What the case waits for; the filter values of the queue.
    enum Need { NeedAccept, NeedDispatch, NeedHandling, NeedVerify, NeedClose, NeedEvaluate, NeedCount };

    using Namer = std::function<QString(const QString &)>;
    DispatchQueueModel(Namer categoryName, Namer departmentName, QObject *parent = nullptr);

    void setIncidents(const QVector<Incident> &openCases);
    // Replaces one case in place (after an action), without a full reset.
    void updateIncident(const Incident &incident);
    // Time limits run out as time passes: the overdue marks are drawn again.
    void refreshDeadlines();
    static Need needOf(IncidentState s);
    static QString needName(Need n);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    int lastColumn() const override { return ColumnCount - 1; }

private:
    Namer m_categoryName;
    Namer m_departmentName;
    QDateTime m_now;
};

} // namespace griddesk::app
