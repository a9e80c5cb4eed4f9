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

/// How many times a write that the server gave up to keep seats consistent (a serialization
/// failure or a deadlock) is run again before the person is told.
inline constexpr int kWriteAttempts = 10;

/// The error a person reads for a failure of the engine while writing; nothing was saved.
Error writeFailure(const StorageError& e);
/// The same while reading.
Error readFailure(const StorageError& e);
/// A short pause before running a write again, longer after each attempt.
void pauseBeforeRetry(int attempt);

/// Runs `body` (returning a Result) as one write transaction: committed when it succeeds,
/// rolled back when it returns an error or the engine fails. On a server, a transaction the
/// server gave up (serialization failure, deadlock) is run again from the start, up to
/// kWriteAttempts times; inside another transaction the failure goes up to the outermost one.
template <class F>
auto inWriteTransaction(Database& db, F&& body, Isolation isolation = Isolation::Serializable)
    -> decltype(body()) {
    using R = decltype(body());
    const bool outermost = db.transactionDepth() == 0;
    for (int attempt = 1;; ++attempt) {
        try {
            WriteTransaction tx(db, isolation);
            R result = body();
            if (result.ok()) {
                tx.commit();
            }
            return result;
        } catch (const StorageError& e) {
            const bool again = e.kind() == StorageFailure::Retry || e.kind() == StorageFailure::Lost;
            if (again && !outermost) {
                throw;
            }
            if (e.kind() == StorageFailure::Retry && attempt < kWriteAttempts) {
                pauseBeforeRetry(attempt);
                continue;
            }
            return R(writeFailure(e));
        }
    }
}

/// Runs `body` (returning a Result) that only reads, turning an engine failure into an error.
template <class F>
auto whileReading(F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const StorageError& e) {
        return readFailure(e);
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
