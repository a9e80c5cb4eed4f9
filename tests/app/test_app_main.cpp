#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

#include <spdlog/spdlog.h>

int main(int argc, char* argv[]) {
    // Widgets tests run without a display; the test list is also read at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Settings and data of each test process stay in a folder of its own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FunnelDesk-tests"));
    // The English interface as the application shows it (plural forms come from the
    // translation, dates and times from the locale).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/funneldesk_en.qm"))) {
        QApplication::installTranslator(&english);
    }
    spdlog::set_level(spdlog::level::warn);
    return Catch::Session().run(argc, argv);
}
