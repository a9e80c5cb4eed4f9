#include "services/demo_generator.h"

#include "services/demo_simulation.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace fd::core {

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options) {
    DemoOptions opt = options;
    const QTimeZone msk(QByteArray("Europe/Moscow"));
    if (!opt.endDate.isValid()) {
        // History up to this moment: nothing is generated in the future.
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(msk);
        opt.endDate = now.date();
        if (opt.until == 0) {
            opt.until = now.toSecsSinceEpoch();
        }
    }
    if (opt.until == 0) {
        opt.until = QDateTime(opt.endDate.addDays(1), QTime(0, 0), msk).toSecsSinceEpoch() - 1;
    }
    if (opt.leads < 1 || opt.leads > 50'000'000) {
        return invalid(
            QT_TRANSLATE_NOOP("fd::core::Error", "The number of leads must be between 1 and 50,000,000."),
            QStringLiteral("leads"));
    }
    opt.batchLeads = std::max(1, opt.batchLeads);
    if (opt.months <= 0) {
        opt.months = static_cast<int>(std::max<qint64>(6, (opt.leads * 6 + 999'999) / 1'000'000));
    }
    demo::Simulation sim(m_db, opt);
    return sim.run();
}

}  // namespace fd::core
