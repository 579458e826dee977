#include "IncidentCommands.h"
#include "CliCommand.h"
#include "GpkgStore.h"
#include "StoreError.h"
#include "StoreLocation.h"
#include "StorePaths.h"
#include "SystemNote.h"

#include <cmath>

namespace griddesk::cli {

namespace {

bool parseCoordinate(const QCommandLineParser &p, const QString &name, double *value)
{
    if (!p.isSet(name)) {
        err() << "griddesk-admin: --" << name << " is required\n";
        return false;
    }
    bool ok = false;
    *value = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(*value)) {
        err() << "griddesk-admin: --" << name << ": \"" << p.value(name) << "\" is not a number\n";
        return false;
    }
    return true;
}

int add(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: griddesk-admin incident add [--db PATH] --lon X --lat Y --category CODE [--title T]\n"
        "       [--description D] [--address A] [--reporter NAME] [--reporter-phone P] [--reporter-id ID]\n"
        "       [--source grid_worker|phone|visit|hotline_12345|online]\n"
        "--db takes a .gpkg path or pg:CONNINFO.");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("add"), QStringLiteral("add"));
    p.addOptions({{QStringLiteral("db"), QStringLiteral("GeoPackage file"), QStringLiteral("path"),
                   storepaths::defaultDatabase()},
                  {QStringLiteral("lon"), QStringLiteral("Longitude (CGCS2000)"), QStringLiteral("x")},
                  {QStringLiteral("lat"), QStringLiteral("Latitude (CGCS2000)"), QStringLiteral("y")},
                  {QStringLiteral("category"), QStringLiteral("Category code"), QStringLiteral("code")},
                  {QStringLiteral("title"), QStringLiteral("Short title"), QStringLiteral("text")},
                  {QStringLiteral("description"), QStringLiteral("Description"), QStringLiteral("text")},
                  {QStringLiteral("address"), QStringLiteral("Address"), QStringLiteral("text")},
                  {QStringLiteral("reporter"), QStringLiteral("Reporter's name"), QStringLiteral("name")},
                  {QStringLiteral("reporter-phone"), QStringLiteral("Reporter's mobile or landline"), QStringLiteral("phone")},
                  {QStringLiteral("reporter-id"), QStringLiteral("Reporter's citizen ID number (GB 11643)"), QStringLiteral("id")},
                  {QStringLiteral("source"), QStringLiteral("Source of the report"), QStringLiteral("code"),
                   QStringLiteral("grid_worker")},
                  {QStringLiteral("actor"), QStringLiteral("Who records it"), QStringLiteral("name"),
                   QStringLiteral("griddesk-admin")}});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;

    NewIncident in;
    if (!parseCoordinate(p, QStringLiteral("lon"), &in.location.x) || !parseCoordinate(p, QStringLiteral("lat"), &in.location.y))
        return Usage;
    if (!p.isSet(QStringLiteral("category"))) {
        err() << "griddesk-admin: --category is required\n";
        return Usage;
    }
    in.categoryCode = p.value(QStringLiteral("category"));
    in.description = p.value(QStringLiteral("description"));
    in.address = p.value(QStringLiteral("address"));
    in.reporter = p.value(QStringLiteral("reporter"));
    in.reporterPhone = p.value(QStringLiteral("reporter-phone"));
    in.reporterIdNumber = p.value(QStringLiteral("reporter-id"));
    if (!incidentsource::fromCode(p.value(QStringLiteral("source")), &in.source)) {
        err() << "griddesk-admin: --source: unknown source \"" << p.value(QStringLiteral("source")) << "\"\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        QString title = p.value(QStringLiteral("title"));
        if (title.isEmpty()) {
            for (const IncidentCategory &c : store->categories())
                if (c.code == in.categoryCode)
                    title = c.nameZh;
        }
        in.title = title.isEmpty() ? in.categoryCode : title;
        const qint64 id = store->addIncident(in, p.value(QStringLiteral("actor")));
        const std::optional<Incident> created = store->incident(id);
        out() << "added incident " << created->code << " (id " << id << ") in grid " << created->gridCode << "\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

// A case's history, oldest first; the system's notes are rendered as text.
int history(const QStringList &args)
{
    const QString usage = QStringLiteral("usage: griddesk-admin incident history [--db LOCATION] CASE_NUMBER");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("history"), QStringLiteral("history"));
    p.addPositionalArgument(QStringLiteral("case"), QStringLiteral("Case number, for example E20261130-0001"));
    addDbOption(p);
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 2) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    const QString code = p.positionalArguments().at(1);
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        const std::optional<Incident> incident = store->incidentByCode(code);
        if (!incident) {
            err() << "griddesk-admin: case: no case numbered \"" << code << "\"\n";
            return Failed;
        }
        out() << incident->code << "  " << incident->title << "  (" << incidentstate::code(incident->state) << ")\n";
        for (const IncidentHistoryEntry &h : store->history(incident->id)) {
            out() << h.at.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << h.action
                  << "  " << SystemNote::renderActor(h.actor) << (h.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(h.role))
                  << "  " << (h.hasStateBefore ? incidentstate::code(h.stateBefore) + QStringLiteral(" -> ") : QString())
                  << incidentstate::code(h.stateAfter);
            if (!h.note.isEmpty() && h.action != QLatin1String("report"))
                out() << "  " << SystemNote::render(h.note);
            out() << "\n";
        }
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace

int runIncident(const QStringList &args)
{
    if (args.size() >= 2 && args[1] == QLatin1String("add"))
        return add(args);
    if (args.size() >= 2 && args[1] == QLatin1String("history"))
        return history(args);
    err() << "griddesk-admin: usage: griddesk-admin incident add --lon X --lat Y --category CODE ...\n"
             "       griddesk-admin incident history [--db LOCATION] CASE_NUMBER\n";
    return Usage;
}

} // namespace griddesk::cli
