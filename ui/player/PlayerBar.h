// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "media/Player.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace tianye::ui {

class WaveformView;

// The player above the transcript: the waveform, play/pause, position and
// duration, a seek slider, speed (0.5×–2.0× in steps of 0.1, pitch kept) and volume. The keys
// (Esc, F1–F4 by default, rebindable in Preferences) are the page's actions.
class PlayerBar final : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerBar(QWidget* parent = nullptr);
    media::Player* player() { return &m_player; }
    WaveformView* waveform() const { return m_waveform; }
    // Loads a recording (decoded once into cachePath); empty hides the bar.
    void setSource(const QString& path, const QString& cachePath, const QString& title);
    bool hasAudio() const { return m_player.state() == media::Player::State::Paused || m_player.isPlaying(); }

    void back();
    void forward();
    void slower();
    void faster();

Q_SIGNALS:
    void audioReady(bool ready);

private:
    void updateState();
    void updatePosition(qint64 ms);
    void updateSpeedBox();

    media::Player m_player;
    QToolButton* m_play;
    QLabel* m_time;
    QSlider* m_seek;
    QComboBox* m_speed;
    QSlider* m_volume;
    QLabel* m_status;
    WaveformView* m_waveform;
    QString m_title;
    bool m_dragging = false;
};

} // namespace tianye::ui
