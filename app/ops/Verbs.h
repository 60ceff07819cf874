// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QCoreApplication>

namespace tianye::ops {

// The translation context of the verbs: their undo labels and messages.
class Verbs final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ops::Verbs)
};

} // namespace tianye::ops
