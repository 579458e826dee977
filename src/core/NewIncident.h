#pragma once
// The fields of a new report, before the store places it in its grid.

#include "Attachment.h"
#include "GeoTypes.h"
#include "IncidentSource.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <QStringList>

namespace griddesk {

struct NewIncident {
    GeoPoint location; // EPSG:4490, x = lon, y = lat
    QString categoryCode;
    QString title;
    QString description;
    QString address;
    QString reporter;
    QString reporterPhone;    // personal data: validated, masked without the right
    QString reporterIdNumber; // GB 11643, personal data
    QStringList parties; // the people or organisations involved
    IncidentSource source = IncidentSource::GridWorker;
    QDateTime reportedAt; // defaults to now when invalid
    QVector<Attachment> attachments; // saved with the report, in the same transaction
};

} // namespace griddesk
