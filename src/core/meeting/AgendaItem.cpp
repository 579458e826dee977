#include "AgendaItem.h"

namespace griddesk {

namespace {

struct KindCode {
    AgendaKind kind;
    const char *code;
};

constexpr KindCode kKinds[] = {
    {AgendaKind::OpenTask, "open_task"},       {AgendaKind::Supervised, "supervised"},
    {AgendaKind::Overdue, "overdue"},          {AgendaKind::Escalated, "escalated"},
    {AgendaKind::RepeatDispute, "repeat_dispute"}, {AgendaKind::Unscreened, "unscreened"},
    {AgendaKind::KpiDrop, "kpi_drop"},         {AgendaKind::EarlyWarning, "early_warning"},
    {AgendaKind::Bulletin, "bulletin"},        {AgendaKind::Custom, "custom"},
};

} // namespace

QString AgendaItem::key() const
{
    const QString kind = agendakind::code(this->kind);
    switch (this->kind) {
    case AgendaKind::OpenTask: return kind + QLatin1Char(':') + QString::number(taskId);
    case AgendaKind::Bulletin: return kind + QLatin1Char(':') + QString::number(bulletinId);
    case AgendaKind::Overdue: return kind + QLatin1Char(':') + params.value(QStringLiteral("department")).toString();
    case AgendaKind::KpiDrop:
        // One item for a month's falls (an agenda saved before named one area).
        return kind + QLatin1Char(':')
             + (params.contains(QStringLiteral("units")) ? params.value(QStringLiteral("period")).toString()
                                                          : params.value(QStringLiteral("unit")).toString());
    case AgendaKind::RepeatDispute:
    case AgendaKind::EarlyWarning:
        // The first case names the group: a repeat that grows stays one item.
        return kind + QLatin1Char(':') + params.value(QStringLiteral("warning")).toString() + QLatin1Char(':')
             + QString::number(caseIds.value(0));
    case AgendaKind::Custom: return kind + QLatin1Char(':') + QString::number(id) + QLatin1Char(':') + title;
    case AgendaKind::Supervised:
    case AgendaKind::Escalated:
    case AgendaKind::Unscreened: return kind;
    }
    return kind;
}

namespace agendakind {

QString code(AgendaKind k)
{
    for (const KindCode &e : kKinds)
        if (e.kind == k)
            return QString::fromLatin1(e.code);
    return {};
}

bool fromCode(const QString &code, AgendaKind *k)
{
    for (const KindCode &e : kKinds) {
        if (code == QLatin1String(e.code)) {
            *k = e.kind;
            return true;
        }
    }
    return false;
}

} // namespace agendakind
} // namespace griddesk
