// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/Records.h"

#include <QCoreApplication>

#include <algorithm>

namespace tianye {

QString QuoteRow::speaker() const
{
    return speakerCode.isEmpty() ? QCoreApplication::translate("tianye::QuoteCatalog", "speaker not known")
                                 : speakerCode;
}

int ThemeMatrix::depth(const Theme& theme) const
{
    int d = 0;
    RowId parent = theme.parentId;
    while (parent != NoRow && d < 64) {
        auto it = std::find_if(themes.begin(), themes.end(), [&](const Theme& t) { return t.id == parent; });
        if (it == themes.end())
            break;
        parent = it->parentId;
        ++d;
    }
    return d;
}

} // namespace tianye
