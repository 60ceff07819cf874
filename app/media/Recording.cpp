// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/Recording.h"

#include "media/WavInfo.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gst/gst.h>

namespace tianye::media {

QString toKey(RecordingCodec codec)
{
    switch (codec) {
    case RecordingCodec::Opus:
        return QStringLiteral("opus");
    case RecordingCodec::Flac:
        return QStringLiteral("flac");
    case RecordingCodec::Wav:
        return QStringLiteral("wav");
    }
    return {};
}

std::optional<RecordingCodec> recordingCodecFromKey(QStringView key)
{
    for (RecordingCodec c : {RecordingCodec::Opus, RecordingCodec::Flac, RecordingCodec::Wav})
        if (key == toKey(c))
            return c;
    return std::nullopt;
}

QString Recording::folderOf(const Project& project)
{
    return QDir(project.folder()).filePath(QStringLiteral("recordings"));
}

std::vector<UnfinishedRecording> Recording::unfinished(const QString& folder)
{
    std::vector<UnfinishedRecording> out;
    const QDir dir(folder);
    const QStringList journals = dir.entryList({QStringLiteral("recording-*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : journals) {
        UnfinishedRecording r;
        r.journalPath = dir.filePath(name);
        QFile file(r.journalPath);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        r.interviewUuid = o.value(QLatin1String("interview")).toString();
        r.started = o.value(QLatin1String("started")).toString();
        r.wavPath = dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".wav"));
        for (const QJsonValue& m : o.value(QLatin1String("markers")).toArray())
            r.markers.append({qint64(m.toObject().value(QLatin1String("ms")).toDouble()),
                              m.toObject().value(QLatin1String("label")).toString()});
        if (!QFile::exists(r.wavPath))
            continue;
        // The header may be behind the data (killed between checkpoints): count the bytes.
        if (auto info = readWavInfo(r.wavPath)) {
            info->dataBytes = std::max<qint64>(0, QFileInfo(r.wavPath).size() - 44);
            r.durationMs = info->durationMs();
        }
        out.push_back(r);
    }
    return out;
}

Status Recording::encode(const QString& wavPath, const QString& outPath, RecordingCodec codec)
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    const char* description =
        codec == RecordingCodec::Flac
            ? "filesrc name=src ! wavparse ! audioconvert ! flacenc ! filesink name=sink"
            : "filesrc name=src ! wavparse ! audioconvert ! audioresample ! opusenc bitrate=32000 ! oggmux ! "
              "filesink name=sink";
    GError* error = nullptr;
    GstElement* pipeline = gst_parse_launch(description, &error);
    if (!pipeline) {
        const QString why = error ? QString::fromUtf8(error->message) : QString();
        if (error)
            g_error_free(error);
        return fail(Error::Code::Internal, tr("Cannot set up the %1 encoder: %2").arg(toKey(codec), why));
    }
    if (error)
        g_error_free(error);
    GstElement* src = gst_bin_get_by_name(GST_BIN(pipeline), "src");
    GstElement* sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    g_object_set(src, "location", QFile::encodeName(wavPath).constData(), nullptr);
    g_object_set(sink, "location", QFile::encodeName(outPath).constData(), nullptr);
    gst_object_unref(src);
    gst_object_unref(sink);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus* bus = gst_element_get_bus(pipeline);
    GstMessage* message = gst_bus_timed_pop_filtered(bus, GST_CLOCK_TIME_NONE,
                                                     GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    Status result;
    if (message && GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
        GError* err = nullptr;
        gst_message_parse_error(message, &err, nullptr);
        result = fail(Error::Code::Io,
                      tr("Cannot encode %1 as %2: %3")
                          .arg(wavPath, toKey(codec), err ? QString::fromUtf8(err->message) : QString()));
        if (err)
            g_error_free(err);
    }
    if (message)
        gst_message_unref(message);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    if (!result)
        QFile::remove(outPath);
    return result;
}

Result<Recording::Prepared> Recording::prepare(const QString& wavPath, RecordingCodec codec)
{
    auto duration = WavWriter::repair(wavPath);
    if (!duration)
        return std::unexpected(duration.error());
    Prepared out{wavPath, *duration};
    if (codec != RecordingCodec::Wav) {
        out.file = QDir(QFileInfo(wavPath).path())
                       .filePath(QFileInfo(wavPath).completeBaseName() + QLatin1Char('.') + toKey(codec));
        if (auto encoded = encode(wavPath, out.file, codec); !encoded)
            return std::unexpected(encoded.error());
    }
    return out;
}

Result<Recording::Ready> Recording::ready(const QString& wavPath, RecordingCodec codec,
                                          const QString& mediaDir)
{
    auto prepared = prepare(wavPath, codec);
    if (!prepared)
        return std::unexpected(prepared.error());
    auto stored = MediaLibrary(mediaDir).store(prepared->file, MediaOrigin::Recorded, prepared->durationMs);
    if (!stored)
        return std::unexpected(stored.error());
    return Ready{*prepared, *stored};
}

void Recording::cleanUp(const QString& wavPath, const Prepared& prepared)
{
    if (prepared.file != wavPath)
        QFile::remove(prepared.file);
    QFile::remove(wavPath);
    QFile::remove(QDir(QFileInfo(wavPath).path())
                      .filePath(QFileInfo(wavPath).completeBaseName() + QStringLiteral(".json")));
}

void Recording::discard(const UnfinishedRecording& recording)
{
    QFile::remove(recording.wavPath);
    QFile::remove(recording.journalPath);
}

} // namespace tianye::media
