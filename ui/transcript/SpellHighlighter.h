// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QSyntaxHighlighter>

namespace tianye::spell {
class SpellChecker;
}

namespace tianye::ui {

// Underlines misspelt Latin words with the checker given; Chinese is never marked.
class SpellHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    // nullptr: nothing is marked.
    void setChecker(const spell::SpellChecker* checker);

protected:
    void highlightBlock(const QString& text) override;

private:
    const spell::SpellChecker* m_checker = nullptr;
};

} // namespace tianye::ui
