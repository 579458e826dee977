#include "ClosedPeriod.h"

#include <QCoreApplication>

namespace griddesk::closedperiod {

namespace {
constexpr int kLocalOffset = 8 * 3600;
}

const QVector<ClosedPeriod> &all()
{
    static const QVector<ClosedPeriod> periods = {ClosedPeriod::Week, ClosedPeriod::Month, ClosedPeriod::Quarter,
                                                  ClosedPeriod::ThisYear, ClosedPeriod::All};
    return periods;
}

QString code(ClosedPeriod p)
{
    switch (p) {
    case ClosedPeriod::Week: return QStringLiteral("7d");
    case ClosedPeriod::Month: return QStringLiteral("30d");
    case ClosedPeriod::Quarter: return QStringLiteral("90d");
    case ClosedPeriod::ThisYear: return QStringLiteral("year");
    case ClosedPeriod::All: return QStringLiteral("all");
    }
    return {};
}

bool fromCode(const QString &value, ClosedPeriod *out)
{
    for (ClosedPeriod p : all()) {
        if (code(p) == value) {
            *out = p;
            return true;
        }
    }
    return false;
}

QString displayName(ClosedPeriod p)
{
    switch (p) {
    case ClosedPeriod::Week: return QCoreApplication::translate("ClosedPeriod", "7 days");
    case ClosedPeriod::Month: return QCoreApplication::translate("ClosedPeriod", "30 days");
    case ClosedPeriod::Quarter: return QCoreApplication::translate("ClosedPeriod", "90 days");
    case ClosedPeriod::ThisYear: return QCoreApplication::translate("ClosedPeriod", "This year");
    case ClosedPeriod::All: return QCoreApplication::translate("ClosedPeriod", "All");
    }
    return {};
}

QDateTime since(ClosedPeriod p, const QDateTime &now)
{
    const QDate today = now.toOffsetFromUtc(kLocalOffset).date();
    QDate first;
    switch (p) {
    case ClosedPeriod::Week: first = today.addDays(-7); break;
    case ClosedPeriod::Month: first = today.addDays(-30); break;
    case ClosedPeriod::Quarter: first = today.addDays(-90); break;
    case ClosedPeriod::ThisYear: first = QDate(today.year(), 1, 1); break;
    case ClosedPeriod::All: return {};
    }
    return QDateTime(first, QTime(0, 0), Qt::OffsetFromUTC, kLocalOffset).toUTC();
}

} // namespace griddesk::closedperiod
