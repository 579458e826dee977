#include "AccessCommands.h"
#include "AuditChain.h"
#include "AuditChecker.h"
#include "AuditLogPages.h"
#include "CliCommand.h"
#include "SecretInput.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QTextStream>

#include <cstdio>

namespace griddesk::cli {


int runUser(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: griddesk-admin user add LOCATION USERNAME --role ROLE [--scope CODE] [--department CODE]\n"
        "                                [--name NAME] [--personal-data]\n"
        "             (the password is asked for without echo on a terminal, or read as one line from a pipe)\n"
        "       griddesk-admin user list LOCATION\n"
        "       griddesk-admin user deactivate|activate LOCATION USERNAME\n"
        "             (a deactivated person cannot sign in; on a server their login loses this database)\n"
        "LOCATION is a .gpkg path or pg:CONNINFO (the database owner's connection for a server).\n"
        "ROLE: grid_worker, community_staff, centre_staff, department_handler, leader, administrator");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list, deactivate or activate"));
    p.addOption({QStringLiteral("role"), QStringLiteral("role code"), QStringLiteral("role")});
    p.addOption({QStringLiteral("scope"), QStringLiteral("grid, community or township code"), QStringLiteral("code")});
    p.addOption({QStringLiteral("department"), QStringLiteral("department code (handlers)"), QStringLiteral("code")});
    p.addOption({QStringLiteral("name"), QStringLiteral("display name"), QStringLiteral("name")});
    p.addOption({QStringLiteral("personal-data"), QStringLiteral("may see reporters' phone and ID numbers")});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const bool toggle = action == QLatin1String("deactivate") || action == QLatin1String("activate");
    if (!(((action == QLatin1String("add") || toggle) && pos.size() == 3) || (action == QLatin1String("list") && pos.size() == 2))) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(pos[1]).open();
        if (action == QLatin1String("list")) {
            for (const UserAccount &u : store->users())
                out() << u.username << "\t" << role::code(u.role) << "\t" << (u.scopeCode.isEmpty() ? QStringLiteral("-") : u.scopeCode)
                      << "\t" << (u.department.isEmpty() ? QStringLiteral("-") : u.department) << "\t"
                      << (u.personalData ? "personal-data" : "masked") << "\t" << (u.active ? "active" : "disabled") << "\t"
                      << u.displayName << "\n";
            return Ok;
        }
        if (toggle) {
            store->setUserActive(pos[2], action == QLatin1String("activate"));
            out() << action << "d " << pos[2] << "\n";
            return Ok;
        }
        UserAccount u;
        u.username = pos[2];
        u.displayName = p.value(QStringLiteral("name"));
        if (!role::fromCode(p.value(QStringLiteral("role")), &u.role)) {
            err() << "griddesk-admin: role: unknown role \"" << p.value(QStringLiteral("role")) << "\"\n" << usage << "\n";
            return Usage;
        }
        u.scopeCode = p.value(QStringLiteral("scope"));
        u.department = p.value(QStringLiteral("department"));
        u.personalData = p.isSet(QStringLiteral("personal-data"));
        store->addUser(u, readSecretLine(QStringLiteral("Password for %1: ").arg(u.username)));
        out() << "added " << u.username << " (" << role::code(u.role) << ")\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

int runAudit(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: griddesk-admin audit verify LOCATION [--expect-head HASH]\n"
        "       griddesk-admin audit list LOCATION [--after SEQ] [--limit N]\n"
        "LOCATION is a .gpkg path or pg:CONNINFO.");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("verify or list"));
    p.addOption({QStringLiteral("expect-head"), QStringLiteral("the head hash recorded earlier; a cut tail is detected"),
                 QStringLiteral("hash")});
    p.addOption({QStringLiteral("after"), QStringLiteral("list entries after this sequence number"), QStringLiteral("seq")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("list at most N entries"), QStringLiteral("n")});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || (pos[0] != QLatin1String("verify") && pos[0] != QLatin1String("list"))) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(pos[1]).open();
        if (pos[0] == QLatin1String("list")) {
            const qint64 after = p.value(QStringLiteral("after")).toLongLong();
            const int limit = p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt() : 100;
            for (const AuditEntry &e : store->auditEntries(after, limit))
                out() << e.seq << "\t" << e.at << "\t" << e.actor << "\t" << e.action << "\t" << e.table << "\t"
                      << (e.rowId ? QString::number(*e.rowId) : QStringLiteral("-")) << "\t" << e.after.left(120) << "\n";
            return Ok;
        }
        // One pass: the chain checked, and the recorded head looked for.
        const QString expected = p.value(QStringLiteral("expect-head"));
        bool found = false;
        auditchain::Checker checker;
        auditlog::forEachEntry(*store, 0, [&](const AuditEntry &e) {
            found = found || (!expected.isEmpty() && e.hash == expected);
            return checker.add(e);
        });
        const auditchain::Verdict v = checker.verdict();
        if (!v.intact) {
            err() << "griddesk-admin: audit log TAMPERED: " << v.reason << "\n";
            out() << "checked: " << v.checked << " entries before the damage\n";
            return Failed;
        }
        if (!expected.isEmpty() && expected != v.headHash) {
            if (!found) {
                err() << "griddesk-admin: audit log TAMPERED: the recorded head " << expected.left(16)
                      << "… is no longer in the log (entries were removed from its end)\n";
                return Failed;
            }
        }
        out() << "intact: " << v.checked << " entries, head seq " << v.headSeq << " hash " << v.headHash << "\n";
        if (v.unsealed > 0)
            out() << "unsealed: " << v.unsealed << " entries written by another program; the next write seals them\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace griddesk::cli
