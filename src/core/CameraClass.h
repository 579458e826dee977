#pragma once
// Surveillance target classes (一类/二类/三类) and GB/T 28181 device IDs.

#include <QString>

namespace griddesk {

enum class CameraClass : int { Class1 = 1, Class2 = 2, Class3 = 3 };

bool isValidCameraClass(int value);
QString cameraClassName(CameraClass c); // translated
// A GB/T 28181 device ID is 20 digits; positions 11-13 give the device type.
bool isValidDeviceId(const QString &id);

} // namespace griddesk
