#pragma once
// A filtering proxy that reads each row's sort key once per sort instead of
// twice per comparison: QSortFilterProxyModel asks its source for both sides'
// data at every comparison, some 200,000 data() calls and 50-90 ms of the GUI
// thread to sort a city's 7,500 open cases. The keys follow the source: the
// rows a change names are read again, anything else reads them all again at
// the next sort. Keys compare as QSortFilterProxyModel compares them (numbers,
// times and text by value, an empty key last).

#include <QSortFilterProxyModel>
#include <QVariant>
#include <QVector>

namespace griddesk::app {

class SortKeyProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void forget();
    void reread(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    const QVariant &keyOf(const QModelIndex &source) const;

    mutable QVector<QVariant> m_keys; // by source row, of m_keyColumn
    mutable int m_keyColumn = -1;     // none read
    mutable int m_keyRole = -1;
    QVector<QMetaObject::Connection> m_watching;
};

} // namespace griddesk::app
