// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/PeakScanner.h"

#include <QFile>
#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <gst/audio/audio.h>
#include <gst/gst.h>
#include <mutex>
#include <vector>

namespace tianye::media {

// What GStreamer's streaming thread fills and the scanner's thread hands over: the
// peaks not yet handed over, the stream's format, and the cancel flag.
struct PeakScanner::Shared
{
    std::mutex mutex;
    Peaks pending; // finished buckets move out in batches
    bool rateKnown = false;
    GstAudioInfo info;             // F32LE (AAC, Opus, MP3 decoders) or S16LE (WAV, FLAC), mono
    std::vector<qint16> converted; // float samples as 16-bit
    std::atomic<bool> cancelled = false;
};

namespace {

void onHandoff(GstElement*, GstBuffer* buffer, GstPad* pad, gpointer data)
{
    auto* shared = static_cast<PeakScanner::Shared*>(data);
    std::lock_guard lock(shared->mutex);
    if (!shared->rateKnown) {
        GstCaps* caps = gst_pad_get_current_caps(pad);
        const bool ok = caps && gst_audio_info_from_caps(&shared->info, caps);
        if (caps)
            gst_caps_unref(caps);
        if (!ok)
            return;
        shared->pending.clear(GST_AUDIO_INFO_RATE(&shared->info));
        shared->rateKnown = true;
    }
    // Through GstAudioBuffer: a decoder's non-interleaved buffers carry their sample
    // count and plane offsets in a GstAudioMeta (mono: one plane).
    GstAudioBuffer audio;
    if (!gst_audio_buffer_map(&audio, &shared->info, buffer, GST_MAP_READ))
        return;
    gsize from = 0;
    gsize count = audio.n_samples;
    // Encoder delay and padding that a decoder marks rather than cuts (AAC, Opus).
    if (const GstAudioClippingMeta* clip = gst_buffer_get_audio_clipping_meta(buffer);
        clip && clip->format == GST_FORMAT_DEFAULT) {
        from = std::min<gsize>(clip->start, count);
        count -= from;
        count -= std::min<gsize>(clip->end, count);
    }
    if (GST_AUDIO_INFO_FORMAT(&shared->info) == GST_AUDIO_FORMAT_F32LE) {
        const float* f = static_cast<const float*>(audio.planes[0]) + from;
        shared->converted.resize(count);
        for (gsize i = 0; i < count; ++i)
            shared->converted[i] = qint16(std::clamp(f[i] * 32767.0f, -32768.0f, 32767.0f));
        shared->pending.add(shared->converted.data(), qint64(count));
    } else {
        shared->pending.add(static_cast<const qint16*>(audio.planes[0]) + from, qint64(count));
    }
    gst_audio_buffer_unmap(&audio);
}

} // namespace

PeakScanner::PeakScanner(QString sourcePath, QObject* parent)
    : QObject(parent)
    , m_source(std::move(sourcePath))
    , m_shared(std::make_shared<Shared>())
{}

PeakScanner::~PeakScanner()
{
    m_shared->cancelled = true;
    if (m_thread.joinable())
        m_thread.join();
}

void PeakScanner::start()
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    m_thread = std::thread([this] { run(); });
}

void PeakScanner::run()
{
    const QPointer<PeakScanner> self(this);
    const std::shared_ptr<Shared> shared = m_shared;
    // Hands the buckets finished so far to the owner's thread.
    const auto handOver = [self, shared](bool last) {
        std::pair<std::vector<qint16>, std::vector<qint16>> batch;
        int rate = 0;
        {
            std::lock_guard lock(shared->mutex);
            if (last)
                shared->pending.finish();
            batch = shared->pending.takeFinished();
            rate = shared->pending.sampleRate();
        }
        if (batch.first.empty())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, rate, batch = std::move(batch)] {
                if (!self)
                    return;
                if (self->m_peaks.size() == 0)
                    self->m_peaks.clear(rate);
                self->m_peaks.append(batch.first, batch.second);
                Q_EMIT self->peaksAdded();
            },
            Qt::QueuedConnection);
    };
    const auto finish = [self](bool ok) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok] {
                if (self)
                    Q_EMIT self->finished(ok);
            },
            Qt::QueuedConnection);
    };

    GError* error = nullptr;
    GstElement* pipeline =
        // Decoders of compressed formats give 32-bit float, often non-interleaved:
        // taken as it comes (converting it to 16-bit with audioconvert's default
        // dither, or to interleaved, cost up to as much again as decoding an AAC file).
        gst_parse_launch("filesrc name=src ! decodebin ! audioconvert dithering=none ! "
                         "audio/x-raw,format={S16LE,F32LE},channels=1 ! "
                         "fakesink name=sink sync=false signal-handoffs=true",
                         &error);
    if (error)
        g_error_free(error);
    if (!pipeline) {
        finish(false);
        return;
    }
    GstElement* src = gst_bin_get_by_name(GST_BIN(pipeline), "src");
    GstElement* sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    g_object_set(src, "location", QFile::encodeName(m_source).constData(), nullptr);
    g_signal_connect(sink, "handoff", G_CALLBACK(onHandoff), shared.get());
    gst_object_unref(src);
    gst_object_unref(sink);
    GstBus* bus = gst_element_get_bus(pipeline);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    bool ok = false;
    // Every 50 ms: the peaks so far to the window, and a look at the cancel flag.
    for (;;) {
        GstMessage* m = gst_bus_timed_pop_filtered(bus, 50 * GST_MSECOND,
                                                   GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
        if (!m && !shared->cancelled) {
            handOver(false);
            continue;
        }
        ok = m && GST_MESSAGE_TYPE(m) == GST_MESSAGE_EOS;
        if (m)
            gst_message_unref(m);
        break;
    }
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(bus);
    gst_object_unref(pipeline);
    if (shared->cancelled)
        return;
    if (ok) {
        handOver(true);
        std::lock_guard lock(shared->mutex);
        ok = shared->rateKnown; // else the file held no audio
    }
    finish(ok);
}

} // namespace tianye::media
