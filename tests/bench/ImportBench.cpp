#include "ImportBench.h"
#include "DemoTownship.h"
#include "GpkgStore.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgStore.h"
#include "RegisterImport.h"
#include "ResidentsCsv.h"
#include "StoreCopy.h"
#include "StoreError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace griddesk::bench {

namespace {

double rate(qint64 rows, double seconds)
{
    return seconds > 0 ? rows / seconds : 0.0;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// Imports `csv` into the store, printing the figure; the rows written.
qint64 importInto(Store &store, const QString &label, const QString &csv, qint64 expected, QTextStream &out)
{
    RegisterImport import(store.session());
    const ImportReport report = import.run(RegisterKind::Residents, csv, {});
    out << QStringLiteral("%1: %2 rows read, %3 imported, %4 refused in %5 s: %6 rows/s%7\n")
               .arg(label)
               .arg(report.rowsRead)
               .arg(report.rowsImported)
               .arg(report.badRows)
               .arg(report.seconds, 0, 'f', 2)
               .arg(rate(report.rowsImported, report.seconds), 0, 'f', 0)
               .arg(report.rowsImported == expected ? QString() : QStringLiteral("  (expected %1)").arg(expected));
    if (report.badRows > 0)
        out << ImportReportText::problems(report, 5) << "\n";
    out.flush();
    return report.rowsImported;
}

} // namespace

int runImportBench(const ImportBenchOptions &o, QTextStream &out)
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("import.gpkg"));
    int failed = 0;
    try {
        demo::createDemoDatabase(gpkg);
        QVector<AdminUnit> grids;
        {
            auto store = GpkgStore::open(gpkg);
            grids = store->adminUnits(int(AdminLevel::Grid));
        }
        const QString csv = o.keepCsv.isEmpty() ? dir.filePath(QStringLiteral("residents.csv")) : o.keepCsv;
        if (!QFileInfo::exists(csv)) {
            QElapsedTimer t;
            t.start();
            if (!test::writeResidentsCsv(csv, o.rows, grids))
                throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot write %1").arg(csv));
            out << QStringLiteral("wrote %1 residents to %2 (%3 MB) in %4 s\n")
                       .arg(o.rows)
                       .arg(csv)
                       .arg(QFileInfo(csv).size() / 1048576)
                       .arg(t.elapsed() / 1000.0, 0, 'f', 1);
        }
        out << QStringLiteral("register import of %1 residents (validation: GB 11643, codes, duplicates; grid by location "
                              "among %2 grids):\n").arg(o.rows).arg(grids.size());
        out.flush();
        {
            auto store = GpkgStore::open(gpkg);
            if (importInto(*store, QStringLiteral("GeoPackage"), csv, o.rows, out) != o.rows)
                failed = 1;
            out << QStringLiteral("  peak memory of this process so far: %1 MB\n").arg(peakRssMb());
        }
        // The sqlite3 shell's own CSV import: no checks, no grid, no index.
        {
            const QString bare = dir.filePath(QStringLiteral("bare.db"));
            QProcess shell;
            QElapsedTimer t;
            t.start();
            shell.start(QStringLiteral("sqlite3"), {bare, QStringLiteral(".mode csv"),
                                                    QStringLiteral(".import %1 residents").arg(csv)});
            shell.waitForFinished(-1);
            const double s = t.elapsed() / 1000.0;
            if (shell.exitCode() != 0)
                out << "sqlite3 shell: " << QString::fromUtf8(shell.readAllStandardError()) << "\n";
            else
                out << QStringLiteral("sqlite3 shell .import of the same file: %1 s: %2 rows/s\n")
                           .arg(s, 0, 'f', 2)
                           .arg(rate(o.rows, s), 0, 'f', 0);
        }
        if (!o.serverAdmin.isEmpty()) {
            QString target = o.serverAdmin;
            target.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=griddesk_importbench"));
            {
                QSqlDatabase db = pgconnection::open(o.serverAdmin, QStringLiteral("import-bench-admin"));
                QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS griddesk_importbench WITH (FORCE)"));
                QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE griddesk_importbench"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("import-bench-admin"));
            {
                QSqlDatabase db = pgconnection::open(target, QStringLiteral("import-bench-setup"));
                pgschema::migrate(db);
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("import-bench-setup"));
            const QString demoFile = dir.filePath(QStringLiteral("server-source.gpkg"));
            demo::createDemoDatabase(demoFile);
            {
                auto from = GpkgStore::open(demoFile);
                auto to = PgStore::open(target);
                StoreCopy::copy(*from, *to);
            }
            // The first rows of the same file.
            const QString part = dir.filePath(QStringLiteral("server.csv"));
            {
                QFile in(csv), outFile(part);
                if (!in.open(QIODevice::ReadOnly) || !outFile.open(QIODevice::WriteOnly))
                    throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot write %1").arg(part));
                for (qint64 i = 0; i <= o.serverRows && !in.atEnd(); ++i)
                    outFile.write(in.readLine());
            }
            auto store = PgStore::open(target);
            if (importInto(*store, QStringLiteral("server"), part, o.serverRows, out) != o.serverRows)
                failed = 1;
        }
    } catch (const StoreError &e) {
        out << "import benchmark: " << e.message() << "\n";
        return 1;
    }
    return failed;
}

} // namespace griddesk::bench
