#include "RegisterKind.h"

#include <QCoreApplication>

namespace griddesk::registerkind {

const QVector<RegisterKind> &all()
{
    static const QVector<RegisterKind> kinds = {RegisterKind::Residents,      RegisterKind::Houses,
                                                RegisterKind::Disputes,       RegisterKind::DisputeParties,
                                                RegisterKind::KeyPersons,     RegisterKind::KeyPersonVisits,
                                                RegisterKind::Organisations,  RegisterKind::WorkLog};
    return kinds;
}

const QVector<RegisterKind> &importable()
{
    static const QVector<RegisterKind> kinds = {RegisterKind::Residents,     RegisterKind::Houses,
                                                RegisterKind::Disputes,      RegisterKind::DisputeParties,
                                                RegisterKind::KeyPersons,    RegisterKind::Organisations,
                                                RegisterKind::WorkLog};
    return kinds;
}

QString table(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Residents: return QStringLiteral("residents");
    case RegisterKind::Houses: return QStringLiteral("houses");
    case RegisterKind::Disputes: return QStringLiteral("disputes");
    case RegisterKind::DisputeParties: return QStringLiteral("dispute_parties");
    case RegisterKind::KeyPersons: return QStringLiteral("key_persons");
    case RegisterKind::KeyPersonVisits: return QStringLiteral("key_person_visits");
    case RegisterKind::Organisations: return QStringLiteral("organisations");
    case RegisterKind::WorkLog: return QStringLiteral("work_log");
    }
    return {};
}

QString cliName(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::KeyPersons: return QStringLiteral("key-persons");
    case RegisterKind::KeyPersonVisits: return QStringLiteral("visits");
    case RegisterKind::DisputeParties: return QStringLiteral("dispute-parties");
    case RegisterKind::WorkLog: return QStringLiteral("work-log");
    default: return table(kind);
    }
}

bool fromCliName(const QString &name, RegisterKind *kind)
{
    for (RegisterKind k : all())
        if (cliName(k) == name || table(k) == name) {
            if (kind)
                *kind = k;
            return true;
        }
    return false;
}

bool fromTable(const QString &name, RegisterKind *kind)
{
    for (RegisterKind k : all())
        if (table(k) == name) {
            if (kind)
                *kind = k;
            return true;
        }
    return false;
}

QString displayName(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Residents: return QCoreApplication::translate("RegisterKind", "Residents");
    case RegisterKind::Houses: return QCoreApplication::translate("RegisterKind", "Housing");
    case RegisterKind::Disputes: return QCoreApplication::translate("RegisterKind", "Dispute ledger");
    case RegisterKind::DisputeParties: return QCoreApplication::translate("RegisterKind", "Dispute parties");
    case RegisterKind::KeyPersons: return QCoreApplication::translate("RegisterKind", "Key populations");
    case RegisterKind::KeyPersonVisits: return QCoreApplication::translate("RegisterKind", "Visits and assistance");
    case RegisterKind::Organisations: return QCoreApplication::translate("RegisterKind", "Organisations");
    case RegisterKind::WorkLog: return QCoreApplication::translate("RegisterKind", "Grid work log");
    }
    return {};
}

} // namespace griddesk::registerkind
