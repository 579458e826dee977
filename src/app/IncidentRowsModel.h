#pragma once
// A table of cases kept by id, for the case lists that follow the change
// feed: a change puts its own rows in or takes them out, without a reset, so
// views keep their selection, scroll position and sort while other
// workstations work. Subclasses draw the columns and may keep a per-row cache
// (rowsMoved tells them from which row it is stale).

#include "Incident.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <functional>

namespace griddesk::app {

class IncidentRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // A change of more cases than this (an import, a catch-up after a lost
    // connection) is better read as a whole list again than case by case.
    static constexpr int kChangedRowsLimit = 2000;

    const Incident *incidentAt(int row) const;
    int rowOfId(qint64 id) const;
    // Replaces the rows of these cases in place, adds the ones not in the
    // list at its end, and takes out the cases in `gone` (ids not in the list
    // are ignored).
    void applyChanges(const QVector<Incident> &put, const QVector<qint64> &gone);

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    // Replaces every row (a model reset).
    void resetRows(const QVector<Incident> &rows);
    // Adds rows at the end; those already in the list are skipped.
    void appendRows(const QVector<Incident> &rows);
    // Rows from `from` on were added, replaced or shifted: caches kept per row
    // are rebuilt from there.
    virtual void rowsMoved(int from) { Q_UNUSED(from) }
    virtual int lastColumn() const = 0;
    // Tells the views of the rows for which `changed(row)` is true, one
    // dataChanged per run of neighbouring rows: when time passes a few
    // deadlines, a sorting proxy looks again at those rows only, not at
    // every case of a city.
    void rowsChanged(const std::function<bool(int row)> &changed);

    QVector<Incident> m_rows;

private:
    void indexFrom(int from);

    QHash<qint64, int> m_rowOfId;
};

} // namespace griddesk::app
