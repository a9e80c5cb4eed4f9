#pragma once

#include <QString>

class QWidget;

namespace fd::app {

/// Writes a demo database to `path` in a worker thread while a progress dialog shows how
/// far it got (or silently when `parent` is null and no window is wanted). The file
/// appears only when complete. Returns an empty string on success, else the error.
QString createDemoDatabase(const QString& path, bool showProgress);

/// Where the demo database lives: the user's data folder.
QString defaultDemoPath();

}  // namespace fd::app
