#include "TableReadBench.h"
#include "StoreError.h"
#include "tables/TableSink.h"
#include "tables/TableSource.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <ctime>

namespace griddesk::bench {

using namespace tables;

namespace {

const QStringList kSurnames = { QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("赵"),
    QStringLiteral("刘"), QStringLiteral("陈") };

QVector<QVariant> resident(qint64 i)
{
    const QDate born = QDate(1950, 1, 1).addDays(i % 25000);
    return { kSurnames[int(i % kSurnames.size())] + QStringLiteral("建国%1").arg(i % 97),
        QStringLiteral("371102%1%2")
            .arg(born.toString(QStringLiteral("yyyyMMdd")))
            .arg(i % 10000, 4, 10, QLatin1Char('0')),
        i % 2 ? QStringLiteral("男") : QStringLiteral("女"), born,
        QStringLiteral("138%1").arg(i % 100000000, 8, 10, QLatin1Char('0')),
        QStringLiteral("山东省日照市东港区石臼街道海滨%1路%2号").arg(i % 50).arg(i % 300),
        QStringLiteral("H%1").arg(i / 4, 8, 10, QLatin1Char('0')),
        i % 4 ? QStringLiteral("子女") : QStringLiteral("户主"), QStringLiteral("户籍"), qint64(i / 4) };
}

} // namespace

int runTableReadBench(qint64 rows, QTextStream &out)
{
    QTemporaryDir dir(QStringLiteral("/tmp/griddesk-table-bench-XXXXXX"));
    const QVector<TableColumn> columns = { { QStringLiteral("姓名"), QMetaType::QString, 0 },
        { QStringLiteral("身份证号"), QMetaType::QString, 0 }, { QStringLiteral("性别"), QMetaType::QString, 0 },
        { QStringLiteral("出生日期"), QMetaType::QDate, 0 }, { QStringLiteral("电话"), QMetaType::QString, 0 },
        { QStringLiteral("地址"), QMetaType::QString, 0 }, { QStringLiteral("户号"), QMetaType::QString, 0 },
        { QStringLiteral("与户主关系"), QMetaType::QString, 0 }, { QStringLiteral("人口类型"), QMetaType::QString, 0 },
        { QStringLiteral("房屋"), QMetaType::LongLong, 0 } };
    int failed = 0;
    for (const QString &encoding : { QStringLiteral("UTF-8"), QStringLiteral("GBK") }) {
        const QString path = dir.filePath(QStringLiteral("residents-%1.csv").arg(encoding));
        TableWriteOptions options;
        options.encoding = encoding;
        QElapsedTimer t;
        t.start();
        try {
            TableSink sink = TableSink::create(path, TableFormat::Csv, columns, options);
            for (qint64 i = 0; i < rows; ++i)
                sink.write(resident(i), QPointF(119.4 + double(i % 1000) * 1e-4, 35.3 + double(i % 777) * 1e-4));
            sink.commit();
        } catch (const StoreError &e) {
            out << "cannot write " << path << ": " << e.message() << "\n";
            return 1;
        }
        const double writeS = double(t.nsecsElapsed()) / 1e9;
        out << QStringLiteral("table write CSV %1: %2 rows of %3 columns (%4 MB) in %5 s, %6 rows/s\n")
                   .arg(encoding, -6)
                   .arg(rows)
                   .arg(columns.size() + 2)
                   .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
                   .arg(writeS, 0, 'f', 2)
                   .arg(double(rows) / writeS, 0, 'f', 0);
        out.flush();
        t.restart();
        const std::clock_t cpuStart = std::clock();
        qint64 read = 0;
        qint64 located = 0;
        bool valuesRight = true;
        try {
            TableSource source = TableSource::open(path);
            const double openS = double(t.nsecsElapsed()) / 1e9;
            TableRow row;
            while (source.next(row)) {
                if (row.lonLat)
                    ++located;
                if (read % 99991 == 0)
                    valuesRight = valuesRight && row.values[1].toString() == resident(read)[1].toString()
                        && row.values[0].toString() == resident(read)[0].toString();
                ++read;
            }
            const double readS = double(t.nsecsElapsed()) / 1e9;
            const double cpuS = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            out << QStringLiteral("table read  CSV %1: %2 rows in %3 s (open and scan %4 s), %5 rows/s, %6 µs per row; "
                                  "CPU %10 s on all threads; read as %7, %8 located, values %9\n")
                       .arg(encoding, -6)
                       .arg(read)
                       .arg(readS, 0, 'f', 2)
                       .arg(openS, 0, 'f', 2)
                       .arg(double(read) / readS, 0, 'f', 0)
                       .arg(readS * 1e6 / double(std::max<qint64>(read, 1)), 0, 'f', 2)
                       .arg(source.encoding())
                       .arg(located)
                       .arg(valuesRight ? QStringLiteral("right") : QStringLiteral("WRONG"))
                       .arg(cpuS, 0, 'f', 2);
        } catch (const StoreError &e) {
            out << "cannot read " << path << ": " << e.message() << "\n";
            return 1;
        }
        out.flush();
        if (read != rows || located != rows || !valuesRight)
            ++failed;
    }
    return failed;
}

} // namespace griddesk::bench
