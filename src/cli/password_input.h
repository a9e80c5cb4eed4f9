#pragma once

#include <QString>

namespace fd::cli {

/// A password for the command line, never taken from its arguments (they show in the process
/// list and the shell's history): FUNNELDESK_PASSWORD when it is set, else the first line of
/// standard input.
QString readPassword();

}  // namespace fd::cli
