#include "IncidentAction.h"

#include <QCoreApplication>

namespace griddesk::incidentaction {

namespace {
struct Entry {
    IncidentAction action;
    const char *code;
    const char *name;
};
const Entry kEntries[] = {
    {IncidentAction::Report, "report", QT_TRANSLATE_NOOP("IncidentAction", "Report")},
    {IncidentAction::Accept, "accept", QT_TRANSLATE_NOOP("IncidentAction", "Accept")},
    {IncidentAction::Reject, "reject", QT_TRANSLATE_NOOP("IncidentAction", "Reject")},
    {IncidentAction::Dispatch, "dispatch", QT_TRANSLATE_NOOP("IncidentAction", "Dispatch")},
    {IncidentAction::Transfer, "transfer", QT_TRANSLATE_NOOP("IncidentAction", "Transfer")},
    {IncidentAction::CoHandle, "co_handle", QT_TRANSLATE_NOOP("IncidentAction", "Add co-handling departments")},
    {IncidentAction::Handle, "handle", QT_TRANSLATE_NOOP("IncidentAction", "Record progress")},
    {IncidentAction::Reply, "reply", QT_TRANSLATE_NOOP("IncidentAction", "Reply")},
    {IncidentAction::Verify, "verify", QT_TRANSLATE_NOOP("IncidentAction", "Verify on the spot")},
    {IncidentAction::Rework, "rework", QT_TRANSLATE_NOOP("IncidentAction", "Send back for rework")},
    {IncidentAction::Close, "close", QT_TRANSLATE_NOOP("IncidentAction", "Close")},
    {IncidentAction::Evaluate, "evaluate", QT_TRANSLATE_NOOP("IncidentAction", "Record satisfaction")},
    {IncidentAction::Supervise, "supervise", QT_TRANSLATE_NOOP("IncidentAction", "Supervise")},
    {IncidentAction::Escalate, "escalate", QT_TRANSLATE_NOOP("IncidentAction", "Escalate")},
    {IncidentAction::Merge, "merge", QT_TRANSLATE_NOOP("IncidentAction", "Merge as duplicate")},
};
} // namespace

const QVector<IncidentAction> &all()
{
    static const QVector<IncidentAction> actions = [] {
        QVector<IncidentAction> v;
        for (const Entry &e : kEntries)
            v.push_back(e.action);
        return v;
    }();
    return actions;
}

QString code(IncidentAction a)
{
    for (const Entry &e : kEntries)
        if (e.action == a)
            return QString::fromLatin1(e.code);
    return {};
}

bool fromCode(const QString &value, IncidentAction *a)
{
    for (const Entry &e : kEntries)
        if (value == QLatin1String(e.code)) {
            if (a)
                *a = e.action;
            return true;
        }
    return false;
}

QString displayName(IncidentAction a)
{
    for (const Entry &e : kEntries)
        if (e.action == a)
            return QCoreApplication::translate("IncidentAction", e.name);
    return {};
}

} // namespace griddesk::incidentaction
