#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace fd::core {

/// What kind of problem a user-facing error is; front ends may react differently
/// (a CLI picks its exit code, the GUI decides where to show the message).
enum class ErrorCode {
    InvalidInput,  ///< a field the user typed is unusable
    NotFound,      ///< a referenced record does not exist
    Conflict,      ///< the action does not fit the record's current state
    SlotFull,      ///< the office slot has no free seats
    OutsideHours,  ///< the time is outside the office's working hours or slot grid
    FileMissing,   ///< the database file does not exist
    NotADatabase,  ///< the file is not a SQLite database or not a FunnelDesk one
    NewerVersion,  ///< the database was written by a newer FunnelDesk
    Locked,        ///< another program holds the database
    Storage,       ///< the database engine failed (disk full, I/O, corruption)
    Cancelled,     ///< the user (or a newer request) stopped the work
    Refused,       ///< the person signed in may not do this (the message says who may)
    SignIn,        ///< a wrong login or password, or sign-in waits after too many
    Unreachable,   ///< the database server cannot be reached, or the connection to it was lost
    ReadOnly,      ///< the database can only be read (its file, folder or mount cannot be written)
};

/// An error the user must act on. `key` is an untranslated source text in the
/// "fd::core::Error" translation context, with %1.. placeholders filled from `args`;
/// message() translates it with whatever translator the front end installed.
struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    const char* key = "";
    QStringList args;
    QString field;   ///< the input field it concerns, if any (e.g. "phone")
    QString detail;  ///< technical detail for logs (engine text), never shown alone

    QString message() const;
    static Error make(ErrorCode code, const char* key, QStringList args = {}, QString field = {});
};

/// Whether an error is a failure of the database itself (cannot be written, is full, locked,
/// damaged, unreachable) rather than something wrong with what was asked: an import stops on it
/// instead of counting a row as bad.
bool isStorageFailure(const Error& e);

/// A value or an Error. Small on purpose: the project builds as C++20 (no std::expected).
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok {};
using Status = Result<Ok>;

}  // namespace fd::core
