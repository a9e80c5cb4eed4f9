#include "run_aside.h"

#include <QEventLoop>

#include <atomic>
#include <thread>

namespace fd::app {

void runAside(const std::function<void()>& work) {
    QEventLoop loop;
    std::atomic<bool> finished{false};
    std::thread worker([&] {
        work();
        finished = true;
        QMetaObject::invokeMethod(
            &loop, [&loop] { loop.quit(); }, Qt::QueuedConnection);
    });
    if (!finished) {
        loop.exec();
    }
    worker.join();
}

}  // namespace fd::app
