#pragma once
// Centre-wide assessment settings, each set with `griddesk-admin setting set
// KEY VALUE`: assessment_min_cases N, assessment_work_log_per_week N.

namespace griddesk {

struct KpiSettings {
    int minCases = 5; // below this a unit's figure is 样本不足 and not ranked
    // Work-log entries (home visits, services, legal education) a grid
    // worker is expected to log each week.
    int workLogPerWeek = 3;
};

} // namespace griddesk
