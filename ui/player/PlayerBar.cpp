// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "player/PlayerBar.h"

#include "app/Settings.h"
#include "core/TimeCode.h"
#include "player/WaveformView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tianye::ui {

PlayerBar::PlayerBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("playerBar"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    m_waveform = new WaveformView(&m_player, this);
    outer->addWidget(m_waveform);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(layout);
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("playPause"));
    m_play->setAutoRaise(true);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("playerTime"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")) + 8);
    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setObjectName(QStringLiteral("playerSeek"));
    m_seek->setAccessibleName(tr("Position"));
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("playerSpeed"));
    m_speed->setAccessibleName(tr("Speed"));
    for (int tenth = 5; tenth <= 20; ++tenth)
        m_speed->addItem(QStringLiteral("%1×").arg(tenth / 10.0, 0, 'f', 1), tenth / 10.0);
    m_speed->setCurrentIndex(5);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("playerVolume"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(90);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("playerStatus"));
    layout->addWidget(m_play);
    layout->addWidget(m_time);
    layout->addWidget(m_seek, 1);
    layout->addWidget(m_speed);
    layout->addWidget(m_volume);
    layout->addWidget(m_status);

    connect(m_play, &QToolButton::clicked, &m_player, &media::Player::toggle);
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        m_player.seek(m_seek->value());
    });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            QMetaObject::invokeMethod(
                this, [this] { m_player.seek(m_seek->value()); }, Qt::QueuedConnection);
    });
    connect(m_speed, &QComboBox::activated, this,
            [this] { m_player.setSpeed(m_speed->currentData().toDouble()); });
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) { m_player.setVolume(v / 100.0); });
    connect(&m_player, &media::Player::stateChanged, this, &PlayerBar::updateState);
    connect(&m_player, &media::Player::positionChanged, this, &PlayerBar::updatePosition);
    connect(&m_player, &media::Player::loadingProgress, this,
            [this](qint64 ms) { m_status->setText(tr("Preparing the audio… %1").arg(formatTimeCode(ms))); });
    connect(&m_player, &media::Player::ready, this, [this] {
        m_seek->setRange(0, int(m_player.durationMs()));
        m_status->clear();
        updatePosition(0);
        Q_EMIT audioReady(true);
    });
    connect(&m_player, &media::Player::failed, this, [this](const QString& message) {
        m_status->setText(message);
        m_status->setToolTip(message);
        if (m_player.state() == media::Player::State::Failed)
            Q_EMIT audioReady(false);
    });
    m_player.setAutoRewindMs(settings::autoRewindMs.get());
    updateState();
    hide();
}

void PlayerBar::setSource(const QString& path, const QString& cachePath, const QString& title)
{
    m_title = title;
    if (path.isEmpty()) {
        m_player.unload();
        hide();
        Q_EMIT audioReady(false);
        return;
    }
    show();
    m_player.load(path, cachePath);
}

void PlayerBar::back()
{
    m_player.seek(m_player.position() - settings::skipMs.get());
}

void PlayerBar::forward()
{
    m_player.seek(m_player.position() + settings::skipMs.get());
}

void PlayerBar::slower()
{
    m_player.setSpeed(std::round((m_player.speed() - 0.1) * 10) / 10);
    updateSpeedBox();
}

void PlayerBar::faster()
{
    m_player.setSpeed(std::round((m_player.speed() + 0.1) * 10) / 10);
    updateSpeedBox();
}

void PlayerBar::updateSpeedBox()
{
    const int index = int(std::lround(m_player.speed() * 10)) - 5;
    m_speed->setCurrentIndex(std::clamp(index, 0, m_speed->count() - 1));
}

void PlayerBar::updateState()
{
    const bool playing = m_player.isPlaying();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (%1)").arg(settings::keyPlayPause.get())
                               : tr("Play (%1)").arg(settings::keyPlayPause.get()));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    const bool usable = playing || m_player.state() == media::Player::State::Paused;
    for (QWidget* w : std::initializer_list<QWidget*>{m_play, m_seek, m_speed, m_volume})
        w->setEnabled(usable);
}

void PlayerBar::updatePosition(qint64 ms)
{
    m_time->setText(QStringLiteral("%1 / %2").arg(formatTimeCode(ms), formatTimeCode(m_player.durationMs())));
    if (!m_dragging) {
        const QSignalBlocker block(m_seek);
        m_seek->setValue(int(ms));
    }
}

} // namespace tianye::ui
