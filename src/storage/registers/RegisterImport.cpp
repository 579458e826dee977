#include "RegisterImport.h"
#include "FirstRows.h"
#include "ImportLookups.h"
#include "ImportWriter.h"
#include "KpiPeriod.h"
#include "RegisterValidator.h"
#include "SqlHelpers.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "tables/TableFormat.h"
#include "tables/TableSink.h"
#include "tables/TableSource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string_view>
#include <thread>

namespace griddesk {

namespace {

constexpr int kChunk = 2000;
constexpr size_t kQueued = 8;

struct Item {
    qint64 number = 0;
    RegisterRecord record;
    RegisterProblems problems;
    QVector<QVariant> raw; // kept for bad rows: the error file
    std::optional<QPointF> lonLat;
    QByteArray footprint;
    QByteArray encoded; // a good row as the writer binds it
};

struct Chunk {
    QVector<Item> items;
    bool last = false;
    QString error; // the reader failed
};

// Chunks from the reading thread to the writer, at most kQueued waiting.
class ChunkQueue
{
public:
    void push(Chunk chunk)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_space.wait(lock, [&] { return m_chunks.size() < kQueued || m_closed; });
        if (m_closed)
            return;
        m_chunks.push_back(std::move(chunk));
        m_ready.notify_one();
    }
    Chunk pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_chunks.empty(); });
        Chunk c = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_space.notify_one();
        return c;
    }
    // The writer stops early: the reader's next push returns at once.
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_space.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<Chunk> m_chunks;
    bool m_closed = false;
};

RegisterProblem problem(qint64 row, const QString &field, RegisterProblem::Code code, const QString &value = {},
                        const QString &param = {})
{
    return {row, field, code, value, param};
}

QString shownKey(const RegisterRecord &r, const QString &key)
{
    const RegisterField *f = registercatalog::spec(r.kind).field(ImportLookups::keyColumn(r.kind));
    const QString k = key.section(QLatin1Char('|'), 0, 0);
    return f ? registervalidator::masked(*f, k) : k;
}

// Reads, maps, checks and places the rows, chunk by chunk.
// Good rows are encoded for the writer here, off the writing thread.
void readRows(tables::TableSource &source, RegisterKind kind, const ImportMapping &mapping, const ImportLookups &lookups,
              const ImportWriter *writer, qint64 batch, ChunkQueue &queue, const std::atomic_bool *cancel,
              std::atomic_bool &stop)
{
    const RegisterSpec &spec = registercatalog::spec(kind);
    const QStringList fields = source.fields();
    QVector<int> from(spec.fields.size(), -1);
    for (int i = 0; i < spec.fields.size(); ++i)
        from[i] = fields.indexOf(mapping.fields.value(spec.fields[i].column));
    const int gridIndex = mapping.gridField.isEmpty() ? -1 : fields.indexOf(mapping.gridField);
    const QDate today = KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
    FirstRows seen(std::max<qint64>(0, source.featureCount()));
    tables::TableRow row;
    Chunk chunk;
    chunk.items.reserve(kChunk);
    try {
        while (!(cancel && *cancel) && !stop && source.next(row)) {
            Item item;
            item.number = row.number;
            item.record = RegisterRecord::blank(kind);
            for (int i = 0; i < from.size(); ++i)
                if (from[i] >= 0)
                    item.record.values[i] = row.values[from[i]];
            RegisterProblems &problems = item.problems;
            problems = registervalidator::check(item.record, today);
            if (!row.problem.isEmpty())
                problems << problem(0, QString(), RegisterProblem::Code::BadCoordinates, {}, row.problem);
            else
                lookups.place(item.record, row.lonLat, row.footprintWkb,
                              gridIndex >= 0 ? row.values[gridIndex].toString() : QString(), problems);
            const QString key = ImportLookups::keyOf(item.record);
            if (!key.isEmpty()) {
                const size_t h = std::hash<std::u16string_view>()(
                    std::u16string_view(reinterpret_cast<const char16_t *>(key.utf16()), size_t(key.size())));
                const qint64 first = seen.firstOrAdd(h, row.number);
                if (first != row.number)
                    problems << problem(0, ImportLookups::keyColumn(kind), RegisterProblem::Code::DuplicateInFile,
                                        shownKey(item.record, key), QString::number(first));
                else if (lookups.keysKnown() && lookups.isTaken(key))
                    problems << problem(0, ImportLookups::keyColumn(kind), RegisterProblem::Code::DuplicateStored,
                                        shownKey(item.record, key), registerkind::displayName(kind));
            }
            if (!problems.isEmpty()) {
                for (RegisterProblem &p : problems)
                    p.row = row.number;
                item.raw = row.values;
                item.lonLat = row.lonLat;
                item.footprint = row.footprintWkb;
            } else if (writer) {
                item.record.importBatch = batch;
                item.encoded = writer->encode(item.record);
                // The writer needs the values no more (a server still
                // checks the keys): freed here rather than on its thread.
                if (!item.encoded.isEmpty() && lookups.keysKnown())
                    item.record.values = {};
            }
            chunk.items.push_back(std::move(item));
            if (chunk.items.size() == kChunk) {
                queue.push(std::move(chunk));
                chunk = Chunk();
                chunk.items.reserve(kChunk);
            }
        }
    } catch (const StoreError &e) {
        chunk.error = e.message();
    } catch (const std::exception &e) {
        chunk.error = QString::fromLocal8Bit(e.what());
    }
    chunk.last = true;
    queue.push(std::move(chunk));
}

// The keys of `records` a server holds already (logins cannot read ID numbers).
QSet<QString> takenOnServer(SqlSession &session, RegisterKind kind, const QStringList &keys)
{
    QSet<QString> out;
    if (keys.isEmpty())
        return out;
    QSqlQuery q = sql::exec(session.db(), QStringLiteral("SELECT gd_register_taken(?, ?, ?::text[])"),
                            {registerkind::table(kind), ImportLookups::keyColumn(kind),
                             QStringLiteral("{%1}").arg(keys.join(QLatin1Char(',')))});
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace

RegisterImport::RegisterImport(SqlSession &session)
    : m_session(session)
{
}

QString RegisterImport::errorFileFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".errors.") + info.suffix());
}

ImportReport RegisterImport::validate(RegisterKind kind, const QString &path, const ImportOptions &options,
                                      const Progress &progress, const std::atomic_bool *cancel)
{
    return execute(kind, path, options, false, progress, cancel);
}

ImportReport RegisterImport::run(RegisterKind kind, const QString &path, const ImportOptions &options,
                                 const Progress &progress, const std::atomic_bool *cancel)
{
    m_session.scope().requireWriter();
    return execute(kind, path, options, true, progress, cancel);
}

ImportReport RegisterImport::execute(RegisterKind kind, const QString &path, const ImportOptions &options, bool write,
                                     const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    tables::TableSource source = tables::TableSource::open(path, options.read);
    const ImportMapping mapping = options.mapping ? *options.mapping : ImportMapping::guess(kind, source.fields());
    if (mapping.kind != kind)
        throw StoreError(StoreError::Kind::Invalid, tr("the mapping is for %1, not %2")
                                                        .arg(registerkind::displayName(mapping.kind), registerkind::displayName(kind)));
    QString mappingError;
    if (!mapping.check(source.fields(), &mappingError))
        throw StoreError(StoreError::Kind::Invalid, QStringLiteral("%1: %2").arg(path, mappingError));

    ImportReport report;
    report.kind = kind;
    report.file = path;
    report.format = tables::tableformat::name(source.format());
    report.encoding = source.encoding();
    report.sourceEpsg = source.sourceEpsg();
    ImportLookups lookups(m_session, kind); // as the signed-in person sees it
    const qint64 total = source.featureCount();
    QVector<Item> bad;

    m_session.once([&] {
        std::optional<SqlSession::WriteTransaction> tx;
        std::unique_ptr<ImportWriter> writer;
        const bool pg = m_session.dialect().isPostgres();
        if (write) {
            // The writer first: it sets the connection up for a bulk load,
            // which SQLite allows only outside a transaction.
            writer = ImportWriter::create(m_session, kind, total);
            tx.emplace(m_session);
            report.batch = m_session.dialect().insert(
                m_session.db(),
                pg ? QStringLiteral("INSERT INTO register_imports (register, file_name, file_format, encoding, rows_read, "
                                    "rows_imported, rows_refused) VALUES (?, ?, ?, ?, 0, 0, 0)")
                   : QStringLiteral("INSERT INTO register_imports (register, file_name, file_format, encoding, rows_read, "
                                    "rows_imported, rows_refused, imported_by, imported_at) VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?)"),
                pg ? QVector<QVariant>{registerkind::table(kind), QFileInfo(path).fileName(), report.format, report.encoding}
                   : QVector<QVariant>{registerkind::table(kind), QFileInfo(path).fileName(), report.format, report.encoding,
                                       m_session.actor(), sql::toDbTime(QDateTime::currentDateTimeUtc())},
                tr("start the import"));
        }
        ChunkQueue queue;
        std::atomic_bool stop{false};
        std::thread reader(readRows, std::ref(source), kind, std::cref(mapping), std::cref(lookups), writer.get(),
                           report.batch, std::ref(queue), cancel, std::ref(stop));
        QString failure;
        try {
            for (;;) {
                Chunk chunk = queue.pop();
                QVector<ImportRow> good;
                good.reserve(chunk.items.size());
                if (!lookups.keysKnown()) {
                    QStringList keys;
                    for (const Item &item : chunk.items)
                        if (item.problems.isEmpty() && !ImportLookups::keyOf(item.record).isEmpty())
                            keys << ImportLookups::keyOf(item.record);
                    const QSet<QString> taken = takenOnServer(m_session, kind, keys);
                    for (Item &item : chunk.items) {
                        const QString key = ImportLookups::keyOf(item.record);
                        if (item.problems.isEmpty() && taken.contains(key)) {
                            item.problems << problem(item.number, ImportLookups::keyColumn(kind),
                                                     RegisterProblem::Code::DuplicateStored, shownKey(item.record, key),
                                                     registerkind::displayName(kind));
                            item.raw = item.record.values;
                        }
                    }
                }
                for (Item &item : chunk.items) {
                    ++report.rowsRead;
                    if (!item.problems.isEmpty()) {
                        ++report.badRows;
                        report.problems += item.problems;
                        if (options.validOnly)
                            bad.push_back(std::move(item));
                        continue;
                    }
                    item.record.importBatch = report.batch;
                    good.push_back({item.number, std::move(item.record), std::move(item.encoded)});
                }
                // A file with bad rows is written only in part when asked to.
                if (writer && (options.validOnly || report.badRows == 0)) {
                    writer->write(good);
                    report.rowsImported += good.size();
                }
                if (progress)
                    progress(report.rowsRead, total);
                if (!chunk.error.isEmpty()) {
                    failure = chunk.error;
                    break;
                }
                if (chunk.last)
                    break;
                if (cancel && *cancel) {
                    report.cancelled = true;
                    stop = true;
                    queue.close();
                    break;
                }
            }
        } catch (...) {
            stop = true;
            queue.close();
            reader.join();
            throw;
        }
        reader.join();
        if (cancel && *cancel)
            report.cancelled = true;
        if (!failure.isEmpty())
            throw StoreError(StoreError::Kind::Invalid, tr("%1: %2").arg(path, failure));
        if (write && !report.cancelled && (options.validOnly || report.badRows == 0)) {
            writer->finish();
            sql::exec(m_session.db(), QStringLiteral("UPDATE register_imports SET rows_read = ?, rows_imported = ?, "
                                                     "rows_refused = ?, status = 'done' WHERE fid = ?"),
                      {report.rowsRead, report.rowsImported, report.badRows, report.batch});
            tx->commit();
            report.written = true;
        } else {
            report.rowsImported = 0;
            report.batch = 0;
        }
    });
    std::sort(report.problems.begin(), report.problems.end(),
              [](const RegisterProblem &a, const RegisterProblem &b) { return a.row < b.row; });

    if (report.written && !bad.isEmpty()) {
        // The rows left out, as they came, each with its reasons.
        const RegisterSpec &spec = registercatalog::spec(kind);
        report.errorFile = options.errorFile.isEmpty() ? errorFileFor(path) : options.errorFile;
        QVector<tables::TableColumn> columns = source.columns();
        columns.push_back({tr("Problems"), QMetaType::QString, 254});
        tables::TableWriteOptions w;
        w.encoding = tables::tableformat::takesEncoding(source.format()) ? source.encoding() : QStringLiteral("UTF-8");
        w.targetEpsg = source.sourceEpsg() > 0 ? source.sourceEpsg() : 4490;
        w.layer = source.layer().isEmpty() ? QStringLiteral("errors") : source.layer();
        w.withGeometry = tables::tableformat::hasGeometry(source.format());
        w.xyColumns = false; // a CSV's or XLSX's own x and y columns are among its values
        w.footprints = spec.geometry == RegisterGeometry::PointOrFootprint;
        tables::TableSink sink = tables::TableSink::create(report.errorFile, source.format(), columns, w);
        for (const Item &item : bad) {
            QStringList reasons;
            for (const RegisterProblem &p : item.problems) {
                const RegisterField *f = spec.field(p.field);
                reasons << (f ? f->displayName() + QStringLiteral(": ") : QString()) + p.text();
            }
            QVector<QVariant> values = item.raw;
            values.resize(columns.size() - 1);
            values << reasons.join(QStringLiteral("; "));
            sink.write(values, item.lonLat, item.footprint);
        }
        sink.commit();
    }
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace griddesk
