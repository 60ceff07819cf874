// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/Catalogue.h"

#include <QDir>
#include <QTranslator>

namespace tianye::catalogue {

namespace {
const QString Folder = QStringLiteral(":/i18n");
}

QStringList shipped()
{
    QStringList out;
    const QStringList files = QDir(Folder).entryList({QStringLiteral("tianye_*.qm")});
    for (const QString& file : files)
        out << file.mid(7, file.size() - 7 - 3);
    return out;
}

bool load(QTranslator& translator, const QString& language)
{
    return translator.load(QStringLiteral("tianye_") + language, Folder);
}

} // namespace tianye::catalogue
