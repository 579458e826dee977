#pragma once
// A video surveillance camera as stored.

#include "CameraClass.h"
#include "GeoTypes.h"

#include <QDateTime>
#include <QString>

namespace griddesk {

struct Camera {
    qint64 id = 0;
    QString deviceId; // GB/T 28181, 20 digits
    QString name;
    CameraClass cameraClass = CameraClass::Class3;
    bool online = true;
    bool networked = true; // linked to the police monitoring centre
    QString gridCode;
    QDateTime installedAt;
    GeoPoint location; // EPSG:4490
};

} // namespace griddesk
