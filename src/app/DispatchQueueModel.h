#pragma once
// The dispatch queue: every open case with what it needs next (accept,
// dispatch, handle, verify, close), recently closed cases awaiting the
// reporter's evaluation, with level, department and due time; overdue and
// supervised cases are marked.

#include "Incident.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <functional>

namespace griddesk::app {

class DispatchQueueModel : public QAbstractTableModel
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
    const Incident *incidentAt(int row) const;
    int rowOfId(qint64 id) const;
    static Need needOf(IncidentState s);
    static QString needName(Need n);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Namer m_categoryName;
    Namer m_departmentName;
    QVector<Incident> m_rows;
    QHash<qint64, int> m_rowOfId;
    QDateTime m_now;
};

} // namespace griddesk::app
