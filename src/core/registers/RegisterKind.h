#pragma once
// The registers of a township (人、地、物、事、组织 in the grid): actual
// residents, actual housing, the dispute ledger with its parties, key
// populations with their visits, organisations, and the grid workers' work
// log. Each kind is one table on both backends.

#include <QString>
#include <QVector>

namespace griddesk {

enum class RegisterKind {
    Residents,       // 实有人口
    Houses,          // 实有房屋
    Disputes,        // 矛盾纠纷台账
    DisputeParties,  // 纠纷当事人
    KeyPersons,      // 重点人群
    KeyPersonVisits, // 走访 / 帮教记录
    Organisations,   // 社会组织、物业、业委会、企业
    WorkLog,         // 网格员工作日志
};

namespace registerkind {

const QVector<RegisterKind> &all();
// The registers a user imports and exports: the five, a dispute's parties, and the work log.
const QVector<RegisterKind> &importable();
QString table(RegisterKind kind);
// The command-line name: residents, houses, disputes, dispute-parties,
// key-persons, visits, organisations, work-log.
QString cliName(RegisterKind kind);
bool fromCliName(const QString &name, RegisterKind *kind);
bool fromTable(const QString &table, RegisterKind *kind);
QString displayName(RegisterKind kind); // translated

} // namespace registerkind
} // namespace griddesk
