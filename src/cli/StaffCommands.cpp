#include "StaffCommands.h"
#include "CliCommand.h"
#include "StaffingText.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <functional>

namespace griddesk::cli {

namespace {

const char kStaffUsage[] =
    "usage: griddesk-admin staff list [--grid CODE] [--role ROLE] [--all] [--db LOCATION]\n"
    "       griddesk-admin staff add --grid CODE --name NAME --phone PHONE --role ROLE [--since DATE]\n"
    "                                [--login USERNAME] [--note TEXT] [--db LOCATION]\n"
    "       griddesk-admin staff edit ID [--grid CODE] [--name NAME] [--phone PHONE] [--role ROLE] [--since DATE]\n"
    "                                [--login USERNAME|-] [--note TEXT] [--db LOCATION]\n"
    "       griddesk-admin staff retire ID [--on DATE] [--db LOCATION]\n"
    "       griddesk-admin staff check [--language zh_CN|en] [--db LOCATION]\n"
    "       griddesk-admin staff rule [--managers N] [--min-assistants N] [--max-assistants N] [--db LOCATION]\n"
    "ROLE is manager (网格长), full_time (专职网格员) or part_time (兼职网格员); DATE is 2026-11-30 (today\n"
    "when left out). Phones are listed masked. --login links the person's login, whose scope must be\n"
    "their grid (- unlinks it). check lists the grids that break the rule and exits with 3 when there\n"
    "are any; rule shows the rule, or sets the numbers given (administrators). --all lists retired staff too.\n"
    "--db takes a .gpkg path or pg:CONNINFO.";

QString usage()
{
    return QString::fromLatin1(kStaffUsage);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

// The person's fields from the options given; false (after saying why) on bad words.
bool applyOptions(const QCommandLineParser &p, StaffMember *s)
{
    QStringList problems;
    auto set = [&](const char *name, const std::function<void(const QString &)> &apply) {
        if (p.isSet(QString::fromLatin1(name)))
            apply(p.value(QString::fromLatin1(name)));
    };
    set("grid", [&](const QString &v) { s->gridCode = v.trimmed(); });
    set("name", [&](const QString &v) { s->name = v; });
    set("phone", [&](const QString &v) { s->phone = v; });
    set("note", [&](const QString &v) { s->note = v; });
    set("login", [&](const QString &v) { s->username = v == QLatin1String("-") ? QString() : v.trimmed(); });
    set("role", [&](const QString &v) {
        if (!staffrole::fromCode(v, &s->role))
            problems << QStringLiteral("role: \"%1\" is not manager, full_time or part_time").arg(v);
    });
    set("since", [&](const QString &v) {
        s->startedOn = QDate::fromString(v, Qt::ISODate);
        if (!s->startedOn.isValid())
            problems << QStringLiteral("since: \"%1\" is not a date (2026-11-30)").arg(v);
    });
    for (const QString &problem : problems)
        err() << "griddesk-admin: " << problem << "\n";
    return problems.isEmpty();
}

void print(const StaffMember &s)
{
    out() << s.id << "\t" << s.gridCode << "\t" << staffrole::code(s.role) << "\t" << s.name << "\t" << s.phone << "\t"
          << (s.username.isEmpty() ? QStringLiteral("-") : s.username) << "\t"
          << (s.active ? QStringLiteral("active") : QStringLiteral("retired")) << "\t" << dateText(s.startedOn) << "\t"
          << dateText(s.endedOn) << "\n";
}

const char kHeader[] = "id\tgrid\trole\tname\tphone\tlogin\tstate\tsince\tuntil\n";

int fail(const StoreError &e)
{
    err() << "griddesk-admin: " << e.message() << "\n";
    return Failed;
}

int list(const QCommandLineParser &p, Store &store)
{
    std::optional<StaffRole> role;
    if (p.isSet(QStringLiteral("role"))) {
        StaffRole r = StaffRole::Manager;
        if (!staffrole::fromCode(p.value(QStringLiteral("role")), &r)) {
            err() << "griddesk-admin: role: \"" << p.value(QStringLiteral("role")) << "\" is not manager, full_time or part_time\n";
            return Usage;
        }
        role = r;
    }
    out() << kHeader;
    for (const StaffMember &s : store.staffMembers(p.isSet(QStringLiteral("all"))))
        if ((!p.isSet(QStringLiteral("grid")) || s.gridCode == p.value(QStringLiteral("grid"))) && (!role || s.role == *role))
            print(s);
    return Ok;
}

qint64 idArgument(const QStringList &words)
{
    bool ok = false;
    const qint64 id = words.value(2).toLongLong(&ok);
    if (words.size() != 3 || !ok || id <= 0) {
        err() << "griddesk-admin: give the staff member's id (see 'griddesk-admin staff list')\n" << usage() << "\n";
        return 0;
    }
    return id;
}

int check(const QCommandLineParser &p, Store &store)
{
    if (!installLanguage(p.value(QStringLiteral("language")))) {
        err() << "griddesk-admin: --language: \"" << p.value(QStringLiteral("language")) << "\" is not zh_CN or en\n";
        return Usage;
    }
    QHash<QString, QString> names;
    for (const auto &grid : store.staffedGrids())
        names.insert(grid.first, grid.second);
    const StaffingRule rule = store.staffingRule();
    const QVector<GridStaffing> grids = store.staffingCheck();
    out() << "grid\tstate\tmanagers\tassistants\tviolation\tcount\texpected\tmessage\n";
    int problems = 0;
    for (const GridStaffing &g : grids)
        for (const StaffingViolation &v : g.violations) {
            ++problems;
            out() << g.gridCode << "\t" << staffingstate::code(g.state) << "\t" << g.managers << "\t" << g.assistants << "\t"
                  << v.code() << "\t" << v.count << "\t" << v.expected << "\t"
                  << StaffingText::describe(v, names.value(g.gridCode)) << "\n";
        }
    err() << grids.size() << " grids checked against " << rule.managers << " manager(s) and " << rule.minAssistants
          << "-" << rule.maxAssistants << " grid workers: " << problems << " violation(s)\n";
    return problems == 0 ? Ok : ProblemsFound;
}

bool intOption(const QCommandLineParser &p, const char *name, int *value)
{
    const QString option = QString::fromLatin1(name);
    if (!p.isSet(option))
        return true;
    bool ok = false;
    *value = p.value(option).toInt(&ok);
    if (!ok)
        err() << "griddesk-admin: --" << option << ": \"" << p.value(option) << "\" is not a whole number\n";
    return ok;
}

int rule(const QCommandLineParser &p, Store &store)
{
    StaffingRule r = store.staffingRule();
    if (!intOption(p, "managers", &r.managers) || !intOption(p, "min-assistants", &r.minAssistants)
        || !intOption(p, "max-assistants", &r.maxAssistants))
        return Usage;
    if (p.isSet(QStringLiteral("managers")) || p.isSet(QStringLiteral("min-assistants"))
        || p.isSet(QStringLiteral("max-assistants")))
        store.setStaffingRule(r);
    r = store.staffingRule();
    out() << "managers\t" << r.managers << "\nmin_assistants\t" << r.minAssistants << "\nmax_assistants\t"
          << r.maxAssistants << "\n";
    return Ok;
}

} // namespace

int runStaff(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("what"), QStringLiteral("list, add, edit, retire, check or rule"));
    for (const char *name : {"grid", "name", "phone", "role", "since", "login", "note", "on", "managers", "min-assistants",
                             "max-assistants"})
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("value")});
    p.addOption({QStringLiteral("all"), QStringLiteral("retired staff too")});
    p.addOption({QStringLiteral("language"), QStringLiteral("zh_CN or en"), QStringLiteral("lang"), systemLanguage()});
    addDbOption(p);
    if (!parseOrExplain(p, args, usage()))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList words = QStringList{args.value(0)} + p.positionalArguments();
    const QString what = words.value(1);
    const QStringList known = {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("retire"),
                               QStringLiteral("check"), QStringLiteral("rule")};
    if (!known.contains(what) || (words.size() > 2 && what != QLatin1String("edit") && what != QLatin1String("retire"))) {
        err() << "griddesk-admin: " << usage() << "\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        if (what == QLatin1String("list"))
            return list(p, *store);
        if (what == QLatin1String("check"))
            return check(p, *store);
        if (what == QLatin1String("rule"))
            return rule(p, *store);
        if (what == QLatin1String("add")) {
            StaffMember s;
            s.startedOn = QDate::currentDate();
            if (!applyOptions(p, &s))
                return Usage;
            const StaffMember added = store->addStaffMember(s);
            out() << kHeader;
            print(added);
            return Ok;
        }
        const qint64 id = idArgument(words);
        if (id == 0)
            return Usage;
        const std::optional<StaffMember> current = store->staffMember(id);
        if (!current) {
            err() << "griddesk-admin: id: there is no staff member " << id << " in your area\n";
            return Failed;
        }
        if (what == QLatin1String("retire")) {
            const QDate on = p.isSet(QStringLiteral("on")) ? QDate::fromString(p.value(QStringLiteral("on")), Qt::ISODate)
                                                            : QDate::currentDate();
            if (!on.isValid()) {
                err() << "griddesk-admin: on: \"" << p.value(QStringLiteral("on")) << "\" is not a date (2026-11-30)\n";
                return Usage;
            }
            const StaffMember retired = store->retireStaffMember(id, on);
            out() << kHeader;
            print(retired);
            return Ok;
        }
        StaffMember s = *current; // its masked phone keeps the number unless --phone gives one
        if (!applyOptions(p, &s))
            return Usage;
        const StaffMember changed = store->updateStaffMember(s);
        out() << kHeader;
        print(changed);
        return Ok;
    } catch (const StoreError &e) {
        return fail(e);
    }
}

} // namespace griddesk::cli
