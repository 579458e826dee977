#include "AppResources.h"
#include "MapResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used from the global namespace.
static void initAppResources()
{
    Q_INIT_RESOURCE(app);
    Q_INIT_RESOURCE(griddesk_translations);
}

namespace griddesk::app {

void initResources()
{
    static const bool done = [] {
        initAppResources();
        return true;
    }();
    Q_UNUSED(done)
    map::initResources();
}

} // namespace griddesk::app
