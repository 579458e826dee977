#pragma once
// Builds a GeoPackage table's R-tree (an SQLite rtree virtual table) in one
// pass: the boxes are packed into full nodes by Sort-Tile-Recursive order
// and the rtree's three shadow tables are written directly, inside the
// caller's transaction. Inserting a million boxes through the rtree module
// costs about 11 µs each; packing them costs well under one.
//
// The layout written is SQLite's own (ext/rtree/rtree.c): node 1 is the
// root and holds the tree's depth; each node is a blob of the table's node
// size with a 4-byte header and 24-byte cells (a 64-bit id, then minx,
// maxx, miny, maxy as 32-bit floats, all big-endian); "_rowid" maps each
// box to its leaf and "_parent" each node but the root to its parent.
// Coordinates are rounded outwards as the rtree module rounds them, so a
// box always contains its geometry. SQLite's rtreecheck() verifies the
// result in the tests.

#include <QByteArray>
#include <QString>
#include <QVector>

#include <utility>

struct sqlite3;

namespace griddesk {

struct RtreeBox {
    qint64 id = 0;
    float minX = 0, maxX = 0, minY = 0, maxY = 0;

    // The box of a double-precision envelope, rounded outwards to floats.
    static RtreeBox around(qint64 id, double minX, double maxX, double minY, double maxY);
};

// A tree packed in memory, ready to be stored: the blob of each node, the
// parent of each node but the root, and the leaf of each box (in id order).
struct RtreePacked {
    int nodeSize = 0;
    QVector<std::pair<qint64, QByteArray>> nodes;
    QVector<std::pair<qint64, qint64>> parents;
    QVector<std::pair<qint64, qint64>> leaves;
};

namespace rtreepack {

// The boxes an rtree holds now.
QVector<RtreeBox> read(sqlite3 *db, const QString &rtree);

// The size of the rtree's nodes in bytes. Throws StoreError.
int nodeSize(sqlite3 *db, const QString &rtree);

// Packs `boxes` (ids unique) into nodes of `nodeSize` bytes. Touches no
// database, so it may run on another thread while the connection works.
RtreePacked pack(QVector<RtreeBox> boxes, int nodeSize);

// Replaces everything in `rtree` by the packed tree. Throws StoreError.
void store(sqlite3 *db, const QString &rtree, const RtreePacked &packed);

// pack() and store() in one.
void write(sqlite3 *db, const QString &rtree, QVector<RtreeBox> boxes);

} // namespace rtreepack

} // namespace griddesk
