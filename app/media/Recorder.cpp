// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/Recorder.h"

#include <QAudioSource>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace tianye::media {

namespace {

// Speech at 48 kHz mono, 16 bits, where the device takes it; else its own rate and
// channels, converted to 16 bits as it arrives.
QAudioFormat formatFor(const QAudioDevice& device)
{
    QAudioFormat wanted;
    wanted.setSampleRate(48'000);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(wanted))
        return wanted;
    QAudioFormat preferred = device.preferredFormat();
    if (preferred.sampleRate() <= 0 || preferred.channelCount() <= 0)
        return wanted;
    return preferred;
}

} // namespace

Recorder::Recorder(QObject* parent)
    : QObject(parent)
    , m_checkpoint(new QTimer(this))
{
    m_checkpoint->setInterval(CheckpointMs);
    connect(m_checkpoint, &QTimer::timeout, this, [this] {
        readAvailable();
        if (m_wav.isOpen())
            if (auto ok = m_wav.checkpoint(); !ok)
                abort(ok.error());
    });
}

Recorder::~Recorder()
{
    if (m_state != State::Idle)
        (void)stop();
}

Status Recorder::start(const QAudioDevice& device, const QString& folder, const QString& interviewUuid)
{
    if (m_state != State::Idle)
        return fail(Error::Code::InvalidArgument, tr("A recording is already running."));
    if (device.isNull())
        return fail(Error::Code::NotFound, tr("There is no microphone to record from."));
    if (!QDir().mkpath(folder))
        return fail(Error::Code::Io, tr("Cannot create the folder %1.").arg(folder));
    m_format = formatFor(device);
    const QString base = QDir(folder).filePath(
        QStringLiteral("recording-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (auto opened =
            m_wav.open(base + QStringLiteral(".wav"), m_format.sampleRate(), m_format.channelCount());
        !opened)
        return opened;
    m_journal = base + QStringLiteral(".json");
    m_interviewUuid = interviewUuid;
    m_started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_markers.clear();
    if (auto journal = writeJournal(); !journal) {
        (void)m_wav.close();
        QFile::remove(m_wav.path());
        return journal;
    }
    m_source = std::make_unique<QAudioSource>(device, m_format);
    // Small buffers: little audio waits in memory between checkpoints.
    m_source->setBufferSize(m_format.bytesForDuration(200'000));
    m_input = m_source->start();
    if (!m_input || m_source->error() != QAudio::NoError) {
        m_source.reset();
        (void)m_wav.close();
        QFile::remove(m_wav.path());
        QFile::remove(m_journal);
        return fail(Error::Code::Io, tr("The microphone %1 cannot be opened.").arg(device.description()));
    }
    connect(m_input, &QIODevice::readyRead, this, &Recorder::readAvailable);
    m_state = State::Recording;
    m_checkpoint->start();
    return {};
}

void Recorder::pause()
{
    if (m_state != State::Recording)
        return;
    readAvailable();
    m_source->suspend();
    m_state = State::Paused;
    (void)m_wav.checkpoint();
}

void Recorder::resume()
{
    if (m_state != State::Paused)
        return;
    // What the device gathered while suspended is not part of the recording.
    if (m_input)
        m_input->readAll();
    m_source->resume();
    m_state = State::Recording;
}

Result<QString> Recorder::stop()
{
    if (m_state == State::Idle)
        return fail(Error::Code::InvalidArgument, tr("Nothing is being recorded."));
    if (m_state == State::Recording)
        readAvailable();
    stopInput();
    auto journal = writeJournal();
    if (auto closed = m_wav.close(); !closed)
        return std::unexpected(closed.error());
    if (!journal)
        return std::unexpected(journal.error());
    return m_wav.path();
}

void Recorder::addMarker(const QString& label)
{
    if (m_state == State::Idle)
        return;
    readAvailable();
    m_markers.append({durationMs(), label.trimmed()});
    if (auto ok = writeJournal(); !ok)
        abort(ok.error());
}

void Recorder::readAvailable()
{
    if (m_state != State::Recording || !m_input)
        return;
    const QByteArray data = m_input->readAll();
    if (data.isEmpty())
        return;
    // To 16-bit samples, measuring the peak on the way.
    const int bytesPerSample = m_format.bytesPerSample();
    const qsizetype samples = data.size() / std::max(1, bytesPerSample);
    m_converted.resize(samples * 2);
    auto* out = reinterpret_cast<qint16*>(m_converted.data());
    double peak = 0;
    for (qsizetype i = 0; i < samples; ++i) {
        const char* at = data.constData() + i * bytesPerSample;
        float v = 0;
        switch (m_format.sampleFormat()) {
        case QAudioFormat::Int16:
            v = float(*reinterpret_cast<const qint16*>(at)) / 32768.0f;
            break;
        case QAudioFormat::Int32:
            v = float(double(*reinterpret_cast<const qint32*>(at)) / 2147483648.0);
            break;
        case QAudioFormat::UInt8:
            v = (float(*reinterpret_cast<const quint8*>(at)) - 128.0f) / 128.0f;
            break;
        case QAudioFormat::Float:
            v = *reinterpret_cast<const float*>(at);
            break;
        default:
            break;
        }
        v = std::clamp(v, -1.0f, 1.0f);
        peak = std::max(peak, double(std::fabs(v)));
        out[i] = qint16(std::lround(v * 32767.0f));
    }
    if (auto written = m_wav.write(m_converted.constData(), m_converted.size()); !written)
        return abort(written.error());
    Q_EMIT levelChanged(peak);
    Q_EMIT durationChanged(durationMs());
}

Status Recorder::writeJournal()
{
    QJsonArray markers;
    for (const RecordingMark& m : std::as_const(m_markers))
        markers.append(
            QJsonObject{{QStringLiteral("ms"), double(m.timeMs)}, {QStringLiteral("label"), m.label}});
    const QJsonObject journal{{QStringLiteral("interview"), m_interviewUuid},
                              {QStringLiteral("started"), m_started},
                              {QStringLiteral("audio"), QFileInfo(m_wav.path()).fileName()},
                              {QStringLiteral("markers"), markers}};
    QSaveFile file(m_journal);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(journal).toJson()) < 0 || !file.commit())
        return fail(Error::Code::Io, tr("Cannot write %1: %2").arg(m_journal, file.errorString()));
    return {};
}

void Recorder::stopInput()
{
    m_checkpoint->stop();
    if (m_source) {
        m_source->stop();
        m_source.reset();
    }
    m_input = nullptr;
    m_state = State::Idle;
}

void Recorder::abort(const Error& error)
{
    if (m_state == State::Idle)
        return;
    stopInput();
    (void)m_wav.close();
    Q_EMIT failed(error);
}

} // namespace tianye::media
