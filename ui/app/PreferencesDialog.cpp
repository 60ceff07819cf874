// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/PreferencesDialog.h"

#include "app/Settings.h"
#include "app/Translator.h"
#include "spell/SpellChecker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>
#include <cmath>

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
    // The transcription player's keys work while typing in a transcript.
    auto* player = new QGroupBox(tr("Transcription player"), this);
    player->setObjectName(QStringLiteral("playerSettings"));
    auto* keys = new QFormLayout(player);
    const QList<std::pair<const Preference<QString>*, QString>> keyRows{
        {&settings::keyPlayPause, tr("Play or pause:")},
        {&settings::keyBack, tr("Back:")},
        {&settings::keyForward, tr("Forward:")},
        {&settings::keySlower, tr("Slower:")},
        {&settings::keyFaster, tr("Faster:")}};
    const QStringList names{QStringLiteral("keyPlayPause"), QStringLiteral("keyBack"),
                            QStringLiteral("keyForward"), QStringLiteral("keySlower"),
                            QStringLiteral("keyFaster")};
    for (qsizetype i = 0; i < keyRows.size(); ++i) {
        auto* edit = new QKeySequenceEdit(
            QKeySequence::fromString(keyRows[i].first->get(), QKeySequence::PortableText), player);
        edit->setObjectName(names.at(i));
        m_keys << edit;
        keys->addRow(keyRows[i].second, edit);
    }
    m_skip = new QDoubleSpinBox(player);
    m_skip->setObjectName(QStringLiteral("skipSeconds"));
    m_skip->setRange(0.5, 30);
    m_skip->setSingleStep(0.5);
    m_skip->setDecimals(1);
    m_skip->setSuffix(tr(" s"));
    m_skip->setValue(settings::skipMs.get() / 1000.0);
    keys->addRow(tr("Back and forward by:"), m_skip);
    m_rewind = new QDoubleSpinBox(player);
    m_rewind->setObjectName(QStringLiteral("rewindSeconds"));
    m_rewind->setRange(0, 10);
    m_rewind->setSingleStep(0.5);
    m_rewind->setDecimals(1);
    m_rewind->setSuffix(tr(" s"));
    m_rewind->setValue(settings::autoRewindMs.get() / 1000.0);
    keys->addRow(tr("Go back on resume by:"), m_rewind);

    // Backups of the open project (store/Backups): how often while editing, and how
    // many of the latest are kept besides one a day for a week.
    auto* backups = new QGroupBox(tr("Backups"), this);
    backups->setObjectName(QStringLiteral("backupSettings"));
    auto* backupForm = new QFormLayout(backups);
    m_backupMinutes = new QSpinBox(backups);
    m_backupMinutes->setObjectName(QStringLiteral("backupMinutes"));
    m_backupMinutes->setRange(5, 240);
    m_backupMinutes->setSingleStep(5);
    m_backupMinutes->setSuffix(tr(" min"));
    m_backupMinutes->setValue(settings::backupIntervalMinutes.get());
    backupForm->addRow(tr("Back up while editing every:"), m_backupMinutes);
    m_backupsKept = new QSpinBox(backups);
    m_backupsKept->setObjectName(QStringLiteral("backupsKept"));
    m_backupsKept->setRange(1, 100);
    m_backupsKept->setValue(settings::backupsKept.get());
    backupForm->addRow(tr("Keep the latest:"), m_backupsKept);
    auto* backupNote =
        new QLabel(tr("Also kept: one backup a day for the last week. Projects are backed up when "
                      "opened and before imports and merges too."),
                   backups);
    backupNote->setWordWrap(true);
    backupForm->addRow(backupNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(player);
    layout->addWidget(backups);
    layout->addWidget(buttons);
    // Word-wrapped notes in a form get their height from the width: at the narrow
    // width the dialog chose by itself, it opened too short in English and the
    // snippets note lay over the box.
    setMinimumWidth(560);
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
    const std::array<const Preference<QString>*, 5> keyPrefs{&settings::keyPlayPause, &settings::keyBack,
                                                             &settings::keyForward, &settings::keySlower,
                                                             &settings::keyFaster};
    for (size_t i = 0; i < keyPrefs.size(); ++i) {
        const QKeySequence sequence = m_keys.at(qsizetype(i))->keySequence();
        if (sequence.isEmpty())
            keyPrefs[i]->reset();
        else
            keyPrefs[i]->set(sequence.toString(QKeySequence::PortableText));
    }
    settings::skipMs.set(int(std::lround(m_skip->value() * 1000)));
    settings::autoRewindMs.set(int(std::lround(m_rewind->value() * 1000)));
    settings::backupIntervalMinutes.set(m_backupMinutes->value());
    settings::backupsKept.set(m_backupsKept->value());
    QDialog::accept();
}

} // namespace tianye::ui
