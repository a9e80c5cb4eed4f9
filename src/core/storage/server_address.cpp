#include "storage/server_address.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <mutex>

namespace fd::core {

namespace {

Error badAddress(const QString& url, const char* why) {
    return Error::make(ErrorCode::InvalidInput, why, {url}, QStringLiteral("db"));
}

QString passwordKey(const ServerAddress& a) {
    return QStringLiteral("%1@%2:%3").arg(a.login, a.host.toLower()).arg(a.port);
}

std::mutex& passwordMutex() {
    static std::mutex m;
    return m;
}

QHash<QString, QString>& passwords() {
    static QHash<QString, QString> map;
    return map;
}

std::optional<TlsMode> tlsFromText(const QString& text) {
    if (text.isEmpty() || text == QLatin1String("prefer")) {
        return TlsMode::Prefer;
    }
    if (text == QLatin1String("require")) {
        return TlsMode::Require;
    }
    if (text == QLatin1String("verify-full")) {
        return TlsMode::VerifyFull;
    }
    if (text == QLatin1String("disable")) {
        return TlsMode::Disable;
    }
    return std::nullopt;
}

}  // namespace

QString ServerAddress::sslMode() const {
    switch (tls) {
        case TlsMode::Disable:
            return QStringLiteral("disable");
        case TlsMode::Prefer:
            return QStringLiteral("prefer");
        case TlsMode::Require:
            return QStringLiteral("require");
        case TlsMode::VerifyFull:
            return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

QString ServerAddress::url() const {
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(login);
    u.setHost(host);
    if (port != kDefaultPort) {
        u.setPort(port);
    }
    u.setPath(QLatin1Char('/') + database);
    if (tls != TlsMode::Prefer) {
        u.setQuery(QStringLiteral("sslmode=") + sslMode());
    }
    return u.toString();
}

QString ServerAddress::displayName() const {
    return QStringLiteral("%1 (%2:%3)").arg(database, host).arg(port);
}

bool isServerLocation(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> parseServerAddress(const QString& url) {
    const QUrl u(url, QUrl::StrictMode);
    if (!isServerLocation(url) || !u.isValid()) {
        return badAddress(url, QT_TRANSLATE_NOOP("fd::core::Error",
                                                 "\"%1\" is not a server address; write it as "
                                                 "postgresql://LOGIN@HOST:PORT/DATABASE."));
    }
    if (!u.password().isEmpty()) {
        return badAddress(u.toString(QUrl::RemovePassword),
                          QT_TRANSLATE_NOOP("fd::core::Error",
                                            "The server address \"%1\" holds a password. Leave it out: "
                                            "FunnelDesk asks for it at sign-in and never stores it."));
    }
    ServerAddress a;
    a.login = u.userName();
    a.host = u.host();
    a.port = u.port(ServerAddress::kDefaultPort);
    a.database = u.path().mid(1);
    if (a.login.isEmpty() || a.host.isEmpty() || a.database.isEmpty() ||
        a.database.contains(QLatin1Char('/')) || a.port <= 0) {
        return badAddress(url, QT_TRANSLATE_NOOP("fd::core::Error",
                                                 "The server address \"%1\" needs a login, a host and a "
                                                 "database: postgresql://LOGIN@HOST:PORT/DATABASE."));
    }
    const QUrlQuery query(u);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode")) {
            return badAddress(url,
                              QT_TRANSLATE_NOOP("fd::core::Error",
                                                "The server address \"%1\" has an option FunnelDesk does "
                                                "not know; only sslmode is accepted."));
        }
        const std::optional<TlsMode> tls = tlsFromText(value);
        if (!tls) {
            return badAddress(url, QT_TRANSLATE_NOOP("fd::core::Error",
                                                     "In \"%1\", sslmode must be disable, prefer, require or "
                                                     "verify-full."));
        }
        a.tls = *tls;
    }
    return a;
}

void rememberServerPassword(const ServerAddress& address, const QString& password) {
    const std::lock_guard lock(passwordMutex());
    passwords().insert(passwordKey(address), password);
}

std::optional<QString> serverPassword(const ServerAddress& address) {
    const std::lock_guard lock(passwordMutex());
    const auto it = passwords().constFind(passwordKey(address));
    return it == passwords().constEnd() ? std::nullopt : std::optional<QString>(*it);
}

void forgetServerPassword(const ServerAddress& address) {
    const std::lock_guard lock(passwordMutex());
    passwords().remove(passwordKey(address));
}

}  // namespace fd::core
