#pragma once
// The map's scale bands. Zoomed in to about a township (1:150,000 or closer:
// a whole township on a 1366×768 screen is 1:76,000 to 1:94,000), every grid,
// camera and case draws on its own; further out, the grids' totals draw per
// community, and beyond about a district (1:400,000) per township.

namespace griddesk::map::scaleband {

// Scale denominators: a layer of single features shows at this scale or closer.
constexpr double kFeatures = 150000.0;
// Community totals show from kFeatures out to this scale; township totals beyond it.
constexpr double kCommunityTotals = 400000.0;
// Cameras show their class and state as their own symbols at this scale or
// closer (a community's view); on a township's view, as small dots.
constexpr double kDetailedMarks = 50000.0;

} // namespace griddesk::map::scaleband
