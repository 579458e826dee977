#include "DuplicateDetector.h"
#include "GeoDistance.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace griddesk {

DuplicateDetector::DuplicateDetector(DuplicateSettings settings)
    : m_settings(settings)
{
}

QString DuplicateDetector::normaliseParty(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (!c.isSpace())
            out += c.toCaseFolded();
    return out;
}

QVector<DuplicateCandidate> DuplicateDetector::find(const NewIncident &report, const QVector<Incident> &existing) const
{
    const QDateTime when = report.reportedAt.isValid() ? report.reportedAt : QDateTime::currentDateTimeUtc();
    QSet<QString> parties;
    for (const QString &p : report.parties)
        if (!normaliseParty(p).isEmpty())
            parties.insert(normaliseParty(p));

    QVector<DuplicateCandidate> out;
    for (const Incident &i : existing) {
        if (i.state == IncidentState::Rejected || i.state == IncidentState::Merged)
            continue;
        const double hours = std::fabs(double(i.reportedAt.secsTo(when))) / 3600.0;
        const double distance = geodistance::metres(report.location, i.location);
        const bool near = i.categoryCode == report.categoryCode && distance <= m_settings.distanceMetres
            && hours <= m_settings.windowHours;
        QStringList shared;
        if (!parties.isEmpty() && hours <= m_settings.partyWindowDays * 24.0)
            for (const QString &p : i.parties)
                if (parties.contains(normaliseParty(p)))
                    shared << p;
        if (!near && shared.isEmpty())
            continue;
        DuplicateCandidate c;
        c.incidentId = i.id;
        c.code = i.code;
        c.distanceMetres = distance;
        c.sameParties = !shared.isEmpty();
        QStringList reasons;
        if (near)
            reasons << tr("same category %1 m away, reported %2 h apart").arg(qRound(distance)).arg(qRound(hours));
        if (!shared.isEmpty())
            reasons << tr("names the same parties: %1").arg(shared.join(QStringLiteral(", ")));
        c.reason = reasons.join(QStringLiteral("; "));
        out.push_back(c);
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return a.distanceMetres < b.distanceMetres;
    });
    return out;
}

} // namespace griddesk
