#include "MapResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used from the global namespace.
static void initStyles()
{
    Q_INIT_RESOURCE(griddesk_map_styles);
}

namespace griddesk::map {

void initResources()
{
    static const bool done = [] {
        initStyles();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace griddesk::map
