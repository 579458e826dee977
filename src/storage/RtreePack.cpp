#include "RtreePack.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace griddesk {

namespace {

// The rtree module's own rounding (rtreeValueDown / rtreeValueUp).
constexpr double kTowards = 1.0 - 1.0 / 8388608.0;
constexpr double kAway = 1.0 + 1.0 / 8388608.0;

float down(double d)
{
    float f = float(d);
    if (double(f) > d)
        f = float(d * (d < 0 ? kAway : kTowards));
    return f;
}

float up(double d)
{
    float f = float(d);
    if (double(f) < d)
        f = float(d * (d < 0 ? kTowards : kAway));
    return f;
}

constexpr int kHeader = 4;
constexpr int kCell = 24;

void put16(unsigned char *p, int v)
{
    p[0] = uchar(v >> 8);
    p[1] = uchar(v);
}

void put64(unsigned char *p, qint64 v)
{
    for (int i = 7; i >= 0; --i, v >>= 8)
        p[i] = uchar(v & 0xff);
}

void putFloat(unsigned char *p, float f)
{
    quint32 u;
    std::memcpy(&u, &f, 4);
    p[0] = uchar(u >> 24);
    p[1] = uchar(u >> 16);
    p[2] = uchar(u >> 8);
    p[3] = uchar(u);
}

[[noreturn]] void fail(sqlite3 *db, const QString &rtree, const char *what)
{
    throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: %2: %3")
                                               .arg(rtree, QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

class Statement
{
public:
    Statement(sqlite3 *db, const QString &rtree, const QString &sql)
        : m_db(db)
        , m_rtree(rtree)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), text.size(), &m_stmt, nullptr) != SQLITE_OK)
            fail(db, rtree, "prepare");
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    sqlite3_stmt *get() const { return m_stmt; }
    void run()
    {
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            fail(m_db, m_rtree, "write");
        sqlite3_reset(m_stmt);
    }

private:
    sqlite3 *m_db;
    QString m_rtree;
    sqlite3_stmt *m_stmt = nullptr;
};


RtreeBox cover(const RtreeBox *first, const RtreeBox *last, qint64 id)
{
    RtreeBox b = *first;
    b.id = id;
    for (const RtreeBox *c = first + 1; c != last; ++c) {
        b.minX = std::min(b.minX, c->minX);
        b.maxX = std::max(b.maxX, c->maxX);
        b.minY = std::min(b.minY, c->minY);
        b.maxY = std::max(b.maxY, c->maxY);
    }
    return b;
}

// Sort-Tile-Recursive: orders `boxes` so that each run of `capacity` forms
// a compact node.
void tile(QVector<RtreeBox> &boxes, int capacity)
{
    auto cx = [](const RtreeBox &b) { return double(b.minX) + double(b.maxX); };
    auto cy = [](const RtreeBox &b) { return double(b.minY) + double(b.maxY); };
    std::sort(boxes.begin(), boxes.end(), [&](const RtreeBox &a, const RtreeBox &b) { return cx(a) < cx(b); });
    const qint64 nodes = (boxes.size() + capacity - 1) / capacity;
    const qint64 slices = qint64(std::ceil(std::sqrt(double(nodes))));
    const qint64 perSlice = slices * capacity;
    for (qint64 start = 0; start < boxes.size(); start += perSlice) {
        const auto first = boxes.begin() + start;
        const auto last = boxes.begin() + std::min<qint64>(boxes.size(), start + perSlice);
        std::sort(first, last, [&](const RtreeBox &a, const RtreeBox &b) { return cy(a) < cy(b); });
    }
}

} // namespace

RtreeBox RtreeBox::around(qint64 id, double minX, double maxX, double minY, double maxY)
{
    return {id, down(minX), up(maxX), down(minY), up(maxY)};
}

namespace rtreepack {

QVector<RtreeBox> read(sqlite3 *db, const QString &rtree)
{
    QVector<RtreeBox> out;
    Statement s(db, rtree, QStringLiteral("SELECT id, minx, maxx, miny, maxy FROM %1").arg(sql::identifier(rtree)));
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
        // The stored values are floats already: converting back is exact.
        out.push_back({sqlite3_column_int64(s.get(), 0), float(sqlite3_column_double(s.get(), 1)),
                       float(sqlite3_column_double(s.get(), 2)), float(sqlite3_column_double(s.get(), 3)),
                       float(sqlite3_column_double(s.get(), 4))});
    if (rc != SQLITE_DONE)
        fail(db, rtree, "read");
    return out;
}

int nodeSize(sqlite3 *db, const QString &rtree)
{
    Statement s(db, rtree, QStringLiteral("SELECT length(data) FROM %1 WHERE nodeno = 1").arg(sql::identifier(rtree + QStringLiteral("_node"))));
    if (sqlite3_step(s.get()) != SQLITE_ROW)
        fail(db, rtree, "read the root node");
    return sqlite3_column_int(s.get(), 0);
}

RtreePacked pack(QVector<RtreeBox> boxes, int size)
{
    const int capacity = (size - kHeader) / kCell;
    if (capacity < 2)
        throw StoreError(StoreError::Kind::Io, QStringLiteral("unexpected R-tree node size %1").arg(size));
    // The levels, leaves first. An entry of level l > 0 covers one node of
    // level l - 1 and holds that node's index within its level until the
    // node numbers are known; they are given from the root down, so the
    // root is node 1 as the rtree module requires.
    QVector<QVector<RtreeBox>> levels;
    levels.push_back(std::move(boxes));
    while (levels.last().size() > capacity) {
        QVector<RtreeBox> &entries = levels.last();
        tile(entries, capacity);
        QVector<RtreeBox> above;
        above.reserve(int((entries.size() + capacity - 1) / capacity));
        for (int start = 0; start < entries.size(); start += capacity)
            above.push_back(cover(entries.constData() + start,
                                  entries.constData() + std::min<int>(entries.size(), start + capacity), above.size()));
        levels.push_back(std::move(above));
    }
    const int depth = levels.size() - 1;
    auto nodesOf = [&](int l) { return std::max<qint64>(1, (levels[l].size() + capacity - 1) / capacity); };
    QVector<qint64> firstNode(levels.size());
    qint64 next = 1;
    for (int l = depth; l >= 0; --l) {
        firstNode[l] = next;
        next += nodesOf(l);
    }
    // The parent of each node below the root, then the entries' node numbers.
    QVector<QVector<qint64>> parentOf(levels.size());
    for (int l = 0; l < depth; ++l) {
        parentOf[l].resize(int(nodesOf(l)));
        const QVector<RtreeBox> &above = levels[l + 1];
        for (int p = 0; p < above.size(); ++p)
            parentOf[l][int(above[p].id)] = firstNode[l + 1] + p / capacity;
    }
    for (int l = 1; l <= depth; ++l)
        for (RtreeBox &entry : levels[l])
            entry.id += firstNode[l - 1];

    RtreePacked out;
    out.nodeSize = size;
    out.nodes.reserve(int(next - 1));
    out.leaves.reserve(levels.first().size());
    for (int l = depth; l >= 0; --l) {
        const QVector<RtreeBox> &entries = levels[l];
        const qint64 count = nodesOf(l);
        for (qint64 n = 0; n < count; ++n) {
            const qint64 nodeNo = firstNode[l] + n;
            QByteArray blob(size, '\0');
            auto *data = reinterpret_cast<unsigned char *>(blob.data());
            if (l == depth)
                put16(data, depth);
            const int first = int(n * capacity);
            const int cells = std::max(0, std::min<int>(capacity, entries.size() - first));
            put16(data + 2, cells);
            for (int c = 0; c < cells; ++c) {
                const RtreeBox &b = entries[first + c];
                unsigned char *cell = data + kHeader + c * kCell;
                put64(cell, b.id);
                putFloat(cell + 8, b.minX);
                putFloat(cell + 12, b.maxX);
                putFloat(cell + 16, b.minY);
                putFloat(cell + 20, b.maxY);
                if (l == 0)
                    out.leaves.push_back({b.id, nodeNo});
            }
            out.nodes.push_back({nodeNo, std::move(blob)});
            if (l < depth)
                out.parents.push_back({nodeNo, parentOf[l][int(n)]});
        }
    }
    // In id order the rowid table is appended to, page after page.
    std::sort(out.leaves.begin(), out.leaves.end());
    return out;
}

void store(sqlite3 *db, const QString &rtree, const RtreePacked &packed)
{
    if (nodeSize(db, rtree) != packed.nodeSize)
        throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: unexpected node size %2").arg(rtree).arg(packed.nodeSize));
    const QString node = sql::identifier(rtree + QStringLiteral("_node"));
    const QString rowid = sql::identifier(rtree + QStringLiteral("_rowid"));
    const QString parent = sql::identifier(rtree + QStringLiteral("_parent"));
    for (const QString &t : {node, rowid, parent}) {
        const QByteArray sql = QStringLiteral("DELETE FROM %1").arg(t).toUtf8();
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(db, rtree, "clear");
    }
    Statement putNode(db, rtree, QStringLiteral("INSERT INTO %1 (nodeno, data) VALUES (?, ?)").arg(node));
    for (const auto &[nodeNo, blob] : packed.nodes) {
        sqlite3_bind_int64(putNode.get(), 1, nodeNo);
        sqlite3_bind_blob(putNode.get(), 2, blob.constData(), int(blob.size()), SQLITE_STATIC);
        putNode.run();
    }
    // Many rows to a statement: each run of one has a cost of its own.
    constexpr int kPairs = 128;
    QStringList tuples;
    for (int i = 0; i < kPairs; ++i)
        tuples << QStringLiteral("(?, ?)");
    const auto putPairs = [&](const QString &table, const char *columns, const QVector<std::pair<qint64, qint64>> &pairs) {
        Statement many(db, rtree, QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, QLatin1String(columns), tuples.join(QLatin1Char(','))));
        Statement one(db, rtree, QStringLiteral("INSERT INTO %1 (%2) VALUES (?, ?)").arg(table, QLatin1String(columns)));
        for (int at = 0; at < pairs.size();) {
            const bool full = pairs.size() - at >= kPairs;
            Statement &put = full ? many : one;
            for (int j = 0, n = full ? kPairs : 1; j < n; ++j, ++at) {
                sqlite3_bind_int64(put.get(), 1 + 2 * j, pairs[at].first);
                sqlite3_bind_int64(put.get(), 2 + 2 * j, pairs[at].second);
            }
            put.run();
        }
    };
    putPairs(parent, "nodeno, parentnode", packed.parents);
    putPairs(rowid, "rowid, nodeno", packed.leaves);
}

void write(sqlite3 *db, const QString &rtree, QVector<RtreeBox> boxes)
{
    store(db, rtree, pack(std::move(boxes), nodeSize(db, rtree)));
}

} // namespace rtreepack

} // namespace griddesk
