#pragma once
// Moves a township between backends (GeoPackage ⇄ PostgreSQL) losslessly:
// every table, geometry, history row and attachment, with the same ids. Each
// table's digest (row count and SHA-256 over canonical values) is the same
// on both sides when the copy is faithful.

#include "Store.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace griddesk {

struct CopyReport;

struct TableDigest {
    QString table;
    qint64 rows = 0;
    QString checksum; // hex SHA-256 of the table's rows in id order
    bool operator==(const TableDigest &o) const { return table == o.table && rows == o.rows && checksum == o.checksum; }
};

class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    // The tables a copy carries, in write order.
    static const QStringList &tables();
    // Copies everything from `from` into `to` in one transaction on `to`,
    // which must be new: no township, no people, no audit log (its seeded
    // reference data is replaced). The source is read from one snapshot, and
    // its digest is taken from that same snapshot; the copy's digest is taken
    // inside the copy's transaction, which commits only when the two agree.
    // A GeoPackage source's unsealed audit rows are sealed first, so the
    // copy's chain continues. Throws StoreError; on failure `to` is unchanged.
    static CopyReport copy(Store &from, Store &to);
    // Row count and checksum of every copied table.
    static QVector<TableDigest> digest(Store &store);
};

struct CopyReport {
    QVector<TableDigest> source;
    QVector<TableDigest> copy;
};

} // namespace griddesk
