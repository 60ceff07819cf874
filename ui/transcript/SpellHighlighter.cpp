// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/SpellHighlighter.h"

#include "spell/SpellChecker.h"

namespace tianye::ui {

void SpellHighlighter::setChecker(const spell::SpellChecker* checker)
{
    m_checker = checker;
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    if (!m_checker)
        return;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
    for (const spell::WordSpan& w : m_checker->misspellings(text))
        setFormat(int(w.start), int(w.length), format);
}

} // namespace tianye::ui
