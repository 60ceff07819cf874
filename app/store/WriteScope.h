// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

namespace tianye {

namespace ops {
class Session;
}

// Proof that a write runs as one recorded step of the project's history. Every
// repository method that changes the project takes one, and only ChangeSet::record
// makes one, for the verbs layer (ops::Session::run): a write that would bypass the
// history (undo, the change log that sync reads) does not compile.
class WriteScope final
{
public:
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

private:
    friend class ChangeSet;
    WriteScope() = default;
};

} // namespace tianye
