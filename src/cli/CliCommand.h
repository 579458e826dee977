#pragma once
// Shared plumbing of griddesk-admin's subcommands: output streams and exit codes.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace griddesk {
class Store;
}

namespace griddesk::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2, ProblemsFound = 3 };

QTextStream &out();
QTextStream &err();

// Parses `args` (the subcommand's own words, program name first); on a usage
// error prints it with the help text and returns false.
bool parseOrExplain(QCommandLineParser &parser, const QStringList &args, const QString &usage);
// The --db option: a GeoPackage path or pg:CONNINFO, the default database when left out.
void addDbOption(QCommandLineParser &parser);
// parseOrExplain, then exactly `words` positional words (the subcommand's
// name first); false with the exit code in *exit when the command stops here.
bool parseWords(QCommandLineParser &parser, const QStringList &args, const QString &usage, int words, int *exit);
// Opens the --db store and runs `work` on it; a store error is printed
// (after `context`, when given) and gives Failed.
int withStore(const QCommandLineParser &parser, const std::function<int(Store &)> &work, const QString &context = {});
// The EPSG code of --crs (an accepted CRS: BoundaryCrs), 0 when not given;
// -1, with the reason printed, when it is not accepted.
int crsOption(const QCommandLineParser &parser);
// Words and numbers in zh_CN or en (the embedded catalogue); false for any other language.
bool installLanguage(const QString &lang);
// zh_CN on a Chinese system, en elsewhere.
QString systemLanguage();

} // namespace griddesk::cli
