// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// The transcription editor's context menu: spelling suggestions and the project
// dictionary for the word under the mouse, the speaker of the segment under it.
#include "spell/SpellChecker.h"
#include "transcript/SegmentBlocks.h"
#include "transcript/TranscriptEditor.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>

namespace tianye::ui {

using transcript::dataOf;
using transcript::SegmentData;

void TranscriptEditor::contextMenuEvent(QContextMenuEvent* e)
{
    QMenu* menu = createStandardContextMenu(e->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* first = menu->actions().value(0);
    // Spelling: suggestions for the word under the mouse, and the project dictionary.
    QTextCursor at = cursorForPosition(e->pos());
    const QString text = at.block().text();
    if (m_checker) {
        for (const spell::WordSpan& w : m_checker->misspellings(text)) {
            if (at.positionInBlock() < w.start || at.positionInBlock() > w.start + w.length)
                continue;
            const QString word = text.mid(w.start, w.length);
            const int blockStart = at.block().position();
            for (const QString& suggestion : m_checker->suggestions(word).mid(0, 6)) {
                QAction* a = new QAction(suggestion, menu);
                connect(a, &QAction::triggered, this, [this, blockStart, w, suggestion] {
                    QTextCursor c(document());
                    c.setPosition(blockStart + int(w.start));
                    c.setPosition(blockStart + int(w.start + w.length), QTextCursor::KeepAnchor);
                    c.insertText(suggestion);
                });
                menu->insertAction(first, a);
            }
            QAction* add = new QAction(tr("Add “%1” to the Project Dictionary").arg(word), menu);
            connect(add, &QAction::triggered, this, [this, word] { addToDictionary(word); });
            menu->insertAction(first, add);
            menu->insertSeparator(first);
            break;
        }
    }
    // Speakers of the segment under the mouse.
    setTextCursor(at.hasSelection() ? textCursor() : at);
    if (const SegmentData* d = dataOf(at.block()); d && d->id != NoRow) {
        QMenu* speakerMenu = new QMenu(tr("Speaker"), menu);
        const QStringList all = speakers();
        for (int i = 0; i < all.size(); ++i) {
            QAction* a =
                speakerMenu->addAction(all[i], this, [this, name = all[i]] { setSpeakerOfCurrent(name); });
            a->setCheckable(true);
            a->setChecked(all[i] == d->speaker);
            if (i < 9)
                a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        }
        speakerMenu->addSeparator();
        speakerMenu->addAction(tr("New Speaker…"), this, [this] {
            bool ok = false;
            const QString name =
                QInputDialog::getText(this, tr("New Speaker"), tr("Speaker of this segment:"),
                                      QLineEdit::Normal, {}, &ok)
                    .trimmed();
            if (ok && !name.isEmpty())
                setSpeakerOfCurrent(name);
        });
        if (!d->speaker.isEmpty()) {
            const QString from = d->speaker;
            speakerMenu->addAction(tr("Rename “%1” Throughout…").arg(from), this, [this, from] {
                bool ok = false;
                const QString to =
                    QInputDialog::getText(this, tr("Rename Speaker"),
                                          tr("New name for %1 throughout this interview:").arg(from),
                                          QLineEdit::Normal, from, &ok)
                        .trimmed();
                if (ok && !to.isEmpty() && to != from)
                    renameSpeaker(from, to);
            });
        }
        menu->addSeparator();
        menu->addMenu(speakerMenu);
    }
    menu->popup(e->globalPos());
}

} // namespace tianye::ui
