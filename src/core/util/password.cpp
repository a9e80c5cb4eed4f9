#include "util/password.h"

#include <sodium.h>

namespace fd::core {

namespace {

bool ready() {
    static const bool initialized = sodium_init() >= 0;
    return initialized;
}

}  // namespace

QString hashPassword(const QString& password) {
    if (!ready()) {
        return {};
    }
    const QByteArray text = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, text.constData(), static_cast<unsigned long long>(text.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return {};
    }
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString& hash, const QString& password) {
    if (!ready() || hash.isEmpty()) {
        return false;
    }
    const QByteArray stored = hash.toLatin1();
    const QByteArray text = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), text.constData(),
                                    static_cast<unsigned long long>(text.size())) == 0;
}

}  // namespace fd::core
