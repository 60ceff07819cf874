// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/Player.h"

#include "media/PcmDecoder.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QDir>
#include <QIODevice>
#include <QMediaDevices>

#include <SoundTouch.h>
#include <algorithm>
#include <cmath>
#include <vector>

namespace tianye::media {

namespace {

constexpr int Rate = PcmDecoder::SampleRate;

qint64 toSamples(qint64 ms)
{
    return ms * Rate / 1000;
}

qint64 toMs(qint64 samples)
{
    return samples * 1000 / Rate;
}

QAudioFormat sinkFormat()
{
    QAudioFormat f;
    f.setSampleRate(Rate);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    return f;
}

} // namespace

QString Player::soundTouchVersion()
{
    return QString::fromLatin1(soundtouch::SoundTouch::getVersionString());
}

Player::Player(QObject* parent)
    : QObject(parent)
    , m_stretch(std::make_unique<soundtouch::SoundTouch>())
{
    m_stretch->setSampleRate(Rate);
    m_stretch->setChannels(1);
    // Speech settings: shorter sequences and windows than the music defaults.
    m_stretch->setSetting(SETTING_SEQUENCE_MS, 40);
    m_stretch->setSetting(SETTING_SEEKWINDOW_MS, 15);
    m_stretch->setSetting(SETTING_OVERLAP_MS, 8);
    m_tick.setInterval(20);
    connect(&m_tick, &QTimer::timeout, this, &Player::onTick);
}

Player::~Player()
{
    stopSink();
}

void Player::load(const QString& sourcePath, const QString& cachePath)
{
    unload();
    setState(State::Loading);
    m_decoder = std::make_unique<PcmDecoder>(sourcePath, cachePath);
    connect(m_decoder.get(), &PcmDecoder::progress, this, &Player::loadingProgress);
    connect(m_decoder.get(), &PcmDecoder::peaksChanged, this, &Player::peaksChanged);
    connect(m_decoder.get(), &PcmDecoder::finished, this, [this](bool ok, const QString& message) {
        const QString path = m_decoder->cachePath();
        m_peaks = std::move(m_decoder->peaks());
        m_decoder.release()->deleteLater();
        Q_EMIT peaksChanged();
        if (!ok) {
            m_error = message;
            setState(State::Failed);
            Q_EMIT failed(message);
            return;
        }
        m_file.setFileName(path);
        uchar* mapped = nullptr;
        if (m_file.open(QIODevice::ReadOnly))
            mapped = m_file.map(0, m_file.size());
        if (!mapped) {
            m_error = tr("Cannot read the decoded audio %1: %2")
                          .arg(QDir::toNativeSeparators(path), m_file.errorString());
            setState(State::Failed);
            Q_EMIT failed(m_error);
            return;
        }
        m_pcm = reinterpret_cast<const qint16*>(mapped);
        m_samples = m_file.size() / 2;
        m_pausedAt = 0;
        setState(State::Paused);
        Q_EMIT ready();
        Q_EMIT positionChanged(0);
    });
    m_decoder->start();
}

const Peaks& Player::peaks() const
{
    return m_decoder ? m_decoder->peaks() : m_peaks;
}

void Player::unload()
{
    stopSink();
    m_decoder.reset();
    m_peaks.clear();
    if (m_pcm) {
        m_file.unmap(reinterpret_cast<uchar*>(const_cast<qint16*>(m_pcm)));
        m_pcm = nullptr;
    }
    m_file.close();
    m_samples = 0;
    m_pausedAt = 0;
    m_rangeEnd.reset();
    m_error.clear();
    setState(State::Empty);
}

qint64 Player::durationMs() const
{
    return toMs(m_samples);
}

qint64 Player::position() const
{
    if (m_state != State::Playing || !m_sink)
        return toMs(m_pausedAt);
    // The clock of the run, not the device's: Qt 6.4's PulseAudio sink reports what
    // it has processed in bursts (hundreds of ms at once, on a null sink over a
    // second), which would make the playhead and the segment highlight jump. On a
    // real device the two agree; a seek or speed change starts a new run.
    const double played = double(m_clock.nsecsElapsed()) / 1e9 * Rate * m_speed;
    qint64 at = m_runStart + qint64(played);
    if (m_rangeEnd)
        at = std::min(at, *m_rangeEnd);
    return toMs(std::clamp<qint64>(at, 0, m_samples));
}

void Player::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Player::setSpeed(double speed)
{
    speed = std::clamp(speed, MinSpeed, MaxSpeed);
    if (qFuzzyCompare(speed, m_speed))
        return;
    const qint64 at = toSamples(position());
    m_speed = speed;
    m_stretch->setTempo(speed);
    if (m_state == State::Playing)
        startRun(at);
}

void Player::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}

void Player::play()
{
    if (m_state != State::Paused)
        return;
    qint64 from = m_pausedAt;
    if (m_rewindOnPlay)
        from = std::max<qint64>(0, from - toSamples(m_autoRewindMs));
    m_rewindOnPlay = false;
    if (from >= m_samples)
        from = 0;
    startRun(from);
}

void Player::pause()
{
    if (m_state != State::Playing)
        return;
    m_pausedAt = toSamples(position());
    stopSink();
    m_rangeEnd.reset();
    m_rewindOnPlay = true;
    setState(State::Paused);
    Q_EMIT positionChanged(toMs(m_pausedAt));
}

void Player::toggle()
{
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void Player::seek(qint64 ms)
{
    if (m_state != State::Playing && m_state != State::Paused)
        return;
    const qint64 at = std::clamp<qint64>(toSamples(ms), 0, m_samples);
    m_rewindOnPlay = false; // a chosen place is played from exactly there
    if (m_state == State::Playing) {
        startRun(at);
    } else {
        m_pausedAt = at;
        Q_EMIT positionChanged(toMs(at));
    }
}

void Player::playRange(qint64 fromMs, qint64 toMs_)
{
    if (m_state != State::Playing && m_state != State::Paused)
        return;
    const qint64 from = std::clamp<qint64>(toSamples(fromMs), 0, m_samples);
    const qint64 to = std::clamp<qint64>(toSamples(toMs_), from, m_samples);
    m_rewindOnPlay = false;
    startRun(from);
    m_rangeEnd = to;
}

void Player::startRun(qint64 fromSample)
{
    stopSink();
    m_rangeEnd.reset();
    m_stretch->clear();
    m_stretch->setTempo(m_speed);
    m_flushed = false;
    m_runStart = fromSample;
    m_readPos = fromSample;
    m_pausedAt = fromSample;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_error = tr("There is no audio output on this computer.");
        Q_EMIT failed(m_error);
        setState(State::Paused);
        return;
    }
    m_sink = new QAudioSink(device, sinkFormat(), this);
    m_sink->setVolume(m_volume);
    m_sink->setBufferSize(Rate * int(sizeof(qint16)) / 4); // 250 ms: PulseAudio starts a stream only once its
                                                           // prebuffer is full; much smaller never starts
    // Push mode: the tick writes what the sink has room for (pull mode stalled
    // after its first read on Qt 6.4's PulseAudio backend at tempo 1.0).
    m_push = m_sink->start();
    pushAudio();
    if (m_sink->error() != QAudio::NoError) {
        m_error = tr("The audio output cannot play (error %1).").arg(int(m_sink->error()));
        stopSink();
        setState(State::Paused);
        Q_EMIT failed(m_error);
        return;
    }
    m_clock.start();
    setState(State::Playing);
    m_tick.start();
    Q_EMIT positionChanged(toMs(fromSample));
}

void Player::stopSink()
{
    m_tick.stop();
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    m_push = nullptr;
}

void Player::fillStretch(qint64 wanted)
{
    const qint64 end = m_rangeEnd ? *m_rangeEnd : m_samples;
    float chunk[1024];
    while (qint64(m_stretch->numSamples()) < wanted && m_readPos < end) {
        const qint64 n = std::min<qint64>(1024, end - m_readPos);
        for (qint64 i = 0; i < n; ++i)
            chunk[i] = float(m_pcm[m_readPos + i]) / 32768.0f;
        m_stretch->putSamples(chunk, uint(n));
        m_readPos += n;
    }
    if (m_readPos >= end && !m_flushed) {
        m_stretch->flush();
        m_flushed = true;
    }
}

qint64 Player::readPcm(char* data, qint64 maxBytes)
{
    if (!m_pcm)
        return 0;
    const qint64 wanted = maxBytes / qint64(sizeof(qint16));
    fillStretch(wanted);
    m_out.resize(size_t(wanted));
    const uint got = m_stretch->receiveSamples(m_out.data(), uint(wanted));
    auto* out = reinterpret_cast<qint16*>(data);
    for (uint i = 0; i < got; ++i)
        out[i] = qint16(std::clamp(std::lround(m_out[i] * 32767.0f), -32768L, 32767L));
    return qint64(got) * qint64(sizeof(qint16));
}

void Player::pushAudio()
{
    if (!m_sink || !m_push)
        return;
    qint64 room = m_sink->bytesFree();
    std::vector<char> buffer;
    while (room >= qint64(sizeof(qint16)) * 64) {
        buffer.resize(size_t(std::min<qint64>(room, 16384)));
        const qint64 got = readPcm(buffer.data(), qint64(buffer.size()));
        if (got <= 0)
            break;
        const qint64 written = m_push->write(buffer.data(), got);
        if (written < got)
            break;
        room -= written;
    }
}

void Player::onTick()
{
    pushAudio();
    const qint64 now = position();
    Q_EMIT positionChanged(now);
    const qint64 end = m_rangeEnd ? *m_rangeEnd : m_samples;
    if (toSamples(now) >= end) {
        m_tick.stop();
        stopSink();
        m_pausedAt = end;
        m_rangeEnd.reset();
        m_rewindOnPlay = false;
        setState(State::Paused);
        Q_EMIT positionChanged(toMs(end));
    }
}

} // namespace tianye::media
