#include "BulletinCommands.h"
#include "BulletinArea.h"
#include "BulletinLevelNames.h"
#include "ChinaTime.h"
#include "CliCommand.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QTimeZone>

namespace griddesk::cli {

namespace {

const char kBulletinUsage[] =
    "usage: griddesk-admin bulletin publish --level blue|yellow|orange|red --title TITLE --text TEXT\n"
    "                                       --from TIME --to TIME (--units CODE,CODE | --wkt POLYGON) [--db LOCATION]\n"
    "       griddesk-admin bulletin list [--active] [--db LOCATION]\n"
    "       griddesk-admin bulletin withdraw CODE [--db LOCATION]\n"
    "TIME is ISO 8601 (2026-12-01T08:00, in China Standard Time unless it ends in Z or an offset) or \"now\".\n"
    "--units names the townships, communities or grids the bulletin covers; --wkt draws its area\n"
    "(POLYGON or MULTIPOLYGON, longitude latitude in EPSG:4490). --db takes a .gpkg path or pg:CONNINFO.";


QDateTime parseTime(const QString &text)
{
    if (text == QLatin1String("now"))
        return QDateTime::currentDateTimeUtc();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    // Without a zone the time is the township's local time.
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::OffsetFromUTC, kChinaOffset);
    return t.toUTC();
}

QString local(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(kChinaOffset).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString state(const Bulletin &b, const QDateTime &now)
{
    if (b.withdrawnAt.isValid())
        return QStringLiteral("withdrawn");
    if (b.isActive(now))
        return QStringLiteral("active");
    return b.validTo <= now ? QStringLiteral("expired") : QStringLiteral("pending");
}

int publish(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kBulletinUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("publish"), QStringLiteral("publish"));
    for (const char *name : {"level", "title", "text", "from", "to", "units", "wkt"})
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("value")});
    addDbOption(p);
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    QStringList problems;
    Bulletin draft;
    if (!bulletinlevel::fromCode(p.value(QStringLiteral("level")), &draft.level))
        problems << QStringLiteral("level: \"%1\" is not blue, yellow, orange or red").arg(p.value(QStringLiteral("level")));
    draft.title = p.value(QStringLiteral("title"));
    draft.text = p.value(QStringLiteral("text"));
    for (const char *name : {"from", "to"}) {
        const QString value = p.value(QString::fromLatin1(name));
        const QDateTime t = parseTime(value);
        if (!value.isEmpty() && !t.isValid())
            problems << QStringLiteral("%1: \"%2\" is not a time (2026-12-01T08:00 or now)").arg(QString::fromLatin1(name), value);
        (qstrcmp(name, "from") == 0 ? draft.validFrom : draft.validTo) = t;
    }
    const bool units = p.isSet(QStringLiteral("units"));
    const bool wkt = p.isSet(QStringLiteral("wkt"));
    if (units == wkt)
        problems << QStringLiteral("area: give either --units CODE,CODE or --wkt POLYGON");
    if (units)
        draft.unitCodes = p.value(QStringLiteral("units")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (wkt && !bulletinarea::fromWkt(p.value(QStringLiteral("wkt")), &draft.area))
        problems << QStringLiteral("wkt: not a POLYGON or MULTIPOLYGON in WKT");
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err() << "griddesk-admin: " << problem << "\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        const Bulletin b = store->publish(draft);
        out() << b.code << "\t" << bulletinlevel::code(b.level) << "\t" << local(b.validFrom) << " - " << local(b.validTo)
              << "\t" << b.title << "\tunits " << b.unitCodes.join(QLatin1Char(',')) << "\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("list"), QStringLiteral("list"));
    p.addOption({QStringLiteral("active"), QStringLiteral("only the bulletins in force now")});
    addDbOption(p);
    if (!parseOrExplain(p, args, QString::fromLatin1(kBulletinUsage)))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QVector<Bulletin> all = p.isSet(QStringLiteral("active")) ? store->activeBulletins(now) : store->bulletins();
        out() << "code\tlevel\tstate\tfrom\tto\tpublished_by\ttitle\tunits\n";
        for (const Bulletin &b : all)
            out() << b.code << "\t" << bulletinlevel::code(b.level) << "\t" << state(b, now) << "\t" << local(b.validFrom)
                  << "\t" << local(b.validTo) << "\t" << b.publishedBy << "\t" << b.title << "\t"
                  << b.unitCodes.join(QLatin1Char(',')) << "\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

int withdraw(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kBulletinUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("withdraw"), QStringLiteral("withdraw"));
    p.addPositionalArgument(QStringLiteral("code"), QStringLiteral("Bulletin code (YJ-20261130-01)"));
    addDbOption(p);
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        for (const Bulletin &b : store->bulletins())
            if (b.code == pos[1]) {
                const Bulletin done = store->withdraw(b.id);
                out() << done.code << "\twithdrawn at " << local(done.withdrawnAt) << "\t" << done.title << "\n";
                return Ok;
            }
        err() << "griddesk-admin: code: there is no bulletin " << pos[1] << "\n";
        return Failed;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace

int runBulletin(const QStringList &args)
{
    if (args.size() >= 2 && args[1] == QLatin1String("publish"))
        return publish(args);
    if (args.size() >= 2 && args[1] == QLatin1String("list"))
        return list(args);
    if (args.size() >= 2 && args[1] == QLatin1String("withdraw"))
        return withdraw(args);
    const bool help = args.size() >= 2 && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"));
    (help ? out() : err()) << (help ? "" : "griddesk-admin: ") << kBulletinUsage << "\n";
    return help ? Ok : Usage;
}

} // namespace griddesk::cli
