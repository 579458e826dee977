#pragma once
// Finds earlier reports that a new one may duplicate: the same category close
// by within a time window, or the same parties named.

#include "Incident.h"
#include "NewIncident.h"

#include <QCoreApplication>
#include <QVector>

namespace griddesk {

struct DuplicateSettings {
    double distanceMetres = 300.0;
    int windowHours = 72;
    int partyWindowDays = 90;
};

struct DuplicateCandidate {
    qint64 incidentId = 0;
    QString code;
    double distanceMetres = 0.0;
    bool sameParties = false;
    QString reason; // translated, for the user
};

class DuplicateDetector
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateDetector)

public:
    explicit DuplicateDetector(DuplicateSettings settings = {});
    // Candidates among `existing`, nearest first. Rejected and merged cases are skipped.
    QVector<DuplicateCandidate> find(const NewIncident &report, const QVector<Incident> &existing) const;

    // Names compared without spaces and case: "张 三" and "张三" are one party.
    static QString normaliseParty(const QString &name);

private:
    DuplicateSettings m_settings;
};

} // namespace griddesk
