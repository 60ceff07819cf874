// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/PreferencesDialog.h"

#include "app/Settings.h"
#include "app/Translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
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

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies the next time Tianye starts."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings::language.reset();
    else
        settings::language.set(language);
    QDialog::accept();
}

} // namespace tianye::ui
