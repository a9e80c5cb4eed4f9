#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <spdlog/spdlog.h>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    return Catch::Session().run(argc, argv);
}
