#include "AssessmentPdfTables.h"

#include <QLocale>

#include <cmath>

namespace griddesk::map {

namespace {
constexpr int kMaxCaseNumbers = 6; // beyond these, "and N more"

ReportCell right(const QString &text, const QColor &colour = {})
{
    return ReportCell { text, colour, false, Qt::AlignRight };
}
} // namespace

QVector<Kpi> AssessmentPdfTables::unitColumns()
{
    return { Kpi::IncidenceRate, Kpi::ClosureRate, Kpi::OnTimeClosureRate, Kpi::FirstTimeFixRate, Kpi::SatisfactionRate,
        Kpi::ScreeningCoverage, Kpi::WorkLogCompliance, Kpi::OverdueCount };
}

QString AssessmentPdfTables::value(Kpi k, const KpiFigure &f)
{
    if (!f.value)
        return QStringLiteral("—");
    const QString v = kpi::formatValue(k, *f.value);
    return kpi::kind(k) == KpiKind::PerThousand ? QStringLiteral("%1 %2").arg(v, kpi::unitSuffix(k)) : v;
}

QString AssessmentPdfTables::change(Kpi k, const std::optional<double> &delta)
{
    if (!delta)
        return QStringLiteral("—");
    const QLocale c = QLocale::c();
    const double d = *delta;
    switch (kpi::kind(k)) {
    case KpiKind::Percent: {
        const QString n = c.toString(std::abs(d), 'f', 1);
        return tr("%1%2 pt").arg(d > 0.05 ? QStringLiteral("+") : d < -0.05 ? QStringLiteral("−") : QString(), n);
    }
    case KpiKind::PerWorkerWeek:
        return (d > 0.05 ? QStringLiteral("+") : d < -0.05 ? QStringLiteral("−") : QString()) + c.toString(std::abs(d), 'f', 1);
    case KpiKind::PerThousand:
        return (d > 0.005           ? QStringLiteral("+")
                       : d < -0.005 ? QStringLiteral("−")
                                    : QString())
            + c.toString(std::abs(d), 'f', 2);
    case KpiKind::Count:
        return (d > 0          ? QStringLiteral("+")
                       : d < 0 ? QStringLiteral("−")
                               : QString())
            + c.toString(std::abs(qRound64(d)));
    }
    return {};
}

QColor AssessmentPdfTables::changeColour(Kpi k, const std::optional<double> &delta)
{
    if (!delta || std::abs(*delta) < 0.05)
        return ReportLayoutKit::muted();
    // Counts of overdue, supervised and escalated cases are better when lower.
    const bool better = kpi::higherIsBetter(k) ? *delta > 0 : *delta < 0;
    return better ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc0, 0x39, 0x2b);
}

ReportTable AssessmentPdfTables::summary(const AssessmentReport &r)
{
    ReportTable t;
    t.headers = QStringList { tr("KPI"), tr("Value"), tr("Numerator / denominator"), tr("Sample"), tr("vs previous"),
        tr("vs last year") };
    t.widths = { 32, 28, 26, 18, 31, 31 };
    t.padding = 2.0;
    const QLocale c = QLocale::c();
    for (Kpi k : kpi::all()) {
        const KpiFigure f = r.figure(r.subject.code, k);
        const auto prev = r.changeVsPrevious(r.subject.code, k);
        const auto year = r.changeVsLastYear(r.subject.code, k);
        const QString counts = kpi::isRatio(k)
            ? QStringLiteral("%1 / %2").arg(c.toString(f.numerator), c.toString(f.denominator))
            : c.toString(f.numerator);
        const QColor few = f.sufficient ? QColor() : ReportLayoutKit::muted();
        t.rows << ReportRow { ReportCell { kpi::name(k), {}, true },
            right(f.value && !f.sufficient ? value(k, f) + QStringLiteral(" *") : value(k, f), few), right(counts),
            right(c.toString(f.sample), few), right(change(k, prev), changeColour(k, prev)),
            right(change(k, year), changeColour(k, year)) };
    }
    return t;
}

ReportTable AssessmentPdfTables::units(const AssessmentReport &r)
{
    ReportTable t;
    t.headers << tr("Unit") << tr("Level");
    t.widths << 39 << 22;
    for (Kpi k : unitColumns()) {
        t.headers << kpi::name(k);
        t.widths << 26.5;
    }
    QVector<KpiUnit> listed = r.children(r.subject.code);
    for (const KpiUnit &u : r.units)
        if (u.department)
            listed << u;
    for (const KpiUnit &u : listed) {
        ReportRow row { ReportCell { u.name, {}, true },
            ReportCell { u.department ? tr("Department") : adminLevelName(u.level), ReportLayoutKit::muted() } };
        for (Kpi k : unitColumns()) {
            const KpiFigure f = r.figure(u.code, k);
            QString text = value(k, f);
            if (f.value && !f.sufficient)
                text += QStringLiteral(" *");
            row << right(text, f.sufficient ? QColor() : ReportLayoutKit::muted());
        }
        t.rows << row;
    }
    return t;
}

ReportTable AssessmentPdfTables::warnings(const AssessmentReport &r)
{
    ReportTable t;
    t.headers = QStringList { tr("Kind"), tr("Unit"), tr("Reason"), tr("Cases") };
    t.widths = { 40, 36, 127, 70 };
    for (const AssessmentReportWarning &w : r.warnings) {
        QStringList shown = w.caseCodes.mid(0, kMaxCaseNumbers);
        QString cases = shown.join(QStringLiteral(", "));
        if (w.caseCodes.size() > kMaxCaseNumbers)
            cases += tr(" and %1 more").arg(w.caseCodes.size() - kMaxCaseNumbers);
        t.rows << ReportRow { ReportCell { w.kindName, QColor(0xc0, 0x39, 0x2b), true }, ReportCell { w.unitName },
            ReportCell { w.reason }, ReportCell { cases } };
    }
    return t;
}

ReportTable AssessmentPdfTables::definitions()
{
    ReportTable t;
    t.headers = QStringList { tr("KPI"), tr("Formula"), tr("Counting rules") };
    t.widths = { 38, 85, 150 };
    for (Kpi k : kpi::all())
        t.rows << ReportRow { ReportCell { kpi::name(k), {}, true }, ReportCell { kpi::formula(k) },
            ReportCell { kpi::rules(k) } };
    return t;
}

} // namespace griddesk::map
