#pragma once

#include <functional>

namespace fd::app {

/// Runs `work` on a thread of its own while this thread's event loop keeps running (windows are
/// painted, progress is shown), and returns when it is done. `work` makes and closes on that
/// thread whatever database connection it needs.
void runAside(const std::function<void()>& work);

}  // namespace fd::app
