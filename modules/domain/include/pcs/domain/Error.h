#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace pcs {

// What went wrong, in a form a program can branch on. The message is what a person reads.
enum class ErrorKind {
    Invalid, // the input is malformed (a bad row, a bad file)
    NotFound, // a file or record that should exist does not
    Locked, // another process holds the resource
    Corrupt, // stored data fails its own checks
    Unsupported, // written by a newer or a different program
    Io, // the operating system refused (permissions, full disk)
};

// An error a user can cause, carried as a value (DESIGN.md, Conventions). `message` is fit to show a
// person and names the file, line or row where one exists.
struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorKind kind, QString message)
{
    return std::unexpected<Error>(Error{kind, std::move(message)});
}

} // namespace pcs
