// The meeting pack: a real QGIS print layout exported to PDF from a meeting
// of the demo township (cases, units and the KPI summary read through the
// store), read back with poppler: pdfinfo counts the pages, pdftotext finds
// every agenda title, decision, owner, the minutes and the page numbers, and
// pdftoppm draws an item's map, which shows the township's units with the
// item's cases ringed and its units outlined. A failed export leaves no file and says why.
#include "AssessmentReportReader.h"
#include "ConsoleLayers.h"
#include "GpkgStore.h"
#include "ItemHighlightLayers.h"
#include "MapResources.h"
#include "MeetingItemMap.h"
#include "MeetingPackWriter.h"
#include "QgisTestMain.h"
#include "TaskClock.h"
#include "TestDemo.h"
#include "ToolRun.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <qgsvectorlayer.h>

using namespace griddesk;

namespace {

// pdftotext breaks wrapped cells into lines: compare without any white space.
QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

QDateTime cst(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

MeetingTask task(const QString &code, const QString &decision, const QString &owner, const QDateTime &decided, int days,
    const QVector<qint64> &cases)
{
    MeetingTask t;
    t.code = code;
    t.decision = decision;
    t.ownerDepartment = owner;
    t.workingDays = days;
    t.decidedAt = decided;
    t.dueAt = decided.addDays(days + 2);
    t.warnAt = decided.addDays(days);
    t.caseIds = cases;
    return t;
}

} // namespace

class TestMeetingPack : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QTranslator m_zh;
    std::unique_ptr<map::ConsoleLayers> m_layers;
    MeetingPack m_pack;
    QStringList m_paragraphs;

    // A meeting of the demo township held today at 09:00, with items on real
    // cases and units, decisions, earlier tasks in each state, and minutes.
    MeetingPack demoPack()
    {
        auto store = GpkgStore::open(m_db);
        const AdminUnit township = store->adminUnits(int(AdminLevel::Township)).first();
        const QVector<AdminUnit> communities = store->adminUnits(int(AdminLevel::Community));
        const QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
        IncidentQuery open;
        open.states = { IncidentState::Accepted, IncidentState::Handling, IncidentState::Dispatched };
        const QVector<Incident> cases = store->incidents(open);
        const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();

        MeetingPack pack;
        pack.townshipName = township.name;
        pack.printedAt = QDateTime::currentDateTimeUtc();
        pack.meeting.code = QStringLiteral("LY-%1-01").arg(today.toString(QStringLiteral("yyyyMMdd")));
        pack.meeting.townshipCode = township.code;
        pack.meeting.heldAt = cst(today, 9);
        pack.meeting.lengthMinutes = 60;
        pack.meeting.chair = QStringLiteral("李建国");
        pack.meeting.attendees = QStringList { QStringLiteral("王芳"), QStringLiteral("赵强"), QStringLiteral("孙丽") };
        for (const Department &d : store->departments()) {
            pack.departmentNames.insert(d.code, d.nameZh);
            if (pack.meeting.departments.size() < 4)
                pack.meeting.departments << d.code;
        }
        for (const Incident &c : cases)
            pack.caseCodes.insert(c.id, c.code);

        // 1: open cases of the first community, ringed, with a chart by grid.
        ItemFacts overdue;
        overdue.item.id = 101;
        overdue.item.kind = AgendaKind::Overdue;
        overdue.item.plannedMinutes = 15;
        overdue.title = QStringLiteral("超期未办结事件：一社区");
        overdue.reason = QStringLiteral("一社区有多件事件已超过办理时限，需要牵头部门说明原因并明确办结时间。");
        QMap<QString, int> perGrid;
        for (const Incident &c : cases) {
            if (c.communityCode != communities.first().code || overdue.caseIds.size() >= 6)
                continue;
            overdue.caseIds << c.id;
            overdue.points << c.location;
            overdue.bounds.include(c.location);
            overdue.facts << QStringLiteral("%1 %2").arg(c.code, c.title);
            ++perGrid[c.gridCode];
        }
        overdue.chartTitle = QStringLiteral("各网格超期件数");
        for (auto it = perGrid.cbegin(); it != perGrid.cend(); ++it) {
            overdue.chart << FactsBar { it.key().right(3) + QStringLiteral("网格"), double(it.value()) };
            overdue.unitCodes << it.key();
        }
        // 2: grids not screened this week, outlined.
        ItemFacts unscreened;
        unscreened.item.id = 102;
        unscreened.item.kind = AgendaKind::Unscreened;
        unscreened.item.plannedMinutes = 10;
        unscreened.title = QStringLiteral("本周未排查网格");
        unscreened.reason = QStringLiteral("三个网格本周尚无排查记录。");
        for (int i = 0; i < 3; ++i) {
            unscreened.unitCodes << grids.at(i).code;
            unscreened.facts << QStringLiteral("%1：本周 0 次排查").arg(grids.at(i).name);
            for (const Polygon &p : grids.at(i).geometry.polygons)
                for (const GeoPoint &v : p.rings.value(0))
                    unscreened.bounds.include(v);
        }
        // 3: the KPI summary of the communities, as a chart of eight and more bars.
        ItemFacts kpiDrop;
        kpiDrop.item.id = 103;
        kpiDrop.item.kind = AgendaKind::KpiDrop;
        kpiDrop.item.plannedMinutes = 20;
        kpiDrop.title = QStringLiteral("按期结案率下降的社区");
        kpiDrop.reason = QStringLiteral("按期结案率较上期下降超过 5 个百分点。");
        kpiDrop.facts << QStringLiteral("全镇按期结案率 81.2%，较上期下降 6.3 个百分点");
        kpiDrop.chartTitle = QStringLiteral("各社区按期结案率（%）");
        for (const AdminUnit &c : communities) {
            kpiDrop.chart << FactsBar { c.shortName.isEmpty() ? c.name : c.shortName,
                60.0 + kpiDrop.chart.size() * 3.5 };
            kpiDrop.unitCodes << c.code;
        }
        // 4: the staff's own item, about the whole township.
        ItemFacts custom;
        custom.item.id = 104;
        custom.item.kind = AgendaKind::Custom;
        custom.item.title = QStringLiteral("冬季防火安全检查部署");
        custom.item.plannedMinutes = 20;
        custom.reason = QStringLiteral("由综治中心提出。");
        pack.items = { overdue, unscreened, kpiDrop, custom };
        for (const ItemFacts &f : pack.items)
            pack.meeting.agenda << f.item;

        const QStringList depts = pack.meeting.departments;
        pack.decisions = {
            task(QStringLiteral("RW-1"), QStringLiteral("派出所牵头，三日内化解一社区邻里纠纷"), depts.value(0),
                pack.meeting.heldAt, 3, overdue.caseIds.mid(0, 2)),
            task(QStringLiteral("RW-2"), QStringLiteral("未排查网格本周五前完成排查并上报"), depts.value(1),
                pack.meeting.heldAt, 4, {}),
            task(QStringLiteral("RW-3"), QStringLiteral("司法所对按期结案率下降的社区开展专项督导"), depts.value(2),
                pack.meeting.heldAt, 10, {}),
        };
        pack.decisions[0].agendaItemId = 101;
        pack.decisions[1].agendaItemId = 102;
        const QDateTime now = pack.printedAt;
        QVector<MeetingTask> earlier = {
            task(QStringLiteral("RW-OPEN"), QStringLiteral("完善重点人群走访台账"), depts.value(0), now.addDays(-1), 10,
                {}),
            task(QStringLiteral("RW-SOON"), QStringLiteral("修复二社区失效监控探头"), depts.value(1), now.addDays(-6),
                5, {}),
            task(QStringLiteral("RW-LATE"), QStringLiteral("清理占道经营摊点"), depts.value(2), now.addDays(-20), 5,
                overdue.caseIds.mid(2, 1)),
            task(QStringLiteral("RW-DONE"), QStringLiteral("召开物业纠纷协调会"), depts.value(3), now.addDays(-14), 5,
                {}),
        };
        earlier[1].supervised = true;
        earlier[2].escalations = 1;
        earlier[3].state = TaskState::Done;
        earlier[3].doneAt = now.addDays(-10);
        for (const MeetingTask &t : earlier)
            pack.earlierTasks << MeetingPackTask { t, taskclock::status(t, now) };

        m_paragraphs = QStringList { QStringLiteral("会议听取了综治中心关于本周事件办理情况的汇报。"),
            QStringLiteral("会议要求各部门对超期事件逐件说明原因，明确办结时限，由综治中心跟踪督办，"
                           "对连续两周未办结的事件提请镇党委研究。"),
            QStringLiteral("下次会议于下周一上午九时召开。") };
        pack.meeting.minutes = m_paragraphs.join(QLatin1Char('\n'));

        const KpiPeriod period = KpiPeriod::containing(KpiPeriod::Kind::Month, today).previous();
        pack.kpis = AssessmentReportReader::read(*store, township.code, period, now);
        return pack;
    }

    QString write(const MeetingPack &pack, const QString &name, map::ConsoleLayers *layers)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!map::MeetingPackWriter::write(pack, layers, path, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (qEnvironmentVariableIsSet("GRIDDESK_TEST_KEEP")) // for a reviewer's eyes
            QFile::copy(path, qEnvironmentVariable("GRIDDESK_TEST_KEEP") + QLatin1Char('/') + name);
        return path;
    }

    static int pageCount(const QString &pdf)
    {
        const QString info = test::runTool(QStringLiteral("pdfinfo"), { pdf });
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool :
            { QStringLiteral("pdfinfo"), QStringLiteral("pdftotext"), QStringLiteral("pdftoppm") })
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), "poppler-utils is needed to read the PDF back");
        QVERIFY(m_zh.load(QStringLiteral(GRIDDESK_ZH_QM)));
        QCoreApplication::installTranslator(&m_zh);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        m_db = test::createDemo(m_dir);
        m_layers = std::make_unique<map::ConsoleLayers>(StoreLocation::parse(m_db));
        QVERIFY2(m_layers->isValid(), qPrintable(m_layers->errorMessage()));
        m_layers->addToProject(QgsProject::instance());
        m_pack = demoPack();
        QVERIFY(m_pack.items.at(0).caseIds.size() >= 3);
        QVERIFY(m_pack.items.at(2).chart.size() >= 3);
        QVERIFY(m_pack.departmentNames.size() >= 4);
        QVERIFY(!m_pack.kpis.subject.code.isEmpty());
    }

    void cleanupTestCase() { m_layers.reset(); }

    void packHoldsEveryPartAsSearchableText()
    {
        const QString path = write(m_pack, QStringLiteral("会议材料.pdf"), m_layers.get());
        QVERIFY(!path.isEmpty());
        // Cover, agenda, one page per item, KPIs, decisions with the earlier tasks, minutes.
        const int expected = 2 + int(m_pack.items.size()) + 3;
        QCOMPARE(pageCount(path), expected);

        int rc = -1;
        const QString raw
            = test::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") }, &rc);
        QCOMPARE(rc, 0);
        const QString text = squeezed(raw);
        const auto has = [&](const QString &s) { return text.contains(squeezed(s)); };
        QVERIFY2(has(m_pack.townshipName + QStringLiteral("问题联议")), qPrintable(raw.left(3000)));
        QVERIFY(has(QStringLiteral("会议材料")));
        QVERIFY(has(m_pack.meeting.chair));
        for (const QString &a : m_pack.meeting.attendees)
            QVERIFY2(has(a), qPrintable(a));
        for (const QString &d : m_pack.meeting.departments)
            QVERIFY2(has(m_pack.departmentName(d)), qPrintable(d));
        // The agenda's titles (on the agenda and on each item's page), times and total.
        for (int i = 0; i < m_pack.items.size(); ++i) {
            const QString title = i == 3 ? m_pack.items.at(i).item.title : m_pack.items.at(i).title;
            QVERIFY2(text.count(squeezed(title)) >= 2, qPrintable(title));
            QVERIFY2(has(m_pack.items.at(i).reason), qPrintable(m_pack.items.at(i).reason));
        }
        QVERIFY(has(QStringLiteral("09:00–09:15")));
        QVERIFY(has(QStringLiteral("09:45–10:05")));
        QVERIFY2(has(QStringLiteral("计划共65分钟，比会议时长60分钟多5分钟")), qPrintable(raw.left(6000)));
        // The items' facts and charts.
        QVERIFY(has(m_pack.items.at(0).facts.first()));
        QVERIFY(has(m_pack.items.at(0).chartTitle));
        QVERIFY(has(m_pack.caseCodes.value(m_pack.items.at(0).caseIds.first())));
        // The decisions with their owners, and the earlier tasks with where they stand.
        for (const MeetingTask &d : m_pack.decisions) {
            QVERIFY2(has(d.decision), qPrintable(d.decision));
            QVERIFY2(has(m_pack.departmentName(d.ownerDepartment)), qPrintable(d.ownerDepartment));
        }
        for (const MeetingPackTask &e : m_pack.earlierTasks)
            QVERIFY2(has(e.task.decision) && has(e.task.code), qPrintable(e.task.code));
        for (const QString &state : { QStringLiteral("进行中"), QStringLiteral("即将到期"), QStringLiteral("已超期"),
                 QStringLiteral("已完成") })
            QVERIFY2(has(state), qPrintable(state));
        QVERIFY(has(QStringLiteral("督办")));
        // The KPI summary and the minutes.
        QVERIFY(has(kpi::name(Kpi::OnTimeClosureRate)));
        for (const QString &p : m_paragraphs)
            QVERIFY2(has(p), qPrintable(p));
        // Every page has its number and the meeting's date.
        const QString date = m_pack.meeting.heldAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd"));
        for (int page = 1; page <= expected; ++page)
            QVERIFY2(
                has(QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(expected)), qPrintable(QString::number(page)));
        const QStringList pages = raw.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), expected);
        for (const QString &p : pages)
            QVERIFY2(p.contains(date), qPrintable(p.left(400)));
        // Chinese fonts are embedded.
        const QString fonts = test::runTool(QStringLiteral("pdffonts"), { path });
        QVERIFY2(
            fonts.contains(QStringLiteral("WenQuanYi")) || fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
        QVERIFY2(
            !fonts.contains(QRegularExpression(QStringLiteral("\\bno\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"),
                QRegularExpression::MultilineOption)),
            qPrintable(fonts));
    }

    // The first item's map: the township's units drawn, its units outlined in magenta.
    void itemMapIsDrawnWithTheItemHighlighted()
    {
        const QString path = write(m_pack, QStringLiteral("map.pdf"), m_layers.get());
        QVERIFY(!path.isEmpty());
        const QString png = m_dir.filePath(QStringLiteral("item"));
        test::runTool(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"), QStringLiteral("-singlefile"), path,
                png });
        const QImage page(png + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        QVERIFY(page.width() > page.height());
        // The map covers x 12–174 mm, y 40–160 mm of the 297 × 210 mm page.
        const double px = page.width() / 297.0;
        const QRect map(int(14 * px), int(42 * px), int(158 * px), int(116 * px));
        QSet<QRgb> colours;
        int drawn = 0, outlined = 0;
        for (int y = map.top(); y <= map.bottom(); ++y)
            for (int x = map.left(); x <= map.right(); ++x) {
                const QColor c(page.pixel(x, y));
                colours.insert(c.rgb());
                if (c.lightness() < 245)
                    ++drawn;
                if (c.red() > 150 && c.blue() > 80 && c.green() < 110)
                    ++outlined;
            }
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
        QVERIFY2(drawn > map.width() * map.height() / 10, qPrintable(QString::number(drawn)));
        QVERIFY2(outlined > 20, qPrintable(QString::number(outlined)));
    }

    void unitNamesDoNotFollowTheConsoleMapsTheme()
    {
        // A KPI theme on the console's map quiets its community and grid
        // names; the item maps name the units all the same.
        QgsVectorLayer *communities = m_layers->communities();
        QgsVectorLayer *grids = m_layers->grids();
        QVERIFY(communities->labeling() && grids->labeling());
        communities->setLabelsEnabled(false);
        grids->setLabelsEnabled(false);
        map::ItemHighlightLayers highlight(*m_layers);
        const map::ReportMapSpec spec = map::MeetingItemMap::spec(m_pack.items.first(), *m_layers, highlight);
        communities->setLabelsEnabled(true);
        grids->setLabelsEnabled(true);
        QVERIFY(spec.layers.contains(highlight.communities()) && spec.layers.contains(highlight.grids()));
        QVERIFY(!spec.layers.contains(communities) && !spec.layers.contains(grids));
        QVERIFY(highlight.communities()->labelsEnabled() && highlight.grids()->labelsEnabled());
        QCOMPARE(highlight.communities()->featureCount(), communities->featureCount());
        QCOMPARE(highlight.grids()->featureCount(), grids->featureCount());
    }

    void packWithoutMapsStillReads()
    {
        MeetingPack pack = m_pack;
        pack.kpis = {};
        pack.meeting.minutes.clear();
        pack.decisions.clear();
        const QString path = write(pack, QStringLiteral("plain.pdf"), nullptr);
        QVERIFY(!path.isEmpty());
        QCOMPARE(pageCount(path), 2 + int(pack.items.size()) + 2);
        const QString text = squeezed(test::runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") }));
        QVERIFY(text.contains(QStringLiteral("未记录会议决定")));
        QVERIFY(text.contains(QStringLiteral("未记录会议纪要")));
    }

    void failedExportLeavesNoFileAndSaysWhy()
    {
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("missing/会议材料.pdf"));
        QVERIFY(!map::MeetingPackWriter::write(m_pack, m_layers.get(), missing, &error));
        QVERIFY2(error.contains(QStringLiteral("会议材料.pdf")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missing));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestMeetingPack, griddesk::map::initResources)
#include "test_meeting_pack.moc"
