// The assessment report and its XLSX: one value built from the engine's
// figures for a unit, the period before and the same period last year, with
// its units, rankings and warnings (parties masked); the workbook, read back by
// GDAL's own ogrinfo, has the expected sheets and a row's values equal the
// engine's; a failed export leaves no file and says why.
#include "AssessmentFixture.h"
#include "AssessmentXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <algorithm>
#include <cmath>

using namespace griddesk;
using namespace griddesk::test::assessment;

namespace {

QStringList codes(const QVector<KpiUnit> &units)
{
    QStringList out;
    for (const KpiUnit &u : units)
        out << u.code;
    return out;
}

struct OgrRun {
    int exitCode;
    QString out;
};

OgrRun ogrinfo(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ogrinfo"), args);
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError()) };
}

// The fields of the feature whose `keyField` equals `key`, as ogrinfo prints them.
QHash<QString, QString> ogrFeature(const QString &listing, const QString &keyField, const QString &key)
{
    const QStringList features = listing.split(QRegularExpression(QStringLiteral("\\nOGRFeature\\(")));
    for (const QString &f : features) {
        QHash<QString, QString> fields;
        static const QRegularExpression line(
            QStringLiteral("^  (.+) \\((\\w+)\\) = (.*)$"), QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(f); it.hasNext();) {
            const auto m = it.next();
            fields.insert(m.captured(1), m.captured(3));
        }
        if (fields.value(keyField) == key)
            return fields;
    }
    return {};
}

} // namespace

class TestAssessmentReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownUnitIsRefusedByName()
    {
        const KpiEngine engine(units());
        QString error;
        QVERIFY(!AssessmentReportBuilder::build(
            engine, QStringLiteral("371102009999"), kOctober, kAsOf, cases(), {}, {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("371102009999")), qPrintable(error));
    }

    void unitsAreTheSubjectThenTheUnitsUnderItThenDepartments()
    {
        QCOMPARE(codes(report().units), (QStringList { T, C1, C2, G1, G2, G3, D1 }));
        QCOMPARE(codes(report(C1).units), (QStringList { C1, G1, G2 }));
        QCOMPARE(codes(report(G3).units), QStringList { G3 });
        QCOMPARE(codes(report(D1).units), QStringList { D1 });
        QCOMPARE(codes(report().children(C1)), (QStringList { G1, G2 }));
    }

    void figuresAreTheEnginesForTheThreePeriods()
    {
        const AssessmentReport r = report();
        QCOMPARE(r.previous, KpiPeriod::month(2026, 9));
        QCOMPARE(r.lastYear, KpiPeriod::month(2025, 10));
        const KpiEngine engine(units(), KpiSettings { 5 });
        const KpiTable oct = engine.compute(cases(), {}, kOctober, kAsOf);
        const KpiTable sep = engine.compute(cases(), {}, r.previous, kAsOf);
        const KpiTable lastOct = engine.compute(cases(), {}, r.lastYear, kAsOf);
        for (const KpiUnit &u : r.units) {
            for (Kpi k : kpi::all()) {
                QCOMPARE(r.figure(u.code, k).value, oct.figure(u.code, k).value);
                QCOMPARE(r.figure(u.code, k).numerator, oct.figure(u.code, k).numerator);
                QCOMPARE(r.changeVsPrevious(u.code, k), kpiChange(oct.figure(u.code, k), sep.figure(u.code, k)));
                QCOMPARE(r.changeVsLastYear(u.code, k), kpiChange(oct.figure(u.code, k), lastOct.figure(u.code, k)));
            }
        }
        // G1: 8 cases due in October, 6 closed in three days (on time), 2 in ten (late).
        QCOMPARE(r.figure(G1, Kpi::OnTimeClosureRate).numerator, 6);
        QCOMPARE(r.figure(G1, Kpi::OnTimeClosureRate).denominator, 8);
        QVERIFY(r.changeVsPrevious(G1, Kpi::OnTimeClosureRate).has_value());
        QVERIFY(!r.figure(G3, Kpi::ClosureRate).sufficient);
    }

    void rankingsArePerKpiAndPeerGroup()
    {
        const AssessmentReport r = report();
        QCOMPARE(r.rankings.size(), kpi::all().size() * 3); // communities, grids, departments
        const AssessmentRanking &grids = r.rankings.at(kpi::all().indexOf(Kpi::OnTimeClosureRate) * 3 + 1);
        QCOMPARE(grids.kpi, Kpi::OnTimeClosureRate);
        QCOMPARE(grids.group, AssessmentReportBuilder::groupName(AdminLevel::Grid, false));
        QCOMPARE(grids.units.size(), 3);
        // G3 has one case: listed last, not ranked.
        QCOMPARE(grids.units.last().unitCode, G3);
        QCOMPARE(grids.units.last().rank, 0);
        QCOMPARE(grids.units.first().rank, 1);
        // A grid report has nothing under it to rank.
        QVERIFY(report(G3).rankings.isEmpty());
    }

    void warningsNameTheirCasesAndMaskParties()
    {
        const AssessmentReport r = report();
        const auto it = std::find_if(r.warnings.cbegin(), r.warnings.cend(),
            [](const AssessmentReportWarning &w) { return w.warning.kind == KpiWarning::Kind::RepeatParties; });
        QVERIFY(it != r.warnings.cend());
        QCOMPARE(it->caseCodes, (QStringList { QStringLiteral("E0016"), QStringLiteral("E0017") }));
        QCOMPARE(it->unitName, QStringLiteral("二网格"));
        QVERIFY2(it->reason.contains(QStringLiteral("王**")), qPrintable(it->reason));
        QVERIFY2(!it->reason.contains(QStringLiteral("小明")), qPrintable(it->reason));
        // A community without those cases has no such warning.
        for (const AssessmentReportWarning &w : report(C2).warnings)
            QVERIFY(w.warning.kind != KpiWarning::Kind::RepeatParties);
    }

    void xlsxOpensInOgrinfoWithTheEnginesFigures()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty())
            QFAIL("ogrinfo (gdal-bin) is needed to read the workbook back");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("绩效.xlsx"));
        const AssessmentReport r = report();
        QString error;
        QVERIFY2(AssessmentXlsxWriter::write(r, path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("绩效.xlsx") });

        const OgrRun sheets = ogrinfo({ QStringLiteral("-ro"), QStringLiteral("-q"), path });
        QCOMPARE(sheets.exitCode, 0);
        for (const QString &name : AssessmentXlsxWriter::sheetNames())
            QVERIFY2(sheets.out.contains(name), qPrintable(sheets.out));

        const OgrRun summary = ogrinfo({ QStringLiteral("-ro"), QStringLiteral("--config"),
            QStringLiteral("OGR_XLSX_HEADERS"), QStringLiteral("FORCE"), QStringLiteral("-oo"),
            QStringLiteral("FIELD_TYPES=AUTO"), path, AssessmentXlsxWriter::sheetNames().at(0) });
        QCOMPARE(summary.exitCode, 0);
        QVERIFY2(
            summary.out.contains(QStringLiteral("Feature Count: %1").arg(r.units.size())), qPrintable(summary.out));
        const QHash<QString, QString> g1 = ogrFeature(summary.out, AssessmentXlsxWriter::tr("Code"), G1);
        QVERIFY2(!g1.isEmpty(), qPrintable(summary.out));
        for (Kpi k : kpi::all()) {
            const QStringList columns = AssessmentXlsxWriter::summaryColumns(k);
            const KpiFigure f = r.figure(G1, k);
            if (f.value)
                QCOMPARE(g1.value(columns.at(0)).toDouble(), std::round(*f.value * 100.0) / 100.0);
            else
                QVERIFY(!g1.contains(columns.at(0)) || g1.value(columns.at(0)) == QStringLiteral("(null)"));
            QCOMPARE(g1.value(columns.at(1)).toLongLong(), f.numerator);
            QCOMPARE(g1.value(columns.at(3)).toLongLong(), f.sample);
            if (kpi::isRatio(k))
                QCOMPARE(g1.value(columns.at(2)).toLongLong(), f.denominator);
        }
        const double change = *r.changeVsPrevious(G1, Kpi::OnTimeClosureRate);
        QCOMPARE(g1.value(AssessmentXlsxWriter::summaryColumns(Kpi::OnTimeClosureRate).at(5)).toDouble(),
            std::round(change * 100.0) / 100.0);
        // G3's figures rest on one case: flagged.
        const QHash<QString, QString> g3 = ogrFeature(summary.out, AssessmentXlsxWriter::tr("Code"), G3);
        QCOMPARE(g3.value(AssessmentXlsxWriter::summaryColumns(Kpi::ClosureRate).at(4)),
            AssessmentXlsxWriter::tr("Too few cases"));

        const OgrRun warnings
            = ogrinfo({ QStringLiteral("-ro"), QStringLiteral("--config"), QStringLiteral("OGR_XLSX_HEADERS"),
                QStringLiteral("FORCE"), path, AssessmentXlsxWriter::sheetNames().at(2) });
        QVERIFY2(warnings.out.contains(QStringLiteral("E0016, E0017")), qPrintable(warnings.out));
        QVERIFY(!warnings.out.contains(QStringLiteral("小明")));
        const OgrRun definitions
            = ogrinfo({ QStringLiteral("-ro"), QStringLiteral("--config"), QStringLiteral("OGR_XLSX_HEADERS"),
                QStringLiteral("FORCE"), path, AssessmentXlsxWriter::sheetNames().at(3) });
        QVERIFY2(definitions.out.contains(QStringLiteral("Feature Count: %1").arg(kpi::all().size())),
            qPrintable(definitions.out));
        QVERIFY(definitions.out.contains(kpi::formula(Kpi::OnTimeClosureRate)));
    }

    // A Chinese reader gets Chinese sheets and headings.
    void chineseReadersGetChineseSheets()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(GRIDDESK_ZH_QM)));
        QCoreApplication::installTranslator(&zh);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        QString error;
        const bool written = AssessmentXlsxWriter::write(report(), path, &error);
        const QStringList sheets = AssessmentXlsxWriter::sheetNames();
        const QStringList columns = AssessmentXlsxWriter::summaryColumns(Kpi::OnTimeClosureRate);
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(sheets,
            (QStringList { QStringLiteral("指标汇总"), QStringLiteral("排名"), QStringLiteral("预警"),
                QStringLiteral("定义"), QStringLiteral("说明") }));
        const OgrRun summary = ogrinfo({ QStringLiteral("-ro"), QStringLiteral("--config"),
            QStringLiteral("OGR_XLSX_HEADERS"), QStringLiteral("FORCE"), path, QStringLiteral("指标汇总") });
        QCOMPARE(summary.exitCode, 0);
        for (const QString &heading : { QStringLiteral("层级"), QStringLiteral("名称"), QStringLiteral("按期结案率"),
                 QStringLiteral("按期结案率 分子"), QStringLiteral("按期结案率 样本不足"),
                 QStringLiteral("按期结案率 较上期"), QStringLiteral("按期结案率 较去年同期") })
            QVERIFY2(summary.out.contains(QStringLiteral("  %1 (").arg(heading)), qPrintable(heading));
        QCOMPARE(columns.at(4), QStringLiteral("按期结案率 样本不足"));
        QVERIFY(summary.out.contains(QStringLiteral("东港镇")));
    }

    void failedExportLeavesNoFileAndSaysWhy()
    {
        QTemporaryDir dir;
        QString error;
        // A folder that does not exist is named.
        QVERIFY(!AssessmentXlsxWriter::write(report(), dir.filePath(QStringLiteral("missing/report.xlsx")), &error));
        QVERIFY2(error.contains(QStringLiteral("report.xlsx")) && error.contains(QStringLiteral("does not exist")),
            qPrintable(error));
        // A read-only folder (the permission holds for anyone but an administrator).
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(locked + QStringLiteral("/probe"));
        if (!probe.open(QIODevice::WriteOnly)) {
            QVERIFY(!AssessmentXlsxWriter::write(report(), locked + QStringLiteral("/report.xlsx"), &error));
            QVERIFY2(error.contains(QStringLiteral("report.xlsx")) && error.contains(QStringLiteral("not writable")),
                qPrintable(error));
            QVERIFY(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
        } else {
            probe.remove();
        }
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // A folder that refuses new files even to an administrator: the
        // failure comes when the file is written, and still leaves nothing.
        if (QFileInfo(QStringLiteral("/proc/self")).isDir()) {
            QVERIFY(!AssessmentXlsxWriter::write(report(), QStringLiteral("/proc/self/report.xlsx"), &error));
            QVERIFY2(error.contains(QStringLiteral("/proc/self/report.xlsx")), qPrintable(error));
            QVERIFY(!QFile::exists(QStringLiteral("/proc/self/report.xlsx")));
        }
    }

    void anExistingFileIsReplacedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a workbook");
        old.close();
        QString error;
        QVERIFY2(AssessmentXlsxWriter::write(report(), path, &error), qPrintable(error));
        QCOMPARE(ogrinfo({ QStringLiteral("-ro"), QStringLiteral("-q"), path }).exitCode, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("report.xlsx") });
    }
};

QTEST_GUILESS_MAIN(TestAssessmentReport)
#include "test_assessmentreport.moc"
