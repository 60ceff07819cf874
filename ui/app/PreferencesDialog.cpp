// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/PreferencesDialog.h"

#include "app/Settings.h"
#include "app/Translator.h"
#include "spell/SpellChecker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tianye::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageSetting"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString& name : Translator::available()) {
        if (name == QLatin1String("en"))
            continue;
        const QLocale locale(name);
        // Each language in its own words, as language menus do.
        QString native = locale.nativeLanguageName();
        if (locale.script() == QLocale::SimplifiedHanScript || name == QLatin1String("zh_CN"))
            native = QStringLiteral("简体中文");
        m_language->addItem(native, name);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language.get())));

    m_spelling = new QComboBox(this);
    m_spelling->setObjectName(QStringLiteral("spellingSetting"));
    m_spelling->addItem(tr("No spell checking"), QString());
    for (const QString& language : spell::SpellChecker::availableLanguages())
        m_spelling->addItem(language, language);
    m_spelling->setCurrentIndex(std::max(0, m_spelling->findData(settings::spellLanguage.get())));

    m_snippets = new QPlainTextEdit(this);
    m_snippets->setObjectName(QStringLiteral("snippetsSetting"));
    m_snippets->setPlainText(settings::snippets.get().join(QLatin1Char('\n')));
    m_snippets->setTabChangesFocus(true);
    m_snippets->setMinimumHeight(110);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies the next time Tianye starts."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("&Spelling:"), m_spelling);
    form->addRow(tr("S&nippets:"), m_snippets);
    auto* snippetNote = new QLabel(tr("One per line, as abbreviation=text. In a transcript, type the "
                                      "abbreviation and press Tab."),
                                   this);
    snippetNote->setWordWrap(true);
    form->addRow(QString(), snippetNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings::language.reset();
    else
        settings::language.set(language);
    settings::spellLanguage.set(m_spelling->currentData().toString());
    QStringList snippets;
    for (const QString& line : m_snippets->toPlainText().split(QLatin1Char('\n'))) {
        if (line.indexOf(QLatin1Char('=')) > 0)
            snippets << line.trimmed();
    }
    settings::snippets.set(snippets);
    QDialog::accept();
}

} // namespace tianye::ui
