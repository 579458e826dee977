#include "KpiWarning.h"

#include <QLocale>

namespace griddesk {

QString KpiWarning::code() const
{
    switch (kind) {
    case Kind::Rising: return QStringLiteral("rising");
    case Kind::RepeatParties: return QStringLiteral("repeat_parties");
    case Kind::RepeatPlace: return QStringLiteral("repeat_place");
    case Kind::Cluster: return QStringLiteral("cluster");
    }
    return {};
}

QString KpiWarning::kindName() const
{
    switch (kind) {
    case Kind::Rising: return tr("Rising incidents");
    case Kind::RepeatParties: return tr("Repeat dispute: same parties");
    case Kind::RepeatPlace: return tr("Repeat dispute: same place");
    case Kind::Cluster: return tr("Cluster of one category");
    }
    return {};
}

QString KpiWarning::text(const QString &unitName, const QString &categoryName) const
{
    const QLocale c = QLocale::c();
    switch (kind) {
    case Kind::Rising:
        return tr("%1: %2 cases this period against %3 a period on average over the %4 periods before")
            .arg(unitName)
            .arg(count)
            .arg(c.toString(baseline, 'f', 1))
            .arg(periods);
    case Kind::RepeatParties:
        return tr("%1: %2 named in %3 cases within %4 days").arg(unitName, party).arg(count).arg(days);
    case Kind::RepeatPlace:
        return tr("%1: %2 cases of %3 within %4 m of each other within %5 days")
            .arg(unitName)
            .arg(count)
            .arg(categoryName)
            .arg(qRound(metres))
            .arg(days);
    case Kind::Cluster:
        return tr("%1: %2 cases of %3 within %4 m in %5 days")
            .arg(unitName)
            .arg(count)
            .arg(categoryName)
            .arg(qRound(metres))
            .arg(days);
    }
    return {};
}

} // namespace griddesk
