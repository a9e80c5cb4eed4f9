#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <spdlog/spdlog.h>

int main(int argc, char* argv[]) {
    // Widgets tests run without a display; the test list is also read at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FunnelDesk-tests"));
    spdlog::set_level(spdlog::level::warn);
    return Catch::Session().run(argc, argv);
}
