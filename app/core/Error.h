// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>

#include <expected>

namespace tianye {

// The one error shape that crosses module boundaries. The message is already
// translated and names the file or record and what went wrong.
struct Error
{
    enum class Code
    {
        InvalidArgument,
        NotFound,
        Io,
        DiskFull,
        ReadOnly,
        Corrupt,
        NotAProject,
        TooNew,
        Locked,
        Constraint,
        Cancelled, // the user stopped a long operation
        Encoding,  // a text file's encoding is not clear or not the one chosen: the user can choose
        Internal,
    };
    Code code = Code::Internal;
    QString message;
};

template <class T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Code code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

// Short machine-readable name of an error code, for logs and the CLI's --json output.
QString errorCodeName(Error::Code code);

} // namespace tianye
