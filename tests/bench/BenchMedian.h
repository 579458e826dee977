#pragma once
// The median of a benchmark's runs.

#include <QVector>

#include <algorithm>

namespace griddesk::bench {

// The middle figure (the upper of the two middle ones for an even count); 0
// for no runs.
inline double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

} // namespace griddesk::bench
