// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

namespace tianye::ui {

class TranscriptEditor;

// The speaker (coloured, quieter while the same one goes on) and start time of each
// segment beside its text, a flag where a marker was dropped while recording. A
// click on a time seeks the player there; a double click on a speaker renames it
// throughout the interview.
class SpeakerMargin final : public QWidget
{
    Q_OBJECT

public:
    struct Marker
    {
        qint64 timeMs = 0;
        QString label;
    };

    explicit SpeakerMargin(TranscriptEditor* editor);

    int preferredWidth() const;
    QSize sizeHint() const override { return {preferredWidth(), 0}; }
    void setMarkers(std::vector<Marker> markers);
    // The markers beside a block (by block number): from its segment's start until the
    // next timed segment; those before the first timed segment belong to it.
    std::vector<Marker> markersOfBlock(int blockNumber) const;
    QString toolTipAt(const QPoint& pos) const;

protected:
    void paintEvent(QPaintEvent* e) override;
    bool event(QEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;

private:
    QColor speakerColor(const QString& speaker) const;
    void clicked(const QPoint& pos, bool twice);

    TranscriptEditor* m_editor;
    std::vector<Marker> m_markers;
};

} // namespace tianye::ui
