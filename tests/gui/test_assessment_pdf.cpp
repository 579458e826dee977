// The assessment's PDF report: a real QGIS print layout exported to PDF whose
// text layer (read by poppler's pdftotext) holds the KPI names in Chinese and
// the unit's figures, with the map drawn from real layers and the dock's
// chart pictures placed; a failed export leaves no file and says why.
#include "AssessmentFixture.h"
#include "AssessmentPdfTables.h"
#include "AssessmentPdfWriter.h"
#include "AssessmentReportReader.h"
#include "ConsoleLayers.h"
#include "GpkgStore.h"
#include "KpiChoroplethTheme.h"
#include "MapResources.h"
#include "QgisTestMain.h"
#include "TestDemo.h"
#include "ToolRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::test::assessment;

namespace {

QImage chart()
{
    QImage image(900, 500, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setBrush(QColor(0x1f, 0x77, 0xb4));
    for (int i = 0; i < 6; ++i)
        p.drawRect(60 + i * 130, 450 - 60 * (i + 1), 90, 60 * (i + 1));
    return image;
}

} // namespace

class TestAssessmentPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QTranslator m_zh;
    std::unique_ptr<map::ConsoleLayers> m_layers;

    map::AssessmentPdfMap reportMap() const
    {
        return { { m_layers->grids(), m_layers->township() }, m_layers->displayCrs(), m_layers->fullExtent(),
            QStringLiteral("结案率（按网格）") };
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : { QStringLiteral("pdftotext"), QStringLiteral("pdftoppm") })
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), "poppler-utils is needed to read the PDF back");
        QVERIFY(m_zh.load(QStringLiteral(GRIDDESK_ZH_QM)));
        QCoreApplication::installTranslator(&m_zh);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // as the console does for Chinese
        m_db = test::createDemo(m_dir);
        m_layers = std::make_unique<map::ConsoleLayers>(StoreLocation::parse(m_db));
        QVERIFY2(m_layers->isValid(), qPrintable(m_layers->errorMessage()));
        m_layers->addToProject(QgsProject::instance());
    }

    void cleanupTestCase() { m_layers.reset(); }

    void textLayerHoldsTheKpisInChineseAndTheFigures()
    {
        const AssessmentReport r = report();
        const QString path = m_dir.filePath(QStringLiteral("绩效报告.pdf"));
        QString error;
        QVERIFY2(map::AssessmentPdfWriter::write(
                     r, reportMap(), { { QStringLiteral("结案率趋势"), chart() } }, path, &error),
            qPrintable(error));
        if (qEnvironmentVariableIsSet("GRIDDESK_TEST_KEEP")) // for a reviewer's eyes
            QFile::copy(path, qEnvironmentVariable("GRIDDESK_TEST_KEEP") + QStringLiteral("/assessment.pdf"));
        int rc = -1;
        const QString text
            = test::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") }, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(text.contains(QStringLiteral("东港镇绩效联考报告")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(r.period.label()));
        QVERIFY(text.contains(QStringLiteral("结案率趋势")));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (Kpi k : kpi::all()) {
            const QString name = kpi::name(k);
            QVERIFY2(name.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), qPrintable(name));
            const QString value = map::AssessmentPdfTables::value(k, r.figure(T, k));
            const auto row = std::find_if(lines.cbegin(), lines.cend(),
                [&](const QString &l) { return l.trimmed().startsWith(name) && l.contains(value); });
            QVERIFY2(row != lines.cend(), qPrintable(QStringLiteral("%1 %2 not found in\n%3").arg(name, value, text)));
        }
        // The units under the township and the warning with its (masked) party.
        QVERIFY(text.contains(QStringLiteral("一社区")) && text.contains(QStringLiteral("二社区")));
        QVERIFY(text.contains(QStringLiteral("王**")));
        QVERIFY(!text.contains(QStringLiteral("王小明")));
        QVERIFY(text.contains(QStringLiteral("E0016")));
        QVERIFY(text.contains(kpi::formula(Kpi::OnTimeClosureRate)));
        // The few warnings go under the units, on the same page.
        const QStringList pages = text.split(QLatin1Char('\f'));
        QVERIFY2(std::any_of(pages.cbegin(), pages.cend(),
                     [](const QString &p) {
                         return p.contains(QStringLiteral("东港镇下辖单位")) && p.contains(QStringLiteral("研判预警"));
                     }),
            qPrintable(text));

        // The first page is A4 landscape and its map is drawn.
        const QString png = m_dir.filePath(QStringLiteral("page"));
        test::runTool(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), path,
                png });
        const QImage page(png + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        QVERIFY(page.width() > page.height());
        // The map sits in the right third: it is not blank.
        int coloured = 0;
        for (int y = page.height() / 4; y < page.height() * 3 / 4; y += 2)
            for (int x = page.width() * 2 / 3; x < page.width() - 20; x += 2)
                if (QColor(page.pixel(x, y)).saturation() > 40)
                    ++coloured;
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
    }

    // The demo township's last month, read through the store as the dock
    // reads it, with the real KPI map of its communities: the legend's classes
    // and every community's figure are in the text.
    void demoReportWithTheKpiMap()
    {
        auto store = GpkgStore::open(m_db);
        const QString township = store->adminUnits(int(AdminLevel::Township)).first().code;
        const KpiPeriod period = KpiPeriod::containing(KpiPeriod::Kind::Month, QDate::currentDate()).previous();
        const AssessmentReport r
            = AssessmentReportReader::read(*store, township, period, QDateTime::currentDateTimeUtc());
        store.reset();
        QVERIFY(r.children(township).size() > 5);

        map::KpiChoroplethTheme theme(m_layers.get(), QgsProject::instance());
        map::KpiChoroplethOptions options;
        options.level = AdminLevel::Community;
        options.title = kpi::name(Kpi::OnTimeClosureRate);
        options.suffix = QStringLiteral("%");
        theme.setOptions(options);
        QVector<map::UnitKpiValue> values;
        for (const KpiUnit &u : r.children(township)) {
            const KpiFigure f = r.figure(u.code, Kpi::OnTimeClosureRate);
            values << map::UnitKpiValue { u.code, f.value.value_or(0), f.value.has_value(), f.sufficient };
        }
        theme.setValues(values);
        theme.show();
        QTRY_VERIFY_WITH_TIMEOUT(theme.isReady() && !theme.isUpdating(), 20000);
        QVERIFY2(theme.errorMessage().isEmpty(), qPrintable(theme.errorMessage()));

        const QString path = m_dir.filePath(QStringLiteral("demo.pdf"));
        QString error;
        const map::AssessmentPdfMap kpiMap { { theme.layer(), m_layers->township() }, m_layers->displayCrs(), {},
            QStringLiteral("按期结案率（按社区）") };
        QVERIFY2(map::AssessmentPdfWriter::write(r, kpiMap, {}, path, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("GRIDDESK_TEST_KEEP"))
            QFile::copy(path, qEnvironmentVariable("GRIDDESK_TEST_KEEP") + QStringLiteral("/demo.pdf"));
        theme.hide();
        const QString text
            = test::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY(text.contains(r.subject.name + QStringLiteral("绩效联考报告")));
        int classes = 0;
        for (const map::KpiLegendEntry &e : theme.legend())
            if (e.kind == map::KpiLegendEntry::Kind::Class) {
                ++classes;
                QVERIFY2(text.contains(e.label), qPrintable(e.label + QStringLiteral(" not in the legend")));
            }
        QVERIFY(classes >= 3);
        // Reasons name categories in the reader's language.
        for (const AssessmentReportWarning &w : r.warnings)
            if (!w.warning.categoryCode.isEmpty())
                QVERIFY2(w.reason.contains(QRegularExpression(QStringLiteral("件[\\x{4e00}-\\x{9fff}]"))),
                    qPrintable(w.reason));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const KpiUnit &u : r.children(township)) {
            const QString value
                = map::AssessmentPdfTables::value(Kpi::OnTimeClosureRate, r.figure(u.code, Kpi::OnTimeClosureRate));
            const bool found = std::any_of(lines.cbegin(), lines.cend(),
                [&](const QString &l) { return l.trimmed().startsWith(u.name) && l.contains(value); });
            QVERIFY2(found, qPrintable(u.name + QStringLiteral(" ") + value));
        }
    }

    void aGridReportHasNoUnitsPageAndStillReads()
    {
        const QString path = m_dir.filePath(QStringLiteral("grid.pdf"));
        QString error;
        QVERIFY2(map::AssessmentPdfWriter::write(report(G3), {}, {}, path, &error), qPrintable(error));
        const QString text
            = test::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY(text.contains(QStringLiteral("三网格绩效联考报告")));
        QVERIFY(!text.contains(QStringLiteral("三网格下辖单位")));
    }

    void failedExportLeavesNoFileAndSaysWhy()
    {
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("missing/report.pdf"));
        QVERIFY(!map::AssessmentPdfWriter::write(report(), reportMap(), {}, missing, &error));
        QVERIFY2(error.contains(QStringLiteral("report.pdf")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missing));
        if (QFileInfo(QStringLiteral("/proc/self")).isDir()) {
            QVERIFY(!map::AssessmentPdfWriter::write(
                report(), reportMap(), {}, QStringLiteral("/proc/self/r.pdf"), &error));
            QVERIFY2(error.contains(QStringLiteral("/proc/self/r.pdf")), qPrintable(error));
        }
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestAssessmentPdf, griddesk::map::initResources)
#include "test_assessment_pdf.moc"
