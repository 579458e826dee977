#pragma once
// Centre-wide assessment settings (griddesk-admin setting set assessment_min_cases N).

namespace griddesk {

struct KpiSettings {
    int minCases = 5; // below this a unit's figure is 样本不足 and not ranked
};

} // namespace griddesk
