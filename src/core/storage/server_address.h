#pragma once

#include "domain/result.h"

#include <QString>

#include <optional>

namespace fd::core {

/// How a connection to a database server is protected (libpq's sslmode values FunnelDesk offers).
enum class TlsMode { Disable, Prefer, Require, VerifyFull };

/// A FunnelDesk database on a PostgreSQL server, as written in
/// `postgresql://LOGIN@HOST[:PORT]/DATABASE[?sslmode=prefer|require|verify-full|disable]`.
/// The password is never part of it: it is asked at sign-in and kept only in memory.
struct ServerAddress {
    static constexpr int kDefaultPort = 5432;

    QString login;
    QString host;
    int port = kDefaultPort;
    QString database;
    TlsMode tls = TlsMode::Prefer;

    /// The address in its URL form (what `--db` takes and the recent databases list keeps).
    QString url() const;
    /// A short name for titles and messages: "DATABASE on HOST:PORT".
    QString displayName() const;
    /// libpq's name of the TLS mode.
    QString sslMode() const;
};

/// Whether a database location names a server (a `postgresql://` or `postgres://` URL) rather
/// than a SQLite file.
bool isServerLocation(const QString& location);

/// Reads a server URL; an error names what is wrong with it (a password in the URL included).
Result<ServerAddress> parseServerAddress(const QString& url);

/// Passwords for servers, held in this process's memory only (never written anywhere), so the
/// worker threads that open their own connections sign in as the person who signed in.
void rememberServerPassword(const ServerAddress& address, const QString& password);
std::optional<QString> serverPassword(const ServerAddress& address);
void forgetServerPassword(const ServerAddress& address);

}  // namespace fd::core
