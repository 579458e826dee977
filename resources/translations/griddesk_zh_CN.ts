<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminLevel</name>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>AgendaFacts</name>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · supervised</source>
        <translation> · 已督办</translation>
    </message>
    <message>
        <source>Cases by community</source>
        <translation>各社区案件数</translation>
    </message>
    <message>
        <source>Cases by grid</source>
        <translation>各网格案件数</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>议定事项：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>办结时限：%1</translation>
    </message>
    <message>
        <source>Worse by (points)</source>
        <translation>下降幅度（百分点）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>预警级别：%1</translation>
    </message>
    <message>
        <source>In force until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more cases</source>
        <translation>
            <numerusform>另有 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due %1, %n days overdue</source>
        <translation>
            <numerusform>时限 %1，已超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more grids</source>
        <translation>
            <numerusform>另有 %n 个网格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n days overdue</source>
        <translation>
            <numerusform>%1，超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，%2 到期</translation>
    </message>
    <message numerus="yes">
        <source>%n other communities</source>
        <translation>
            <numerusform>其他 %n 个社区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other grids</source>
        <translation>
            <numerusform>其他 %n 个网格</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more areas</source>
        <translation>
            <numerusform>另有 %n 个区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, and %n more</source>
        <translation>
            <numerusform>%1：%2，另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message>
        <source>Open decision</source>
        <translation>未办结议定事项</translation>
    </message>
    <message>
        <source>Supervised cases</source>
        <translation>督办案件</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期案件</translation>
    </message>
    <message>
        <source>Escalated cases</source>
        <translation>上报案件</translation>
    </message>
    <message>
        <source>Repeat dispute</source>
        <translation>重复纠纷</translation>
    </message>
    <message>
        <source>Grids not screened</source>
        <translation>未排查网格</translation>
    </message>
    <message>
        <source>KPI drop</source>
        <translation>指标下降</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>研判预警</translation>
    </message>
    <message>
        <source>Security bulletin</source>
        <translation>治安预警</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Decision %1 still open: %2</source>
        <translation>议定事项 %1 尚未办结：%2</translation>
    </message>
    <message>
        <source>Cluster of %1 in %2</source>
        <translation>%2 %1案件聚集</translation>
    </message>
    <message>
        <source>Incidents rising in %1</source>
        <translation>%1 事件明显上升</translation>
    </message>
    <message>
        <source>KPIs down in %1</source>
        <translation>%1 考核指标下降</translation>
    </message>
    <message>
        <source>Security bulletin: %1</source>
        <translation>治安预警：%1</translation>
    </message>
    <message>
        <source>Decided at the meeting of %1 for %2, due %3, and not yet done.</source>
        <translation>%1 会议议定，由%2负责，%3 到期，尚未办结。</translation>
    </message>
    <message>
        <source>Escalated since %1: %2 to the community, %3 to the township, %4 to the district.</source>
        <translation>%1 以来上报：社区 %2 件，乡镇 %3 件，区县 %4 件。</translation>
    </message>
    <message>
        <source>%1 of %2 grids have no screening visit in week %3.</source>
        <translation>%3 周 %2 个网格中有 %1 个未开展排查。</translation>
    </message>
    <message>
        <source>%1 bulletin %2 in force until %3.</source>
        <translation>%1预警 %2，有效期至 %3。</translation>
    </message>
    <message>
        <source>Added to the agenda by the centre.</source>
        <translation>由综治中心列入议程。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue cases not yet dispatched: %n</source>
        <translation>
            <numerusform>未派遣的超期案件：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue cases of %1: %n</source>
        <translation>
            <numerusform>%1超期案件：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supervised cases still open: %n</source>
        <translation>
            <numerusform>在办督办案件：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases escalated since the last meeting: %n</source>
        <translation>
            <numerusform>上次会议以来上报案件：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat dispute: %1 (%n cases)</source>
        <translation>
            <numerusform>重复纠纷：%1（%n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat dispute: %1 at %2 (%n cases)</source>
        <translation>
            <numerusform>重复纠纷：%2 %1（%n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grids not screened this week: %n</source>
        <translation>
            <numerusform>本周未排查网格：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open cases are past their deadline, the longest by %1 days; %2 of them are supervised.</source>
        <translation>
            <numerusform>%n 件在办案件已超过办结时限，最长超期 %1 天；其中 %2 件已督办。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open cases are under supervision (督办) and still within their deadline.</source>
        <translation>
            <numerusform>%n 件督办案件尚在办结时限内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPIs of %1 in %2 are worse than in %3 by at least %4 points.</source>
        <translation>
            <numerusform>%1 %2 有 %n 项指标较 %3 下降 %4 个百分点以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names in a list</comment>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs down in %n areas</source>
        <translation>
            <numerusform>考核指标下降：%n 个区域</numerusform>
        </translation>
    </message>
    <message>
        <source>KPIs of %1 in %2 are worse than in %3 by at least %4 points.</source>
        <translation>%1 %2 有考核指标较 %3 下降 %4 个百分点以上。</translation>
    </message>
    <message numerus="yes">
        <source>%n areas have KPIs in %1 worse than in %2 by at least %3 points.</source>
        <translation>
            <numerusform>%n 个区域 %1 有考核指标较 %2 下降 %3 个百分点以上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentPdfTables</name>
    <message>
        <source>%1%2 pt</source>
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation>分子 / 分母</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>较上期</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>较去年同期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>，另 %1 件</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>计数规则</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>AssessmentPdfWriter</name>
    <message>
        <source>%1 · compared with %2 and with %3 · figures as of %4 (China time)</source>
        <translation>%1 · 对比上期（%2）与去年同期（%3）· 数据截至 %4（北京时间）</translation>
    </message>
    <message>
        <source>GridDesk joint performance assessment · %1 (%2)</source>
        <translation>GridDesk 绩效联考 · %1（%2）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 performance assessment report</source>
        <translation>%1绩效联考报告</translation>
    </message>
    <message>
        <source>Key figures of %1</source>
        <translation>%1主要指标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>a chart could not be saved</source>
        <translation>图表无法保存</translation>
    </message>
    <message>
        <source>Units of %1</source>
        <translation>%1下辖单位</translation>
    </message>
    <message>
        <source>* Too few cases (fewer than %1): shown, not ranked.</source>
        <translation>* 样本不足（少于 %1 件）：仅列示，不参与排名。</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>研判预警</translation>
    </message>
    <message>
        <source>No early warnings in this period.</source>
        <translation>本期无预警。</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <source>Changes are against the previous period and the same period last year, in percentage points for rates. * Too few cases: a figure resting on fewer than %1 cases is shown but not ranked.</source>
        <translation>变化为与上期、去年同期相比之差，比率以百分点计。* 样本不足：依据少于 %1 件的指标仅列示，不参与排名。</translation>
    </message>
</context>
<context>
    <name>AssessmentReportBuilder</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>村/社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Unit %1 is not known, or lies outside your area</source>
        <translation>单位 %1 不存在，或不在您的管辖范围内</translation>
    </message>
    <message>
        <source>The period is not valid</source>
        <translation>统计周期无效</translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>unit %1: %2 residents is not a population (give 0 when it is not known)</source>
        <translation>单位 %1：人口数 %2 无效（不掌握时请填 0）</translation>
    </message>
    <message>
        <source>there is no unit %1 in this database</source>
        <translation>本数据库中没有单位 %1</translation>
    </message>
    <message>
        <source>population of unit %1</source>
        <translation>单位 %1 的人口数</translation>
    </message>
</context>
<context>
    <name>AssessmentXlsxWriter</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Too few cases</source>
        <translation>样本不足</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As shown</source>
        <translation>显示值</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Too few cases, not ranked</source>
        <translation>样本不足，不排名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>最近上报</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>计数规则</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Figures as of (China time)</source>
        <translation>数据截至（北京时间）</translation>
    </message>
    <message>
        <source>Minimum cases for a ranked figure</source>
        <translation>参与排名的最少件数</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Against the previous period and the same period last year, in percentage points for rates</source>
        <translation>与上期、去年同期相比之差，比率以百分点计</translation>
    </message>
    <message>
        <source>KPI summary</source>
        <translation>指标汇总</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 numerator</source>
        <translation>%1 分子</translation>
    </message>
    <message>
        <source>%1 denominator</source>
        <translation>%1 分母</translation>
    </message>
    <message>
        <source>%1 sample</source>
        <translation>%1 样本</translation>
    </message>
    <message>
        <source>%1 too few cases</source>
        <translation>%1 样本不足</translation>
    </message>
    <message>
        <source>%1 change vs previous period</source>
        <translation>%1 较上期</translation>
    </message>
    <message>
        <source>%1 change vs last year</source>
        <translation>%1 较去年同期</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>this GDAL has no XLSX driver</source>
        <translation>当前 GDAL 缺少 XLSX 驱动</translation>
    </message>
    <message>
        <source>Work-log entries expected per grid worker and week</source>
        <translation>网格员每周应记工作日志条数</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>文件夹 %1 不可写</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AuditChangeFormatter</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Reporter phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <source>Reporter ID number</source>
        <translation>报告人身份证号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>变更前状态</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>变更后状态</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Case deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Step started</source>
        <translation>本环节开始</translation>
    </message>
    <message>
        <source>Step deadline</source>
        <translation>本环节时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Due soon from</source>
        <translation>临期提醒时间</translation>
    </message>
    <message>
        <source>Last escalated</source>
        <translation>最近上报上级</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>Co-handling departments</source>
        <translation>协办部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Under supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Reworks</source>
        <translation>返工次数</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>上报上级次数</translation>
    </message>
    <message>
        <source>Merged into case</source>
        <translation>并入案件</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Visited at</source>
        <translation>排查时间</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Population (residents)</source>
        <translation>实有人口（人）</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <source>Target class</source>
        <translation>目标类别</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Networked to police monitoring</source>
        <translation>接入公安监控中心</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Time limit (working days)</source>
        <translation>办结时限（工作日）</translation>
    </message>
    <message>
        <source>Days to accept</source>
        <translation>受理时限（工作日）</translation>
    </message>
    <message>
        <source>Days to dispatch</source>
        <translation>派遣时限（工作日）</translation>
    </message>
    <message>
        <source>Days to handle</source>
        <translation>办理时限（工作日）</translation>
    </message>
    <message>
        <source>Days to verify</source>
        <translation>核查时限（工作日）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>May see personal data</source>
        <translation>可查看个人信息</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>查看内容</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>无字段变化</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Another program (outside GridDesk)</source>
        <translation>外部程序（非 GridDesk）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Administration command (griddesk-admin)</source>
        <translation>系统管理命令 (griddesk-admin)</translation>
    </message>
    <message>
        <source>Console (GridDesk)</source>
        <translation>控制台 (GridDesk)</translation>
    </message>
    <message>
        <source>%1, computer account %2</source>
        <translation>%1，计算机账户 %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>From or into grids</source>
        <translation>来源或去向网格</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Topology problems let through</source>
        <translation>放行的拓扑问题</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>上岗日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离岗日期</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>导入行数</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>拒绝行数</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>AuditModule</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Viewed personal data</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Screening visits</source>
        <translation>排查记录</translation>
    </message>
    <message>
        <source>Areas and grids</source>
        <translation>区划与网格</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>派遣规则</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Versions of areas and grids</source>
        <translation>区域和网格版本</translation>
    </message>
</context>
<context>
    <name>BenchCity</name>
    <message>
        <source>%1 has no %2 %3</source>
        <translation>%1 中没有%2 %3</translation>
    </message>
    <message>
        <source>%1: the township %2 has no district</source>
        <translation>%1：乡镇（街道）%2 没有所属区县</translation>
    </message>
    <message>
        <source>%1 has no communities under %2</source>
        <translation>%1 中 %2 下没有社区（村）</translation>
    </message>
</context>
<context>
    <name>BoundaryCrs</name>
    <message>
        <source>EPSG:4490 (CGCS2000), EPSG:4513–4554 (CGCS2000 Gauss-Krüger zones) or EPSG:4326 (WGS84)</source>
        <translation>EPSG:4490（CGCS2000）、EPSG:4513–4554（CGCS2000 高斯-克吕格分带）或 EPSG:4326（WGS84）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>PROJ does not know EPSG:%1</source>
        <translation>PROJ 不认识 EPSG:%1</translation>
    </message>
    <message>
        <source>PROJ cannot transform EPSG:%1 to EPSG:%2</source>
        <translation>PROJ 无法将 EPSG:%1 转换为 EPSG:%2</translation>
    </message>
</context>
<context>
    <name>BoundaryGeometry</name>
    <message>
        <source>no geometry</source>
        <translation>没有几何图形</translation>
    </message>
    <message>
        <source>a %1, not a polygon</source>
        <translation>是 %1，不是面</translation>
    </message>
    <message>
        <source>cannot be converted to EPSG:4490</source>
        <translation>无法转换为 EPSG:4490</translation>
    </message>
    <message>
        <source>lies at %1, %2 (lon, lat), outside China: is the coordinate system right?</source>
        <translation>位于 %1, %2（经度，纬度），在中国境外：坐标系是否正确？</translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation>几何图形无效：%1</translation>
    </message>
    <message>
        <source>invalid geometry: %1 at %2, %3 (lon, lat)</source>
        <translation>几何图形无效：%1，位于 %2, %3（经度，纬度）</translation>
    </message>
</context>
<context>
    <name>BoundaryImport</name>
    <message>
        <source>code %1 is stored as a %2</source>
        <translation>代码 %1 在数据库中是%2</translation>
    </message>
    <message>
        <source>unknown parent %1: no %2 has this code</source>
        <translation>上级 %1 不存在：没有此代码的%2</translation>
    </message>
    <message>
        <source>only an administrator may import boundaries, and %1 is not one</source>
        <translation>只有管理员可以导入边界，而 %1 不是管理员</translation>
    </message>
</context>
<context>
    <name>BoundaryReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: only a Shapefile takes an encoding; GeoJSON and GeoPackage are UTF-8</source>
        <translation>%1：只有 Shapefile 可指定编码；GeoJSON 和 GeoPackage 均为 UTF-8</translation>
    </message>
    <message>
        <source>%1: not a Shapefile, GeoJSON or GeoPackage file with a layer (%2)</source>
        <translation>%1：不是含图层的 Shapefile、GeoJSON 或 GeoPackage 文件（%2）</translation>
    </message>
    <message>
        <source>%1: there is no field &quot;%2&quot; (%3); its fields are: %4</source>
        <translation>%1：没有字段“%2”（%3）；文件中的字段为：%4</translation>
    </message>
    <message>
        <source>%1: no field is named %2; its fields are: %3; choose one with %4</source>
        <translation>%1：没有名为 %2 的字段；文件中的字段为：%3；请用 %4 指定</translation>
    </message>
    <message>
        <source>%1 does not say its coordinate system (a Shapefile without .prj); give it, one of %2</source>
        <translation>%1 未注明坐标系（Shapefile 缺少 .prj）；请指定，可选 %2</translation>
    </message>
    <message>
        <source>%1 is in &quot;%2&quot;, which is not %3; if it is one of them under another name, give it</source>
        <translation>%1 的坐标系为“%2”，不是 %3；如果它是其中之一只是名称不同，请指定</translation>
    </message>
    <message>
        <source>feature %1, %2: %3</source>
        <translation>第 %1 个要素，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>the text is not UTF-8 and the file has no .cpg; give its encoding (GBK, GB18030, …)</source>
        <translation>文字不是 UTF-8，且文件没有 .cpg；请指定编码（GBK、GB18030 等）</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1，第 %2 个字段：%3</translation>
    </message>
    <message>
        <source>geometry</source>
        <translation>几何图形</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>没有代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 code (%3 digits)</source>
        <translation>“%1”不是%2代码（%3 位）</translation>
    </message>
    <message>
        <source>code %1 is also feature %2</source>
        <translation>代码 %1 与第 %2 个要素重复</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>parent %1 does not match code %2, whose parent is %3</source>
        <translation>上级 %1 与代码 %2 不符，其上级应为 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad feature(s); nothing was written:
%2</source>
        <translation>
            <numerusform>%1：%n 个要素有误，未写入任何数据：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features</source>
        <translation>%1 没有要素</translation>
    </message>
</context>
<context>
    <name>BoundaryWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>this GDAL has no %1 driver</source>
        <translation>此 GDAL 没有 %1 驱动</translation>
    </message>
    <message>
        <source>the boundary of %1 cannot be converted to EPSG:%2</source>
        <translation>%1 的边界无法转换为 EPSG:%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>GeoJSON (RFC 7946) is always WGS84 longitude, latitude (EPSG:4326)</source>
        <translation>GeoJSON（RFC 7946）只能是 WGS84 经度、纬度（EPSG:4326）</translation>
    </message>
    <message>
        <source>EPSG:%1 is not one of %2</source>
        <translation>EPSG:%1 不是 %2 之一</translation>
    </message>
    <message>
        <source>only a Shapefile takes an encoding; GeoJSON and GeoPackage are UTF-8</source>
        <translation>只有 Shapefile 可指定编码；GeoJSON 和 GeoPackage 均为 UTF-8</translation>
    </message>
</context>
<context>
    <name>BulletinLevel</name>
    <message>
        <source>Blue (general)</source>
        <translation>蓝色（一般）</translation>
    </message>
    <message>
        <source>Yellow (serious)</source>
        <translation>黄色（较重）</translation>
    </message>
    <message>
        <source>Orange (severe)</source>
        <translation>橙色（严重）</translation>
    </message>
    <message>
        <source>Red (very severe)</source>
        <translation>红色（特别严重）</translation>
    </message>
</context>
<context>
    <name>BulletinStore</name>
    <message>
        <source>the outline crosses itself or encloses nothing; draw it again</source>
        <translation>范围边界自相交或面积为零，请重新绘制</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township, community or grid of this database</source>
        <translation>“%1”不是本库中的街道、社区或网格</translation>
    </message>
    <message>
        <source>the area lies outside the township&apos;s grids</source>
        <translation>范围不在本街道的网格之内</translation>
    </message>
    <message>
        <source>the area reaches into %1 townships; publish one bulletin per township</source>
        <translation>范围涉及 %1 个街道，请按街道分别发布</translation>
    </message>
    <message>
        <source>the area lies outside your township</source>
        <translation>范围超出您所在的街道</translation>
    </message>
    <message>
        <source>only the centre&apos;s staff publish and withdraw security bulletins</source>
        <translation>只有综治中心工作人员可以发布和撤销治安预警</translation>
    </message>
    <message>
        <source>bulletin %1 does not exist or is outside your area</source>
        <translation>预警 %1 不存在或不在您的辖区内</translation>
    </message>
    <message>
        <source>bulletin %1 belongs to another township</source>
        <translation>预警 %1 属于其他街道</translation>
    </message>
    <message>
        <source>bulletin %1 was withdrawn already</source>
        <translation>预警 %1 已经撤销</translation>
    </message>
    <message>
        <source>withdraw bulletin %1</source>
        <translation>撤销预警 %1</translation>
    </message>
</context>
<context>
    <name>BulletinValidator</name>
    <message>
        <source>give the bulletin a title</source>
        <translation>请填写预警标题</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>标题超过 %1 个字符</translation>
    </message>
    <message>
        <source>write what the bulletin warns of</source>
        <translation>请填写预警内容</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>内容超过 %1 个字符</translation>
    </message>
    <message>
        <source>the start of the period is missing</source>
        <translation>缺少生效时间</translation>
    </message>
    <message>
        <source>the end of the period is missing</source>
        <translation>缺少截止时间</translation>
    </message>
    <message>
        <source>the period must end after it starts</source>
        <translation>截止时间必须晚于生效时间</translation>
    </message>
    <message>
        <source>the period has already ended</source>
        <translation>有效期已经结束</translation>
    </message>
    <message>
        <source>draw the area on the map or choose the units it covers</source>
        <translation>请在地图上绘制范围，或选择所涉及的单位</translation>
    </message>
    <message>
        <source>the area needs at least three corners</source>
        <translation>范围至少需要三个拐点</translation>
    </message>
</context>
<context>
    <name>CameraClass</name>
    <message>
        <source>Class 1 target</source>
        <translation>一类目标</translation>
    </message>
    <message>
        <source>Class 2 target</source>
        <translation>二类目标</translation>
    </message>
    <message>
        <source>Class 3 target</source>
        <translation>三类目标</translation>
    </message>
</context>
<context>
    <name>ChartFormat</name>
    <message>
        <source>%1 pts</source>
        <extracomment>The difference between two percentages, e.g. &quot;2.3 pts&quot;</extracomment>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <source>Too few cases</source>
        <extracomment>A unit with fewer cases than the minimum: its figure is not shown or ranked</extracomment>
        <translation>样本不足</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>本期暂无数据</translation>
    </message>
</context>
<context>
    <name>ClosedPeriod</name>
    <message>
        <source>7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>The demo database does not exist yet:
%1

Create it with:
    griddesk-admin demo
or open another database with: griddesk PATH.gpkg</source>
        <translation>演示数据库尚不存在：
%1

请使用以下命令创建：
    griddesk-admin demo
或使用以下命令打开其他数据库：griddesk PATH.gpkg</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>CsvScan</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>超期办结</translation>
    </message>
</context>
<context>
    <name>DisputeForm</name>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>当事人类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Add Party…</source>
        <translation>添加当事人…</translation>
    </message>
    <message>
        <source>Remove Party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Link Case</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
</context>
<context>
    <name>DivisionFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a readable CSV file (%2)</source>
        <translation>%1：不是可读取的 CSV 文件（%2）</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>缺少此列</translation>
    </message>
    <message>
        <source>%1, line 1: the header needs the columns level, code, name and parent_code</source>
        <translation>%1，第 1 行：表头须包含 level、code、name 和 parent_code 列</translation>
    </message>
</context>
<context>
    <name>DivisionTree</name>
    <message>
        <source>&quot;%1&quot; is not 2 (city), 3 (county or district), 4 (township or street) or 5 (village or community)</source>
        <translation>“%1”不是 2（市）、3（县/区）、4（乡镇/街道）或 5（村/社区）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-digit code of level %2</source>
        <translation>“%1”不是第 %2 级的 12 位区划代码</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>名称不能为空</translation>
    </message>
    <message>
        <source>%1 is already on line %2 with parent %3 and name %4</source>
        <translation>%1 已在第 %2 行出现，上级为 %3，名称为 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the unit above %2 (its code says %3)</source>
        <translation>“%1”不是 %2 的上级单位（按代码应为 %3）</translation>
    </message>
    <message>
        <source>%1 is neither in the list nor stored</source>
        <translation>%1 既不在清单中，也不在数据库中</translation>
    </message>
    <message>
        <source>%1 is stored under %2, not under %3</source>
        <translation>%1 在数据库中隶属于 %2，而非 %3</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……另有 %1 处</translation>
    </message>
</context>
<context>
    <name>DuplicateDetector</name>
    <message>
        <source>same category %1 m away, reported %2 h apart</source>
        <translation>同类事件，相距 %1 米，上报时间相差 %2 小时</translation>
    </message>
    <message>
        <source>names the same parties: %1</source>
        <translation>涉及相同当事人：%1</translation>
    </message>
</context>
<context>
    <name>FieldPresenter</name>
    <message>
        <source>Case number</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>事件来源</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>所属社区/村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备编码</translation>
    </message>
    <message>
        <source>Target class</source>
        <translation>目标类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Networked to police monitoring</source>
        <translation>联网公安监控中心</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <source>%1 (%2 online, %3 offline)</source>
        <translation>%1 路（在线 %2，离线 %3）</translation>
    </message>
    <message>
        <source>By target class</source>
        <translation>按目标类别</translation>
    </message>
    <message>
        <source>class 1: %1, class 2: %2, class 3: %3</source>
        <translation>一类 %1，二类 %2，三类 %3</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>在办事件</translation>
    </message>
    <message>
        <source>Overdue incidents</source>
        <translation>超期事件</translation>
    </message>
    <message>
        <source>Reported today</source>
        <translation>今日上报</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>近30日结案</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Case deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Reporter phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <source>Reporter ID number</source>
        <translation>报告人身份证号</translation>
    </message>
</context>
<context>
    <name>GpkgStore</name>
    <message>
        <source>Database file not found: %1</source>
        <translation>未找到数据库文件：%1</translation>
    </message>
    <message>
        <source>Not a file: %1</source>
        <translation>不是文件：%1</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage database (%2)</source>
        <translation>%1 不是 GeoPackage 数据库（%2）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot register spatial SQL functions on %1: the Qt SQLite driver does not use the system SQLite library</source>
        <translation>无法在 %1 上注册空间 SQL 函数：Qt SQLite 驱动未使用系统 SQLite 库</translation>
    </message>
    <message>
        <source>%1 is not a GridDesk database (it has no gd_meta table with a schema version)</source>
        <translation>%1 不是 GridDesk 数据库（缺少记录数据库结构版本的 gd_meta 表）</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this GridDesk supports versions up to %3. Install a newer GridDesk to open it.</source>
        <translation>%1 的数据库结构版本为 %2，而当前 GridDesk 最高仅支持版本 %3。请安装更新版本的 GridDesk 后再打开。</translation>
    </message>
    <message>
        <source>%1 has an older schema (version %2) and must be upgraded; open it for writing</source>
        <translation>%1 的数据库结构版本较旧（版本 %2），需要升级；请以可写方式打开</translation>
    </message>
    <message>
        <source>Refusing to overwrite existing file %1</source>
        <translation>文件 %1 已存在，拒绝覆盖</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a GeoPackage (%2)</source>
        <translation>%1 已损坏或不是 GeoPackage 文件（%2）</translation>
    </message>
</context>
<context>
    <name>GridSaveDialog</name>
    <message>
        <source>Save Grid Edit</source>
        <translation>保存网格编辑</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>The first day on which the grids hold as edited; incidents and KPIs before it keep the old grids.</source>
        <translation>编辑后的网格自该日起生效；此前的事件和考核指标仍按原网格统计。</translation>
    </message>
    <message>
        <source>New grids</source>
        <translation>新网格</translation>
    </message>
    <message>
        <source>Justification for saving despite the problems (recorded with the edit)</source>
        <translation>存在问题仍保存的理由（随本次编辑记录）</translation>
    </message>
</context>
<context>
    <name>GridStore</name>
    <message>
        <source>a grid edit cannot take effect in the future (%1)</source>
        <translation>网格调整的生效日期不能晚于今天（%1）</translation>
    </message>
    <message>
        <source>the edit changes no grid</source>
        <translation>本次调整没有改动任何网格</translation>
    </message>
    <message>
        <source>%1 is not a grid</source>
        <translation>%1 不是网格</translation>
    </message>
    <message>
        <source>%1 is not a community</source>
        <translation>%1 不是社区（村）</translation>
    </message>
    <message>
        <source>no right to edit the grids of %1</source>
        <translation>无权调整 %1 的网格</translation>
    </message>
    <message>
        <source>a new grid of %1 needs a name</source>
        <translation>%1 的新网格需要名称</translation>
    </message>
    <message>
        <source>new grid &quot;%1&quot; has no boundary</source>
        <translation>新网格“%1”没有边界</translation>
    </message>
    <message>
        <source>grid %1 has a version valid from %2; an edit cannot take effect before it (%3)</source>
        <translation>网格 %1 有自 %2 起生效的版本，调整不能早于该日期生效（%3）</translation>
    </message>
    <message>
        <source>community %1 has given out all 999 grid codes</source>
        <translation>社区 %1 的 999 个网格编码已全部用完</translation>
    </message>
    <message>
        <source>no current grid has the code(s) %1 (retired, or never given out)</source>
        <translation>没有编码为 %1 的现行网格（已撤销或从未使用）</translation>
    </message>
    <message>
        <source>the edit would break the grid topology; give a justification to save it anyway:
%1</source>
        <translation>本次调整会破坏网格拓扑；如仍要保存，请填写理由：
%1</translation>
    </message>
    <message>
        <source>the edit would break the grid topology, and only an administrator may save it anyway:
%1</source>
        <translation>本次调整会破坏网格拓扑，只有管理员可以说明理由后强制保存：
%1</translation>
    </message>
    <message>
        <source>only an administrator may justify a topology problem</source>
        <translation>只有管理员可以为拓扑问题说明理由</translation>
    </message>
</context>
<context>
    <name>HouseForm</name>
    <message>
        <source>Residents living here</source>
        <translation>居住人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>%1 is not a column of %2</source>
        <translation>%1 不是%2的字段</translation>
    </message>
    <message>
        <source>%1: the file has no field &quot;%2&quot;</source>
        <translation>%1：文件中没有字段“%2”</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is mapped to both %2 and %3</source>
        <translation>字段“%1”同时对应了%2和%3</translation>
    </message>
    <message>
        <source>grid: the file has no field &quot;%1&quot;</source>
        <translation>网格：文件中没有字段“%1”</translation>
    </message>
    <message>
        <source>%1 (%2) is needed but no field of the file is mapped to it</source>
        <translation>%1（%2）为必填项，但文件中没有字段与之对应</translation>
    </message>
    <message>
        <source>not a mapping: %1 at character %2</source>
        <translation>不是字段对应文件：第 %2 个字符处%1</translation>
    </message>
    <message>
        <source>&quot;register&quot; must name a register (residents, houses, disputes, key-persons, organisations, work-log)</source>
        <translation>“register”必须是台账名称（residents、houses、disputes、key-persons、organisations、work-log）</translation>
    </message>
    <message>
        <source>&quot;fields&quot;: the field of %1 must be text</source>
        <translation>“fields”：%1 对应的字段必须是文字</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1: %2 rows read, %3 with problems</source>
        <translation>%1：读取 %2 行，其中 %3 行有问题</translation>
    </message>
    <message>
        <source>; cancelled, nothing written</source>
        <translation>；已取消，未写入任何数据</translation>
    </message>
    <message>
        <source>; %1 imported (batch %2)</source>
        <translation>；已导入 %1 行（批次 %2）</translation>
    </message>
    <message>
        <source>; nothing written</source>
        <translation>；未写入任何数据</translation>
    </message>
    <message>
        <source>; the rows left out are in %1</source>
        <translation>；未导入的行已写入 %1</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
</context>
<context>
    <name>IncidentAction</name>
    <message>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Add co-handling departments</source>
        <translation>增加协办单位</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>记录办理进展</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Verify on the spot</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <source>Send back for rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Record satisfaction</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <source>Merge as duplicate</source>
        <translation>作为重复事件合并</translation>
    </message>
</context>
<context>
    <name>IncidentListDock</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Search case number, title, address…</source>
        <translation>搜索事件编号、标题、地址…</translation>
    </message>
    <message>
        <source>Closed, rejected and merged cases shown on the map and in the list</source>
        <translation>地图和列表中显示的已结案、不予受理和已合并事件的时间范围</translation>
    </message>
</context>
<context>
    <name>IncidentSource</name>
    <message>
        <source>Grid worker</source>
        <translation>网格员上报</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Walk-in visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
</context>
<context>
    <name>IncidentState</name>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Verified, awaiting closure</source>
        <translation>已核查待结案</translation>
    </message>
    <message>
        <source>Merged into another case</source>
        <translation>已合并至其他事件</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>the location lies in grid %1, outside your area</source>
        <translation>该位置位于网格 %1，不在您的管辖范围内</translation>
    </message>
    <message>
        <source>incident %1 does not exist</source>
        <translation>事件 %1 不存在</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (now &quot;%2&quot;); look at its current state and try again</source>
        <translation>%1 已被他人修改（当前为“%2”），请查看最新状态后重试</translation>
    </message>
    <message>
        <source>the case to merge into must be another open case</source>
        <translation>合并目标必须是另一件在办事件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>update of %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>a case number is required</source>
        <translation>事件编号不能为空</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知的事件类别“%1”</translation>
    </message>
    <message>
        <source>a report time is required</source>
        <translation>上报时间不能为空</translation>
    </message>
    <message>
        <source>a grid is required</source>
        <translation>必须指定所属网格</translation>
    </message>
    <message>
        <source>%1 has no right to see personal data</source>
        <translation>%1 无权查看个人信息</translation>
    </message>
    <message>
        <source>location %1, %2 is outside the township&apos;s grids</source>
        <translation>位置（%1, %2）不在本乡镇/街道的网格范围内</translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;</source>
        <translation>未知的承办单位“%1”</translation>
    </message>
</context>
<context>
    <name>IncidentWorkflow</name>
    <message>
        <source>a case is reported only once</source>
        <translation>同一事件只能上报一次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the case is &quot;%2&quot;</source>
        <translation>事件处于“%2”状态时不能“%1”</translation>
    </message>
    <message>
        <source>a %1 may not &quot;%2&quot;</source>
        <translation>%1无权“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a note giving the reason or result</source>
        <translation>“%1”须填写原因或结果说明</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a department</source>
        <translation>“%1”须指定承办单位</translation>
    </message>
    <message>
        <source>the case is already with %1</source>
        <translation>该事件已由%1承办</translation>
    </message>
    <message>
        <source>name at least one department that is not already handling the case</source>
        <translation>请至少指定一个尚未参与办理的单位</translation>
    </message>
    <message>
        <source>choose satisfied, basically satisfied or dissatisfied</source>
        <translation>请选择满意、基本满意或不满意</translation>
    </message>
    <message>
        <source>the reporter&apos;s evaluation is already recorded</source>
        <translation>已记录过群众评价</translation>
    </message>
    <message>
        <source>name the case this one duplicates</source>
        <translation>请指定与之重复的主事件</translation>
    </message>
    <message>
        <source>the case is already at district level</source>
        <translation>该事件已在区县一级，不能再上报</translation>
    </message>
    <message>
        <source>the action needs a time</source>
        <translation>操作须有时间</translation>
    </message>
    <message>
        <source>the action is dated before the case&apos;s previous action</source>
        <translation>操作时间早于该事件的上一步操作</translation>
    </message>
    <message>
        <source>the history does not start with the report</source>
        <translation>办理记录未以上报开始</translation>
    </message>
</context>
<context>
    <name>KeyPersonForm</name>
    <message>
        <source>Visits</source>
        <translation>走访帮教记录</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>下次走访日期</translation>
    </message>
    <message>
        <source>Record Visit…</source>
        <translation>登记走访…</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Incidence rate</source>
        <translation>事件发生率</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <source>On-time closure rate</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>返工率</translation>
    </message>
    <message>
        <source>First-time fix rate</source>
        <translation>一次办结率</translation>
    </message>
    <message>
        <source>Public satisfaction</source>
        <translation>群众满意率</translation>
    </message>
    <message>
        <source>Screening coverage</source>
        <translation>排查覆盖率</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>逾期件数</translation>
    </message>
    <message>
        <source>Supervised cases</source>
        <translation>督办件数</translation>
    </message>
    <message>
        <source>Escalated to community</source>
        <translation>上报社区</translation>
    </message>
    <message>
        <source>Escalated to township</source>
        <translation>上报乡镇</translation>
    </message>
    <message>
        <source>Escalated to district</source>
        <translation>上报区县</translation>
    </message>
    <message>
        <source>Cases reported in the period</source>
        <translation>期内上报事件数</translation>
    </message>
    <message>
        <source>Of those, closed by the period&apos;s end</source>
        <translation>其中期末前结案数</translation>
    </message>
    <message>
        <source>Of those, closed by their due time</source>
        <translation>其中按期结案数</translation>
    </message>
    <message>
        <source>Of those, sent back for rework in the period</source>
        <translation>其中期内返工数</translation>
    </message>
    <message>
        <source>Of those, closed without any rework</source>
        <translation>其中未经返工结案数</translation>
    </message>
    <message>
        <source>Of those, satisfied or basically satisfied</source>
        <translation>其中满意和基本满意数</translation>
    </message>
    <message>
        <source>Grid-weeks with a screening visit</source>
        <translation>有排查走访的网格周数</translation>
    </message>
    <message>
        <source>Cases due in the period and not closed by their due time</source>
        <translation>期内到期且未按期结案的案件数</translation>
    </message>
    <message>
        <source>Cases put under supervision in the period</source>
        <translation>期内督办的案件数</translation>
    </message>
    <message>
        <source>Cases escalated to the community in the period</source>
        <translation>期内上报社区的案件数</translation>
    </message>
    <message>
        <source>Cases escalated to the township in the period</source>
        <translation>期内上报乡镇的案件数</translation>
    </message>
    <message>
        <source>Cases escalated to the district in the period</source>
        <translation>期内上报区县的案件数</translation>
    </message>
    <message>
        <source>Residents (per 1,000)</source>
        <translation>常住人口（每千人）</translation>
    </message>
    <message>
        <source>Cases due in the period</source>
        <translation>期内到期案件数</translation>
    </message>
    <message>
        <source>Cases replied in the period</source>
        <translation>期内回复案件数</translation>
    </message>
    <message>
        <source>Cases closed in the period</source>
        <translation>期内结案数</translation>
    </message>
    <message>
        <source>Cases closed in the period and evaluated</source>
        <translation>期内结案且已评价数</translation>
    </message>
    <message>
        <source>Grids × ISO weeks of the period</source>
        <translation>网格数 × 期内周数</translation>
    </message>
    <message>
        <source>Cases reported ÷ residents × 1,000</source>
        <translation>上报事件数 ÷ 常住人口 × 1000</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>Rejected reports and duplicates merged into another case are not counted. A unit without a population figure has no rate.</source>
        <translation>不予受理的上报和被合并的重复事件不计入。没有人口数的单位不计算发生率。</translation>
    </message>
    <message>
        <source>A case is due in the period when its deadline falls in it; in the running period only deadlines already passed, or cases already closed, count. Cases still open count as not closed. A reworked case counts once, by its final closure. Rejected and merged cases are not counted.</source>
        <translation>办理期限落在本期内的案件为期内到期案件；当前周期只计期限已过或已结案的案件。仍在办理的案件计为未结案。返工的案件只计一次，以最终结案为准。不予受理和被合并的事件不计入。</translation>
    </message>
    <message>
        <source>The due time is each case&apos;s own deadline from the working-day calendar. Cases still open, and cases closed after their deadline, count as not on time. Rejected and merged cases are not counted.</source>
        <translation>期限为按工作日历计算的每件案件各自的办理期限。仍在办理和超期结案的案件计为未按期。不予受理和被合并的事件不计入。</translation>
    </message>
    <message>
        <source>A case replied several times in the period counts once; it counts as reworked when it was sent back at least once in the period.</source>
        <translation>期内多次回复的案件只计一次；期内至少被退回一次即计为返工。</translation>
    </message>
    <message>
        <source>A case closed in the period counts as fixed the first time when it was never sent back for rework. Merged duplicates are not counted.</source>
        <translation>期内结案且从未被退回返工的案件计为一次办结。被合并的重复事件不计入。</translation>
    </message>
    <message>
        <source>Only cases closed in the period and evaluated count; the number of evaluations is shown beside the rate. Unevaluated cases are left out.</source>
        <translation>只计期内结案且已评价的案件，评价件数显示在满意率旁。未评价的案件不计入。</translation>
    </message>
    <message>
        <source>Each ISO week whose Thursday falls in the period counts; a grid counts as screened in a week with at least one screening visit.</source>
        <translation>周四落在本期内的每个自然周计入；某周内至少有一次排查走访的网格计为已排查。</translation>
    </message>
    <message>
        <source>Cases due in the period whose deadline has passed and that were not closed by it, whether still open or closed late.</source>
        <translation>期内到期、期限已过且未按期结案的案件，包括仍在办理和超期结案的。</translation>
    </message>
    <message>
        <source>Cases put under supervision in the period, by a person or by the time-limit monitor.</source>
        <translation>期内被督办的案件，包括人工督办和时限监控自动督办。</translation>
    </message>
    <message>
        <source>Each escalation raises a case one level; a case escalated twice in the period counts once at each level it reached.</source>
        <translation>每次上报使案件上升一级；期内上报两次的案件在所到达的每一级各计一次。</translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation>件/千人</translation>
    </message>
    <message>
        <source>Work-log compliance</source>
        <translation>工作日志达标率</translation>
    </message>
    <message>
        <source>Work-log entries per worker-week</source>
        <translation>人均周日志条数</translation>
    </message>
    <message>
        <source>Worker-weeks with the expected work-log entries</source>
        <translation>工作日志达标的人周数</translation>
    </message>
    <message>
        <source>Work-log entries (visits, services, legal education)</source>
        <translation>工作日志条数（走访、服务、法治宣传）</translation>
    </message>
    <message>
        <source>Grid workers × ISO weeks served in the period</source>
        <translation>期内网格员在岗人周数（人 × 自然周）</translation>
    </message>
    <message>
        <source>Each person of the grid staff register counts in each ISO week of the period (its Thursday in the period) they served their grid. A worker-week meets the standard with at least the centre&apos;s expected number of work-log entries (home visits, services and legal-education sessions; patrols and mediations are not counted) logged under the worker&apos;s name in that grid. A week counts once it has ended, or earlier once the standard is met.</source>
        <translation>网格员名册中的每个人，在期内（周四落在期内的自然周）在岗的每一周计为一个人周。该周在本网格以其姓名记录的工作日志（入户走访、便民服务、法治宣传，巡查和调解不计）达到中心规定的条数即为达标。一周结束后才计入；提前达标的当周即时计入。</translation>
    </message>
    <message>
        <source>The home visits, services and legal-education sessions logged by the grid staff in the weeks they served, divided by those worker-weeks. A week counts once it has ended, or earlier once the worker has logged the expected number.</source>
        <translation>网格员在岗各周记录的入户走访、便民服务和法治宣传条数，除以在岗人周数。一周结束后才计入；提前记满规定条数的当周即时计入。</translation>
    </message>
    <message>
        <source>per worker-week</source>
        <translation>条/人·周</translation>
    </message>
</context>
<context>
    <name>KpiChoropleth</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A class of the KPI map&apos;s legend: from %1 to %2.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Too few cases</source>
        <translation>样本不足</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>样本充足</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>较上期</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>较去年同期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (too few cases)</source>
        <translation>否（样本不足）</translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>%1: %2 has no ISO week %3</source>
        <translation>%1：%2 年没有第 %3 周</translation>
    </message>
    <message>
        <source>%1: a quarter is Q1 to Q4 of a year from 1990 to 2200</source>
        <translation>%1：季度应为 1990 至 2200 年的 Q1 至 Q4</translation>
    </message>
    <message>
        <source>%1: a month is 01 to 12 of a year from 1990 to 2200</source>
        <translation>%1：月份应为 1990 至 2200 年的 01 至 12</translation>
    </message>
    <message>
        <source>%1: a year is from 1990 to 2200</source>
        <translation>%1：年份应在 1990 至 2200 之间</translation>
    </message>
    <message>
        <source>%1: not a real date</source>
        <translation>%1：日期不存在</translation>
    </message>
    <message>
        <source>%1: the range ends before it starts</source>
        <translation>%1：结束日期早于开始日期</translation>
    </message>
    <message>
        <source>%1: dates must lie from 1990 to 2200</source>
        <translation>%1：日期应在 1990 至 2200 年之间</translation>
    </message>
    <message>
        <source>%1: not a period; use 2026-W48, 2026-11, 2026-Q4, 2026 or 2026-11-01..2026-11-15</source>
        <translation>%1：不是有效的周期；请使用 2026-W48、2026-11、2026-Q4、2026 或 2026-11-01..2026-11-15</translation>
    </message>
    <message>
        <source>Week %2 of %1</source>
        <translation>%1年第%2周</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>KpiWarning</name>
    <message>
        <source>Rising incidents</source>
        <translation>事件上升</translation>
    </message>
    <message>
        <source>Repeat dispute: same parties</source>
        <translation>重复纠纷：同一当事人</translation>
    </message>
    <message>
        <source>Repeat dispute: same place</source>
        <translation>重复纠纷：同一地点</translation>
    </message>
    <message>
        <source>Cluster of one category</source>
        <translation>同类事件聚集</translation>
    </message>
    <message>
        <source>%1: %2 cases this period against %3 a period on average over the %4 periods before</source>
        <translation>%1：本期 %2 件，前 %4 期平均每期 %3 件</translation>
    </message>
    <message>
        <source>%1: %2 named in %3 cases within %4 days</source>
        <translation>%1：%2 在 %4 天内涉及 %3 件事件</translation>
    </message>
    <message>
        <source>%1: %2 cases of %3 within %4 m of each other within %5 days</source>
        <translation>%1：%5 天内在 %4 米范围内发生 %2 件%3</translation>
    </message>
    <message>
        <source>%1: %2 cases of %3 within %4 m in %5 days</source>
        <translation>%1：%5 天内 %4 米范围内聚集 %2 件%3</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Red warning</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <source>Orange warning</source>
        <translation>橙色预警</translation>
    </message>
    <message>
        <source>Yellow warning</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <source>Blue warning</source>
        <translation>蓝色预警</translation>
    </message>
    <message>
        <source>Closed or rejected</source>
        <translation>已结案或不予受理</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Due soon (80 % used)</source>
        <translation>临期（已用时限 80%）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Class 1 target, online</source>
        <translation>一类目标（在线）</translation>
    </message>
    <message>
        <source>Class 1 target, offline</source>
        <translation>一类目标（离线）</translation>
    </message>
    <message>
        <source>Class 2 target, online</source>
        <translation>二类目标（在线）</translation>
    </message>
    <message>
        <source>Class 2 target, offline</source>
        <translation>二类目标（离线）</translation>
    </message>
    <message>
        <source>Class 3 target, online</source>
        <translation>三类目标（在线）</translation>
    </message>
    <message>
        <source>Class 3 target, offline</source>
        <translation>三类目标（离线）</translation>
    </message>
</context>
<context>
    <name>MeetingItemMap</name>
    <message>
        <source>Cases of this item</source>
        <translation>本议题事件</translation>
    </message>
    <message>
        <source>Units concerned</source>
        <translation>涉及单位</translation>
    </message>
</context>
<context>
    <name>MeetingItemPage</name>
    <message numerus="yes">
        <source>and %n more not drawn</source>
        <translation>
            <numerusform>另有 %n 项未绘出</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1 of %2: %3</source>
        <translation>议题 %1/%2：%3</translation>
    </message>
    <message>
        <source>Why it is on the agenda</source>
        <translation>列入原因</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more fact(s)</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases (%n)</source>
        <translation>
            <numerusform>事件（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>计划用时</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPackTables</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working days)</source>
        <translation>
            <numerusform>%1（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 to %2 (China time, %3)</source>
        <translation>%1 至 %2（北京时间，%3）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>%1 social governance centre</source>
        <translation>%1综治中心</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>参会部门</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项议题</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>%1 (China time)</source>
        <translation>%1（北京时间）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Why it is on the agenda</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划用时</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Planned in total: %1, which is %2 more than the meeting&apos;s %3.</source>
        <translation>计划共 %1，比会议时长 %3 多 %2。</translation>
    </message>
    <message>
        <source>Planned in total: %1 of the meeting&apos;s %2.</source>
        <translation>计划共 %1，会议时长 %2。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>On item</source>
        <translation>所属议题</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>督办编号</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>已督办</translation>
    </message>
    <message numerus="yes">
        <source>escalated %n time(s)</source>
        <translation>
            <numerusform>已上报上级 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>MeetingPackWriter</name>
    <message>
        <source>Meeting pack</source>
        <translation>会议材料</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>会议议程</translation>
    </message>
    <message>
        <source>The agenda has no items.</source>
        <translation>议程暂无议题。</translation>
    </message>
    <message>
        <source>Key figures of %1 · %2</source>
        <translation>%1主要指标 · %2</translation>
    </message>
    <message>
        <source>Compared with %1 and with %2; figures as of %3 (China time).</source>
        <translation>对比上期（%1）与去年同期（%2）；数据截至 %3（北京时间）。</translation>
    </message>
    <message>
        <source>Decisions of this meeting</source>
        <translation>本次会议决定事项</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>未记录会议决定。</translation>
    </message>
    <message>
        <source>Deadlines count working days on the working-day calendar, from the meeting.</source>
        <translation>办理时限按工作日历的工作日计算，自会议之日起算。</translation>
    </message>
    <message>
        <source>Tasks of earlier meetings</source>
        <translation>往次会议督办事项</translation>
    </message>
    <message>
        <source>No tasks of earlier meetings.</source>
        <translation>往次会议无督办事项。</translation>
    </message>
    <message>
        <source>As of %1 (China time).</source>
        <translation>截至 %1（北京时间）。</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>No minutes were recorded.</source>
        <translation>未记录会议纪要。</translation>
    </message>
    <message>
        <source>%1 weekly joint meeting</source>
        <translation>%1问题联议</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>%1 · %2 (China time) · chaired by %3</source>
        <translation>%1 · %2（北京时间）· 主持人：%3</translation>
    </message>
    <message>
        <source>GridDesk · %1 · meeting of %2 · printed %3</source>
        <translation>GridDesk · %1 · 会议日期 %2 · 打印于 %3</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>only the centre staff of township %1 prepare and record its meetings</source>
        <translation>只有乡镇 %1 综治中心工作人员可以筹备和记录该乡镇的会议</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township</source>
        <translation>“%1”不是乡镇</translation>
    </message>
    <message>
        <source>the meeting has no date and time</source>
        <translation>会议缺少日期和时间</translation>
    </message>
    <message>
        <source>a meeting lasts 10 to 480 minutes, not %1</source>
        <translation>会议时长应为 10 至 480 分钟，而不是 %1</translation>
    </message>
    <message>
        <source>the minutes are longer than %1 characters</source>
        <translation>会议纪要超过 %1 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a department</source>
        <translation>“%1”不是职能部门</translation>
    </message>
    <message>
        <source>agenda item %1 has no title</source>
        <translation>第 %1 项议程没有标题</translation>
    </message>
    <message>
        <source>agenda item %1: plan 0 to 480 minutes</source>
        <translation>第 %1 项议程：计划时长应为 0 至 480 分钟</translation>
    </message>
    <message>
        <source>meeting %1 does not exist</source>
        <translation>会议 %1 不存在</translation>
    </message>
    <message>
        <source>meeting %1 stays with its township</source>
        <translation>会议 %1 不能改到其他乡镇</translation>
    </message>
    <message>
        <source>meeting %1 was changed by someone else; open it again to see their changes</source>
        <translation>会议 %1 已被他人修改，请重新打开查看</translation>
    </message>
    <message>
        <source>agenda item %1 does not exist</source>
        <translation>议程 %1 不存在</translation>
    </message>
    <message>
        <source>write down the decision</source>
        <translation>请填写议定事项</translation>
    </message>
    <message>
        <source>the decision is longer than %1 characters</source>
        <translation>议定事项超过 %1 个字符</translation>
    </message>
    <message>
        <source>give 1 to 250 working days, not %1</source>
        <translation>办理时限应为 1 至 250 个工作日，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grid of the township</source>
        <translation>“%1”不是本乡镇的网格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a community of the township</source>
        <translation>“%1”不是本乡镇的社区</translation>
    </message>
    <message>
        <source>task %1 does not exist</source>
        <translation>事项 %1 不存在</translation>
    </message>
    <message>
        <source>task %1 was changed by someone else; look again</source>
        <translation>事项 %1 已被他人修改，请重新查看</translation>
    </message>
    <message>
        <source>task %1 does not exist or is outside your area</source>
        <translation>事项 %1 不存在或不在您的管辖范围内</translation>
    </message>
    <message>
        <source>task %1 is already done</source>
        <translation>事项 %1 已办结</translation>
    </message>
    <message>
        <source>say how task %1 was done</source>
        <translation>请说明事项 %1 的办理情况</translation>
    </message>
    <message>
        <source>say how the task was done</source>
        <translation>请说明办理情况</translation>
    </message>
    <message>
        <source>task %1 is already with the district</source>
        <translation>事项 %1 已上报至区县</translation>
    </message>
</context>
<context>
    <name>NewIncidentValidator</name>
    <message>
        <source>longitude must be a number between -180 and 180</source>
        <translation>经度必须是 -180 到 180 之间的数值</translation>
    </message>
    <message>
        <source>latitude must be a number between -90 and 90</source>
        <translation>纬度必须是 -90 到 90 之间的数值</translation>
    </message>
    <message>
        <source>a category is required</source>
        <translation>事件类别不能为空</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; known categories: %2</source>
        <translation>未知的事件类别“%1”；可用类别：%2</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>标题不能为空</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>标题长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters</source>
        <translation>事件描述长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>the address is longer than %1 characters</source>
        <translation>地址长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>the reporter is longer than %1 characters</source>
        <translation>上报人长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>attachment %1 has no file name</source>
        <translation>第 %1 个附件没有文件名</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 超过 %2 MB</translation>
    </message>
    <message>
        <source>the attachments together exceed %1 MB</source>
        <translation>附件总大小超过 %1 MB</translation>
    </message>
    <message>
        <source>not a mobile (11 digits) or landline (0xx-xxxxxxxx) number</source>
        <translation>不是有效的手机号（11 位）或固定电话（区号-号码）</translation>
    </message>
    <message>
        <source>not a valid citizen ID number (18 characters with a GB 11643 check digit)</source>
        <translation>不是有效的公民身份号码（18 位，校验码按 GB 11643）</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Linked cases</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Link Case</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <source>use 3-40 lower-case letters, digits or _, starting with a letter</source>
        <translation>请用 3-40 个小写字母、数字或下划线，以字母开头</translation>
    </message>
    <message>
        <source>the system role cannot sign in</source>
        <translation>系统角色不能登录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of this database</source>
        <translation>“%1”不是本数据库中的区划</translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;</source>
        <translation>未知的承办单位“%1”</translation>
    </message>
    <message>
        <source>use at least 10 characters</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists</source>
        <translation>“%1”已存在</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;</source>
        <translation>没有用户“%1”</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <source>%1 has no GridDesk schema; set it up with: griddesk-admin db init --pg &quot;%2&quot;</source>
        <translation>%1 尚无 GridDesk 数据结构；请用以下命令建立：griddesk-admin db init --pg &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this GridDesk supports versions up to %3. Install a newer GridDesk to use it.</source>
        <translation>%1 的数据结构版本为 %2，本 GridDesk 最高支持 %3。请安装更新版本的 GridDesk。</translation>
    </message>
    <message>
        <source>%1 has an older schema (version %2); upgrade it with: griddesk-admin db migrate --pg</source>
        <translation>%1 的数据结构较旧（版本 %2）；请用 griddesk-admin db migrate --pg 升级</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Open cases (red: overdue)</source>
        <translation>未结案件（红色：已超期）</translation>
    </message>
</context>
<context>
    <name>ReferenceStore</name>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known: %2</source>
        <translation>未知的设置项“%1”；可用：%2</translation>
    </message>
    <message>
        <source>must be 1 to 365 working days</source>
        <translation>必须是 1 到 365 个工作日</translation>
    </message>
    <message>
        <source>cannot exceed the whole-case limit</source>
        <translation>不能超过办结总时限</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知的事件类别“%1”</translation>
    </message>
    <message>
        <source>use 2-41 lower-case letters, digits or _ starting with a letter</source>
        <translation>请用 2-41 个小写字母、数字或下划线，以字母开头</translation>
    </message>
    <message>
        <source>a Chinese name is required</source>
        <translation>必须填写中文名称</translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;</source>
        <translation>未知的承办单位“%1”</translation>
    </message>
    <message>
        <source>unknown grid or community &quot;%1&quot;</source>
        <translation>未知的网格或社区“%1”</translation>
    </message>
    <message>
        <source>the calendar lists no days</source>
        <translation>日历文件未列出任何日期</translation>
    </message>
</context>
<context>
    <name>RegisterCodes</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Registered (hukou)</source>
        <translation>户籍人口</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>流动人口</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>境外人员</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商业</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>Mixed residential and commercial</source>
        <translation>商住</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Owner-occupied</source>
        <translation>自住</translation>
    </message>
    <message>
        <source>Rented out</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭纠纷</translation>
    </message>
    <message>
        <source>Land and forest</source>
        <translation>土地山林纠纷</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业纠纷</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动争议</translation>
    </message>
    <message>
        <source>Contracts and debts</source>
        <translation>合同债务纠纷</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>损害赔偿纠纷</translation>
    </message>
    <message>
        <source>Land taking and demolition</source>
        <translation>征地拆迁纠纷</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>调解未成功</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>People&apos;s mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Judicial mediation</source>
        <translation>司法调解</translation>
    </message>
    <message>
        <source>Administrative mediation</source>
        <translation>行政调解</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>其他当事人</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正对象</translation>
    </message>
    <message>
        <source>Released from prison</source>
        <translation>刑满释放人员</translation>
    </message>
    <message>
        <source>Drug user</source>
        <translation>吸毒人员</translation>
    </message>
    <message>
        <source>Severe mental disorder</source>
        <translation>严重精神障碍患者</translation>
    </message>
    <message>
        <source>Youth at risk</source>
        <translation>重点青少年</translation>
    </message>
    <message>
        <source>Repeated petitioner</source>
        <translation>重点信访人员</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Assistance and education</source>
        <translation>帮教</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Property management company</source>
        <translation>物业服务企业</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>业主委员会</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>便民服务</translation>
    </message>
    <message>
        <source>Legal education</source>
        <translation>法治宣传</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
</context>
<context>
    <name>RegisterFields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Resident type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>House code</source>
        <translation>房屋编码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Workplace or school</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit and room</source>
        <translation>单元房号</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>房屋用途</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>居住状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>产权人</translation>
    </message>
    <message>
        <source>Owner&apos;s ID number</source>
        <translation>产权人身份证号</translation>
    </message>
    <message>
        <source>Owner&apos;s phone</source>
        <translation>产权人电话</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Ledger number</source>
        <translation>台账编号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简述</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>调处状态</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解方式</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调处结果</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>当事人类型</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人群类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>包联责任人</translation>
    </message>
    <message>
        <source>Visit every (days)</source>
        <translation>走访周期（天）</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>列管日期</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>下次走访日期</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>工作类型</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>服务人数</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>rows %1 to %2: %3</source>
        <translation>第 %1 至 %2 行：%3</translation>
    </message>
    <message>
        <source>the mapping is for %1, not %2</source>
        <translation>该字段对应用于%1，而不是%2</translation>
    </message>
    <message>
        <source>start the import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>rows %1 to %2</source>
        <translation>第 %1 至 %2 行</translation>
    </message>
</context>
<context>
    <name>RegisterKind</name>
    <message>
        <source>Residents</source>
        <translation>实有人口</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>实有房屋</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <translation>矛盾纠纷台账</translation>
    </message>
    <message>
        <source>Dispute parties</source>
        <translation>纠纷当事人</translation>
    </message>
    <message>
        <source>Key populations</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Visits and assistance</source>
        <translation>走访帮教记录</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Grid work log</source>
        <translation>网格员工作日志</translation>
    </message>
</context>
<context>
    <name>RegisterProblem</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a value is needed</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an 18-character citizen ID number</source>
        <translation>“%1”不是 18 位公民身份号码</translation>
    </message>
    <message>
        <source>the check character of %1 is wrong (it should be %2)</source>
        <translation>%1 的校验码错误（应为 %2）</translation>
    </message>
    <message>
        <source>the birth date in %1 does not exist (%2)</source>
        <translation>%1 中的出生日期不存在（%2）</translation>
    </message>
    <message>
        <source>the birth date in %1 lies in the future</source>
        <translation>%1 中的出生日期晚于今天</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number (5 to 30 letters and digits)</source>
        <translation>“%1”不是有效的证件号码（5 至 30 位字母和数字）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mobile number (11 digits starting 13-19) or a landline with area code</source>
        <translation>“%1”不是手机号码（以 13–19 开头的 11 位数字），也不是带区号的固定电话</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an 18-character unified social credit code</source>
        <translation>“%1”不是 18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd)</source>
        <translation>“%1”不是日期（yyyy-mm-dd）</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 晚于今天</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>no location: give coordinates, a grid, or a house that has a location</source>
        <translation>没有位置：请填写坐标、网格，或有位置的房屋</translation>
    </message>
    <message>
        <source>the coordinates cannot be read: %1</source>
        <translation>无法读取坐标：%1</translation>
    </message>
    <message>
        <source>the location (%1) lies outside every grid</source>
        <translation>位置（%1）不在任何网格内</translation>
    </message>
    <message>
        <source>grid %1 lies outside your area</source>
        <translation>网格 %1 不在您的管辖范围内</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grid of this database</source>
        <translation>“%1”不是本数据库中的网格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the register of %2</source>
        <translation>“%1”不在%2中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already registered (%2)</source>
        <translation>“%1”已登记（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats row %2</source>
        <translation>“%1”与第 %2 行重复</translation>
    </message>
    <message>
        <source>&quot;%1&quot; disagrees with the ID number, which gives %2</source>
        <translation>“%1”与公民身份号码不符（号码对应 %2）</translation>
    </message>
    <message>
        <source>the location (%1) lies outside the grids of your area</source>
        <translation>位置（%1）不在您辖区的网格内</translation>
    </message>
</context>
<context>
    <name>RegisterStore</name>
    <message>
        <source>add to %1</source>
        <translation>新增%1记录</translation>
    </message>
    <message>
        <source>record %1 of %2 was not stored</source>
        <translation>%2记录 %1 未能保存</translation>
    </message>
    <message>
        <source>record %1 of %2 does not exist or is outside your area</source>
        <translation>%2记录 %1 不存在或不在您的辖区内</translation>
    </message>
    <message>
        <source>this record of %1 was changed by someone else meanwhile; read it again</source>
        <translation>这条%1记录已被他人修改，请重新读取</translation>
    </message>
    <message>
        <source>only the centre&apos;s and the communities&apos; staff and grid workers keep the registers</source>
        <translation>只有综治中心、社区工作人员和网格员可以维护台账</translation>
    </message>
    <message>
        <source>remove record %1 of %2</source>
        <translation>删除%2记录 %1</translation>
    </message>
    <message>
        <source>%1 is not personal data of %2</source>
        <translation>%1 不是%2中的个人信息</translation>
    </message>
    <message>
        <source>%1 has no right to see personal data</source>
        <translation>%1 无权查看个人信息</translation>
    </message>
    <message>
        <source>record %1 of %2 does not exist</source>
        <translation>%2记录 %1 不存在</translation>
    </message>
    <message>
        <source>key person %1 does not exist or is outside your area</source>
        <translation>重点人员 %1 不存在或不在您的辖区内</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>only disputes and organisations are linked to cases</source>
        <translation>只有矛盾纠纷和组织可以关联事件</translation>
    </message>
    <message>
        <source>case %1 does not exist or is outside your area</source>
        <translation>事件 %1 不存在或不在您的辖区内</translation>
    </message>
</context>
<context>
    <name>ReportMapFrame</name>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>ReportPdfExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the PDF could not be rendered</source>
        <translation>PDF 无法生成</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Community staff</source>
        <translation>社区（村）工作人员</translation>
    </message>
    <message>
        <source>Centre staff</source>
        <translation>综治中心工作人员</translation>
    </message>
    <message>
        <source>Department handler</source>
        <translation>部门承办人</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>ScreeningStore</name>
    <message>
        <source>grid %1 is outside your area</source>
        <translation>网格 %1 不在您的管辖范围内</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grid of this township</source>
        <translation>“%1”不是本镇街的网格</translation>
    </message>
    <message>
        <source>name the grid worker who screened</source>
        <translation>请填写排查的网格员</translation>
    </message>
    <message>
        <source>the visit time is missing or in the future</source>
        <translation>排查时间缺失或晚于当前时间</translation>
    </message>
    <message>
        <source>the findings are longer than %1 characters</source>
        <translation>排查情况超过 %1 字</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>%1: this login is not a GridDesk user on the server. An administrator adds people with: griddesk-admin user add</source>
        <translation>%1：该登录名不是服务器上的 GridDesk 用户。请系统管理员用 griddesk-admin user add 添加</translation>
    </message>
    <message>
        <source>%1 needs a sign-in</source>
        <translation>%1 需要登录</translation>
    </message>
</context>
<context>
    <name>SlideKeys</name>
    <message>
        <source>→ / Space: next   ←: previous   Home / End: first / last   B: blank   D: record a decision   Esc: leave</source>
        <translation>→ / 空格：下一项&#x3000;← ：上一项&#x3000;Home / End：首页 / 末页&#x3000;B：黑屏&#x3000;D：记录决定&#x3000;Esc：退出</translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
    <message>
        <source>%1; gave up after %2 s. Nothing was written.</source>
        <translation>%1；已等待 %2 秒后放弃。未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Grid staff member</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile (13812345678) or landline with area code</source>
        <translation>手机（13812345678）或带区号的固定电话</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录账号(&amp;L)</translation>
    </message>
    <message>
        <source>Optional: the login of a grid worker of this grid</source>
        <translation>可选：本网格网格员的登录账号</translation>
    </message>
    <message>
        <source>&amp;Started on</source>
        <translation>上岗日期(&amp;S)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Grid manager</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Full-time grid worker</source>
        <translation>专职网格员</translation>
    </message>
    <message>
        <source>Part-time grid worker</source>
        <translation>兼职网格员</translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <source>only the centre&apos;s and the communities&apos; staff keep the grid staff register</source>
        <translation>只有综治中心和社区工作人员可以维护网格员名册</translation>
    </message>
    <message>
        <source>grid %1 lies outside your area</source>
        <translation>网格 %1 不在您的管辖范围内</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <source>at most 50 characters</source>
        <translation>最多 50 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mobile number (11 digits starting 13-19) or a landline with area code</source>
        <translation>“%1”不是手机号码（以 13–19 开头的 11 位数字）或带区号的固定电话</translation>
    </message>
    <message>
        <source>the date the person started is needed</source>
        <translation>请填写上岗日期</translation>
    </message>
    <message>
        <source>cannot be before the start date</source>
        <translation>不能早于上岗日期</translation>
    </message>
    <message>
        <source>at most 500 characters</source>
        <translation>最多 500 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grid of this database</source>
        <translation>“%1”不是本数据库中的网格</translation>
    </message>
    <message>
        <source>the scope of login %1 is %2, not grid %3: a grid worker&apos;s login works in their own grid</source>
        <translation>账号 %1 的管辖范围是 %2，不是网格 %3：网格员的账号只能用于其所在网格</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>there is no login %1</source>
        <translation>没有账号 %1</translation>
    </message>
    <message>
        <source>login %1 is already linked to %2</source>
        <translation>账号 %1 已关联到 %2</translation>
    </message>
    <message>
        <source>staff member %1 was not stored</source>
        <translation>网格员 %1 未能保存</translation>
    </message>
    <message>
        <source>staff member %1 does not exist or is outside your area</source>
        <translation>网格员 %1 不存在或不在您的管辖范围内</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; read the register again</source>
        <translation>%1 已被他人修改，请重新读取名册</translation>
    </message>
    <message>
        <source>%1 has retired already</source>
        <translation>%1 已离岗</translation>
    </message>
    <message>
        <source>cannot be before the start date %1</source>
        <translation>不能早于上岗日期 %1</translation>
    </message>
    <message>
        <source>retire staff member %1</source>
        <translation>网格员 %1 离岗</translation>
    </message>
    <message>
        <source>%1 has no right to see personal data</source>
        <translation>%1 无权查看个人信息</translation>
    </message>
    <message>
        <source>staff member %1 does not exist</source>
        <translation>网格员 %1 不存在</translation>
    </message>
</context>
<context>
    <name>StaffingRule</name>
    <message>
        <source>a grid needs from 1 to 50 managers</source>
        <translation>每个网格的网格长人数须在 1 到 50 之间</translation>
    </message>
    <message>
        <source>must be from 0 to 50 assistants</source>
        <translation>网格员人数须在 0 到 50 之间</translation>
    </message>
    <message>
        <source>must not be below the minimum number of assistants</source>
        <translation>不能少于网格员人数下限</translation>
    </message>
</context>
<context>
    <name>StaffingText</name>
    <message>
        <source>%1 has no grid manager</source>
        <translation>%1没有网格长</translation>
    </message>
    <message>
        <source>%1 has %2 grid managers; the rule is %3</source>
        <translation>%1有 %2 名网格长，规定为 %3 名</translation>
    </message>
    <message>
        <source>%1 has %2 grid workers; at least %3 are needed</source>
        <translation>%1有 %2 名网格员，至少需要 %3 名</translation>
    </message>
    <message>
        <source>%1 has %2 grid workers; at most %3 are allowed</source>
        <translation>%1有 %2 名网格员，最多 %3 名</translation>
    </message>
    <message numerus="yes">
        <source>%n active staff registered to %1, which is retired or not a grid of this database</source>
        <translation>
            <numerusform>%n 名在岗人员登记在%1，该网格已撤销或不属于本数据库</numerusform>
        </translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>无网格长</translation>
    </message>
    <message>
        <source>Too many managers</source>
        <translation>网格长过多</translation>
    </message>
    <message>
        <source>Too few managers</source>
        <translation>网格长不足</translation>
    </message>
    <message>
        <source>Too few grid workers</source>
        <translation>网格员不足</translation>
    </message>
    <message>
        <source>Too many grid workers</source>
        <translation>网格员过多</translation>
    </message>
    <message>
        <source>Retired or unknown grid</source>
        <translation>网格已撤销或不存在</translation>
    </message>
    <message>
        <source>Staffed as the rule says</source>
        <translation>配备达标</translation>
    </message>
    <message>
        <source>Under-staffed</source>
        <translation>人员不足</translation>
    </message>
    <message>
        <source>No grid manager</source>
        <translation>无网格长</translation>
    </message>
    <message>
        <source>Over-staffed</source>
        <translation>人员超配</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>the copy differs from its source in %1; nothing was written to %2</source>
        <translation>副本与源数据在 %1 中不一致；%2 未写入任何内容</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 中没有表 %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2 but %3 has %4; migrate both to the same version first</source>
        <translation>%1 的数据结构版本为 %2，而 %3 为 %4；请先将二者升级到同一版本</translation>
    </message>
    <message>
        <source>%1 already holds data (%2 is not empty); copy into a new database</source>
        <translation>%1 中已有数据（%2 不为空）；请复制到新的数据库</translation>
    </message>
    <message>
        <source>%1 has no column %2.%3</source>
        <translation>%1 中没有列 %2.%3</translation>
    </message>
</context>
<context>
    <name>StoreScope</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>this role reads only</source>
        <translation>该角色只能查看</translation>
    </message>
    <message>
        <source>only an administrator may do this</source>
        <translation>只有系统管理员可以执行此操作</translation>
    </message>
    <message>
        <source>no right to see personal data</source>
        <translation>无权查看个人信息</translation>
    </message>
    <message>
        <source>acting as %1 is not your role</source>
        <translation>您的角色不是%1，不能以该身份操作</translation>
    </message>
    <message>
        <source>incident %1 does not exist or is outside your area</source>
        <translation>事件 %1 不存在或不在您的管辖范围内</translation>
    </message>
</context>
<context>
    <name>SystemNote</name>
    <message>
        <source>Overdue: supervised automatically</source>
        <translation>已超期，已自动督办</translation>
    </message>
    <message>
        <source>Overdue since %1: supervised automatically</source>
        <translation>自 %1 起超期，已自动督办</translation>
    </message>
    <message>
        <source>Still overdue after the grace period: escalated to the next level</source>
        <translation>超期后宽限期内仍未办结，已自动上报上一级</translation>
    </message>
    <message>
        <source>Still overdue %1 working day(s) after %2: escalated to the %3 level</source>
        <translation>自 %2 起超期 %1 个工作日仍未办结，已上报至%3一级</translation>
    </message>
    <message>
        <source>System note (%1)</source>
        <translation>系统记录（%1）</translation>
    </message>
    <message>
        <source>Time-limit monitor</source>
        <translation>时限监控</translation>
    </message>
</context>
<context>
    <name>TableCoordinates</name>
    <message>
        <source>eastings with zone %1 in front (EPSG:%2)</source>
        <translation>带 %1 带号的东坐标（EPSG:%2）</translation>
    </message>
    <message>
        <source>eastings without their zone (one of EPSG:4534–4554, by the zone&apos;s central meridian)</source>
        <translation>不带带号的东坐标（按该带中央经线，为 EPSG:4534–4554 之一）</translation>
    </message>
    <message>
        <source>(%1, %2) is no longitude, latitude in EPSG:%3; give the file&apos;s coordinate system, or swap x and y</source>
        <translation>(%1, %2) 不是 EPSG:%3 中的经纬度；请指定文件的坐标系，或交换 x 与 y</translation>
    </message>
    <message>
        <source>(%1, %2) in EPSG:%3 does not fall in China; are x and y swapped, or is it another coordinate system?</source>
        <translation>EPSG:%3 中的 (%1, %2) 不在中国境内；x 与 y 是否颠倒，或是其他坐标系？</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1：为空</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>the geometry has %1 points; one is needed</source>
        <translation>几何有 %1 个点；只能有一个</translation>
    </message>
    <message>
        <source>the geometry is a %1; a point or a polygon is needed</source>
        <translation>几何是 %1；需要点或面</translation>
    </message>
    <message>
        <source>the polygon near (%1, %2) cannot be converted from EPSG:%3</source>
        <translation>(%1, %2) 附近的面无法从 EPSG:%3 转换</translation>
    </message>
    <message>
        <source>the polygon near (%1, %2) is not valid (does it cross itself?)</source>
        <translation>(%1, %2) 附近的面无效（是否自相交？）</translation>
    </message>
    <message>
        <source>the polygon near (%1, %2) in EPSG:%3 does not fall in China; is it another coordinate system?</source>
        <translation>EPSG:%3 中 (%1, %2) 附近的面不在中国境内；是否为其他坐标系？</translation>
    </message>
</context>
<context>
    <name>TableFormat</name>
    <message>
        <source>%1: GridDesk reads and writes tables as .%2, not &quot;%3&quot;</source>
        <translation>%1：GridDesk 读写的表格为 .%2，而不是“%3”</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>表格（%1）</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿（*.xlsx）</translation>
    </message>
    <message>
        <source>Shapefile (*.shp *.dbf)</source>
        <translation>Shapefile（*.shp *.dbf）</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON（*.geojson *.json）</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage（*.gpkg）</translation>
    </message>
</context>
<context>
    <name>TableSink</name>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>value of type %1</source>
        <translation>类型 %1 的值</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>Cannot write %1, %2: %3</source>
        <translation>无法写入 %1，%2：%3</translation>
    </message>
    <message>
        <source>a %1 file&apos;s name ends in .%2</source>
        <translation>%1 文件名应以 .%2 结尾</translation>
    </message>
    <message>
        <source>%1 is written in UTF-8, GBK or GB18030, not %2</source>
        <translation>%1 只能以 UTF-8、GBK 或 GB18030 写出，不能用 %2</translation>
    </message>
    <message>
        <source>only a CSV file or a Shapefile takes an encoding; %1 is always UTF-8</source>
        <translation>只有 CSV 文件和 Shapefile 可指定编码；%1 总是 UTF-8</translation>
    </message>
    <message>
        <source>EPSG:%1 is not one of %2</source>
        <translation>EPSG:%1 不是 %2 之一</translation>
    </message>
    <message>
        <source>GeoJSON (RFC 7946) is always WGS84 longitude, latitude (EPSG:4326)</source>
        <translation>GeoJSON（RFC 7946）总是 WGS84 经纬度（EPSG:4326）</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>有一列没有名称</translation>
    </message>
    <message>
        <source>two columns are named &quot;%1&quot;</source>
        <translation>有两列都名为“%1”</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation>列“%1”：%2</translation>
    </message>
    <message>
        <source>this system cannot encode %1</source>
        <translation>本系统无法编码为 %1</translation>
    </message>
    <message>
        <source>this GDAL has no %1 driver</source>
        <translation>此 GDAL 没有 %1 驱动</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; holds a %2, which no table file keeps</source>
        <translation>列“%1”的值为%2，表格文件无法保存</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; would clash with the location&apos;s; write without lon/lat columns</source>
        <translation>列“%1”与位置列重名；请不写经纬度列</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written in %2; choose GB18030 or UTF-8</source>
        <translation>“%1”无法用 %2 写出；请选择 GB18030 或 UTF-8</translation>
    </message>
    <message>
        <source>the text cannot be written in %1; choose GB18030 or UTF-8</source>
        <translation>该文本无法用 %1 写出；请选择 GB18030 或 UTF-8</translation>
    </message>
    <message>
        <source>the footprint is not WKB</source>
        <translation>轮廓不是 WKB</translation>
    </message>
    <message>
        <source>the footprint is a %1, not a polygon</source>
        <translation>轮廓是 %1，不是面</translation>
    </message>
    <message>
        <source>the footprint cannot be converted to EPSG:%1</source>
        <translation>轮廓无法转换到 EPSG:%1</translation>
    </message>
    <message>
        <source>the file is already finished</source>
        <translation>文件已经写完</translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation>%2 列却有 %1 个值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>“%1”不是%2</translation>
    </message>
    <message>
        <source>(%1, %2) cannot be converted to EPSG:%3</source>
        <translation>(%1, %2) 无法转换到 EPSG:%3</translation>
    </message>
    <message>
        <source>the footprint has too many vertices for a spreadsheet cell; write a GeoPackage</source>
        <translation>轮廓顶点过多，电子表格单元格放不下；请导出为 GeoPackage</translation>
    </message>
    <message>
        <source>GDAL made no file</source>
        <translation>GDAL 未生成文件</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>only a CSV file or a Shapefile takes an encoding; %1 is always UTF-8</source>
        <translation>只有 CSV 文件和 Shapefile 可指定编码；%1 总是 UTF-8</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8; is the file in GBK or GB18030?</source>
        <translation>第 %1 行不是 UTF-8；文件是否为 GBK 或 GB18030？</translation>
    </message>
    <message>
        <source>this system cannot decode %1</source>
        <translation>本系统无法解码 %1</translation>
    </message>
    <message>
        <source>not a %1 file with a table in it (%2)</source>
        <translation>不是含表格的 %1 文件（%2）</translation>
    </message>
    <message>
        <source>there is no layer or sheet &quot;%1&quot;; it has %2</source>
        <translation>没有名为“%1”的图层或工作表；文件中有 %2</translation>
    </message>
    <message>
        <source>there is no field &quot;%1&quot; for %2; its fields are: %3</source>
        <translation>没有用作 %2 的字段“%1”；字段有：%3</translation>
    </message>
    <message>
        <source>give both the x and the y field; no field is named %1</source>
        <translation>请同时指定 x 和 y 字段；没有名为 %1 的字段</translation>
    </message>
    <message>
        <source>EPSG:%1 is not one of %2</source>
        <translation>EPSG:%1 不是 %2 之一</translation>
    </message>
    <message>
        <source>it is in &quot;%1&quot;, which is not %2; if it is one of them under another name, give it</source>
        <translation>其坐标系为“%1”，不是 %2；如其实是其中之一只是名称不同，请指定</translation>
    </message>
    <message>
        <source>it does not say its coordinate system (no .prj); give it, one of %1</source>
        <translation>文件未说明坐标系（没有 .prj）；请指定，为 %1 之一</translation>
    </message>
    <message>
        <source>its coordinates are no longitudes and latitudes (row %3: x %1, y %2); they look like Gauss-Krüger %4. Give its coordinate system, one of %5</source>
        <translation>其坐标不是经纬度（第 %3 行：x %1，y %2），看似高斯-克吕格%4。请指定其坐标系，为 %5 之一</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and the file has no .cpg; give its encoding (GBK, GB18030, …)</source>
        <translation>文本不是 UTF-8，且文件没有 .cpg；请指定编码（GBK、GB18030 等）</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>WKT: &quot;%1&quot; is not a geometry</source>
        <translation>WKT：“%1”不是几何</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>reading stopped after row %1: %2</source>
        <translation>在第 %1 行之后读取中断：%2</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>&quot;%1&quot; is not one of the encodings %2</source>
        <translation>“%1”不是可用编码 %2 之一</translation>
    </message>
</context>
<context>
    <name>TopologyText</name>
    <message>
        <source>Invalid geometry</source>
        <translation>几何图形无效</translation>
    </message>
    <message>
        <source>No boundary</source>
        <translation>无边界</translation>
    </message>
    <message>
        <source>No community boundary</source>
        <translation>所属社区无边界</translation>
    </message>
    <message>
        <source>Outside its community</source>
        <translation>超出所属社区</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>网格重叠</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>覆盖空白</translation>
    </message>
    <message>
        <source>the boundary crosses itself</source>
        <translation>边界自相交</translation>
    </message>
    <message>
        <source>a ring touches itself</source>
        <translation>边界环自身相接</translation>
    </message>
    <message>
        <source>a ring has fewer than four points</source>
        <translation>边界环的点数少于四个</translation>
    </message>
    <message>
        <source>a ring is not closed</source>
        <translation>边界环未闭合</translation>
    </message>
    <message>
        <source>a hole lies outside its outline</source>
        <translation>内环位于外边界之外</translation>
    </message>
    <message>
        <source>holes lie inside each other</source>
        <translation>内环相互嵌套</translation>
    </message>
    <message>
        <source>the interior is cut in two</source>
        <translation>内部被分割为不相连的部分</translation>
    </message>
    <message>
        <source>parts lie inside each other</source>
        <translation>多边形的部分相互嵌套</translation>
    </message>
    <message>
        <source>a ring is repeated</source>
        <translation>存在重复的边界环</translation>
    </message>
    <message>
        <source>a coordinate is not a number</source>
        <translation>坐标不是有效数值</translation>
    </message>
    <message>
        <source>%1: invalid geometry (%2), %3 m²</source>
        <translation>%1：几何图形无效（%2），面积 %3 平方米</translation>
    </message>
    <message>
        <source>Grid %1 has no boundary</source>
        <translation>网格 %1 没有边界</translation>
    </message>
    <message>
        <source>Community %1 has no boundary, so its grids (%2) cannot be checked against it</source>
        <translation>社区 %1 没有边界，无法据此检查其网格（%2）</translation>
    </message>
    <message>
        <source>Grid %1 extends %2 m² outside its community %3</source>
        <translation>网格 %1 超出所属社区 %3 的范围 %2 平方米</translation>
    </message>
    <message>
        <source>Grids %1 and %2 overlap by %3 m²</source>
        <translation>网格 %1 与网格 %2 重叠 %3 平方米</translation>
    </message>
    <message>
        <source>Community %1 has a gap of %2 m² that no grid covers</source>
        <translation>社区 %1 有 %2 平方米的空白区域未被任何网格覆盖</translation>
    </message>
    <message>
        <source>%1 communities and %2 grids checked: no problems</source>
        <translation>已检查 %1 个社区、%2 个网格：未发现问题</translation>
    </message>
    <message numerus="yes">
        <source>%1 communities and %2 grids checked: %n problem(s)</source>
        <translation>
            <numerusform>已检查 %1 个社区、%2 个网格：发现 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitChange</name>
    <message>
        <source>Recorded</source>
        <translation>初始记录</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>新绘</translation>
    </message>
    <message>
        <source>Reshaped</source>
        <translation>调整边界</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>更名</translation>
    </message>
</context>
<context>
    <name>UnitStore</name>
    <message>
        <source>a GB/T 28181 device ID has 20 digits</source>
        <translation>GB/T 28181 设备编码应为 20 位数字</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation>必须为 1、2 或 3</translation>
    </message>
    <message>
        <source>camera location is outside the township&apos;s grids</source>
        <translation>摄像机位置不在本乡镇/街道的网格范围内</translation>
    </message>
    <message numerus="yes">
        <source>the division list has %n bad row(s); nothing was written:
%1</source>
        <translation>
            <numerusform>区划清单有 %n 行有误，未写入任何数据：
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>expected date,kind,name</source>
        <translation>应为“日期,类型,名称”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be holiday or workday</source>
        <translation>“%1”应为 holiday 或 workday</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>griddesk::app::AgendaSlidePage</name>
    <message>
        <source>Weekly joint meeting</source>
        <translation>每周问题联议会</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>主持：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>the meeting&apos;s length</comment>
        <translation>
            <numerusform>会议 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>an item&apos;s planned time</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>agenda items that do not fit on the slide</comment>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 min planned of the meeting&apos;s %2 min</source>
        <translation>
            <numerusform>共 %n 项，计划 %1 分钟（会议 %2 分钟）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::AssessmentDock</name>
    <message>
        <source>Assessment</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Trend and Ranking</source>
        <translation>趋势与排名</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>构成</translation>
    </message>
    <message>
        <source>Early Warning</source>
        <translation>研判预警</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>The area whose figures the cards, the trend and the breakdown show</source>
        <translation>指标卡、趋势和构成所显示的区域</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一周期</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Colour the map</source>
        <translation>地图着色</translation>
    </message>
    <message>
        <source>Colour the communities or grids on the map by the chosen KPI</source>
        <translation>按所选指标为地图上的社区或网格着色</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Cases reported, by category</source>
        <translation>上报事件（按类别）</translation>
    </message>
    <message>
        <source>Cases reported, by source</source>
        <translation>上报事件（按来源）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Each figure is counted by the rules below, the same in the dashboard, the exports, the meeting agenda and the command line. Units with fewer cases than the centre&apos;s minimum are shown as too few cases and are not ranked.</source>
        <translation>各项指标均按以下规则统计，考核面板、导出文件、联席会议议程和命令行完全一致。案件数少于中心规定最低数的单位显示为“样本不足”，不参与排名。</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>公式：</translation>
    </message>
    <message>
        <source>Could not read the assessment: %1</source>
        <translation>无法读取考核数据：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 cases · %2 residents</source>
        <translation>%1 件 · 常住人口 %2</translation>
    </message>
    <message>
        <source>%1 cases · no population figure</source>
        <translation>%1 件 · 无人口数</translation>
    </message>
    <message>
        <source>%1 of %2 grid-weeks</source>
        <translation>%1 / %2 网格周</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 / %2 件</translation>
    </message>
    <message>
        <source>too few cases (minimum %1)</source>
        <translation>样本不足（至少 %1 件）</translation>
    </message>
    <message>
        <source>%1 in %2, by period</source>
        <translation>%2 %1 趋势</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1: %2 ranked, %3</source>
        <translation>%1：%2排名（%3）</translation>
    </message>
    <message>
        <source>Early Warning (%1)</source>
        <translation>研判预警（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>评价 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · as of %2 · %n case(s) read · minimum %3 cases for a ranked figure</source>
        <translation>
            <numerusform>%1 · 截至 %2 · 读取 %n 件 · 排名至少需 %3 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 worker-weeks with %3 or more entries</source>
        <translation>%2 个人周中 %1 个达到 %3 条及以上</translation>
    </message>
    <message>
        <source>%1 entries · %2 worker-weeks · expected %3</source>
        <translation>%1 条 · %2 个人周 · 每周应记 %3 条</translation>
    </message>
</context>
<context>
    <name>griddesk::app::AssessmentModule</name>
    <message>
        <source>Assessment Dashboard</source>
        <translation>绩效考核面板</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Export Assessment Workbook (XLSX)…</source>
        <translation>导出考核工作簿（XLSX）…</translation>
    </message>
    <message>
        <source>Export Assessment Report (PDF)…</source>
        <translation>导出考核报告（PDF）…</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Assessment</source>
        <translation>导出考核</translation>
    </message>
    <message>
        <source>Assessment written to %1</source>
        <translation>考核已导出至 %1</translation>
    </message>
    <message>
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>指标仍在统计中，请稍后再试。</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（按%2）</translation>
    </message>
</context>
<context>
    <name>griddesk::app::AuditModule</name>
    <message>
        <source>Show &amp;Audit Log</source>
        <translation>显示审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Filter by person, action, table or content…</source>
        <translation>按人员、操作、表或内容筛选…</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新校验</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Reading and checking the audit log…</source>
        <translation>正在读取并校验审计日志…</translation>
    </message>
    <message>
        <source>Chain intact: %1 entries checked; latest %2</source>
        <translation>哈希链完整：已校验 %1 条；最新第 %2 条</translation>
    </message>
    <message>
        <source> (%1 not yet sealed)</source>
        <translation>（%1 条尚未封存）</translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>已被篡改：%1</translation>
    </message>
</context>
<context>
    <name>griddesk::app::BoundaryExportDialog</name>
    <message>
        <source>Export Boundaries</source>
        <translation>导出边界</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Townships, communities and grids</source>
        <translation>乡镇、社区和网格</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Shapefile (.shp)</source>
        <translation>Shapefile (.shp)</translation>
    </message>
    <message>
        <source>GeoJSON (.geojson, WGS84)</source>
        <translation>GeoJSON (.geojson, WGS84)</translation>
    </message>
    <message>
        <source>GeoPackage (.gpkg)</source>
        <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Shapefile (*.shp);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)</source>
        <translation>Shapefile (*.shp);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>There are no boundaries of this level to export; nothing was written.</source>
        <translation>此层级没有可导出的边界；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries written to %1.</source>
        <translation>
            <numerusform>已将 %n 个边界写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::BoundaryImportDialog</name>
    <message>
        <source>Import Boundaries</source>
        <translation>导入边界</translation>
    </message>
    <message>
        <source>Shapefile, GeoJSON or GeoPackage</source>
        <translation>Shapefile、GeoJSON 或 GeoPackage</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Code field:</source>
        <translation>代码字段：</translation>
    </message>
    <message>
        <source>Name field:</source>
        <translation>名称字段：</translation>
    </message>
    <message>
        <source>Parent code field:</source>
        <translation>上级代码字段：</translation>
    </message>
    <message>
        <source>As the .cpg says (UTF-8 without one)</source>
        <translation>按 .cpg 所注（没有则为 UTF-8）</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where (lon, lat)</source>
        <translation>位置（经度，纬度）</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>Why these boundaries are imported despite the problems (recorded)</source>
        <translation>尽管存在问题仍导入这些边界的理由（将被记录）</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>仍然导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Boundary files (*.shp *.geojson *.json *.gpkg)</source>
        <translation>边界文件 (*.shp *.geojson *.json *.gpkg)</translation>
    </message>
    <message>
        <source>(from the code)</source>
        <translation>（由代码推出）</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s).</source>
        <translation>
            <numerusform>%n 个要素。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file says EPSG:%1.</source>
        <translation>文件注明 EPSG:%1。</translation>
    </message>
    <message>
        <source>The file names no coordinate system GridDesk reads: choose it above.</source>
        <translation>文件未注明 GridDesk 可读的坐标系：请在上方选择。</translation>
    </message>
    <message>
        <source>It has no .cpg: choose the text encoding if names are not UTF-8 (GBK is common).</source>
        <translation>文件没有 .cpg：如名称不是 UTF-8，请选择文字编码（常见为 GBK）。</translation>
    </message>
    <message>
        <source>Its .cpg says %1.</source>
        <translation>其 .cpg 注明 %1。</translation>
    </message>
    <message>
        <source>Reading and checking…</source>
        <translation>正在读取并检查…</translation>
    </message>
    <message>
        <source>Importing despite the problems…</source>
        <translation>正在忽略问题导入…</translation>
    </message>
    <message numerus="yes">
        <source>%n topology problem(s) this import would bring; nothing was written. Correct the file, or give a justification and import anyway.</source>
        <translation>
            <numerusform>此次导入会带来 %n 个拓扑问题，未写入任何数据。请更正文件，或填写理由后仍然导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 features: %2 units added, %3 boundaries changed, %4 unchanged. %5</source>
        <translation>%1 个要素：新增 %2 个单位，更改 %3 个边界，%4 个未变。%5</translation>
    </message>
    <message>
        <source>Imported despite the problems listed; the justification is recorded.</source>
        <translation>已忽略所列问题导入；理由已记录。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>已停止；未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::BoundaryModule</name>
    <message>
        <source>&amp;Import Boundaries…</source>
        <translation>导入边界(&amp;I)…</translation>
    </message>
    <message>
        <source>Township, community or grid boundaries from a Shapefile, GeoJSON or GeoPackage file</source>
        <translation>从 Shapefile、GeoJSON 或 GeoPackage 文件导入乡镇、社区或网格边界</translation>
    </message>
    <message>
        <source>&amp;Export Boundaries…</source>
        <translation>导出边界(&amp;E)…</translation>
    </message>
    <message>
        <source>Township, community or grid boundaries to a Shapefile, GeoJSON or GeoPackage file</source>
        <translation>将乡镇、社区或网格边界导出为 Shapefile、GeoJSON 或 GeoPackage 文件</translation>
    </message>
</context>
<context>
    <name>griddesk::app::BulletinBanner</name>
    <message>
        <source>Blue warning</source>
        <translation>蓝色预警</translation>
    </message>
    <message>
        <source>Yellow warning</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <source>Orange warning</source>
        <translation>橙色预警</translation>
    </message>
    <message>
        <source>Red warning</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <source>%1 · %2 · until %3</source>
        <translation>%1 · %2 · 至 %3</translation>
    </message>
    <message numerus="yes">
        <source>  (+%n more)</source>
        <translation>
            <numerusform>  （另有 %n 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::BulletinDialog</name>
    <message>
        <source>Publish Security Bulletin</source>
        <translation>发布治安预警</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. Burglaries at night in the old town</source>
        <translation>例如：老城区夜间入室盗窃多发</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>内容(&amp;X)：</translation>
    </message>
    <message>
        <source>What the warning is about and what residents and staff should do</source>
        <translation>预警事项，以及群众和工作人员应注意的事项</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有效期(&amp;F)：</translation>
    </message>
    <message>
        <source>Area drawn on the map</source>
        <translation>在地图上绘制的范围</translation>
    </message>
    <message>
        <source>&amp;Draw on Map…</source>
        <translation>在地图上绘制(&amp;D)…</translation>
    </message>
    <message>
        <source>The whole of these units:</source>
        <translation>以下单位的全部范围：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>nothing drawn yet</source>
        <translation>尚未绘制</translation>
    </message>
    <message numerus="yes">
        <source>area drawn (%n corners)</source>
        <translation>
            <numerusform>已绘制范围（%n 个拐点）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::BulletinDock</name>
    <message>
        <source>Security bulletins</source>
        <translation>治安预警</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>%1 (not yet in force)</source>
        <translation>%1（尚未生效）</translation>
    </message>
</context>
<context>
    <name>griddesk::app::BulletinModule</name>
    <message>
        <source>Publish Security &amp;Bulletin…</source>
        <translation>发布治安预警(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Security Bulletin</source>
        <translation>撤销治安预警(&amp;W)</translation>
    </message>
    <message>
        <source>Could not read security bulletins: %1</source>
        <translation>无法读取治安预警：%1</translation>
    </message>
    <message>
        <source>Bulletin %1 published: %2</source>
        <translation>预警 %1 已发布：%2</translation>
    </message>
    <message>
        <source>Click the corners of the area; right-click or double-click to finish, Esc to cancel.</source>
        <translation>依次点击范围的各个拐点；右键或双击结束，Esc 取消。</translation>
    </message>
    <message>
        <source>Bulletin %1 withdrawn</source>
        <translation>预警 %1 已撤销</translation>
    </message>
    <message>
        <source>Withdraw security bulletin</source>
        <translation>撤销治安预警</translation>
    </message>
</context>
<context>
    <name>griddesk::app::ConnectionDialog</name>
    <message>
        <source>Encrypted, server identity verified (recommended)</source>
        <translation>加密，并验证服务器身份（推荐）</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>加密，并检查服务器证书</translation>
    </message>
    <message>
        <source>Encrypted, server identity not checked</source>
        <translation>加密，但不验证服务器身份</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>The authority&apos;s certificate (root.crt) from your administrator</source>
        <translation>管理员提供的证书颁发机构证书（root.crt）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>颁发机构</translation>
    </message>
    <message>
        <source>Not encrypted: your password and the residents&apos; personal data cross the network as plain text, and anyone on the network can read them.</source>
        <translation>未加密：您的密码和群众个人信息将以明文在网络上传输，网络上的任何人都能读取。</translation>
    </message>
    <message>
        <source>Encrypted, but the server&apos;s identity is not checked: a machine pretending to be the server could still read your password. Ask your administrator for the authority&apos;s certificate.</source>
        <translation>已加密，但未验证服务器身份：冒充服务器的机器仍可能读取您的密码。请向管理员索取证书颁发机构证书。</translation>
    </message>
    <message>
        <source>Choose the authority&apos;s certificate (root.crt) that your administrator gave you.</source>
        <translation>请选择管理员提供的证书颁发机构证书（root.crt）。</translation>
    </message>
    <message>
        <source>Encrypted, and the server must prove its identity with a certificate from this authority.</source>
        <translation>已加密，服务器须以该机构签发的证书证明其身份。</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate</source>
        <translation>证书颁发机构证书</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Connect to the district&apos;s GridDesk server (PostgreSQL/PostGIS) with your own login.</source>
        <translation>使用您本人的账号连接区县 GridDesk 服务器（PostgreSQL/PostGIS）。</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>No keyring support in this build: the password is asked each time.</source>
        <translation>此版本不支持密钥环：每次连接时输入密码。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The keyring did not store the password (%1); it will be asked next time.</source>
        <translation>密钥环未能保存密码（%1）；下次连接时将再次询问。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::ConsoleSession</name>
    <message>
        <source>A console is already open in this program.</source>
        <translation>本程序中已打开一个控制台。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1及其他%n个地区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::CrsBox</name>
    <message>
        <source>As the file says</source>
        <translation>按文件所注</translation>
    </message>
    <message>
        <source>EPSG:4490 — CGCS2000 (longitude, latitude)</source>
        <translation>EPSG:4490 — CGCS2000（经度，纬度）</translation>
    </message>
    <message>
        <source>EPSG:4326 — WGS84 (longitude, latitude)</source>
        <translation>EPSG:4326 — WGS84（经度，纬度）</translation>
    </message>
    <message>
        <source>EPSG:%1 — CGCS2000 Gauss-Krüger, central meridian %2°E</source>
        <translation>EPSG:%1 — CGCS2000 高斯-克吕格，中央经线 %2°E</translation>
    </message>
    <message>
        <source>EPSG:%1 — CGCS2000 Gauss-Krüger zone %2 (zone number in the easting)</source>
        <translation>EPSG:%1 — CGCS2000 高斯-克吕格第 %2 带（横坐标含带号）</translation>
    </message>
</context>
<context>
    <name>griddesk::app::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>记录会议决定</translation>
    </message>
    <message>
        <source>What the meeting decided, and what is to be done</source>
        <translation>会议决定的内容和要办的事项</translation>
    </message>
    <message>
        <source>Choose the owner department</source>
        <translation>请选择责任部门</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Cases concerned</source>
        <translation>涉及案件</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>请填写决定内容。</translation>
    </message>
    <message>
        <source>Choose the department that owns the task.</source>
        <translation>请选择负责办理的部门。</translation>
    </message>
    <message numerus="yes">
        <source>By the end of %1 (%n working day(s) from today)</source>
        <translation>
            <numerusform>%1 下班前（自今日起 %n 个工作日）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::DispatchDock</name>
    <message>
        <source>Dispatch</source>
        <translation>派遣调度</translation>
    </message>
    <message>
        <source>Everything needing action</source>
        <translation>全部待办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Under supervision</source>
        <translation>督办中</translation>
    </message>
    <message>
        <source>Search case number, title, address…</source>
        <translation>搜索事件编号、标题、地址…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>办理操作</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::DispatchModule</name>
    <message>
        <source>&amp;Operator…</source>
        <translation>值班人员(&amp;O)…</translation>
    </message>
    <message>
        <source>Show Cases &amp;Needing Action</source>
        <translation>显示待办事件(&amp;N)</translation>
    </message>
    <message>
        <source>Time-limit monitor: %1 case(s) supervised, %2 escalated</source>
        <translation>时限监控：已自动督办 %1 件，上报上级 %2 件</translation>
    </message>
    <message>
        <source>Could not read the dispatch queue: %1</source>
        <translation>无法读取待办队列：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)…</source>
        <translation>
            <numerusform>%1：共 %n 件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 case(s) done; %2 could not be changed:
%3</source>
        <translation>已完成 %1 件；%2 件未能处理：
%3</translation>
    </message>
</context>
<context>
    <name>griddesk::app::DispatchQueueModel</name>
    <message>
        <source>To accept</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>待派遣</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>待结案</translation>
    </message>
    <message>
        <source>To evaluate</source>
        <translation>待回访评价</translation>
    </message>
    <message>
        <source>Under supervision</source>
        <translation>督办中</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
</context>
<context>
    <name>griddesk::app::DisplayScaleDialog</name>
    <message>
        <source>Display Scale</source>
        <translation>显示缩放</translation>
    </message>
    <message>
        <source>Automatic (the screen&apos;s own DPI)</source>
        <translation>自动（按屏幕自身 DPI）</translation>
    </message>
    <message>
        <source>The console follows the screen&apos;s own DPI now.</source>
        <translation>当前按屏幕自身 DPI 显示。</translation>
    </message>
    <message>
        <source>The console is shown at %1 now, as the command line (--scale) asked.</source>
        <translation>当前按命令行（--scale）指定的 %1 显示。</translation>
    </message>
    <message>
        <source>The console is shown at %1 now.</source>
        <translation>当前按 %1 显示。</translation>
    </message>
    <message>
        <source>Enlarges everything for a projector or a video wall that reports the wrong DPI. %1 A new scale takes effect when GridDesk is started again.</source>
        <translation>用于报告 DPI 不准确的投影仪或拼接大屏，整体放大界面。%1新的缩放比例在下次启动 GridDesk 时生效。</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放比例</translation>
    </message>
</context>
<context>
    <name>griddesk::app::EndSlidePage</name>
    <message numerus="yes">
        <source>%n item(s) discussed in %1 (%2 min planned)</source>
        <translation>
            <numerusform>共研究 %n 项议题，用时 %1（计划 %2 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions and minutes are recorded in the joint meeting dock.</source>
        <translation>会议决定和纪要在问题联议窗口中记录。</translation>
    </message>
    <message>
        <source>End of the agenda</source>
        <translation>议程结束</translation>
    </message>
</context>
<context>
    <name>griddesk::app::FactsPanel</name>
    <message>
        <source>No facts for this item.</source>
        <translation>本项暂无事实材料。</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>facts that do not fit on the slide</comment>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::FeatureDetailsDock</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Click a feature on the map with the Identify tool to see its details.</source>
        <translation>使用识别工具在地图上点击要素，即可查看其详细信息。</translation>
    </message>
    <message>
        <source>Show Personal Data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Shows the reporter&apos;s phone and ID number in full. Each reveal is recorded in the audit log.</source>
        <translation>完整显示报告人的电话和身份证号。每次查看都会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::FieldMappingPage</name>
    <message>
        <source>Register field</source>
        <translation>登记项</translation>
    </message>
    <message>
        <source>Usual header</source>
        <translation>常用表头</translation>
    </message>
    <message>
        <source>File field</source>
        <translation>文件字段</translation>
    </message>
    <message>
        <source>Grid (code or name) for rows without a place:</source>
        <translation>无位置的行所属网格（编码或名称）：</translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation>载入对应关系…</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>保存对应关系…</translation>
    </message>
    <message>
        <source>* needed</source>
        <translation>* 为必填</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>载入对应关系</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>对应关系文件 (*.json)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Needed: every row must have it</source>
        <translation>必填：每一行都须有此项</translation>
    </message>
    <message>
        <source>The mapping used last time for files with these fields.</source>
        <translation>沿用上次对同样字段的文件所用的对应关系。</translation>
    </message>
    <message>
        <source>Mapped by the fields&apos; names: check each and change what is wrong.</source>
        <translation>已按字段名称对应：请逐项核对，改正不对的。</translation>
    </message>
    <message>
        <source>This mapping cannot be used yet:
%1</source>
        <translation>此对应关系尚不能使用：
%1</translation>
    </message>
    <message>
        <source>%1 is a mapping for %2, not %3.</source>
        <translation>%1 是%2的对应关系，不是%3的。</translation>
    </message>
    <message>
        <source>The mapping from %1.</source>
        <translation>来自 %1 的对应关系。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::GridEditModule</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Edit Grids</source>
        <translation>编辑网格</translation>
    </message>
    <message>
        <source>Show the grid editing tools</source>
        <translation>显示网格编辑工具</translation>
    </message>
    <message>
        <source>Grid editing</source>
        <translation>网格编辑</translation>
    </message>
    <message>
        <source>&amp;Grid Editing</source>
        <translation>网格编辑(&amp;G)</translation>
    </message>
    <message>
        <source>Draw Grid</source>
        <translation>绘制网格</translation>
    </message>
    <message>
        <source>Draw a new grid; its corners snap to the neighbours</source>
        <translation>绘制新网格，拐点自动吸附到相邻网格</translation>
    </message>
    <message>
        <source>Split Grid</source>
        <translation>拆分网格</translation>
    </message>
    <message>
        <source>Split a grid along a line drawn across it</source>
        <translation>沿横穿网格绘制的分割线拆分网格</translation>
    </message>
    <message>
        <source>Merge Grids</source>
        <translation>合并网格</translation>
    </message>
    <message>
        <source>Merge neighbouring grids of one community</source>
        <translation>合并同一社区内相邻的网格</translation>
    </message>
    <message>
        <source>Reshape Grid</source>
        <translation>调整网格边界</translation>
    </message>
    <message>
        <source>Drag a vertex (neighbours follow), double-click an edge to add one, Del to delete one</source>
        <translation>拖动节点（相邻网格随之调整），双击边线添加节点，按 Del 删除节点</translation>
    </message>
    <message>
        <source>Undo Grid Edit</source>
        <translation>撤销网格编辑</translation>
    </message>
    <message>
        <source>Take back the last step of the pending grid edit</source>
        <translation>撤销待保存网格编辑的上一步</translation>
    </message>
    <message>
        <source>Discard Grid Edit</source>
        <translation>放弃网格编辑</translation>
    </message>
    <message>
        <source>Forget the pending grid edit</source>
        <translation>放弃待保存的网格编辑</translation>
    </message>
    <message>
        <source>Save Grid Edit…</source>
        <translation>保存网格编辑…</translation>
    </message>
    <message>
        <source>Check and save the pending grid edit</source>
        <translation>检查并保存待保存的网格编辑</translation>
    </message>
    <message>
        <source>Check Topology</source>
        <translation>拓扑检查</translation>
    </message>
    <message>
        <source>Check that the grids cover their communities without gaps or overlaps</source>
        <translation>检查网格是否覆盖所属社区、无空白、无重叠</translation>
    </message>
    <message>
        <source>The pending grid edit is discarded.</source>
        <translation>已放弃待保存的网格编辑。</translation>
    </message>
    <message>
        <source>Click the corners of the new grid (they snap to the neighbours); right-click or double-click to finish, Esc to start again.</source>
        <translation>依次单击新网格的拐点（自动吸附到相邻网格）；右键或双击结束，按 Esc 重新开始。</translation>
    </message>
    <message>
        <source>Draw a line across the grid, from one edge to another; right-click or double-click to finish, Esc to start again.</source>
        <translation>从网格一侧边界到另一侧边界绘制分割线；右键或双击结束，按 Esc 重新开始。</translation>
    </message>
    <message>
        <source>Click the neighbouring grids to merge (click again to leave one out), then press Enter.</source>
        <translation>单击要合并的相邻网格（再次单击可取消选择），然后按回车键。</translation>
    </message>
    <message>
        <source>Drag a vertex to move it (neighbouring grids follow); double-click an edge to add a vertex; click a vertex and press Del to delete it.</source>
        <translation>拖动节点可移动它（相邻网格随之调整）；双击边线添加节点；单击节点后按 Del 删除。</translation>
    </message>
    <message>
        <source>New grid drawn. Save the edit to keep it.</source>
        <translation>新网格已绘制。请保存编辑以生效。</translation>
    </message>
    <message>
        <source>Grid split. Save the edit to keep it.</source>
        <translation>网格已拆分。请保存编辑以生效。</translation>
    </message>
    <message>
        <source>Picked to merge: %1. Press Enter to merge them.</source>
        <translation>已选择合并：%1。按回车键合并。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Grids merged. Save the edit to keep it.</source>
        <translation>网格已合并。请保存编辑以生效。</translation>
    </message>
    <message>
        <source>Vertex moved.</source>
        <translation>节点已移动。</translation>
    </message>
    <message>
        <source>Vertex added.</source>
        <translation>节点已添加。</translation>
    </message>
    <message>
        <source>Vertex deleted.</source>
        <translation>节点已删除。</translation>
    </message>
    <message>
        <source>Could not read the grids: %1</source>
        <translation>无法读取网格：%1</translation>
    </message>
    <message>
        <source>There is no community here.</source>
        <translation>此处没有社区。</translation>
    </message>
    <message>
        <source>Save or discard the pending edit of %1 first.</source>
        <translation>请先保存或放弃%1的待保存编辑。</translation>
    </message>
    <message>
        <source>You may not edit the grids of %1.</source>
        <translation>您无权编辑%1的网格。</translation>
    </message>
    <message>
        <source>Grid edit saved, valid from %1.</source>
        <translation>网格编辑已保存，自 %1 起生效。</translation>
    </message>
    <message>
        <source>New grids: %1.</source>
        <translation>新网格：%1。</translation>
    </message>
    <message>
        <source>Retired: %1.</source>
        <translation>已停用：%1。</translation>
    </message>
    <message>
        <source>Could not read the units without a boundary: %1</source>
        <translation>无法读取尚无边界的单位：%1</translation>
    </message>
</context>
<context>
    <name>griddesk::app::GridHistoryModule</name>
    <message>
        <source>Grids on a &amp;Past Day…</source>
        <translation>查看历史网格(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the grids as they were on a chosen day (before splits, merges and new outlines)</source>
        <translation>显示所选日期当天的网格（拆分、合并和调整边界之前）</translation>
    </message>
    <message>
        <source>Today&apos;s Grids</source>
        <translation>当前网格</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>回到当前</translation>
    </message>
    <message>
        <source>Grids on a Past Day</source>
        <translation>历史网格</translation>
    </message>
    <message>
        <source>The map shows the grids as they were on the chosen day. Cases keep the grid of the day they were reported.</source>
        <translation>地图将显示所选日期当天的网格。事件始终归属于上报当天所在的网格。</translation>
    </message>
    <message>
        <source>Grids as on %1</source>
        <translation>历史网格：%1</translation>
    </message>
</context>
<context>
    <name>griddesk::app::GridSaveDialog</name>
    <message numerus="yes">
        <source>Split a grid of %1 into %n grid(s).</source>
        <translation>
            <numerusform>将%1的一个网格拆分为 %n 个网格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n grid(s) of %1 into one.</source>
        <translation>
            <numerusform>将%1的 %n 个网格合并为一个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n new grid(s) to %1.</source>
        <translation>
            <numerusform>为%1新增 %n 个网格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reshape %n grid(s) of %1.</source>
        <translation>
            <numerusform>调整%1的 %n 个网格的边界。</numerusform>
        </translation>
    </message>
    <message>
        <source>Codes retired for good: %1.</source>
        <translation>永久停用的编码：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Code (expected)</source>
        <translation>编码（预计）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Checking the topology of the edited grids…</source>
        <translation>正在检查编辑后网格的拓扑…</translation>
    </message>
    <message>
        <source>The topology could not be checked: %1</source>
        <translation>无法检查拓扑：%1</translation>
    </message>
    <message>
        <source>given on saving</source>
        <translation>保存时分配</translation>
    </message>
    <message>
        <source>The edited grids keep the topology rules.</source>
        <translation>编辑后的网格符合拓扑规则。</translation>
    </message>
    <message numerus="yes">
        <source>The edit breaks the topology rules (%n problem(s)). It can be saved only with a justification.</source>
        <translation>
            <numerusform>本次编辑违反拓扑规则（%n 个问题），须填写理由方可保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edit breaks the topology rules (%n problem(s)) and cannot be saved; only an administrator may save it anyway.</source>
        <translation>
            <numerusform>本次编辑违反拓扑规则（%n 个问题），不能保存；只有管理员可以强制保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give every new grid a name.</source>
        <translation>请为每个新网格填写名称。</translation>
    </message>
    <message>
        <source>Not saved: the edit breaks the topology rules. Give a justification to save it anyway.</source>
        <translation>未保存：本次编辑违反拓扑规则。填写理由后可强制保存。</translation>
    </message>
    <message>
        <source>Not saved: the edit breaks the topology rules. Fix the problems, or ask an administrator.</source>
        <translation>未保存：本次编辑违反拓扑规则。请修正问题，或联系管理员。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>griddesk::app::HeaderBar</name>
    <message>
        <source>Header</source>
        <translation>标题栏</translation>
    </message>
    <message>
        <source>%1 Comprehensive Governance Centre</source>
        <translation>%1综治中心</translation>
    </message>
    <message>
        <source>Grid management command console</source>
        <translation>网格化服务管理指挥平台</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>● Offline · read only</source>
        <translation>● 离线 · 只读</translation>
    </message>
    <message>
        <source>The server cannot be reached. The console shows what it last read and reconnects by itself; actions are unavailable until then.</source>
        <translation>无法连接服务器。控制台显示最近读取的数据，并自动重连；重连前不能办理。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::IdentifyModule</name>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Identify: click a feature on the map to see its details</source>
        <translation>识别：在地图上点击要素以查看其详细信息</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Click a feature on the map with the Identify tool to see its details.</source>
        <translation>使用识别工具在地图上点击要素，即可查看其详细信息。</translation>
    </message>
    <message>
        <source>%1 at a glance</source>
        <translation>%1 概况</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
</context>
<context>
    <name>griddesk::app::ImportFilePage</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>登记簿：</translation>
    </message>
    <message>
        <source>CSV, Excel workbook, Shapefile, GeoJSON or GeoPackage</source>
        <translation>CSV、Excel 工作簿、Shapefile、GeoJSON 或 GeoPackage</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <source>Layer or sheet:</source>
        <translation>图层或工作表：</translation>
    </message>
    <message>
        <source>x (longitude or easting):</source>
        <translation>x（经度或东坐标）：</translation>
    </message>
    <message>
        <source>y (latitude or northing):</source>
        <translation>y（纬度或北坐标）：</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <source>Import into Register</source>
        <translation>导入登记簿</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n row(s), %2 field(s).</source>
        <translation>
            <numerusform>%1，%n 行，%2 个字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 field(s).</source>
        <translation>%1，%2 个字段。</translation>
    </message>
    <message>
        <source>Text read as %1 (detected).</source>
        <translation>文字按 %1 读取（自动识别）。</translation>
    </message>
    <message>
        <source>Text read as %1.</source>
        <translation>文字按 %1 读取。</translation>
    </message>
    <message>
        <source>Coordinates read as EPSG:%1.</source>
        <translation>坐标按 EPSG:%1 读取。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::ImportReportPage</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>不予接受的原因</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>(the row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>%1 rows read: %2 valid, %3 with problems.</source>
        <translation>读取 %1 行：有效 %2 行，有问题 %3 行。</translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation>仅列出前 %1 个问题。</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was written.</source>
        <translation>检查已停止，未写入任何数据。</translation>
    </message>
    <message>
        <source>Every row is valid. Nothing has been written yet.</source>
        <translation>每一行都有效。尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Correct the file and check it again, or import only the valid rows: the others then go to an error file, each with its reasons.</source>
        <translation>尚未写入任何数据。请改正文件后重新检查，或只导入有效行：其余行连同原因写入错误文件。</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written, the register is as it was.</source>
        <translation>导入已取消：未写入任何数据，登记簿保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) have problems.</source>
        <translation>
            <numerusform>未写入任何数据：%n 行有问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows imported into %2.</source>
        <translation>已导入 %1 行到%2。</translation>
    </message>
    <message numerus="yes">
        <source>The %n row(s) left out, with their reasons, are in %1</source>
        <translation>
            <numerusform>未导入的 %n 行及其原因见 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::IncidentListDock</name>
    <message>
        <source>Incidents</source>
        <translation>事件列表</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Whole township</source>
        <translation>全镇街</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>共 %n 条事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>已办结：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), more below</source>
        <translation>
            <numerusform>已显示 %n 条事件，向下滚动加载更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::IncidentModule</name>
    <message>
        <source>Show &amp;Overdue Incidents</source>
        <translation>显示超期事件(&amp;O)</translation>
    </message>
    <message>
        <source>Show Open &amp;Incidents</source>
        <translation>显示在办事件(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom to Selected Incidents</source>
        <translation>缩放至所选事件</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Could not read incidents: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>在办 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overdue &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>超期 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New today &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>今日新增 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>griddesk::app::IncidentTableModel</name>
    <message>
        <source>Case number</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>办理期限 %1</translation>
    </message>
</context>
<context>
    <name>griddesk::app::IncidentTimelineWidget</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>department: %1</source>
        <translation>承办单位：%1</translation>
    </message>
    <message>
        <source>co-handling: %1</source>
        <translation>协办单位：%1</translation>
    </message>
    <message>
        <source>evaluation: %1</source>
        <translation>评价：%1</translation>
    </message>
</context>
<context>
    <name>griddesk::app::IntakeDialog</name>
    <message>
        <source>New report</source>
        <translation>新增事件上报</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>事件来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lon </source>
        <translation>经度 </translation>
    </message>
    <message>
        <source>Lat </source>
        <translation>纬度 </translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>在地图上选点</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>e.g. 林海社区12号楼</source>
        <translation>例如：林海社区12号楼</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Place the report at the grid or community the address names</source>
        <translation>按地址中的网格或社区名称定位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>多个姓名用逗号分隔</translation>
    </message>
    <message>
        <source>Parties involved</source>
        <translation>涉事当事人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>照片与附件</translation>
    </message>
    <message>
        <source>No grid or community name was found in the address</source>
        <translation>地址中未找到网格或社区名称</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>添加照片或附件</translation>
    </message>
    <message>
        <source>The location is outside the township&apos;s grids</source>
        <translation>该位置不在本镇街网格范围内</translation>
    </message>
    <message>
        <source>outside the township</source>
        <translation>不在本镇街范围内</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt; (save anyway, or merge later from the dispatch dock):&lt;br&gt;%1</source>
        <translation>&lt;b&gt;可能重复的事件&lt;/b&gt;（仍可保存，之后可在派遣调度中合并）：&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 13812345678 or 0633-8781234</source>
        <translation>手机或固话，如 13812345678 或 0633-8781234</translation>
    </message>
    <message>
        <source>Reporter phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <source>18-character citizen ID (optional)</source>
        <translation>18 位公民身份号码（可选）</translation>
    </message>
    <message>
        <source>Reporter ID number</source>
        <translation>报告人身份证号</translation>
    </message>
</context>
<context>
    <name>griddesk::app::IntakeModule</name>
    <message>
        <source>&amp;New Report…</source>
        <translation>新增上报(&amp;N)…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Centre staff</source>
        <translation>综治中心工作人员</translation>
    </message>
    <message>
        <source>Report %1 saved</source>
        <translation>事件 %1 已保存</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>新增事件上报</translation>
    </message>
</context>
<context>
    <name>griddesk::app::ItemSlidePage</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>计划 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <comment>bars summed up in one</comment>
        <translation>
            <numerusform>其他 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::KpiCardWidget</name>
    <message>
        <source>vs previous period</source>
        <extracomment>A KPI&apos;s change against the previous period (环比)</extracomment>
        <translation>环比</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <extracomment>A KPI&apos;s change against the same period a year earlier (同比)</extracomment>
        <translation>同比</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>Same period last year: %1</source>
        <translation>去年同期：%1</translation>
    </message>
    <message>
        <source>no comparison</source>
        <extracomment>No figure to compare with</extracomment>
        <translation>无可比</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>The KPI did not change</extracomment>
        <translation>持平</translation>
    </message>
</context>
<context>
    <name>griddesk::app::KpiCaseTableModel</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>griddesk::app::KpiCasesDock</name>
    <message>
        <source>Cases Behind the Figure</source>
        <translation>指标案件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>自然周</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>已排查</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts per week</source>
        <translation>每周统计</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>便民服务</translation>
    </message>
    <message>
        <source>Legal education</source>
        <translation>法治宣传</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>达到 %1 条</translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation>网格员人数</translation>
    </message>
    <message>
        <source>Per worker</source>
        <translation>人均条数</translation>
    </message>
</context>
<context>
    <name>griddesk::app::LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1 is protected: sign in with your own name and password.</source>
        <translation>%1 受保护：请用您本人的用户名和密码登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::MainWindow</name>
    <message>
        <source>Display &amp;Scale…</source>
        <translation>显示缩放(&amp;S)…</translation>
    </message>
    <message>
        <source>Enlarge everything for a projector or video wall (applies on the next start)</source>
        <translation>为投影仪或拼接大屏整体放大界面（下次启动时生效）</translation>
    </message>
    <message>
        <source>GridDesk — %1</source>
        <translation>GridDesk — %1</translation>
    </message>
    <message>
        <source>Last change received at %1</source>
        <translation>最近一次数据更新：%1</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>实时更新已停止：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reset Window Layout</source>
        <translation>重置窗口布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About GridDesk</source>
        <translation>关于 GridDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Open GridDesk Database</source>
        <translation>打开 GridDesk 数据库</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <source>About GridDesk</source>
        <translation>关于 GridDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridDesk %1&lt;/h3&gt;&lt;p&gt;Command console for township comprehensive governance centres: grids, cameras and incidents on one map.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridDesk %1&lt;/h3&gt;&lt;p&gt;乡镇（街道）综治中心指挥平台：网格、视频监控与事件“一张图”展示。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Connected to the server again; the view is up to date.</source>
        <translation>已重新连接服务器，数据已是最新。</translation>
    </message>
    <message>
        <source>The server cannot be reached: working offline, read only. Reconnecting by itself…</source>
        <translation>无法连接服务器：离线只读，正在自动重连…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation>台账(&amp;R)</translation>
    </message>
</context>
<context>
    <name>griddesk::app::MapModule</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Whole Township</source>
        <translation>全镇街范围</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation>经度 %1°  纬度 %2°</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
</context>
<context>
    <name>griddesk::app::MeetingDock</name>
    <message>
        <source>Joint Meeting</source>
        <translation>问题联议</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes of the meeting: what was discussed and decided</source>
        <translation>会议纪要：研究了哪些问题，议定了哪些事项</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>放映 (F5)</translation>
    </message>
    <message>
        <source>Meeting pack (PDF)…</source>
        <translation>会议材料 (PDF)…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Names, separated by 、</source>
        <translation>姓名，用“、”分隔</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>参会部门</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Rebuild from data</source>
        <translation>按数据重新生成</translation>
    </message>
    <message>
        <source>Reads the cases, tasks, warnings and bulletins again; your own items, times and notes stay</source>
        <translation>重新读取案件、议定事项、预警和治安预警；自行添加的议题、时长和备注保留</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时长</translation>
    </message>
    <message>
        <source>Notes for the presenter</source>
        <translation>汇报备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Record decision on the selected item…</source>
        <translation>对所选议题形成决议…</translation>
    </message>
    <message>
        <source>Report done…</source>
        <translation>报告办结…</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>New meeting (not saved)</source>
        <translation>新会议（未保存）</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新议题</translation>
    </message>
    <message numerus="yes">
        <source>%n items, %1 of %2 minutes planned</source>
        <translation>
            <numerusform>共 %n 项议题，计划 %1 分钟 / 会议 %2 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>议定事项 (%1)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议信息</translation>
    </message>
</context>
<context>
    <name>griddesk::app::MeetingModule</name>
    <message>
        <source>Joint Meeting</source>
        <translation>问题联议</translation>
    </message>
    <message>
        <source>Present the Meeting</source>
        <translation>放映会议</translation>
    </message>
    <message>
        <source>Export Meeting Pack (PDF)…</source>
        <translation>导出会议材料 (PDF)…</translation>
    </message>
    <message>
        <source>Building the agenda from the data…</source>
        <translation>正在根据数据生成议程…</translation>
    </message>
    <message>
        <source>The agenda could not be built: %1</source>
        <translation>议程生成失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Agenda built from the data at %1: %n items</source>
        <translation>
            <numerusform>%1 根据数据生成议程：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>决议未保存</translation>
    </message>
    <message>
        <source>Report task %1 done</source>
        <translation>报告事项 %1 办结</translation>
    </message>
    <message>
        <source>How was it done?</source>
        <translation>办理情况：</translation>
    </message>
    <message>
        <source>meeting-pack</source>
        <translation>会议材料</translation>
    </message>
    <message>
        <source>Export Meeting Pack</source>
        <translation>导出会议材料</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Meeting pack written to %1</source>
        <translation>会议材料已保存到 %1</translation>
    </message>
</context>
<context>
    <name>griddesk::app::MeetingTasksDock</name>
    <message>
        <source>Meeting Tasks</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>督办编号</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <source>Mark Done…</source>
        <translation>标记办结…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>已督办</translation>
    </message>
    <message numerus="yes">
        <source>escalated %n time(s)</source>
        <translation>
            <numerusform>已上报上级 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working days)</source>
        <translation>
            <numerusform>%1（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Task %1 updated.</source>
        <translation>督办事项 %1 已更新。</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>督办事项 %1：%2</translation>
    </message>
    <message>
        <source>Choose a task first.</source>
        <translation>请先选择督办事项。</translation>
    </message>
    <message>
        <source>Task %1 is done already.</source>
        <translation>督办事项 %1 已办结。</translation>
    </message>
    <message>
        <source>Mark Task Done</source>
        <translation>标记督办事项办结</translation>
    </message>
    <message>
        <source>How was it done?</source>
        <translation>办理情况：</translation>
    </message>
</context>
<context>
    <name>griddesk::app::OpeningSplash</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>griddesk::app::OperatorDialog</name>
    <message>
        <source>Operator</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>griddesk::app::PresentationController</name>
    <message>
        <source>Weekly joint meeting</source>
        <translation>每周问题联议会</translation>
    </message>
    <message>
        <source>Weekly joint meeting · %1</source>
        <translation>每周问题联议会 · %1</translation>
    </message>
    <message numerus="yes">
        <source>Title slide (%n item(s) on the agenda)</source>
        <translation>
            <numerusform>首页（议程共 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <source>End slide</source>
        <translation>结束页</translation>
    </message>
</context>
<context>
    <name>griddesk::app::PresentationScreenDialog</name>
    <message>
        <source>Presentation Screens</source>
        <translation>演示屏幕</translation>
    </message>
    <message>
        <source>None (no presenter view)</source>
        <translation>无（不显示演讲者视图）</translation>
    </message>
    <message>
        <source>Black on white (lit rooms, projectors)</source>
        <translation>白底黑字（明亮会议室、投影仪）</translation>
    </message>
    <message>
        <source>White on dark (wall screens)</source>
        <translation>深底白字（大屏幕）</translation>
    </message>
    <message>
        <source>The slides fill the wall screen; the presenter view shows the notes, the next item, the time and a clock. Both take the same keys.</source>
        <translation>幻灯片铺满大屏幕；演讲者视图显示备注、下一项、用时和时钟。两处使用相同的按键。</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>大屏幕</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
</context>
<context>
    <name>griddesk::app::PresentationWindow</name>
    <message>
        <source>GridDesk — joint meeting (wall screen)</source>
        <translation>GridDesk — 问题联议（大屏幕）</translation>
    </message>
</context>
<context>
    <name>griddesk::app::PresenterView</name>
    <message>
        <source>GridDesk — joint meeting (presenter view)</source>
        <translation>GridDesk — 问题联议（演讲者视图）</translation>
    </message>
    <message>
        <source>No notes for this item.</source>
        <translation>本项没有备注。</translation>
    </message>
    <message>
        <source>Time on the agenda %1 of %2</source>
        <translation>议程用时 %1 / %2</translation>
    </message>
    <message>
        <source>The wall shows the blank slide (B to return)</source>
        <translation>大屏幕正显示黑屏（按 B 返回）</translation>
    </message>
    <message>
        <source>This item: used / planned</source>
        <translation>本项：已用 / 计划</translation>
    </message>
    <message>
        <source>No item on the wall</source>
        <translation>大屏幕上没有议题</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>(end of the agenda)</source>
        <translation>（议程结束）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>griddesk::app::RankingBarChart</name>
    <message numerus="yes">
        <source>… %n more ranked unit(s)</source>
        <translation>
            <numerusform>…… 中间另有 %n 个参与排名的单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unit(s) with too few cases to rank</source>
        <translation>
            <numerusform>另有 %n 个单位案件过少，不参与排名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::RegisterDock</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a file into %1, every row checked first</source>
        <translation>将文件导入%1，先逐行校验</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the records this list shows, personal data masked</source>
        <translation>导出本列表所列记录，个人信息脱敏</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show on Map</source>
        <translation>地图定位</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <source>Show the selected personal field in full (the reading is recorded in the audit log)</source>
        <translation>显示所选个人信息字段的完整内容（查看记录计入审计日志）</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>全部%1</translation>
    </message>
    <message>
        <source>Overdue visits only</source>
        <translation>仅显示走访逾期</translation>
    </message>
    <message>
        <source>Any week</source>
        <translation>全部周次</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 起的一周</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>%1 of %2 records loaded</source>
        <translation>已载入 %1 条，共 %2 条</translation>
    </message>
</context>
<context>
    <name>griddesk::app::RegisterExportDialog</name>
    <message>
        <source>%v of %m records</source>
        <translation>已写 %v / 共 %m 条</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops the export: no file is left and nothing is recorded</source>
        <translation>停止导出：不留下文件，也不作记录</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>已写 %1 / 共 %2 条</translation>
    </message>
    <message>
        <source>The export was stopped: no file was written and nothing was recorded.</source>
        <translation>导出已停止：未写入文件，也未作记录。</translation>
    </message>
    <message>
        <source>Export Register</source>
        <translation>导出登记簿</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>登记簿：</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK (Excel on a Chinese Windows)</source>
        <translation>GBK（中文 Windows 上的 Excel）</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are written masked (3711**********1234, 139****1234), whoever exports. The export is recorded in the audit log.</source>
        <translation>无论由谁导出，身份证号和电话号码均以脱敏形式写出（3711**********1234、139****1234）。导出记入审计日志。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All in your area</source>
        <translation>您辖区内的全部记录</translation>
    </message>
    <message>
        <source>As the list shows them: %1</source>
        <translation>按列表当前筛选：%1</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1, personal data masked.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1，个人信息已脱敏。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::RegisterForm</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>%1: new record</source>
        <translation>%1：新增</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Taken from the ID number</source>
        <translation>由公民身份号码得出</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>地图选点</translation>
    </message>
    <message>
        <source>Click the place on the map; the form waits meanwhile</source>
        <translation>请在地图上点击位置，表单会保持打开</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>From the location or the house</source>
        <translation>按位置或房屋确定</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>%1: change record</source>
        <translation>%1：修改</translation>
    </message>
    <message>
        <source>Shown masked; type a new value to change it</source>
        <translation>已脱敏显示；输入新值即可修改</translation>
    </message>
    <message>
        <source>%1, %2 (longitude, latitude)</source>
        <translation>%1, %2（经度，纬度）</translation>
    </message>
    <message>
        <source>The footprint drawn or imported</source>
        <translation>已绘制或导入的房屋轮廓</translation>
    </message>
    <message>
        <source>None: the record takes the house&apos;s place or the grid chosen below</source>
        <translation>无：按所属房屋的位置或下方所选网格确定</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked below.</source>
        <translation>未保存：请查看下方标出的字段。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::RegisterFormExtras</name>
    <message>
        <source>Case %1 (outside your area)</source>
        <translation>事件 %1（不在您的管辖范围内）</translation>
    </message>
    <message>
        <source>There is no case %1</source>
        <translation>没有编号为 %1 的事件</translation>
    </message>
    <message>
        <source>Save the record first; then open it again to add these.</source>
        <translation>请先保存本条记录，再重新打开以添加这些内容。</translation>
    </message>
</context>
<context>
    <name>griddesk::app::RegisterImportDialog</name>
    <message>
        <source>Import into Register</source>
        <translation>导入登记簿</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Import All</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <source>Writes every row, only when none has a problem</source>
        <translation>写入所有行，仅当没有任何问题时可用</translation>
    </message>
    <message>
        <source>Import the Valid Rows Only</source>
        <translation>只导入有效行</translation>
    </message>
    <message>
        <source>Writes the valid rows; the others go to an error file with their reasons</source>
        <translation>写入有效行；其余行连同原因写入错误文件</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Checking every row of %1; nothing is written…</source>
        <translation>正在检查 %1 的每一行，不写入任何数据…</translation>
    </message>
    <message>
        <source>Importing the valid rows of %1…</source>
        <translation>正在导入 %1 的有效行…</translation>
    </message>
    <message>
        <source>Importing every row of %1…</source>
        <translation>正在导入 %1 的所有行…</translation>
    </message>
    <message>
        <source>Check Rows &gt;</source>
        <translation>检查各行 &gt;</translation>
    </message>
</context>
<context>
    <name>griddesk::app::RegisterTableModel</name>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>griddesk::app::RegisterTransferModule</name>
    <message>
        <source>Import into &amp;Register…</source>
        <translation>导入登记簿(&amp;R)…</translation>
    </message>
    <message>
        <source>Residents, houses, disputes, key persons, organisations or the work log from a CSV, Excel, Shapefile, GeoJSON or GeoPackage file, every row checked first</source>
        <translation>从 CSV、Excel、Shapefile、GeoJSON 或 GeoPackage 文件导入实有人口、实有房屋、矛盾纠纷、重点人群、社会组织或工作日志，先逐行检查</translation>
    </message>
    <message>
        <source>E&amp;xport Register…</source>
        <translation>导出登记簿(&amp;X)…</translation>
    </message>
    <message>
        <source>A register to a CSV, Excel, Shapefile, GeoJSON or GeoPackage file, personal data masked</source>
        <translation>将登记簿导出为 CSV、Excel、Shapefile、GeoJSON 或 GeoPackage 文件，个人信息脱敏</translation>
    </message>
</context>
<context>
    <name>griddesk::app::RegistersModule</name>
    <message>
        <source>Registers on the &amp;Map</source>
        <translation>在地图上显示台账(&amp;M)</translation>
    </message>
    <message>
        <source>Houses, disputes, key persons and organisations on the map</source>
        <translation>在地图上显示房屋、矛盾纠纷、重点人员和社会组织</translation>
    </message>
    <message>
        <source>Open the list of %1</source>
        <translation>打开%1列表</translation>
    </message>
    <message>
        <source>%1 %2 (%3 people)</source>
        <translation>%1 %2 次（%3 人）</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>%1 起的一周：%2</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>无法读取台账：%1</translation>
    </message>
    <message>
        <source>The registers cannot be read: %1</source>
        <translation>无法读取台账：%1</translation>
    </message>
    <message>
        <source>Saved in %1 (%2)</source>
        <translation>已保存到%1（%2）</translation>
    </message>
    <message>
        <source>Click the place on the map</source>
        <translation>请在地图上点击位置</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The audit log keeps what it held.</source>
        <translation>从%2中删除“%1”？审计日志会保留其内容。</translation>
    </message>
    <message>
        <source>This record has no place on the map</source>
        <translation>该记录在地图上没有位置</translation>
    </message>
    <message>
        <source>No location of its own: showing its grid, %1</source>
        <translation>该记录没有自己的位置：显示其所在网格 %1</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>%1: %2

This reading is recorded in the audit log.</source>
        <translation>%1：%2

本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>griddesk::app::ScreeningModule</name>
    <message>
        <source>Weekly screening</source>
        <translation>每周排查</translation>
    </message>
    <message>
        <source>Only grids not yet screened</source>
        <translation>只看本周未排查的网格</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>登记排查…</translation>
    </message>
    <message>
        <source>Record &amp;Screening Visit…</source>
        <translation>登记排查走访(&amp;S)…</translation>
    </message>
    <message>
        <source>Could not read screening visits: %1</source>
        <translation>无法读取排查记录：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week %1&lt;/b&gt; (%2 – %3): %4 of %5 grids screened</source>
        <translation>&lt;b&gt;第 %1 周&lt;/b&gt;（%2 – %3）：已排查 %4 / %5 个网格</translation>
    </message>
    <message>
        <source>Screened &lt;b&gt;%1/%2&lt;/b&gt;</source>
        <translation>本周排查 &lt;b&gt;%1/%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record screening visit</source>
        <translation>登记排查走访</translation>
    </message>
</context>
<context>
    <name>griddesk::app::ScreeningTableModel</name>
    <message>
        <source>✓ screened</source>
        <translation>✓ 已排查</translation>
    </message>
    <message>
        <source>✗ not yet</source>
        <translation>✗ 未排查</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近排查</translation>
    </message>
    <message>
        <source>By</source>
        <translation>排查人</translation>
    </message>
</context>
<context>
    <name>griddesk::app::ScreeningVisitDialog</name>
    <message>
        <source>Raise an incident from this finding</source>
        <translation>据此发现上报事件</translation>
    </message>
    <message>
        <source>Record screening visit</source>
        <translation>登记排查走访</translation>
    </message>
    <message>
        <source>What was checked and found (disputes, hazards, key persons)</source>
        <translation>排查内容与发现（矛盾纠纷、安全隐患、重点人员等）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Visited at</source>
        <translation>排查时间</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>排查情况</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>事件标题</translation>
    </message>
</context>
<context>
    <name>griddesk::app::SlideMapLegend</name>
    <message>
        <source>This item&apos;s cases</source>
        <translation>本项案件</translation>
    </message>
    <message>
        <source>Its area</source>
        <translation>涉及区域</translation>
    </message>
</context>
<context>
    <name>griddesk::app::StaffDialog</name>
    <message>
        <source>Add grid staff member</source>
        <translation>新增网格员</translation>
    </message>
    <message>
        <source>Change grid staff member</source>
        <translation>修改网格员信息</translation>
    </message>
    <message>
        <source>Shown masked; type a new number to change it</source>
        <translation>号码已脱敏显示；输入新号码即可修改</translation>
    </message>
</context>
<context>
    <name>griddesk::app::StaffDock</name>
    <message>
        <source>Grid staff</source>
        <translation>网格员配备</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>Breaches of the rule</source>
        <translation>配备问题</translation>
    </message>
    <message>
        <source>Colour grids by staffing</source>
        <translation>按配备情况为网格着色</translation>
    </message>
    <message>
        <source>Search name, phone, login or grid</source>
        <translation>搜索姓名、电话、账号或网格</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Any staffing</source>
        <translation>全部配备情况</translation>
    </message>
    <message>
        <source>Grids breaking the rule</source>
        <translation>配备不达标的网格</translation>
    </message>
    <message>
        <source>Retired too</source>
        <translation>含已离岗</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>上岗</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离岗</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>离岗</translation>
    </message>
    <message>
        <source>Show phone</source>
        <translation>查看电话</translation>
    </message>
    <message>
        <source>Zoom to Grid</source>
        <translation>定位到网格</translation>
    </message>
    <message>
        <source>Breaches of the rule (%1)</source>
        <translation>配备问题（%1）</translation>
    </message>
    <message>
        <source>%1 shown: %2 managers and %3 grid workers serving</source>
        <translation>显示 %1 人：在岗网格长 %2 名、网格员 %3 名</translation>
    </message>
</context>
<context>
    <name>griddesk::app::StaffingModule</name>
    <message>
        <source>&amp;Staffing Map</source>
        <translation>网格员配备图(&amp;S)</translation>
    </message>
    <message>
        <source>Colour the grids by their staffing against the rule</source>
        <translation>按网格员配备是否达标为网格着色</translation>
    </message>
    <message>
        <source>&amp;Add Grid Staff Member…</source>
        <translation>新增网格员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change Grid Staff Member…</source>
        <translation>修改网格员信息(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Retire Grid Staff Member</source>
        <translation>网格员离岗(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Phone Number</source>
        <translation>查看电话号码(&amp;P)</translation>
    </message>
    <message>
        <source>Grid S&amp;taff</source>
        <translation>网格员配备(&amp;T)</translation>
    </message>
    <message>
        <source>Could not read the grid staff: %1</source>
        <translation>无法读取网格员名册：%1</translation>
    </message>
    <message>
        <source>%1 (%2) saved in %3</source>
        <translation>已保存%3的%1（%2）</translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation>网格员配备</translation>
    </message>
    <message>
        <source>%1 retired from %2 on %3</source>
        <translation>%1 已于 %3 从%2离岗</translation>
    </message>
    <message>
        <source>Retire grid staff member</source>
        <translation>网格员离岗</translation>
    </message>
    <message>
        <source>%1 leaves %2 today (%3). They stay in the register as retired.</source>
        <translation>%1 今天（%3）从%2离岗，仍以“已离岗”保留在名册中。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>%1

This reading of the number is recorded in the audit log.</source>
        <translation>%1

本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Grid %1 has no boundary on the map</source>
        <translation>网格 %1 在地图上没有边界</translation>
    </message>
</context>
<context>
    <name>griddesk::app::StaffingViolationModel</name>
    <message>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
</context>
<context>
    <name>griddesk::app::TopologyDock</name>
    <message>
        <source>Grid topology</source>
        <translation>网格拓扑</translation>
    </message>
    <message>
        <source>Check topology</source>
        <translation>检查拓扑</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Checking the grids…</source>
        <translation>正在检查网格…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show this problem on the map</source>
        <translation>在地图上查看此问题</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>无法进行检查：%1</translation>
    </message>
    <message>
        <source>%1, code %2: no boundary yet</source>
        <translation>%1（编码 %2）：尚无边界</translation>
    </message>
    <message numerus="yes">
        <source>No boundary yet: %n unit(s)</source>
        <translation>
            <numerusform>尚无边界：%n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>griddesk::app::WorkflowActionDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n case(s)&lt;/b&gt; selected</source>
        <translation>
            <numerusform>已选 &lt;b&gt;%n 件&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>转办至</translation>
    </message>
    <message>
        <source>Handling department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Co-handling departments</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>Reporter&apos;s evaluation</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <source>Case number of the case this one duplicates</source>
        <translation>与之重复的主事件编号</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>合并至</translation>
    </message>
    <message>
        <source>Required: the reason, result or findings</source>
        <translation>必填：原因、结果或核查情况</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No case has the number %1</source>
        <translation>没有编号为 %1 的事件</translation>
    </message>
</context>
<context>
    <name>griddesk::map::AreaTotalsLayer</name>
    <message>
        <source>Community totals</source>
        <translation>社区（村）汇总</translation>
    </message>
    <message>
        <source>Township totals</source>
        <translation>乡镇（街道）汇总</translation>
    </message>
</context>
<context>
    <name>griddesk::map::BulletinTheme</name>
    <message>
        <source>Security bulletins</source>
        <translation>治安预警</translation>
    </message>
</context>
<context>
    <name>griddesk::map::ConsoleLayers</name>
    <message>
        <source>Township boundary</source>
        <translation>乡镇/街道边界</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <source>%1 has no township boundary (admin_units with level 4)</source>
        <translation>%1 缺少乡镇/街道边界（admin_units 中层级为 4 的记录）</translation>
    </message>
    <message>
        <source>Cannot read table %1 of %2</source>
        <translation>无法读取 %2 中的表 %1</translation>
    </message>
    <message>
        <source>Map style %1 could not be loaded: %2</source>
        <translation>无法加载地图样式 %1：%2</translation>
    </message>
    <message>
        <source>Grid hierarchy</source>
        <translation>网格层级</translation>
    </message>
    <message>
        <source>Ended cases</source>
        <translation>已办结案件</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Ended cases and totals</source>
        <translation>已办结案件与汇总</translation>
    </message>
</context>
<context>
    <name>griddesk::map::GridHistoryTheme</name>
    <message>
        <source>Grids on a past day</source>
        <translation>历史网格</translation>
    </message>
</context>
<context>
    <name>griddesk::map::GridSketch</name>
    <message>
        <source>new grid</source>
        <translation>新网格</translation>
    </message>
    <message>
        <source>split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>reshaping</source>
        <translation>边界调整</translation>
    </message>
    <message>
        <source>Choose a community&apos;s grid first.</source>
        <translation>请先选择一个社区的网格。</translation>
    </message>
    <message>
        <source>The pending edit is a %1: save or discard it before a %2.</source>
        <translation>待保存的编辑为%1：请先保存或放弃，再进行%2。</translation>
    </message>
    <message>
        <source>The line must cross a grid from one edge to another.</source>
        <translation>分割线必须从网格一侧边界穿到另一侧边界。</translation>
    </message>
    <message numerus="yes">
        <source>The line crosses %n grids; draw it across one grid.</source>
        <translation>
            <numerusform>分割线穿过了 %n 个网格，请只横穿一个网格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick two or more neighbouring grids to merge.</source>
        <translation>请选择两个或以上相邻网格进行合并。</translation>
    </message>
    <message>
        <source>A grid to merge is no longer there; pick the grids again.</source>
        <translation>要合并的网格已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>The grids could not be merged: %1</source>
        <translation>无法合并网格：%1</translation>
    </message>
    <message>
        <source>Only neighbouring grids can be merged: %1 do not form one area.</source>
        <translation>只能合并相邻网格：%1 不能连成一片。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The outline crosses itself; draw it again.</source>
        <translation>边界自相交，请重新绘制。</translation>
    </message>
    <message>
        <source>Moving the vertex there would make %1 cross itself.</source>
        <translation>把节点移到该处会使%1的边界自相交。</translation>
    </message>
    <message>
        <source>There is no vertex there.</source>
        <translation>此处没有节点。</translation>
    </message>
    <message>
        <source>There is no grid edge there.</source>
        <translation>此处没有网格边线。</translation>
    </message>
    <message>
        <source>There is a vertex there already.</source>
        <translation>此处已有节点。</translation>
    </message>
    <message>
        <source>This vertex is where grids meet each other or the community boundary; move it instead of deleting it.</source>
        <translation>该节点是多个网格或网格与社区边界的交汇点，只能移动，不能删除。</translation>
    </message>
    <message>
        <source>Deleting this vertex would leave %1 without a valid outline.</source>
        <translation>删除该节点会使%1没有有效边界。</translation>
    </message>
</context>
<context>
    <name>griddesk::map::KpiChoroplethTheme</name>
    <message>
        <source>KPI</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>%1 by community</source>
        <translation>%1（按社区）</translation>
    </message>
    <message>
        <source>%1 by grid</source>
        <translation>%1（按网格）</translation>
    </message>
    <message>
        <source>The KPI map shows grids or communities, not level %1</source>
        <translation>考核专题图只显示网格或社区，不显示第 %1 级</translation>
    </message>
    <message>
        <source>The units of the KPI map cannot be read</source>
        <translation>无法读取考核专题图的单元</translation>
    </message>
    <message>
        <source>Map style %1 could not be loaded: %2</source>
        <translation>无法加载地图样式 %1：%2</translation>
    </message>
</context>
<context>
    <name>griddesk::map::RegisterLayers</name>
    <message>
        <source>Registers</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>House footprints</source>
        <translation>房屋轮廓</translation>
    </message>
    <message>
        <source>Repeats an earlier dispute</source>
        <translation>重复发生的纠纷</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>走访逾期</translation>
    </message>
</context>
<context>
    <name>griddesk::map::ScreeningTheme</name>
    <message>
        <source>Not screened this week</source>
        <translation>本周未排查网格</translation>
    </message>
</context>
<context>
    <name>griddesk::map::StaffingTheme</name>
    <message>
        <source>Grid staffing</source>
        <translation>网格员配备</translation>
    </message>
    <message>
        <source>No staffing data</source>
        <translation>无配备数据</translation>
    </message>
</context>
</TS>
