#include "GpkgImportWriter.h"
#include "Compat.h"
#include "GpkgGeometry.h"
#include "RegisterRows.h"
#include "SqlHelpers.h"
#include "SqlSession.h"
#include "SqliteHandle.h"
#include "SqliteRow.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <future>

namespace griddesk {

namespace {

[[noreturn]] void fail(sqlite3 *db, const QString &what)
{
    throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

bool GpkgImportWriter::loadsInBulk(qint64 rows, qint64 stored)
{
    // Rebuilding costs about a microsecond per stored row and index; row by
    // row costs some tens per imported row.
    return rows >= 1000 && stored <= rows * 10;
}

GpkgImportWriter::GpkgImportWriter(SqlSession &session, RegisterKind kind, qint64 expectedRows)
    : m_session(session)
    , m_kind(kind)
    , m_actor(session.actor())
    , m_now(sql::toDbTime(QDateTime::currentDateTimeUtc()))
    , m_actorUtf8(m_actor.toUtf8())
    , m_nowUtf8(m_now.toString().toUtf8())
{
    sqlite3 *db = sqlitehandle::of(session.db());
    // A large import touches its indexes all over: with the default 2 MB
    // page cache SQLite would spill and re-read pages through the WAL on
    // every few rows. 256 MB keeps a million rows' pages in memory until
    // the commit writes them once.
    if (db) {
        sqlite3_stmt *pragma = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cache_size", -1, &pragma, nullptr) == SQLITE_OK && sqlite3_step(pragma) == SQLITE_ROW)
            m_cacheSize = sqlite3_column_int(pragma, 0);
        sqlite3_finalize(pragma);
        sqlite3_exec(db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
        // Each insert fires triggers, so SQLite keeps a statement journal
        // for it: in memory, not a temporary file written row by row.
        sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
    }
    if (db && expectedRows > 0) {
        const QByteArray count = QStringLiteral("SELECT count(*) FROM %1").arg(registerkind::table(kind)).toUtf8();
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, count.constData(), count.size(), &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            m_bulk = loadsInBulk(expectedRows, sqlite3_column_int64(s, 0));
        sqlite3_finalize(s);
    }
    // One statement for one row and one for kRows rows: each statement run
    // has a cost of its own (its start, the AUTOINCREMENT counter, its end).
    const RegisterSpec &spec = registercatalog::spec(kind);
    const QString one = registerrows::insertStatement(spec, session.dialect());
    const QString many = registerrows::insertStatement(spec, session.dialect(), kRows);
    m_columns = int(one.count(QLatin1Char('?')));
    for (const auto &[text, statement] : {std::pair{one.toUtf8(), &m_insert}, std::pair{many.toUtf8(), &m_insertMany}})
        if (!db || sqlite3_prepare_v2(db, text.constData(), text.size(), statement, nullptr) != SQLITE_OK)
            fail(db, QStringLiteral("prepare the import"));
}

GpkgImportWriter::~GpkgImportWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertMany);
    if (sqlite3 *db = sqlitehandle::of(m_session.db())) {
        sqlite3_exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize).toUtf8().constData(), nullptr, nullptr, nullptr);
        sqlite3_exec(db, "PRAGMA temp_store = DEFAULT", nullptr, nullptr, nullptr);
    }
}

QByteArray GpkgImportWriter::encode(const RegisterRecord &record) const
{
    // As sqliterow::encode(registerrows::insertValues(…)) would give it,
    // without the values in between (an import encodes a million rows).
    const RegisterSpec &spec = registercatalog::spec(record.kind);
    sqliterow::Builder row(384);
    if (spec.hasGeometry()) {
        if (!record.footprint.isEmpty())
            row.blob(gpkggeometry::fromWkb(record.footprint));
        else if (record.location)
            row.blob(gpkggeometry::encodePoint(*record.location));
        else
            row.null();
    }
    for (int i = 0; i < spec.fields.size(); ++i) {
        const QVariant &v = i < record.values.size() ? record.values[i] : m_null;
        if (spec.fields[i].kind == FieldKind::Date && !v.isNull() && v.isValid()) {
            const QDate date = compat::variantTypeId(v) == QMetaType::QDate ? *static_cast<const QDate *>(v.constData())
                                                                             : v.toDate();
            char text[10];
            if (registerrows::isoDate(date, text))
                row.latin1(text, 10);
            else
                row.text(registerrows::isoDate(date));
            continue;
        }
        row.value(v);
    }
    row.text(record.gridCode);
    if (record.importBatch > 0)
        row.integer(record.importBatch);
    else
        row.null();
    row.text(record.communityCode);
    row.text(record.townshipCode);
    row.utf8(m_actorUtf8);
    row.utf8(m_nowUtf8);
    return row.take();
}

void GpkgImportWriter::write(const QVector<ImportRow> &rows)
{
    sqlite3 *db = sqlitehandle::of(m_session.db());
    if (m_bulk && !m_load) {
        // Rows of one batch go to the end of the batch index, and a grid's
        // rows to the end of the grid's run in the grid index, so these two
        // stay and are kept as the rows come. (Building the grid index
        // afresh at the end costs as much: SQLite sorts its million equal
        // keys slowly, on one core.)
        const QString table = registerkind::table(m_kind);
        m_load.emplace(db, table, QStringList{table + QStringLiteral("_batch"), table + QStringLiteral("_grid")});
    }
    const bool spatial = m_load && registercatalog::spec(m_kind).hasGeometry();
    QVector<QByteArray> encoded(kRows);
    for (int from = 0; from < rows.size();) {
        const int count = rows.size() - from >= kRows ? kRows : 1;
        sqlite3_stmt *statement = count == kRows ? m_insertMany : m_insert;
        std::pair<const char *, int> geometry[kRows];
        for (int j = 0; j < count; ++j) {
            const ImportRow &row = rows[from + j];
            encoded[j] = row.encoded.isEmpty() ? encode(row.record) : row.encoded;
            geometry[j] = sqliterow::bind(statement, encoded[j], 1 + j * m_columns);
        }
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE) {
            // Which row: each alone, so the message names it.
            for (int j = 0; j < count; ++j) {
                sqliterow::bind(m_insert, encoded[j], 1);
                const int one = sqlite3_step(m_insert);
                sqlite3_reset(m_insert);
                if (one != SQLITE_DONE)
                    fail(db, QCoreApplication::translate("RegisterImport", "row %1").arg(rows[from + j].number));
            }
            fail(db, QCoreApplication::translate("RegisterImport", "rows %1 to %2")
                         .arg(rows[from].number).arg(rows[from + count - 1].number));
        }
        // The rows of one statement take consecutive ids.
        const qint64 last = sqlite3_last_insert_rowid(db);
        for (int j = 0; spatial && j < count; ++j) {
            GeoBounds env;
            bool empty = false;
            if (geometry[j].first
                && gpkggeometry::envelope(reinterpret_cast<const unsigned char *>(geometry[j].first), geometry[j].second,
                                          &env, &empty)
                && !empty)
                m_boxes.push_back(RtreeBox::around(last - (count - 1 - j), env.minX, env.maxX, env.minY, env.maxY));
        }
        from += count;
    }
}

void GpkgImportWriter::finish()
{
    if (!m_load)
        return;
    sqlite3 *db = sqlitehandle::of(m_session.db());
    // The R-tree is packed on a second core while SQLite builds the indexes
    // (the reading threads are done by now), then stored.
    const RegisterSpec &spec = registercatalog::spec(m_kind);
    std::future<RtreePacked> packing;
    const QString rtree = QStringLiteral("rtree_%1_geom").arg(spec.table);
    if (spec.hasGeometry()) {
        QVector<RtreeBox> boxes = rtreepack::read(db, rtree); // the rows there before
        boxes += m_boxes;
        m_boxes = {};
        packing = std::async(std::launch::async, rtreepack::pack, std::move(boxes), rtreepack::nodeSize(db, rtree));
    }
    m_load->restore();
    m_load.reset();
    if (packing.valid())
        rtreepack::store(db, rtree, packing.get());
}

} // namespace griddesk
