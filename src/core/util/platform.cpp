#include "util/platform.h"

#include <QByteArray>
#include <QFile>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

#if defined(Q_OS_WIN)
// clang-format off
#include <windows.h>
#include <psapi.h>
// clang-format on
#endif

namespace fd::core {

double peakResidentMiB() {
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters)) {
        return -1;
    }
    return static_cast<double>(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
#elif defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return static_cast<double>(line.mid(6).trimmed().split(' ').value(0).toLongLong()) /
                   1024.0;  // kB
        }
    }
    return -1;
#else
    return -1;
#endif
}

bool dropSystemFileCache() {
#if defined(Q_OS_LINUX)
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    return f.open(QIODevice::WriteOnly) && f.write("3\n") == 2;
#else
    return false;  // Windows empties its standby list only through an undocumented call
#endif
}

bool flushSystemWrites() {
#if defined(Q_OS_LINUX)
    ::sync();
    return true;
#else
    return false;
#endif
}

}  // namespace fd::core
