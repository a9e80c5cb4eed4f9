#pragma once

#include "launch_options.h"
#include "storage/database.h"

#include <memory>

namespace fd::app {

/// What the first start gives: a database open and signed in (or nothing, the user closed the
/// dialog; or an error), and whether the user asked to import leads right away.
struct FirstStart {
    std::unique_ptr<core::Database> db;
    QString error;
    bool importNow = false;
};

/// There is no database yet: the user tries the demo company, starts their own with the
/// wizard, or opens a file from elsewhere.
FirstStart runFirstStart(const core::Clock& clock);

/// Where a new company's file is suggested: the user's documents.
QString defaultCompanyFolder();

/// Shows the first start's choice or a page of the company wizard (`--open welcome`,
/// `new-company…`), saving it as the screenshot when asked; the exit code.
int showStartDialog(const LaunchOptions& options);

}  // namespace fd::app
