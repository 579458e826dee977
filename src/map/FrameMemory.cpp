#include "FrameMemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace griddesk::map {

void keepFrameImagesMapped()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // glibc's upper bound on 64-bit systems
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
}

} // namespace griddesk::map
