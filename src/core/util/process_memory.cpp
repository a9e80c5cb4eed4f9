#include "util/process_memory.h"

#include <QByteArray>
#include <QFile>

namespace fd::core {

double peakResidentMiB() {
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
}

}  // namespace fd::core
