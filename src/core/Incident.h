#pragma once
// An incident as stored, with its place in the grid hierarchy resolved.

#include "AdminLevel.h"
#include "CaseState.h"
#include "DeadlineStatus.h"
#include "GeoTypes.h"
#include "Satisfaction.h"
#include "IncidentSource.h"
#include "IncidentState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace griddesk {

struct Incident {
    qint64 id = 0;
    QString code; // human-readable case number, e.g. SJ-20261126-0007
    QString categoryCode;
    QString title;
    QString description;
    QString address;
    QString reporter;
    QString reporterPhone;    // personal data: validated, masked without the right
    QString reporterIdNumber; // GB 11643, personal data
    QStringList parties; // the people or organisations involved
    IncidentSource source = IncidentSource::GridWorker;
    IncidentState state = IncidentState::Reported;
    QDateTime reportedAt;
    QDateTime deadlineAt; // business deadline (from acceptance); invalid before
    QDateTime closedAt;
    QString gridCode;
    QString communityCode;
    QString townshipCode;
    GeoPoint location; // EPSG:4490

    // The closed loop.
    AdminLevel level = AdminLevel::Grid;
    QString leadDepartment;
    QStringList coDepartments;
    bool supervised = false;
    QString satisfaction; // Satisfaction code, empty until evaluated
    QDateTime acceptedAt;
    QDateTime nodeStartedAt;
    QDateTime nodeDeadlineAt;
    QDateTime dueAt;  // the earlier of the two deadlines
    QDateTime warnAt; // when 80 % of the working time to dueAt is used
    QDateTime lastActionAt;
    QDateTime lastEscalatedAt;
    int reworkCount = 0;
    int escalations = 0;
    qint64 masterId = 0;
    int rowVersion = 1;

    // Where the case stands against its deadlines, from the stored stamps.
    DeadlineStatus deadlineStatus(const QDateTime &now) const
    {
        if (!incidentstate::isOpen(state)) {
            if (!deadlineAt.isValid() || !closedAt.isValid())
                return DeadlineStatus::None;
            return closedAt <= deadlineAt ? DeadlineStatus::ClosedOnTime : DeadlineStatus::ClosedLate;
        }
        if (!dueAt.isValid())
            return DeadlineStatus::None;
        if (now > dueAt)
            return DeadlineStatus::Overdue;
        if (warnAt.isValid() && now >= warnAt)
            return DeadlineStatus::Warning;
        return DeadlineStatus::OnTime;
    }

    CaseState caseState() const
    {
        CaseState c;
        c.state = state;
        c.level = level;
        c.leadDepartment = leadDepartment;
        c.coDepartments = coDepartments;
        c.supervised = supervised;
        Satisfaction s;
        if (satisfaction::fromCode(satisfaction, &s))
            c.satisfaction = s;
        c.reportedAt = reportedAt;
        c.acceptedAt = acceptedAt;
        c.nodeStartedAt = nodeStartedAt;
        c.closedAt = closedAt;
        c.lastActionAt = lastActionAt.isValid() ? lastActionAt : reportedAt;
        c.lastEscalatedAt = lastEscalatedAt;
        c.reworkCount = reworkCount;
        c.escalations = escalations;
        c.masterId = masterId;
        return c;
    }

    void setCaseState(const CaseState &c)
    {
        state = c.state;
        level = c.level;
        leadDepartment = c.leadDepartment;
        coDepartments = c.coDepartments;
        supervised = c.supervised;
        satisfaction = c.satisfaction ? satisfaction::code(*c.satisfaction) : QString();
        acceptedAt = c.acceptedAt;
        nodeStartedAt = c.nodeStartedAt;
        closedAt = c.closedAt;
        lastActionAt = c.lastActionAt;
        lastEscalatedAt = c.lastEscalatedAt;
        reworkCount = c.reworkCount;
        escalations = c.escalations;
        masterId = c.masterId;
    }
};

} // namespace griddesk
