#pragma once
// One register's records as a table, read from the store a page at a time
// (the view asks for more as it scrolls), so that a register of 100,000
// people opens as fast as one of a hundred. Columns follow the register's
// fields (long notes left out) and end with the grid; codes show by their
// translated label, personal values masked as the store returns them.

#include "RegisterQuery.h"
#include "RegisterRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

namespace griddesk {
class RegisterStore;
}

namespace griddesk::app {

class RegisterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    enum Role { IdRole = Qt::UserRole + 1, ColumnNameRole };

    RegisterTableModel(RegisterKind kind, QObject *parent = nullptr);

    RegisterKind kind() const { return m_kind; }
    // The first page of `query` and the count of all that match, read
    // elsewhere; later pages are read from `store` as the view scrolls.
    void setPage(const RegisterStore *store, const RegisterQuery &query, const QVector<RegisterRecord> &rows, qint64 total);
    // Shows exactly these records (a result read in several parts).
    void setRecords(const QVector<RegisterRecord> &records);
    void setGridNames(const QHash<QString, QString> &names) { m_gridNames = names; }
    // Rows shown in warning colour (key persons overdue for a visit).
    void setFlagged(const QSet<qint64> &ids);

    qint64 total() const { return m_total; }
    const RegisterRecord &record(int row) const { return m_rows[row]; }
    int rowOf(qint64 id) const;
    // The field a column shows; null for the grid column.
    const RegisterField *fieldAt(int column) const;
    int columnOf(const QString &field) const { return m_fields.indexOf(field); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A value as the list shows it: a code's label, a date, a number.
    static QString displayText(const RegisterField &field, const QVariant &value);

private:
    RegisterKind m_kind;
    QStringList m_fields; // the columns shown, grid aside
    const RegisterStore *m_store = nullptr;
    RegisterQuery m_query;
    QVector<RegisterRecord> m_rows;
    qint64 m_total = 0;
    QHash<QString, QString> m_gridNames;
    QSet<qint64> m_flagged;
};

} // namespace griddesk::app
