// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/Translator.h"

#include "core/Catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tianye::ui {

QStringList Translator::available()
{
    return catalogue::shipped();
}

QString Translator::install(const QString& preferred)
{
    const QStringList shipped = available();
    QStringList wanted;
    if (!preferred.isEmpty())
        wanted << preferred;
    else
        wanted = QLocale::system().uiLanguages();
    for (const QString& language : wanted) {
        // "zh-Hans-CN" and "zh-CN" both mean zh_CN for us.
        QString name = QLocale(language).name();
        // English is the source language; its catalogue holds only plural forms.
        if (name.startsWith(QLatin1String("en")))
            name = QStringLiteral("en");
        if (!shipped.contains(name))
            continue;
        auto* app = QCoreApplication::instance();
        auto* ours = new QTranslator(app);
        if (!catalogue::load(*ours, name)) {
            delete ours;
            continue;
        }
        QCoreApplication::installTranslator(ours);
        // Qt's own strings (standard buttons, dialogs) in the same language.
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + name, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        if (name != QLatin1String("en"))
            QLocale::setDefault(QLocale(name));
        return name;
    }
    // Nothing matched: English, with its plural forms.
    if (preferred != QLatin1String("en") && shipped.contains(QStringLiteral("en")))
        return install(QStringLiteral("en"));
    return QStringLiteral("en");
}

} // namespace tianye::ui
