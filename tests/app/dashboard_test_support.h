#pragma once

// A demo company for the marketing dashboard's tests, and waiting for its report.

#include "test_support.h"

#include "services/demo_generator.h"
#include "views/marketing_workspace.h"

#include <QTest>

namespace fd::test {

struct Demo {
    Demo() {
        REQUIRE(dir.isValid());
        db = require(fd::core::Database::open(dir.filePath(QStringLiteral("demo.sqlite")),
                                              fd::core::OpenMode::CreateNew));
        fd::core::DemoOptions o;
        o.leads = 1500;
        o.endDate = QDate(2026, 6, 30);
        require(fd::core::DemoGenerator(*db).generate(o));
    }
    QTemporaryDir dir;
    std::unique_ptr<fd::core::Database> db;
    fd::core::Clock clock = [] { return fd::test::msk(2026, 6, 30, 18); };
};

/// Waits until the workspace has shown the report of its current filters.
inline void waitReady(fd::app::MarketingWorkspace& ws) {
    for (int i = 0; i < 600 && !ws.isReady(); ++i) {
        QTest::qWait(10);
    }
    REQUIRE(ws.isReady());
}

}  // namespace fd::test
