#pragma once
// Registers the map library's embedded resources (the styles). Static
// libraries need this explicit call; it is safe to call more than once.

namespace griddesk::map {
void initResources();
}
