#pragma once
// One person of the grid staff register: who, how to reach them, their role
// in which grid, the login they sign in with (if any), and since when.

#include "StaffRole.h"

#include <QDate>
#include <QString>

namespace griddesk {

struct StaffMember {
    qint64 id = 0;
    QString name;
    // Read masked (138****5678) unless revealed; on a change, a number with
    // a '*' in it means "keep the stored one".
    QString phone;
    StaffRole role = StaffRole::FullTime;
    QString gridCode;
    QString username; // the linked login (gd_users), empty when none
    bool active = true;
    QDate startedOn;
    QDate endedOn; // set when retired
    QString note;
    QString updatedBy;
    int rowVersion = 0;
};

} // namespace griddesk
