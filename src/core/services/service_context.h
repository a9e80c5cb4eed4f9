#pragma once

#include "domain/result.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QDateTime>

#include <functional>

namespace fd::core {

/// The current time as UTC epoch seconds. Services take it from here rather than the
/// system clock so the demo generator and tests can replay history.
using Clock = std::function<qint64()>;

inline Clock systemClock() {
    return [] { return QDateTime::currentSecsSinceEpoch(); };
}

/// Runs `body` (returning a Result) as one write transaction: committed when it
/// succeeds, rolled back when it returns an error or the engine fails.
template <class F>
auto inWriteTransaction(Database& db, F&& body) -> decltype(body()) {
    using R = decltype(body());
    try {
        WriteTransaction tx(db);
        R result = body();
        if (result.ok()) {
            tx.commit();
        }
        return result;
    } catch (const StorageError& e) {
        Error err = Error::make(
            e.locked() ? ErrorCode::Locked : ErrorCode::Storage,
            e.locked() ? QT_TRANSLATE_NOOP("fd::core::Error",
                                           "The database is busy in another program; nothing "
                                           "was saved. Try again in a moment.")
                       : QT_TRANSLATE_NOOP("fd::core::Error", "The database failed; nothing was saved: %1"),
            e.locked() ? QStringList{} : QStringList{QString::fromStdString(e.what())});
        err.detail = e.sql();
        return R(err);
    }
}

/// Runs `body` (returning a Result) that only reads, turning an engine failure into an error.
template <class F>
auto whileReading(F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const StorageError& e) {
        Error err = Error::make(ErrorCode::Storage,
                                QT_TRANSLATE_NOOP("fd::core::Error", "The database cannot be read: %1"),
                                {QString::fromStdString(e.what())});
        err.detail = e.sql();
        return err;
    }
}

/// Shorthand for a record that does not exist: `key` has %1 for its id.
inline Error notFound(const char* key, Id id, const char* field) {
    return Error::make(ErrorCode::NotFound, key, {QString::number(id)}, QString::fromLatin1(field));
}

/// Shorthand for a refusal of user input naming the field.
inline Error invalid(const char* key, const QString& field, QStringList args = {}) {
    return Error::make(ErrorCode::InvalidInput, key, std::move(args), field);
}

}  // namespace fd::core
