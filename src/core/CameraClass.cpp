#include "CameraClass.h"
#include "DivisionCode.h"

#include <QCoreApplication>

namespace griddesk {

bool isValidCameraClass(int value)
{
    return value >= 1 && value <= 3;
}

QString cameraClassName(CameraClass c)
{
    switch (c) {
    case CameraClass::Class1: return QCoreApplication::translate("CameraClass", "Class 1 target");
    case CameraClass::Class2: return QCoreApplication::translate("CameraClass", "Class 2 target");
    case CameraClass::Class3: return QCoreApplication::translate("CameraClass", "Class 3 target");
    }
    return {};
}

bool isValidDeviceId(const QString &id)
{
    return id.size() == 20 && divisioncode::isDigits(id);
}

} // namespace griddesk
