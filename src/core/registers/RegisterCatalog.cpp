#include "RegisterSpec.h"

#include <QCoreApplication>

namespace griddesk {

// The registers' fields follow the data items of GB/T 31000-2015 (社会治安综合治理
// 基础数据规范) where it names them, with its Chinese terms as the headers an
// import recognises.

namespace {

enum Flag { Required = 1, Personal = 2, Derived = 4 };

QString u8s(const char *text)
{
    return QString::fromUtf8(text);
}

struct FieldMaker : RegisterField {
    FieldMaker with(QVector<CodeOption> options) &&
    {
        codes = std::move(options);
        return std::move(*this);
    }
};

FieldMaker field(const char *column, FieldKind kind, const char *label, const QString &chinese, int flags, int maxLength,
                 const QStringList &aliases, RegisterKind reference = RegisterKind::Residents)
{
    FieldMaker f;
    f.column = QString::fromLatin1(column);
    f.kind = kind;
    f.label = label;
    f.chinese = chinese;
    f.required = flags & Required;
    f.personal = flags & Personal;
    f.derived = flags & Derived;
    f.maxLength = maxLength;
    f.aliases = aliases;
    f.reference = reference;
    return f;
}

RegisterSpec makeResidents()
{
    RegisterSpec s{RegisterKind::Residents, u8s("residents"), RegisterGeometry::Point, {}, u8s("id_number"), {u8s("name"), u8s("address"), u8s("household_no"), u8s("house_no")}, u8s("")};
    s.fields << field("name", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Name"), u8s("姓名"), Required, 50, {u8s("人员姓名")});
    s.fields << field("id_number", FieldKind::IdNumber, QT_TRANSLATE_NOOP("RegisterFields", "ID number"), u8s("公民身份号码"), Personal, 0, {u8s("身份证号"), u8s("身份证号码"), u8s("证件号码"), u8s("身份证")});
    s.fields << field("sex", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Sex"), u8s("性别"), Derived, 0, {})
        .with({{u8s("male"), QT_TRANSLATE_NOOP("RegisterCodes", "Male"), u8s("男"), {}},
               {u8s("female"), QT_TRANSLATE_NOOP("RegisterCodes", "Female"), u8s("女"), {}}});
    s.fields << field("birth_date", FieldKind::Date, QT_TRANSLATE_NOOP("RegisterFields", "Birth date"), u8s("出生日期"), Derived, 0, {u8s("出生年月")});
    s.fields << field("resident_type", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Resident type"), u8s("人口类型"), Required, 0, {u8s("类型"), u8s("人员类型")})
        .with({{u8s("registered"), QT_TRANSLATE_NOOP("RegisterCodes", "Registered (hukou)"), u8s("户籍人口"), {u8s("户籍")}},
               {u8s("floating"), QT_TRANSLATE_NOOP("RegisterCodes", "Floating"), u8s("流动人口"), {u8s("流动")}},
               {u8s("foreign"), QT_TRANSLATE_NOOP("RegisterCodes", "Foreign national"), u8s("境外人员"), {u8s("境外")}}});
    s.fields << field("phone", FieldKind::Phone, QT_TRANSLATE_NOOP("RegisterFields", "Phone"), u8s("联系电话"), Personal, 0, {u8s("电话"), u8s("手机"), u8s("手机号"), u8s("手机号码")});
    s.fields << field("household_no", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Household number"), u8s("户号"), 0, 30, {u8s("户编号")});
    s.fields << field("relation", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Relation to head"), u8s("与户主关系"), 0, 0, {u8s("关系")})
        .with({{u8s("head"), QT_TRANSLATE_NOOP("RegisterCodes", "Head of household"), u8s("户主"), {u8s("本人")}},
               {u8s("spouse"), QT_TRANSLATE_NOOP("RegisterCodes", "Spouse"), u8s("配偶"), {u8s("妻"), u8s("夫")}},
               {u8s("child"), QT_TRANSLATE_NOOP("RegisterCodes", "Child"), u8s("子女"), {u8s("子"), u8s("女"), u8s("儿子"), u8s("女儿")}},
               {u8s("parent"), QT_TRANSLATE_NOOP("RegisterCodes", "Parent"), u8s("父母"), {u8s("父亲"), u8s("母亲")}},
               {u8s("grandchild"), QT_TRANSLATE_NOOP("RegisterCodes", "Grandchild"), u8s("孙子女"), {u8s("孙子"), u8s("孙女")}},
               {u8s("sibling"), QT_TRANSLATE_NOOP("RegisterCodes", "Sibling"), u8s("兄弟姐妹"), {}},
               {u8s("other"), QT_TRANSLATE_NOOP("RegisterCodes", "Other"), u8s("其他"), {}}});
    s.fields << field("house_no", FieldKind::Reference, QT_TRANSLATE_NOOP("RegisterFields", "House code"), u8s("房屋编码"), 0, 40, {u8s("房屋编号")}, RegisterKind::Houses);
    s.fields << field("address", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Address"), u8s("地址"), 0, 200, {u8s("住址"), u8s("居住地址"), u8s("现住址"), u8s("详细地址")});
    s.fields << field("ethnicity", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Ethnicity"), u8s("民族"), 0, 20, {});
    s.fields << field("workplace", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Workplace or school"), u8s("工作单位"), 0, 100, {u8s("服务处所"), u8s("就读学校")});
    s.fields << field("note", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Note"), u8s("备注"), 0, 500, {u8s("说明")});
    return s;
}

RegisterSpec makeHouses()
{
    RegisterSpec s{RegisterKind::Houses, u8s("houses"), RegisterGeometry::PointOrFootprint, {}, u8s("house_no"), {u8s("house_no"), u8s("address"), u8s("building"), u8s("owner_name")}, u8s("")};
    s.fields << field("house_no", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "House code"), u8s("房屋编码"), Required, 40, {u8s("房屋编号"), u8s("编号")});
    s.fields << field("address", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Address"), u8s("地址"), Required, 200, {u8s("房屋地址"), u8s("坐落"), u8s("详细地址")});
    s.fields << field("building", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Building"), u8s("楼栋"), 0, 40, {u8s("楼号"), u8s("楼栋号")});
    s.fields << field("room", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Unit and room"), u8s("单元房号"), 0, 20, {u8s("房号"), u8s("门牌号")});
    s.fields << field("house_use", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Use"), u8s("房屋用途"), Required, 0, {u8s("用途")})
        .with({{u8s("residential"), QT_TRANSLATE_NOOP("RegisterCodes", "Residential"), u8s("住宅"), {}},
               {u8s("commercial"), QT_TRANSLATE_NOOP("RegisterCodes", "Commercial"), u8s("商业"), {u8s("商铺")}},
               {u8s("office"), QT_TRANSLATE_NOOP("RegisterCodes", "Office"), u8s("办公"), {}},
               {u8s("industrial"), QT_TRANSLATE_NOOP("RegisterCodes", "Industrial"), u8s("工业"), {u8s("厂房")}},
               {u8s("mixed"), QT_TRANSLATE_NOOP("RegisterCodes", "Mixed residential and commercial"), u8s("商住"), {}},
               {u8s("public_service"), QT_TRANSLATE_NOOP("RegisterCodes", "Public service"), u8s("公共服务"), {}},
               {u8s("other"), QT_TRANSLATE_NOOP("RegisterCodes", "Other"), u8s("其他"), {}}});
    s.fields << field("rental_state", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Occupancy"), u8s("居住状态"), Required, 0, {u8s("出租状态"), u8s("房屋状态")})
        .with({{u8s("owner_occupied"), QT_TRANSLATE_NOOP("RegisterCodes", "Owner-occupied"), u8s("自住"), {}},
               {u8s("rented"), QT_TRANSLATE_NOOP("RegisterCodes", "Rented out"), u8s("出租"), {}},
               {u8s("vacant"), QT_TRANSLATE_NOOP("RegisterCodes", "Vacant"), u8s("空置"), {u8s("闲置")}},
               {u8s("other"), QT_TRANSLATE_NOOP("RegisterCodes", "Other"), u8s("其他"), {}}});
    s.fields << field("owner_name", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Owner"), u8s("产权人"), 0, 50, {u8s("房主"), u8s("业主"), u8s("产权人姓名")});
    s.fields << field("owner_id_number", FieldKind::IdNumber, QT_TRANSLATE_NOOP("RegisterFields", "Owner's ID number"), u8s("产权人身份证号"), Personal, 0, {u8s("产权人证件号码")});
    s.fields << field("owner_phone", FieldKind::Phone, QT_TRANSLATE_NOOP("RegisterFields", "Owner's phone"), u8s("产权人电话"), Personal, 0, {u8s("房主电话"), u8s("业主电话")});
    s.fields << field("floor_area", FieldKind::Decimal, QT_TRANSLATE_NOOP("RegisterFields", "Floor area (m²)"), u8s("建筑面积"), 0, 0, {u8s("面积")});
    s.fields << field("note", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Note"), u8s("备注"), 0, 500, {u8s("说明")});
    return s;
}

RegisterSpec makeDisputes()
{
    RegisterSpec s{RegisterKind::Disputes, u8s("disputes"), RegisterGeometry::Point, {}, u8s("ledger_no"), {u8s("ledger_no"), u8s("title"), u8s("address"), u8s("mediator")}, u8s("")};
    s.fields << field("ledger_no", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Ledger number"), u8s("台账编号"), Required, 40, {u8s("编号"), u8s("纠纷编号")});
    s.fields << field("title", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Summary"), u8s("纠纷简述"), Required, 200, {u8s("标题"), u8s("纠纷名称"), u8s("事由")});
    s.fields << field("dispute_type", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Dispute type"), u8s("纠纷类型"), Required, 0, {u8s("类型")})
        .with({{u8s("neighbourhood"), QT_TRANSLATE_NOOP("RegisterCodes", "Neighbours"), u8s("邻里纠纷"), {}},
               {u8s("family"), QT_TRANSLATE_NOOP("RegisterCodes", "Marriage and family"), u8s("婚姻家庭纠纷"), {}},
               {u8s("land"), QT_TRANSLATE_NOOP("RegisterCodes", "Land and forest"), u8s("土地山林纠纷"), {}},
               {u8s("property_management"), QT_TRANSLATE_NOOP("RegisterCodes", "Property management"), u8s("物业纠纷"), {}},
               {u8s("labour"), QT_TRANSLATE_NOOP("RegisterCodes", "Labour"), u8s("劳动争议"), {}},
               {u8s("debt"), QT_TRANSLATE_NOOP("RegisterCodes", "Contracts and debts"), u8s("合同债务纠纷"), {}},
               {u8s("damages"), QT_TRANSLATE_NOOP("RegisterCodes", "Damages"), u8s("损害赔偿纠纷"), {}},
               {u8s("expropriation"), QT_TRANSLATE_NOOP("RegisterCodes", "Land taking and demolition"), u8s("征地拆迁纠纷"), {}},
               {u8s("other"), QT_TRANSLATE_NOOP("RegisterCodes", "Other"), u8s("其他纠纷"), {u8s("其他")}}});
    s.fields << field("occurred_on", FieldKind::Date, QT_TRANSLATE_NOOP("RegisterFields", "Occurred on"), u8s("发生日期"), Required, 0, {u8s("登记日期"), u8s("日期")});
    s.fields << field("status", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Status"), u8s("调处状态"), Required, 0, {u8s("状态")})
        .with({{u8s("registered"), QT_TRANSLATE_NOOP("RegisterCodes", "Registered"), u8s("已登记"), {u8s("登记")}},
               {u8s("mediating"), QT_TRANSLATE_NOOP("RegisterCodes", "In mediation"), u8s("调解中"), {}},
               {u8s("resolved"), QT_TRANSLATE_NOOP("RegisterCodes", "Resolved"), u8s("调解成功"), {u8s("已化解")}},
               {u8s("failed"), QT_TRANSLATE_NOOP("RegisterCodes", "Not resolved"), u8s("调解未成功"), {u8s("调解不成")}},
               {u8s("transferred"), QT_TRANSLATE_NOOP("RegisterCodes", "Transferred"), u8s("已移交"), {u8s("移交")}}});
    s.fields << field("mediation_method", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Mediation"), u8s("调解方式"), 0, 0, {})
        .with({{u8s("people"), QT_TRANSLATE_NOOP("RegisterCodes", "People's mediation"), u8s("人民调解"), {}},
               {u8s("judicial"), QT_TRANSLATE_NOOP("RegisterCodes", "Judicial mediation"), u8s("司法调解"), {}},
               {u8s("administrative"), QT_TRANSLATE_NOOP("RegisterCodes", "Administrative mediation"), u8s("行政调解"), {}}});
    s.fields << field("mediator", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Mediator"), u8s("调解员"), 0, 50, {u8s("调解人")});
    s.fields << field("outcome", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Outcome"), u8s("调处结果"), 0, 1000, {u8s("结果"), u8s("调解结果")});
    s.fields << field("address", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Place"), u8s("发生地点"), 0, 200, {u8s("地点"), u8s("地址")});
    s.fields << field("note", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Note"), u8s("备注"), 0, 500, {u8s("说明")});
    return s;
}

RegisterSpec makeDisputeParties()
{
    RegisterSpec s{RegisterKind::DisputeParties, u8s("dispute_parties"), RegisterGeometry::None, {}, u8s(""), {u8s("name"), u8s("ledger_no")}, u8s("ledger_no")};
    s.fields << field("ledger_no", FieldKind::Reference, QT_TRANSLATE_NOOP("RegisterFields", "Ledger number"), u8s("台账编号"), Required, 40, {u8s("纠纷编号")}, RegisterKind::Disputes);
    s.fields << field("name", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Name"), u8s("姓名"), Required, 50, {u8s("当事人"), u8s("当事人姓名")});
    s.fields << field("party_role", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Side"), u8s("当事人类型"), Required, 0, {u8s("类型"), u8s("身份")})
        .with({{u8s("applicant"), QT_TRANSLATE_NOOP("RegisterCodes", "Applicant"), u8s("申请人"), {u8s("申请方")}},
               {u8s("respondent"), QT_TRANSLATE_NOOP("RegisterCodes", "Respondent"), u8s("被申请人"), {u8s("被申请方")}},
               {u8s("other"), QT_TRANSLATE_NOOP("RegisterCodes", "Other party"), u8s("其他当事人"), {u8s("其他")}}});
    s.fields << field("id_number", FieldKind::IdNumber, QT_TRANSLATE_NOOP("RegisterFields", "ID number"), u8s("公民身份号码"), Personal, 0, {u8s("身份证号"), u8s("身份证号码"), u8s("证件号码")});
    s.fields << field("phone", FieldKind::Phone, QT_TRANSLATE_NOOP("RegisterFields", "Phone"), u8s("联系电话"), Personal, 0, {u8s("电话"), u8s("手机")});
    s.fields << field("note", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Note"), u8s("备注"), 0, 500, {u8s("说明")});
    return s;
}

RegisterSpec makeKeyPersons()
{
    RegisterSpec s{RegisterKind::KeyPersons, u8s("key_persons"), RegisterGeometry::Point, {}, u8s(""), {u8s("name"), u8s("address"), u8s("responsible")}, u8s("")};
    s.fields << field("name", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Name"), u8s("姓名"), Required, 50, {});
    s.fields << field("id_number", FieldKind::IdNumber, QT_TRANSLATE_NOOP("RegisterFields", "ID number"), u8s("公民身份号码"), Personal, 0, {u8s("身份证号"), u8s("身份证号码"), u8s("证件号码")});
    s.fields << field("person_kind", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Group"), u8s("人群类别"), Required, 0, {u8s("类别"), u8s("人员类别"), u8s("类型")})
        .with({{u8s("community_correction"), QT_TRANSLATE_NOOP("RegisterCodes", "Community correction"), u8s("社区矫正对象"), {u8s("社区矫正")}},
               {u8s("released_prisoner"), QT_TRANSLATE_NOOP("RegisterCodes", "Released from prison"), u8s("刑满释放人员"), {u8s("刑满释放")}},
               {u8s("drug_user"), QT_TRANSLATE_NOOP("RegisterCodes", "Drug user"), u8s("吸毒人员"), {u8s("社区戒毒")}},
               {u8s("mental_disorder"), QT_TRANSLATE_NOOP("RegisterCodes", "Severe mental disorder"), u8s("严重精神障碍患者"), {u8s("严重精神障碍")}},
               {u8s("youth_at_risk"), QT_TRANSLATE_NOOP("RegisterCodes", "Youth at risk"), u8s("重点青少年"), {}},
               {u8s("petitioner"), QT_TRANSLATE_NOOP("RegisterCodes", "Repeated petitioner"), u8s("重点信访人员"), {u8s("重点信访")}}});
    s.fields << field("risk_level", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Risk level"), u8s("风险等级"), Required, 0, {u8s("风险")})
        .with({{u8s("high"), QT_TRANSLATE_NOOP("RegisterCodes", "High"), u8s("高"), {u8s("高风险")}},
               {u8s("medium"), QT_TRANSLATE_NOOP("RegisterCodes", "Medium"), u8s("中"), {u8s("中风险")}},
               {u8s("low"), QT_TRANSLATE_NOOP("RegisterCodes", "Low"), u8s("低"), {u8s("低风险")}}});
    s.fields << field("responsible", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Responsible worker"), u8s("包联责任人"), Required, 50, {u8s("责任人"), u8s("包联人"), u8s("帮扶责任人")});
    s.fields << field("visit_days", FieldKind::Integer, QT_TRANSLATE_NOOP("RegisterFields", "Visit every (days)"), u8s("走访周期（天）"), 0, 0, {u8s("走访周期")});
    s.fields << field("listed_on", FieldKind::Date, QT_TRANSLATE_NOOP("RegisterFields", "Listed on"), u8s("列管日期"), 0, 0, {u8s("纳入日期")});
    s.fields << field("next_visit_due", FieldKind::Date, QT_TRANSLATE_NOOP("RegisterFields", "Next visit due"), u8s("下次走访日期"), 0, 0, {u8s("应走访日期")});
    s.fields << field("phone", FieldKind::Phone, QT_TRANSLATE_NOOP("RegisterFields", "Phone"), u8s("联系电话"), Personal, 0, {u8s("电话"), u8s("手机")});
    s.fields << field("address", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Address"), u8s("地址"), 0, 200, {u8s("住址"), u8s("居住地址"), u8s("现住址"), u8s("详细地址")});
    s.fields << field("note", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Note"), u8s("备注"), 0, 500, {u8s("说明")});
    return s;
}

RegisterSpec makeKeyPersonVisits()
{
    RegisterSpec s{RegisterKind::KeyPersonVisits, u8s("key_person_visits"), RegisterGeometry::None, {}, u8s(""), {u8s("staff_name"), u8s("finding")}, u8s("key_person_id")};
    s.fields << field("key_person_id", FieldKind::Reference, QT_TRANSLATE_NOOP("RegisterFields", "Key person"), u8s("重点人员"), Required, 0, {}, RegisterKind::KeyPersons);
    s.fields << field("visited_on", FieldKind::Date, QT_TRANSLATE_NOOP("RegisterFields", "Visited on"), u8s("走访日期"), Required, 0, {u8s("日期")});
    s.fields << field("visit_kind", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Kind"), u8s("走访类型"), Required, 0, {u8s("类型")})
        .with({{u8s("visit"), QT_TRANSLATE_NOOP("RegisterCodes", "Visit"), u8s("走访"), {}},
               {u8s("assistance"), QT_TRANSLATE_NOOP("RegisterCodes", "Assistance and education"), u8s("帮教"), {}}});
    s.fields << field("staff_name", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Visited by"), u8s("走访人"), Required, 50, {u8s("帮教人")});
    s.fields << field("finding", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Findings"), u8s("走访情况"), 0, 1000, {u8s("情况")});
    s.fields << field("next_due", FieldKind::Date, QT_TRANSLATE_NOOP("RegisterFields", "Next visit due"), u8s("下次走访日期"), 0, 0, {});
    return s;
}

RegisterSpec makeOrganisations()
{
    RegisterSpec s{RegisterKind::Organisations, u8s("organisations"), RegisterGeometry::Point, {}, u8s(""), {u8s("name"), u8s("address"), u8s("contact_name"), u8s("credit_code")}, u8s("")};
    s.fields << field("name", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Organisation name"), u8s("名称"), Required, 100, {u8s("单位名称"), u8s("组织名称"), u8s("企业名称")});
    s.fields << field("org_type", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Organisation type"), u8s("组织类型"), Required, 0, {u8s("类型"), u8s("单位类型")})
        .with({{u8s("social_org"), QT_TRANSLATE_NOOP("RegisterCodes", "Social organisation"), u8s("社会组织"), {}},
               {u8s("property_company"), QT_TRANSLATE_NOOP("RegisterCodes", "Property management company"), u8s("物业服务企业"), {u8s("物业"), u8s("物业公司")}},
               {u8s("owners_committee"), QT_TRANSLATE_NOOP("RegisterCodes", "Owners' committee"), u8s("业主委员会"), {u8s("业委会")}},
               {u8s("enterprise"), QT_TRANSLATE_NOOP("RegisterCodes", "Enterprise"), u8s("企业"), {}},
               {u8s("sole_trader"), QT_TRANSLATE_NOOP("RegisterCodes", "Individual business"), u8s("个体工商户"), {}},
               {u8s("other"), QT_TRANSLATE_NOOP("RegisterCodes", "Other"), u8s("其他"), {}}});
    s.fields << field("credit_code", FieldKind::CreditCode, QT_TRANSLATE_NOOP("RegisterFields", "Unified social credit code"), u8s("统一社会信用代码"), 0, 18, {u8s("信用代码"), u8s("社会信用代码")});
    s.fields << field("contact_name", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Contact"), u8s("联系人"), 0, 50, {u8s("负责人"), u8s("法定代表人")});
    s.fields << field("phone", FieldKind::Phone, QT_TRANSLATE_NOOP("RegisterFields", "Phone"), u8s("联系电话"), Personal, 0, {u8s("电话"), u8s("手机")});
    s.fields << field("address", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Address"), u8s("地址"), Required, 200, {u8s("详细地址"), u8s("经营地址"), u8s("注册地址")});
    s.fields << field("note", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Note"), u8s("备注"), 0, 500, {u8s("说明")});
    return s;
}

RegisterSpec makeWorkLog()
{
    RegisterSpec s{RegisterKind::WorkLog, u8s("work_log"), RegisterGeometry::None, {}, u8s(""), {u8s("worker"), u8s("subject")}, u8s("")};
    s.fields << field("worked_on", FieldKind::Date, QT_TRANSLATE_NOOP("RegisterFields", "Date"), u8s("日期"), Required, 0, {u8s("工作日期")});
    s.fields << field("worker", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "Grid worker"), u8s("网格员"), Required, 50, {u8s("姓名"), u8s("工作人员")});
    s.fields << field("activity", FieldKind::Code, QT_TRANSLATE_NOOP("RegisterFields", "Activity"), u8s("工作类型"), Required, 0, {u8s("类型")})
        .with({{u8s("visit"), QT_TRANSLATE_NOOP("RegisterCodes", "Home visit"), u8s("入户走访"), {u8s("走访")}},
               {u8s("service"), QT_TRANSLATE_NOOP("RegisterCodes", "Service"), u8s("便民服务"), {u8s("服务")}},
               {u8s("legal_education"), QT_TRANSLATE_NOOP("RegisterCodes", "Legal education"), u8s("法治宣传"), {u8s("普法")}},
               {u8s("patrol"), QT_TRANSLATE_NOOP("RegisterCodes", "Patrol"), u8s("巡查"), {}},
               {u8s("mediation"), QT_TRANSLATE_NOOP("RegisterCodes", "Mediation"), u8s("调解"), {}}});
    s.fields << field("subject", FieldKind::Text, QT_TRANSLATE_NOOP("RegisterFields", "What was done"), u8s("工作内容"), Required, 200, {u8s("内容"), u8s("事项")});
    s.fields << field("people_reached", FieldKind::Integer, QT_TRANSLATE_NOOP("RegisterFields", "People reached"), u8s("服务人数"), 0, 0, {u8s("人数")});
    s.fields << field("note", FieldKind::LongText, QT_TRANSLATE_NOOP("RegisterFields", "Note"), u8s("备注"), 0, 500, {u8s("说明")});
    return s;
}

} // namespace

QString CodeOption::displayName() const
{
    return QCoreApplication::translate("RegisterCodes", label);
}

QString RegisterField::displayName() const
{
    return QCoreApplication::translate("RegisterFields", label);
}

QString RegisterField::codeFor(const QString &value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    for (const CodeOption &o : codes)
        if (v == o.code || v == o.chinese || v.compare(QLatin1String(o.label), Qt::CaseInsensitive) == 0
            || o.aliases.contains(v))
            return o.code;
    // The label in the reader's language last: translating is the slow part.
    for (const CodeOption &o : codes)
        if (v == o.displayName())
            return o.code;
    return {};
}

QString RegisterField::codeLabel(const QString &code) const
{
    for (const CodeOption &o : codes)
        if (o.code == code)
            return o.displayName();
    return code;
}

int RegisterSpec::indexOf(const QString &column) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].column == column)
            return i;
    return -1;
}

const RegisterField *RegisterSpec::field(const QString &column) const
{
    const int i = indexOf(column);
    return i < 0 ? nullptr : &fields[i];
}

QStringList RegisterSpec::columns() const
{
    QStringList out;
    for (const RegisterField &f : fields)
        out << f.column;
    return out;
}

QStringList RegisterSpec::personalColumns() const
{
    QStringList out;
    for (const RegisterField &f : fields)
        if (f.personal)
            out << f.column;
    return out;
}

namespace registercatalog {

const RegisterSpec &spec(RegisterKind kind)
{
    static const QVector<RegisterSpec> specs = {makeResidents(), makeHouses(), makeDisputes(), makeDisputeParties(),
                                                makeKeyPersons(), makeKeyPersonVisits(), makeOrganisations(),
                                                makeWorkLog()};
    for (const RegisterSpec &s : specs)
        if (s.kind == kind)
            return s;
    return specs.first();
}

const QStringList &commonColumns()
{
    static const QStringList columns = {QStringLiteral("grid_code"),    QStringLiteral("community_code"),
                                        QStringLiteral("township_code"), QStringLiteral("import_batch"),
                                        QStringLiteral("updated_by"),    QStringLiteral("row_version"),
                                        QStringLiteral("updated_at")};
    return columns;
}

} // namespace registercatalog
} // namespace griddesk
