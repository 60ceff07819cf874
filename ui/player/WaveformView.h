// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QWidget>

#include <vector>

namespace tianye::media {
class Player;
}

namespace tianye::ui {

// The whole recording as a waveform with the playhead, the transcript's segment
// boundaries and the markers dropped while recording. Click to seek; Ctrl+wheel (or
// + and -) zooms around the mouse, the wheel scrolls; while playing, the view
// follows the playhead. Drawn from the player's peaks as they fill in.
class WaveformView final : public QWidget
{
    Q_OBJECT

public:
    struct Marker
    {
        qint64 ms = 0;
        QString label;
    };
    explicit WaveformView(media::Player* player, QWidget* parent = nullptr);

    void setSegmentStarts(std::vector<qint64> starts);
    void setMarkers(std::vector<Marker> markers);
    // Milliseconds per pixel; 0 fits the whole recording.
    void setZoom(double msPerPixel);
    double msPerPixel() const;
    qint64 msAt(int x) const;
    int xAt(qint64 ms) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void follow(qint64 ms);
    void zoomAround(double factor, int x);

    media::Player* m_player;
    std::vector<qint64> m_segmentStarts;
    std::vector<Marker> m_markers;
    double m_zoom = 0; // ms per pixel; 0: fit
    qint64 m_startMs = 0;
};

} // namespace tianye::ui
