#pragma once

#include <QString>

namespace fd::core {

/// Passwords are kept only as argon2id hashes (libsodium's crypto_pwhash_str, interactive
/// limits): a string with its own salt and parameters, never the password.
/// Empty when the machine has not the memory to hash.
QString hashPassword(const QString& password);
/// Whether `password` is the one `hash` was made from.
bool verifyPassword(const QString& hash, const QString& password);

}  // namespace fd::core
