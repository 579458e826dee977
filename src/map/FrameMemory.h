#pragma once
// How the process hands out the large blocks a map frame draws into.

namespace griddesk::map {

// Each frame QGIS draws every visible layer into an image of its own (3.5 MB
// each on a 1325×663 map), lays them together and frees them. By default the
// C library maps each such block fresh from the system and gives it back when
// freed, so every frame pays a page fault and a cleared page for each 4 kB of
// every layer's image: on a city's township view that was some 100 of a
// frame's 150 ms. Keeping blocks up to 32 MB in the heap, and up to 128 MB of
// freed heap before returning it, lets the next frame reuse the last one's
// pages. Call it first thing in main(), before any thread starts; it does
// nothing where the C library is not glibc.
void keepFrameImagesMapped();

} // namespace griddesk::map
