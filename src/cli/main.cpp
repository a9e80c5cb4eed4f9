// funneldesk-cli: the headless front end over funneldesk_core. Everything the GUI
// computes can be computed and printed here, which is how scripts and tests check it.
// The commands are a table (command_table.h); each family lives under commands/.

#include "command_table.h"

#include <QCoreApplication>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));

    auto logger = spdlog::stderr_color_mt("funneldesk-cli");
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::warn);

    return fd::cli::dispatch(QCoreApplication::arguments());
}
