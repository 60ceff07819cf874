// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "player/WaveformView.h"

#include "core/TimeCode.h"
#include "media/Player.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tianye::ui {

WaveformView::WaveformView(media::Player* player, QWidget* parent)
    : QWidget(parent)
    , m_player(player)
{
    setObjectName(QStringLiteral("waveform"));
    setAccessibleName(tr("Waveform"));
    setFocusPolicy(Qt::ClickFocus);
    setMinimumHeight(48);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_player, &media::Player::peaksChanged, this, qOverload<>(&QWidget::update));
    connect(m_player, &media::Player::positionChanged, this, [this](qint64 ms) {
        if (m_player->isPlaying())
            follow(ms);
        update();
    });
}

QSize WaveformView::sizeHint() const
{
    return {400, 56};
}

void WaveformView::setSegmentStarts(std::vector<qint64> starts)
{
    m_segmentStarts = std::move(starts);
    update();
}

void WaveformView::setMarkers(std::vector<Marker> markers)
{
    m_markers = std::move(markers);
    update();
}

double WaveformView::msPerPixel() const
{
    if (m_zoom > 0)
        return m_zoom;
    const qint64 total = std::max<qint64>(m_player->durationMs(), m_player->peaks().durationMs());
    return std::max(1.0, double(std::max<qint64>(total, 1000)) / std::max(1, width()));
}

void WaveformView::setZoom(double msPerPixel)
{
    m_zoom = msPerPixel <= 0 ? 0 : std::clamp(msPerPixel, 1.0, 600'000.0);
    if (m_zoom == 0)
        m_startMs = 0;
    update();
}

qint64 WaveformView::msAt(int x) const
{
    return m_startMs + qint64(std::llround(x * msPerPixel()));
}

int WaveformView::xAt(qint64 ms) const
{
    return int(std::lround(double(ms - m_startMs) / msPerPixel()));
}

void WaveformView::follow(qint64 ms)
{
    if (m_zoom == 0)
        return;
    const int x = xAt(ms);
    if (x < 0 || x > width() - 20)
        m_startMs = std::max<qint64>(0, ms - qint64(width() * msPerPixel() / 5));
}

void WaveformView::zoomAround(double factor, int x)
{
    const qint64 anchor = msAt(x);
    const double fit = double(std::max<qint64>(m_player->durationMs(), 1000)) / std::max(1, width());
    double next = msPerPixel() * factor;
    if (next >= fit) {
        setZoom(0);
        return;
    }
    m_zoom = std::max(1.0, next);
    m_startMs = std::max<qint64>(0, anchor - qint64(x * m_zoom));
    update();
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const media::Peaks& peaks = m_player->peaks();
    const int mid = height() / 2;
    const double half = height() / 2.0 - 2;
    const QColor wave = pal.color(QPalette::Highlight);
    QColor heard = wave.darker(140);
    const qint64 now = m_player->position();
    const double step = msPerPixel();
    for (int x = 0; x < width(); ++x) {
        const qint64 from = m_startMs + qint64(x * step);
        const qint64 to = m_startMs + qint64((x + 1) * step);
        if (from >= peaks.durationMs())
            break;
        const auto [lo, hi] = peaks.range(from, std::max(to, from + 1));
        p.setPen(from < now ? heard : wave);
        p.drawLine(x, mid - int(hi * half), x, mid - int(lo * half));
    }
    // Segment starts: thin ticks at the top and bottom.
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    for (qint64 s : m_segmentStarts) {
        const int x = xAt(s);
        if (x >= 0 && x < width()) {
            p.drawLine(x, 0, x, 5);
            p.drawLine(x, height() - 6, x, height() - 1);
        }
    }
    // Markers: small flags.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xc0, 0x8a, 0x00));
    for (const Marker& m : m_markers) {
        const int x = xAt(m.ms);
        if (x >= 0 && x < width())
            p.drawPolygon(QPolygon({QPoint(x, 0), QPoint(x + 7, 0), QPoint(x, 8)}));
    }
    // Playhead.
    const int x = xAt(now);
    if (x >= 0 && x < width()) {
        p.setPen(QPen(QColor(0xb3, 0x26, 0x1e), 2));
        p.drawLine(x, 0, x, height());
    }
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_player->seek(std::clamp<qint64>(msAt(int(event->position().x())), 0, m_player->durationMs()));
}

void WaveformView::wheelEvent(QWheelEvent* event)
{
    const int x = int(event->position().x());
    const int delta = event->angleDelta().y();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAround(delta > 0 ? 0.5 : 2.0, x);
    } else if (m_zoom > 0) {
        const qint64 page = qint64(width() * m_zoom);
        m_startMs = std::clamp<qint64>(m_startMs - delta * page / 1200, 0,
                                       std::max<qint64>(0, m_player->durationMs() - page));
        update();
    }
    event->accept();
}

void WaveformView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomAround(0.5, xAt(m_player->position()));
    else if (event->key() == Qt::Key_Minus)
        zoomAround(2.0, xAt(m_player->position()));
    else
        QWidget::keyPressEvent(event);
}

bool WaveformView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const qint64 ms = msAt(help->pos().x());
        QString text = formatTimeCode(ms);
        for (const Marker& m : m_markers)
            if (std::abs(xAt(m.ms) - help->pos().x()) <= 4)
                text += QStringLiteral("\n") + (m.label.isEmpty() ? tr("Marker") : m.label);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace tianye::ui
