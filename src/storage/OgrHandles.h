#pragma once
// Deleters that let std::unique_ptr own GDAL datasets and OGR features.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace griddesk {

struct DatasetCloser {
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};
struct FeatureDeleter {
    void operator()(OGRFeature *f) const { OGRFeature::DestroyFeature(f); }
};

} // namespace griddesk
