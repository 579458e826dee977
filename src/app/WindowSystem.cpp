#include "WindowSystem.h"

#include <QtGlobal>

namespace griddesk::app::windowsystem {

void leaveOpenGlUnloaded()
{
    if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
}

} // namespace griddesk::app::windowsystem
