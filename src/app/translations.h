#pragma once

#include <QString>

class QApplication;

namespace fd::app {

/// Installs the interface translation for `lang` ("ru", "en", or empty for the system's
/// language) and makes the matching locale the default for numbers, dates and money.
void installTranslations(QApplication& app, const QString& lang);

}  // namespace fd::app
