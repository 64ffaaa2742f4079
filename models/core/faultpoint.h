#pragma once

// Named fault points: a test-only seam. Product code marks the moments where a crash matters (just before and
// just after a database commit, around the key-slot file's save) with faultPoint("name"). Nothing happens unless
// a test program installed a hook with setFaultHook() — tests/crashchild.cpp kills itself at the Nth point to
// prove that a SIGKILL there loses and doubles nothing. No product program installs a hook, and nothing here
// reads the environment or a setting: a shipped binary cannot be made to crash through this.

namespace certdesk {

using FaultHook = void (*)(const char *point);

// Installs (or, with nullptr, removes) the process-wide hook. Not thread-safe: set it before any work starts.
void setFaultHook(FaultHook hook);

namespace detail {
extern FaultHook g_faultHook;
}

inline void faultPoint(const char *point)
{
    if (detail::g_faultHook)
        detail::g_faultHook(point);
}

} // namespace certdesk
