#pragma once

// The few things FunnelDesk asks of the operating system that neither the C++ library nor Qt
// offers. This is the one file with code for each system (Linux, Windows); the rest of the
// program goes through Qt (a test fails if a system-only header appears elsewhere).

namespace fd::core {

/// The peak resident memory of this process in MiB (Linux VmHWM, Windows peak working set), or
/// -1 when unknown.
double peakResidentMiB();

/// Empties the system's file cache so a benchmark meets cold files; false where that is not
/// possible (not root, or a system that offers no way).
bool dropSystemFileCache();

/// Waits until the system has written every file's pending changes to disk, so a benchmark's
/// next step is not slowed by the writing of what it made before; false where there is no way.
bool flushSystemWrites();

}  // namespace fd::core
