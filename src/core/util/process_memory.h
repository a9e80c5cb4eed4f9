#pragma once

namespace fd::core {

/// The peak resident memory of this process in MiB (Linux VmHWM), or -1 when unknown.
double peakResidentMiB();

}  // namespace fd::core
