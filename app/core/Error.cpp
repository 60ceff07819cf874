// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/Error.h"

namespace tianye {

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case Error::Code::NotFound:
        return QStringLiteral("not-found");
    case Error::Code::Io:
        return QStringLiteral("io");
    case Error::Code::DiskFull:
        return QStringLiteral("disk-full");
    case Error::Code::ReadOnly:
        return QStringLiteral("read-only");
    case Error::Code::Corrupt:
        return QStringLiteral("corrupt");
    case Error::Code::NotAProject:
        return QStringLiteral("not-a-project");
    case Error::Code::TooNew:
        return QStringLiteral("too-new");
    case Error::Code::Locked:
        return QStringLiteral("locked");
    case Error::Code::Constraint:
        return QStringLiteral("constraint");
    case Error::Code::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Code::Encoding:
        return QStringLiteral("encoding");
    case Error::Code::Internal:
        break;
    }
    return QStringLiteral("internal");
}

} // namespace tianye
