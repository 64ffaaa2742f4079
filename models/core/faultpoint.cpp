#include "core/faultpoint.h"

namespace certdesk {

namespace detail {
FaultHook g_faultHook = nullptr;
}

void setFaultHook(FaultHook hook)
{
    detail::g_faultHook = hook;
}

} // namespace certdesk
