// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/PcmDecoder.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace tianye::media {

namespace {

// Less free room than this, and a write that failed, is a full disk.
constexpr qint64 FullDiskBytes = 1024 * 1024;

} // namespace

QAudioFormat PcmDecoder::format()
{
    QAudioFormat f;
    f.setSampleRate(SampleRate);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    return f;
}

QString PcmDecoder::cachePath(const QString& cacheDir, const QString& sha256)
{
    return QDir(cacheDir).filePath(QStringLiteral("pcm/%1.pcm").arg(sha256));
}

PcmDecoder::PcmDecoder(QString sourcePath, QString cachePath, QObject* parent)
    : QObject(parent)
    , m_source(std::move(sourcePath))
    , m_cachePath(std::move(cachePath))
{}

PcmDecoder::~PcmDecoder()
{
    if (m_decoder)
        m_decoder->stop();
    if (m_part.isOpen()) {
        m_part.close();
        m_part.remove();
    }
}

Peaks& PcmDecoder::peaks()
{
    return m_scanner ? m_scanner->peaks() : m_peaks;
}

void PcmDecoder::start()
{
    const QString name = QDir::toNativeSeparators(m_source);
    if (!QFileInfo::exists(m_source)) {
        QTimer::singleShot(0, this, [this, name] { fail(tr("The audio file %1 is missing.").arg(name)); });
        return;
    }
    // A cache file is complete only under its final name (written as .part, then renamed).
    const QFileInfo cached(m_cachePath);
    if (cached.exists() && cached.size() % 2 == 0 && cached.size() > 0) {
        m_samples = cached.size() / 2;
        m_pcmDone = true;
        if (m_peaks.load(Peaks::pathFor(m_cachePath))) {
            m_peaksDone = true;
            QTimer::singleShot(0, this, [this] {
                Q_EMIT progress(m_samples * 1000 / SampleRate);
                Q_EMIT peaksReady();
                finishIfDone();
            });
        } else {
            startScanner(); // stale or missing: read again from the file
        }
        return;
    }
    QDir().mkpath(QFileInfo(m_cachePath).absolutePath());
    m_part.setFileName(m_cachePath + QStringLiteral(".part"));
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("Cannot write the decoded audio to %1: %2")
                     .arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()));
        });
        return;
    }
    // The waveform first, then the player's PCM: on a two-core laptop the two
    // decodes side by side slowed each other down (a 60-minute M4A's waveform took
    // 3x GStreamer's decoding time instead of ~1.2x). With cores to spare, both at once.
    startScanner();
    if (QThread::idealThreadCount() >= 4)
        startPcm();
}

void PcmDecoder::startPcm()
{
    const QString name = QDir::toNativeSeparators(m_source);
    m_decoder = new QAudioDecoder(this);
    m_decoder->setAudioFormat(format());
    m_decoder->setSource(QUrl::fromLocalFile(QFileInfo(m_source).absoluteFilePath()));
    connect(m_decoder, &QAudioDecoder::bufferReady, this, &PcmDecoder::onBuffer);
    connect(m_decoder, &QAudioDecoder::finished, this, &PcmDecoder::onFinished);
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
            [this, name] { fail(tr("%1 cannot be decoded: %2").arg(name, m_decoder->errorString())); });
    m_decoder->start();
}

void PcmDecoder::startScanner()
{
    m_scanner = std::make_unique<PeakScanner>(m_source);
    connect(m_scanner.get(), &PeakScanner::peaksAdded, this, &PcmDecoder::peaksChanged);
    connect(m_scanner.get(), &PeakScanner::finished, this, [this](bool ok) { onScannerFinished(ok); });
    m_scanner->start();
}

void PcmDecoder::onScannerFinished(bool ok)
{
    if (m_done)
        return;
    if (ok) {
        m_peaks = std::move(m_scanner->peaks());
        m_peaksDone = true;
    }
    // Deleted from the event loop: this runs inside one of its signals.
    m_scanner.release()->deleteLater();
    if (ok) {
        m_peaks.save(Peaks::pathFor(m_cachePath)); // disposable: a failure only costs time later
        Q_EMIT peaksChanged();
        Q_EMIT peaksReady();
    }
    // Else the waveform is computed from the PCM once it is there.
    if (!m_pcmDone && !m_decoder)
        startPcm();
    finishIfDone();
}

void PcmDecoder::peaksFromPcm()
{
    m_peaks.clear(SampleRate);
    QFile pcm(m_cachePath);
    if (pcm.open(QIODevice::ReadOnly)) {
        while (!pcm.atEnd()) {
            const QByteArray chunk = pcm.read(1 << 20);
            m_peaks.add(reinterpret_cast<const qint16*>(chunk.constData()), chunk.size() / 2);
        }
    }
    m_peaks.finish();
    m_peaks.save(Peaks::pathFor(m_cachePath)); // the cache is disposable: a failure only costs time later
    m_peaksDone = true;
    Q_EMIT peaksChanged();
    Q_EMIT peaksReady();
}

void PcmDecoder::finishIfDone()
{
    if (m_done || !m_pcmDone || m_scanner)
        return;
    if (!m_peaksDone)
        peaksFromPcm();
    m_done = true;
    Q_EMIT finished(true, {});
}

void PcmDecoder::onBuffer()
{
    while (m_decoder && m_decoder->bufferAvailable()) {
        const QAudioBuffer buffer = m_decoder->read();
        if (!buffer.isValid())
            continue;
        const auto bytes = buffer.byteCount();
        if (m_part.write(buffer.constData<char>(), bytes) != bytes) {
            failWriting();
            return;
        }
        m_samples += buffer.frameCount();
    }
    Q_EMIT progress(m_samples * 1000 / SampleRate);
}

void PcmDecoder::onFinished()
{
    if (m_done)
        return;
    onBuffer();
    if (m_done)
        return;
    if (!m_part.flush()) {
        failWriting();
        return;
    }
    m_part.close();
    if (m_samples == 0) {
        m_part.remove();
        fail(tr("%1 holds no audio that can be played.").arg(QDir::toNativeSeparators(m_source)));
        return;
    }
    QFile::remove(m_cachePath);
    if (!m_part.rename(m_cachePath)) {
        fail(tr("Cannot keep the decoded audio in %1.").arg(QDir::toNativeSeparators(m_cachePath)));
        return;
    }
    m_pcmDone = true;
    finishIfDone();
}

void PcmDecoder::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_scanner.reset();
    if (m_decoder)
        m_decoder->stop();
    if (m_part.isOpen())
        m_part.close();
    // Nothing half-made is left in the cache: no partial audio, and no waveform for
    // audio that was not kept.
    m_part.remove();
    QFile::remove(Peaks::pathFor(m_cachePath));
    Q_EMIT finished(false, message);
}

void PcmDecoder::failWriting()
{
    const QString file = QDir::toNativeSeparators(m_part.fileName());
    // A write that fails with room to spare says why; a full disk often says "Unknown error".
    const QStorageInfo disk(QFileInfo(m_part.fileName()).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < FullDiskBytes)
        fail(tr("The disk holding %1 is full: the decoded audio cannot be kept there. Free some space, then "
                "open the interview again.")
                 .arg(file));
    else
        fail(tr("Cannot write the decoded audio to %1: %2").arg(file, m_part.errorString()));
}

} // namespace tianye::media
