// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/PcmDecoder.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

namespace tianye::media {

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
        QTimer::singleShot(0, this, [this] {
            const qint64 samples = QFileInfo(m_cachePath).size() / 2;
            const QString peaksPath = Peaks::pathFor(m_cachePath);
            if (!m_peaks.load(peaksPath, samples)) {
                // Stale or missing: computed again from the PCM (a pass over the file).
                m_peaks.clear();
                QFile pcm(m_cachePath);
                if (pcm.open(QIODevice::ReadOnly)) {
                    while (!pcm.atEnd()) {
                        const QByteArray chunk = pcm.read(1 << 20);
                        m_peaks.add(reinterpret_cast<const qint16*>(chunk.constData()), chunk.size() / 2);
                    }
                }
                m_peaks.finish();
                m_peaks.save(peaksPath); // the cache is disposable: a failure only costs time later
            }
            m_done = true;
            Q_EMIT progress(samples * 1000 / SampleRate);
            Q_EMIT finished(true, {});
        });
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
    m_decoder = new QAudioDecoder(this);
    m_decoder->setAudioFormat(format());
    m_decoder->setSource(QUrl::fromLocalFile(QFileInfo(m_source).absoluteFilePath()));
    connect(m_decoder, &QAudioDecoder::bufferReady, this, &PcmDecoder::onBuffer);
    connect(m_decoder, &QAudioDecoder::finished, this, &PcmDecoder::onFinished);
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
            [this, name] { fail(tr("%1 cannot be decoded: %2").arg(name, m_decoder->errorString())); });
    m_decoder->start();
}

void PcmDecoder::onBuffer()
{
    while (m_decoder && m_decoder->bufferAvailable()) {
        const QAudioBuffer buffer = m_decoder->read();
        if (!buffer.isValid())
            continue;
        const auto bytes = buffer.byteCount();
        if (m_part.write(buffer.constData<char>(), bytes) != bytes) {
            fail(tr("Cannot write the decoded audio to %1: %2")
                     .arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()));
            return;
        }
        m_samples += buffer.frameCount();
        m_peaks.add(buffer.constData<qint16>(), buffer.frameCount());
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
    m_part.close();
    if (m_samples == 0) {
        m_part.remove();
        fail(tr("%1 holds no audio that can be played.").arg(QDir::toNativeSeparators(m_source)));
        return;
    }
    m_peaks.finish();
    m_peaks.save(Peaks::pathFor(m_cachePath)); // disposable: a failure only costs time later
    QFile::remove(m_cachePath);
    if (!m_part.rename(m_cachePath)) {
        fail(tr("Cannot keep the decoded audio in %1.").arg(QDir::toNativeSeparators(m_cachePath)));
        return;
    }
    m_done = true;
    Q_EMIT finished(true, {});
}

void PcmDecoder::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_decoder)
        m_decoder->stop();
    if (m_part.isOpen()) {
        m_part.close();
        m_part.remove();
    }
    Q_EMIT finished(false, message);
}

} // namespace tianye::media
