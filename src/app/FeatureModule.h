#pragma once
// One feature of the console (map, identify, incidents, …): it creates and
// owns its actions, docks and map tools and installs them into the host.

#include <QObject>

namespace griddesk::app {

class ModuleHost;

class FeatureModule : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void install(ModuleHost &host) = 0;
};

} // namespace griddesk::app
