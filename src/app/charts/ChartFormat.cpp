#include "ChartFormat.h"

#include <QLocale>

#include <cmath>

namespace griddesk::app {

namespace {
int decimals(ChartValueKind kind)
{
    switch (kind) {
    case ChartValueKind::Percent:
        return 1;
    case ChartValueKind::PerMille:
        return 2;
    case ChartValueKind::Average:
        return 1;
    case ChartValueKind::Count:
        break;
    }
    return 0;
}
} // namespace

QString ChartFormat::number(double v, ChartValueKind kind)
{
    return QLocale().toString(v, 'f', decimals(kind));
}

QString ChartFormat::unit(ChartValueKind kind)
{
    switch (kind) {
    case ChartValueKind::Percent:
        return QStringLiteral("%");
    case ChartValueKind::PerMille:
        return QStringLiteral("‰");
    case ChartValueKind::Count:
    case ChartValueKind::Average:
        break;
    }
    return {};
}

QString ChartFormat::value(double v, ChartValueKind kind)
{
    return number(v, kind) + unit(kind);
}

QString ChartFormat::difference(double delta, ChartValueKind kind)
{
    const QString n = number(std::abs(delta), kind);
    switch (kind) {
    case ChartValueKind::Percent:
        //: The difference between two percentages, e.g. "2.3 pts"
        return tr("%1 pts").arg(n);
    case ChartValueKind::PerMille:
        return n + unit(kind);
    case ChartValueKind::Count:
    case ChartValueKind::Average:
        break;
    }
    return n;
}

QString ChartFormat::tooFewCases()
{
    //: A unit with fewer cases than the minimum: its figure is not shown or ranked
    return tr("Too few cases");
}

QString ChartFormat::noData()
{
    return tr("No data for this period");
}

} // namespace griddesk::app
