// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tianye::ui {

class TranscriptEditor;

// Find and replace under the transcript editor (Ctrl+F, Ctrl+H; Esc closes).
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(TranscriptEditor* editor, QWidget* parent = nullptr);
    void open(bool replace);
    QLineEdit* findField() const { return m_find; }
    QLineEdit* replaceField() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent* e) override;

private:
    void find(bool backward);
    void showResult(bool found);

    TranscriptEditor* m_editor;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QWidget* m_replaceRow;
    QLabel* m_result;
};

} // namespace tianye::ui
