#pragma once
// Registers the app library's embedded resources (icons, style sheet,
// translations) and the map library's. Safe to call more than once.

namespace griddesk::app {
void initResources();
}
