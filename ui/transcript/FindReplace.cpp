// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/FindReplace.h"

#include "transcript/SegmentBlocks.h"
#include "transcript/TranscriptEditor.h"

#include <QTextBlock>

#include <algorithm>

namespace tianye::ui {

bool findNext(TranscriptEditor& editor, const QString& needle, bool backward)
{
    if (needle.isEmpty())
        return false;
    const QTextCursor c = editor.textCursor();
    const int from = backward ? c.selectionStart() : c.selectionEnd();
    QTextBlock block = editor.document()->findBlock(from);
    for (int pass = 0; pass < 2; ++pass) { // to the end, then around from the other end
        for (; block.isValid(); block = backward ? block.previous() : block.next()) {
            auto matches = transcript::matchesIn(block.text(), needle);
            if (backward)
                std::reverse(matches.begin(), matches.end());
            for (const auto& [start, length] : matches) {
                const int at = block.position() + start;
                const bool beyond = backward ? at + length <= from || pass == 1 : at >= from || pass == 1;
                if (!beyond)
                    continue;
                QTextCursor found(editor.document());
                found.setPosition(at);
                found.setPosition(at + length, QTextCursor::KeepAnchor);
                editor.setTextCursor(found);
                return true;
            }
        }
        block = backward ? editor.document()->lastBlock() : editor.document()->firstBlock();
    }
    return false;
}

bool replaceCurrent(TranscriptEditor& editor, const QString& needle, const QString& replacement)
{
    QTextCursor c = editor.textCursor();
    if (c.hasSelection()) {
        const auto matches = transcript::matchesIn(c.selectedText(), needle);
        if (matches.size() == 1 && matches.front().first == 0 &&
            matches.front().second == c.selectedText().size()) {
            c.insertText(replacement);
            editor.setTextCursor(c);
        }
    }
    return findNext(editor, needle);
}

int replaceAll(TranscriptEditor& editor, const QString& needle, const QString& replacement)
{
    const QString action = TranscriptEditor::tr("Replace All");
    if (!editor.saveTyping(action))
        return 0;
    int count = 0;
    QTextCursor edit(editor.document());
    edit.beginEditBlock();
    for (QTextBlock b = editor.document()->begin(); b.isValid(); b = b.next()) {
        auto matches = transcript::matchesIn(b.text(), needle);
        std::reverse(matches.begin(), matches.end()); // from the end: earlier positions stay valid
        for (const auto& [start, length] : matches) {
            edit.setPosition(b.position() + start);
            edit.setPosition(b.position() + start + length, QTextCursor::KeepAnchor);
            edit.insertText(replacement);
            ++count;
        }
    }
    edit.endEditBlock();
    if (count > 0)
        (void)editor.saveAsOwnStep(action);
    return count;
}

} // namespace tianye::ui
