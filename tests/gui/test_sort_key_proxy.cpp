// SortKeyProxy sorts as QSortFilterProxyModel does, from keys it reads once:
// the same order for numbers, times, text and empty keys, either way round,
// and after the source changes a row, adds or removes rows, or resets.
#include "SortKeyProxy.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTest>

using griddesk::app::SortKeyProxy;

class CountingModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++calls;
        return QStandardItemModel::data(index, role);
    }
    mutable int calls = 0;
};

class TestSortKeyProxy : public QObject
{
    Q_OBJECT

    static constexpr int kRows = 2000;
    enum { Number, Text, Time, Sparse, Columns };

    static void fill(QStandardItemModel &m, int rows, quint32 seed)
    {
        QRandomGenerator g(seed);
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int r = 0; r < rows; ++r) {
            QList<QStandardItem *> row;
            for (int c = 0; c < Columns; ++c)
                row << new QStandardItem;
            row[Number]->setData(int(g.bounded(50)), Qt::DisplayRole); // many ties
            row[Text]->setData(QStringLiteral("网格%1-%2").arg(g.bounded(30)).arg(QChar(u'a' + g.bounded(26))), Qt::DisplayRole);
            row[Time]->setData(base.addSecs(qint64(g.bounded(100000))), Qt::DisplayRole);
            if (g.bounded(3) != 0) // a third have no key
                row[Sparse]->setData(g.generateDouble() * 100, Qt::DisplayRole);
            m.appendRow(row);
        }
    }

    // The source rows in the proxy's order, by an id kept in the user role.
    static QVector<int> order(const QAbstractItemModel &proxy)
    {
        QVector<int> out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data(Qt::UserRole).toInt();
        return out;
    }

    static void number(QStandardItemModel &m)
    {
        for (int r = 0; r < m.rowCount(); ++r)
            m.item(r, 0)->setData(r, Qt::UserRole);
    }

private Q_SLOTS:
    void sortsAsQtDoes()
    {
        CountingModel ours;
        QStandardItemModel theirs;
        fill(ours, kRows, 7);
        fill(theirs, kRows, 7);
        number(ours);
        number(theirs);
        SortKeyProxy a;
        QSortFilterProxyModel b;
        a.setSourceModel(&ours);
        b.setSourceModel(&theirs);
        a.setDynamicSortFilter(true);
        b.setDynamicSortFilter(true);
        for (int c = 0; c < Columns; ++c)
            for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                ours.calls = 0;
                a.sort(c, o);
                // Each row's key read once at the most (Qt's proxy: twice a comparison).
                QVERIFY2(ours.calls <= kRows, qPrintable(QString::number(ours.calls)));
                b.sort(c, o);
                QCOMPARE(order(a), order(b));
            }

        // Changes: a row's key, rows added and removed, a reset.
        a.sort(Time, Qt::AscendingOrder);
        b.sort(Time, Qt::AscendingOrder);
        const QDateTime late(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        ours.item(5, Time)->setData(late, Qt::DisplayRole);
        theirs.item(5, Time)->setData(late, Qt::DisplayRole);
        QCOMPARE(order(a), order(b));
        QCOMPARE(order(a).last(), 5);
        QStandardItemModel extraOurs, extraTheirs;
        fill(extraOurs, 50, 11);
        fill(extraTheirs, 50, 11);
        for (int r = 0; r < 50; ++r) {
            QList<QStandardItem *> x = extraOurs.takeRow(0), y = extraTheirs.takeRow(0);
            x[0]->setData(kRows + r, Qt::UserRole);
            y[0]->setData(kRows + r, Qt::UserRole);
            ours.insertRow(r * 7, x);
            theirs.insertRow(r * 7, y);
        }
        QCOMPARE(order(a), order(b));
        ours.removeRows(100, 300);
        theirs.removeRows(100, 300);
        QCOMPARE(order(a), order(b));
        ours.clear();
        theirs.clear();
        fill(ours, 500, 13);
        fill(theirs, 500, 13);
        number(ours);
        number(theirs);
        a.sort(Text, Qt::DescendingOrder);
        b.sort(Text, Qt::DescendingOrder);
        QCOMPARE(order(a).size(), 500);
        QCOMPARE(order(a), order(b));
    }
};

QTEST_MAIN(TestSortKeyProxy)
#include "test_sort_key_proxy.moc"
