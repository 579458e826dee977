// Audit entries as people read them: field changes in the reader's language
// with coded values named, bookkeeping and unchanged fields left out, added
// rows by their key fields, removed rows as deleted, and who acted. Checked on
// hand-made entries in English and Chinese, and on every entry of a real demo
// township's log.
#include "AppResources.h"
#include "AuditChangeFormatter.h"
#include "GpkgStore.h"
#include "Language.h"
#include "QgisTestMain.h"
#include "TestDemo.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace griddesk;
using namespace griddesk::app;

namespace {

// JSON written with single quotes, for legibility here.
QString j(const char *json)
{
    return QString::fromUtf8(json).replace(QLatin1Char('\''), QLatin1Char('"'));
}

AuditEntry entry(const QString &action, const QString &table, const QString &before, const QString &after)
{
    AuditEntry e;
    e.action = action;
    e.table = table;
    e.before = before;
    e.after = after;
    return e;
}

AuditChangeFormatter::Names names()
{
    AuditChangeFormatter::Names n;
    n.categories.insert(QStringLiteral("petition"), QStringLiteral("信访事项"));
    n.departments.insert(QStringLiteral("police"), QStringLiteral("派出所"));
    n.departments.insert(QStringLiteral("judicial"), QStringLiteral("司法所"));
    n.units.insert(QStringLiteral("371102002001001"), QStringLiteral("银海社区第1网格"));
    n.people.insert(QStringLiteral("wangmin"), QStringLiteral("王敏"));
    return n;
}

// An incident row as the GeoPackage's triggers write it (booleans as 0/1).
const QString kBefore = j(
    "{'fid':7,'code':'E20261126-0001','category_code':'petition','title':'小区供暖不热','state':'reported',"
    "'grid_code':'371102002001001','row_version':1,'updated_at':'2026-11-26T08:00:00.000Z','supervised':0,"
    "'lead_department':'','co_departments':'','last_action_at':'2026-11-26T08:00:00.000Z'}");
const QString kAfter = j(
    "{'fid':7,'code':'E20261126-0001','category_code':'petition','title':'小区供暖不热','state':'accepted',"
    "'grid_code':'371102002001001','row_version':2,'updated_at':'2026-11-26T09:00:00.000Z','supervised':1,"
    "'lead_department':'police','co_departments':'police,judicial','last_action_at':'2026-11-26T09:00:00.000Z'}");

} // namespace

class TestAuditChangeFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { language::install(QStringLiteral("en")); }

    void anUpdateListsTheChangedFieldsInChinese()
    {
        language::install(QStringLiteral("zh_CN"));
        const AuditChangeFormatter f(names());
        const QStringList c = f.changes(entry(QStringLiteral("update"), QStringLiteral("incidents"), kBefore, kAfter));
        QCOMPARE(c.value(0), QStringLiteral("状态: 待受理 → 已受理"));
        QVERIFY2(c.contains(QStringLiteral("主办部门: （空） → 派出所")), qPrintable(c.join(QLatin1Char('|'))));
        QVERIFY2(c.contains(QStringLiteral("协办部门: （空） → 派出所、司法所")), qPrintable(c.join(QLatin1Char('|'))));
        QVERIFY2(c.contains(QStringLiteral("督办: 否 → 是")), qPrintable(c.join(QLatin1Char('|'))));
        // Unchanged fields and bookkeeping are left out.
        QCOMPARE(c.size(), 4);
    }

    void anUpdateInEnglish()
    {
        const AuditChangeFormatter f(names());
        const QStringList c = f.changes(entry(QStringLiteral("update"), QStringLiteral("incidents"), kBefore, kAfter));
        QCOMPARE(c.value(0), QStringLiteral("State: Awaiting acceptance → Accepted"));
        QVERIFY(c.contains(QStringLiteral("Under supervision: No → Yes")));
    }

    void aPopulationChangeIsNamed()
    {
        language::install(QStringLiteral("zh_CN"));
        const AuditChangeFormatter f(names());
        const QStringList c = f.changes(entry(QStringLiteral("update"), QStringLiteral("admin_units"),
                                              j("{'fid':5,'code':'371102002001001','population':1200}"),
                                              j("{'fid':5,'code':'371102002001001','population':1500}")));
        QCOMPARE(c, QStringList{QStringLiteral("实有人口（人）: 1,200 → 1,500")});
    }

    void serverBooleansAndTimes()
    {
        const AuditChangeFormatter f;
        const QStringList c = f.changes(entry(QStringLiteral("update"), QStringLiteral("cameras"),
                                              j("{'fid':3,'online':true,'installed_at':null}"),
                                              j("{'fid':3,'online':false,'installed_at':null}")));
        QCOMPARE(c, QStringList{QStringLiteral("Online: Yes → No")});
    }

    void anAddedRowShowsItsKeyFields()
    {
        language::install(QStringLiteral("zh_CN"));
        const AuditChangeFormatter f(names());
        const QStringList c = f.changes(entry(QStringLiteral("insert"), QStringLiteral("incidents"), QString(), kBefore));
        QCOMPARE(c, (QStringList{QStringLiteral("案件编号: E20261126-0001"), QStringLiteral("标题: 小区供暖不热"),
                                 QStringLiteral("类别: 信访事项"), QStringLiteral("状态: 待受理"), QStringLiteral("网格: 银海社区第1网格")}));
        const QStringList h = f.changes(entry(
            QStringLiteral("insert"), QStringLiteral("incident_history"), QString(),
            j("{'fid':9,'incident_id':7,'action':'accept','actor':'wangmin','state_before':'reported',"
              "'state_after':'accepted','note':'','role':'centre_staff'}")));
        QCOMPARE(h, (QStringList{QStringLiteral("案件: 第 7 号"), QStringLiteral("操作: 受理"), QStringLiteral("变更前状态: 待受理"),
                                 QStringLiteral("变更后状态: 已受理")}));
    }

    void gridStaffReadAsPeopleKnowThem()
    {
        language::install(QStringLiteral("zh_CN"));
        const AuditChangeFormatter f(names());
        QCOMPARE(f.changes(entry(QStringLiteral("insert"), QStringLiteral("grid_staff"), QString(),
                                 j("{'fid':4,'name':'王建国','role':'manager','grid_code':'371102002001001','username':'',"
                                   "'active':1,'started_on':'2026-11-30','updated_by':'wangmin','row_version':1}"))),
                 (QStringList{QStringLiteral("名称: 王建国"), QStringLiteral("角色: 网格长"),
                              QStringLiteral("网格: 银海社区第1网格")}));
        QCOMPARE(f.changes(entry(QStringLiteral("update"), QStringLiteral("grid_staff"),
                                 j("{'fid':4,'active':1,'ended_on':null,'role':'full_time'}"),
                                 j("{'fid':4,'active':0,'ended_on':'2026-11-30','role':'part_time'}"))),
                 (QStringList{QStringLiteral("启用: 是 → 否"), QStringLiteral("离岗日期: （空） → 2026-11-30"),
                              QStringLiteral("角色: 专职网格员 → 兼职网格员")}));
        QCOMPARE(f.changes(entry(QStringLiteral("reveal"), QStringLiteral("grid_staff"), QString(), j("{'fields':'phone'}"))),
                 QStringList{QStringLiteral("查看内容: 电话")});
    }

    void aRemovedRowSaysDeleted()
    {
        language::install(QStringLiteral("zh_CN"));
        const AuditChangeFormatter f;
        const QStringList c = f.changes(entry(QStringLiteral("delete"), QStringLiteral("routing_rules"),
                                              j("{'fid':2,'category_code':'petition','unit_code':'','department_code':'police'}"),
                                              QString()));
        QCOMPARE(c.value(0), QStringLiteral("已删除"));
        QVERIFY(c.contains(QStringLiteral("类别: petition")));
    }

    void revealsAndSignIns()
    {
        const AuditChangeFormatter f;
        QCOMPARE(f.changes(entry(QStringLiteral("reveal"), QStringLiteral("incidents"), QString(),
                                 j("{'fields':'reporter_phone,reporter_id_number'}"))),
                 QStringList{QStringLiteral("Viewed: Reporter phone, Reporter ID number")});
        QCOMPARE(f.changes(entry(QStringLiteral("login"), QStringLiteral("gd_users"), QString(),
                                 j("{'username':'wangmin'}"))),
                 QStringList{QStringLiteral("User name: wangmin")});
    }

    // A register's codes by the catalogue's labels, in the reader's language;
    // a register reveal by the field read.
    void registerCodesByTheirLabels()
    {
        language::install(QStringLiteral("zh_CN"));
        const AuditChangeFormatter f(names());
        QCOMPARE(f.changes(entry(QStringLiteral("update"), QStringLiteral("houses"),
                                 j("{'fid':3,'rental_state':'owner_occupied','house_use':'residential'}"),
                                 j("{'fid':3,'rental_state':'rented','house_use':'residential'}"))),
                 QStringList{QStringLiteral("居住状态: 自住 → 出租")});
        const QStringList added = f.changes(entry(QStringLiteral("insert"), QStringLiteral("residents"), QString(),
                                                  j("{'fid':8,'name':'张三','resident_type':'registered','sex':'female'}")));
        QVERIFY2(added.contains(QStringLiteral("人口类型: 户籍人口")), qPrintable(added.join(QLatin1Char('|'))));
        QVERIFY2(added.contains(QStringLiteral("性别: 女")), qPrintable(added.join(QLatin1Char('|'))));
        // A column of the same name elsewhere keeps its own reading.
        QVERIFY(f.changes(entry(QStringLiteral("update"), QStringLiteral("incidents"), kBefore, kAfter))
                    .contains(QStringLiteral("状态: 待受理 → 已受理")));
        language::install(QStringLiteral("en"));
        QCOMPARE(f.changes(entry(QStringLiteral("update"), QStringLiteral("disputes"), j("{'fid':1,'status':'mediating'}"),
                                 j("{'fid':1,'status':'resolved'}"))),
                 QStringList{QStringLiteral("Status: In mediation → Resolved")});
        QCOMPARE(f.changes(entry(QStringLiteral("reveal"), QStringLiteral("residents"), QString(), j("{'fields':'id_number'}"))),
                 QStringList{QStringLiteral("Viewed: ID number")});
    }

    void actorsAreNamed()
    {
        language::install(QStringLiteral("zh_CN"));
        const AuditChangeFormatter f(names());
        QCOMPARE(f.actor(QStringLiteral("? (griddesk-admin)")), QStringLiteral("系统管理命令 (griddesk-admin)"));
        QCOMPARE(f.actor(QStringLiteral("root (griddesk-admin)")), QStringLiteral("系统管理命令 (griddesk-admin)，计算机账户 root"));
        QCOMPARE(f.actor(QStringLiteral("wangmin")), QStringLiteral("王敏 (wangmin)"));
        QCOMPARE(f.actor(QStringLiteral("external")), QStringLiteral("外部程序（非 GridDesk）"));
        QCOMPARE(f.actor(QStringLiteral("zhao")), QStringLiteral("zhao")); // a login not (or no longer) listed
        language::install(QStringLiteral("en"));
        QCOMPARE(f.actor(QStringLiteral("? (griddesk-admin)")), QStringLiteral("Administration command (griddesk-admin)"));
        QCOMPARE(f.actor(QStringLiteral("ops (GridDesk)")), QStringLiteral("Console (GridDesk), computer account ops"));
    }

    void noRawRowInARealLog()
    {
        // Every entry the demo township's creation wrote reads as field changes.
        language::install(QStringLiteral("zh_CN"));
        QTemporaryDir dir;
        const QString path = test::createDemo(dir);
        const QVector<AuditEntry> all = GpkgStore::open(path)->auditEntries();
        QVERIFY(all.size() > 1000);
        const AuditChangeFormatter f(names());
        const QRegularExpression raw(QStringLiteral("[{}\"]|_code|_at\\b"));
        for (const AuditEntry &e : all) {
            const QString shown = f.changes(e).join(QStringLiteral("; "));
            QVERIFY2(!shown.isEmpty() && !shown.contains(raw), qPrintable(QStringLiteral("%1: %2").arg(e.seq).arg(shown)));
            QVERIFY(!f.actor(e.actor).contains(QStringLiteral("?")));
        }
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestAuditChangeFormatter, griddesk::app::initResources)
#include "test_audit_change_formatter.moc"
