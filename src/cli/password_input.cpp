#include "password_input.h"

#include <QTextStream>

#include <cstdlib>

namespace fd::cli {

QString readPassword() {
    if (const char* env = std::getenv("FUNNELDESK_PASSWORD"); env && *env) {
        return QString::fromLocal8Bit(env);
    }
    QTextStream in(stdin);
    return in.readLine();
}

}  // namespace fd::cli
