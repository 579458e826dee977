#include "Store.h"

namespace griddesk {

Store::~Store() = default;

} // namespace griddesk
