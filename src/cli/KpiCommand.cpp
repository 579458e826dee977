#include "KpiCommand.h"
#include "AssessmentReportReader.h"
#include "AssessmentXlsxWriter.h"
#include "CliCommand.h"
#include "Store.h"
#include "StoreError.h"
#include "StoreLocation.h"
#include "StorePaths.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace griddesk::cli {

namespace {

class KpiText
{
    Q_DECLARE_TR_FUNCTIONS(KpiCommand)

public:
    static QStringList tableHeadings()
    {
        return { tr("Unit code"), tr("Unit"), tr("KPI"), tr("Value"), tr("Numerator"), tr("Denominator"), tr("Sample"),
            tr("Sufficient"), tr("vs previous"), tr("vs last year") };
    }
    static QString yesNo(bool yes) { return yes ? tr("yes") : tr("no (too few cases)"); }
};

const QStringList kCsvColumns { QStringLiteral("unit_code"), QStringLiteral("unit_name"), QStringLiteral("level"),
    QStringLiteral("kpi"), QStringLiteral("value"), QStringLiteral("numerator"), QStringLiteral("denominator"),
    QStringLiteral("sample"), QStringLiteral("sufficient"), QStringLiteral("change_vs_previous"),
    QStringLiteral("change_vs_last_year") };

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

QString levelCode(const KpiUnit &u)
{
    return u.department ? QStringLiteral("department") : adminLevelCode(u.level);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// A change as a signed figure in the KPI's own unit.
QString signedChange(Kpi k, const std::optional<double> &d)
{
    if (!d)
        return QStringLiteral("—");
    const int decimals = kpi::kind(k) == KpiKind::Count ? 0 : kpi::kind(k) == KpiKind::PerThousand ? 2 : 1;
    const QString text = QLocale::c().toString(*d, 'f', decimals);
    return *d > 0 && text != QLocale::c().toString(0.0, 'f', decimals) ? QLatin1Char('+') + text : text;
}

// Characters a terminal draws two columns wide (CJK) count twice.
int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s)
        w += (c.unicode() >= 0x1100
                 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                     || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
                     || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                     || (c.unicode() >= 0xfe30 && c.unicode() <= 0xfe4f)
                     || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)
                     || (c.unicode() >= 0xffe0 && c.unicode() <= 0xffe6)))
            ? 2
            : 1;
    return w;
}

void printTable(const AssessmentReport &r, const QVector<KpiUnit> &units)
{
    QVector<QStringList> rows { KpiText::tableHeadings() };
    const QLocale c = QLocale::c();
    for (const KpiUnit &u : units) {
        for (Kpi k : kpi::all()) {
            const KpiFigure f = r.figure(u.code, k);
            rows << QStringList { u.code, u.name, kpi::name(k),
                f.value ? kpi::formatValue(k, *f.value) : QStringLiteral("—"), c.toString(f.numerator),
                kpi::isRatio(k) ? c.toString(f.denominator) : QStringLiteral("—"), c.toString(f.sample),
                KpiText::yesNo(f.sufficient), signedChange(k, r.changeVsPrevious(u.code, k)),
                signedChange(k, r.changeVsLastYear(u.code, k)) };
        }
    }
    QVector<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    out() << r.subject.name << " (" << r.subject.code << ")  " << r.period.label() << "  [" << r.period.key() << "; "
          << r.previous.key() << ", " << r.lastYear.key() << "]\n";
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            const QString pad(widths[i] - displayWidth(row.at(i)), QLatin1Char(' '));
            const bool numeric = i >= 3 && i != 7;
            line += (numeric ? pad + row.at(i) : row.at(i) + pad) + QStringLiteral("  ");
        }
        out() << line.trimmed() << "\n";
    }
}

void printCsv(const AssessmentReport &r, const QVector<KpiUnit> &units)
{
    out() << kCsvColumns.join(QLatin1Char(',')) << "\n";
    for (const KpiUnit &u : units) {
        for (Kpi k : kpi::all()) {
            const KpiFigure f = r.figure(u.code, k);
            out() << QStringList { csvField(u.code), csvField(u.name), levelCode(u), kpi::code(k), number(f.value),
                QString::number(f.numerator), kpi::isRatio(k) ? QString::number(f.denominator) : QString(),
                QString::number(f.sample), f.sufficient ? QStringLiteral("true") : QStringLiteral("false"),
                number(r.changeVsPrevious(u.code, k)), number(r.changeVsLastYear(u.code, k)) }
                         .join(QLatin1Char(','))
                  << "\n";
        }
    }
}

QJsonValue json(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

void printJson(const AssessmentReport &r, const QVector<KpiUnit> &units)
{
    QJsonArray unitArray;
    for (const KpiUnit &u : units) {
        QJsonArray figures;
        for (Kpi k : kpi::all()) {
            const KpiFigure f = r.figure(u.code, k);
            figures.append(QJsonObject {
                { QStringLiteral("kpi"), kpi::code(k) },
                { QStringLiteral("name"), kpi::name(k) },
                { QStringLiteral("value"), json(f.value) },
                { QStringLiteral("numerator"), double(f.numerator) },
                { QStringLiteral("denominator"), kpi::isRatio(k) ? QJsonValue(double(f.denominator)) : QJsonValue() },
                { QStringLiteral("sample"), double(f.sample) },
                { QStringLiteral("sufficient"), f.sufficient },
                { QStringLiteral("change_vs_previous"), json(r.changeVsPrevious(u.code, k)) },
                { QStringLiteral("change_vs_last_year"), json(r.changeVsLastYear(u.code, k)) },
            });
        }
        unitArray.append(QJsonObject { { QStringLiteral("code"), u.code }, { QStringLiteral("name"), u.name },
            { QStringLiteral("level"), levelCode(u) }, { QStringLiteral("figures"), figures } });
    }
    const QJsonObject doc { { QStringLiteral("unit"), r.subject.code }, { QStringLiteral("period"), r.period.key() },
        { QStringLiteral("previous_period"), r.previous.key() },
        { QStringLiteral("same_period_last_year"), r.lastYear.key() },
        { QStringLiteral("as_of"), r.asOf.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("min_cases"), r.settings.minCases },
        { QStringLiteral("work_log_per_week"), r.settings.workLogPerWeek }, { QStringLiteral("units"), unitArray } };
    out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

} // namespace

int runKpi(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: griddesk-admin kpi --unit CODE --period PERIOD [--children] [--format table|csv|json]\n"
        "       [--db LOCATION] [--xlsx FILE] [--language zh_CN|en]\n"
        "PERIOD: 2026-W48, 2026-11, 2026-Q4, 2026 or 2026-11-01..2026-11-15 (China time).\n"
        "Every KPI of the unit (and with --children of the units directly under it): value, numerator,\n"
        "denominator, sample, whether the sample suffices to rank, and the change against the previous\n"
        "period and the same period last year. --xlsx also writes the assessment workbook.\n"
        "--db takes a .gpkg path or pg:CONNINFO.");
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("unit"), QStringLiteral("Unit code (township, community, grid or department)"),
                       QStringLiteral("code") },
        { QStringLiteral("period"), QStringLiteral("Assessment period"), QStringLiteral("period") },
        { QStringLiteral("children"), QStringLiteral("Also the units directly under it") },
        { QStringLiteral("format"), QStringLiteral("table, csv or json"), QStringLiteral("format"),
            QStringLiteral("table") },
        { QStringLiteral("db"), QStringLiteral("GeoPackage file or pg:CONNINFO"), QStringLiteral("path"),
            storepaths::defaultDatabase() },
        { QStringLiteral("xlsx"), QStringLiteral("Also write the XLSX workbook here"), QStringLiteral("file") },
        { QStringLiteral("language"), QStringLiteral("Language of names and headings: zh_CN or en"),
            QStringLiteral("lang"), QStringLiteral("zh_CN") } });
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty()) {
        err() << "griddesk-admin: kpi: unexpected \"" << p.positionalArguments().first() << "\"\n" << usage << "\n";
        return Usage;
    }
    for (const QString &required : { QStringLiteral("unit"), QStringLiteral("period") }) {
        if (!p.isSet(required)) {
            err() << "griddesk-admin: --" << required << " is required\n" << usage << "\n";
            return Usage;
        }
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        err() << "griddesk-admin: --format: \"" << format << "\" is not table, csv or json\n";
        return Usage;
    }
    if (!installLanguage(p.value(QStringLiteral("language")))) {
        err() << "griddesk-admin: --language: \"" << p.value(QStringLiteral("language")) << "\" is not zh_CN or en\n";
        return Usage;
    }
    QString periodError;
    const std::optional<KpiPeriod> period = KpiPeriod::parse(p.value(QStringLiteral("period")), &periodError);
    if (!period) {
        err() << "griddesk-admin: --period: " << periodError << "\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open(true);
        const AssessmentReport report = AssessmentReportReader::read(
            *store, p.value(QStringLiteral("unit")), *period, QDateTime::currentDateTimeUtc());
        QVector<KpiUnit> units { report.subject };
        if (p.isSet(QStringLiteral("children")))
            units += report.children(report.subject.code);
        if (format == QLatin1String("csv"))
            printCsv(report, units);
        else if (format == QLatin1String("json"))
            printJson(report, units);
        else
            printTable(report, units);
        if (p.isSet(QStringLiteral("xlsx"))) {
            QString error;
            if (!AssessmentXlsxWriter::write(report, p.value(QStringLiteral("xlsx")), &error)) {
                err() << "griddesk-admin: --xlsx: " << error << "\n";
                return Failed;
            }
            err() << "wrote " << p.value(QStringLiteral("xlsx")) << "\n";
        }
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace griddesk::cli
