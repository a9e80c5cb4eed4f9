#include "password_input.h"

#include <QTextStream>

namespace fd::cli {

QString readPassword() {
    if (const QString env = qEnvironmentVariable("FUNNELDESK_PASSWORD"); !env.isEmpty()) {
        return env;
    }
    QTextStream in(stdin);
    return in.readLine();
}

}  // namespace fd::cli
