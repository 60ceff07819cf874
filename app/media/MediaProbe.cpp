// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/MediaProbe.h"

#include <QFile>

#include <algorithm>
#include <gst/gst.h>

namespace tianye::media {

namespace {

// The end of the last decoded buffer: where the stream ends.
GstPadProbeReturn onBuffer(GstPad*, GstPadProbeInfo* info, gpointer data)
{
    auto* end = static_cast<GstClockTime*>(data);
    if (GstBuffer* buffer = GST_PAD_PROBE_INFO_BUFFER(info);
        buffer && GST_BUFFER_PTS_IS_VALID(buffer) && GST_BUFFER_DURATION_IS_VALID(buffer))
        *end = std::max(*end, GST_BUFFER_PTS(buffer) + GST_BUFFER_DURATION(buffer));
    return GST_PAD_PROBE_OK;
}

} // namespace

std::optional<qint64> measureDurationMs(const QString& path)
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    GError* error = nullptr;
    GstElement* pipeline = gst_parse_launch(
        "filesrc name=src ! decodebin ! audioconvert ! audio/x-raw ! fakesink name=sink sync=false", &error);
    if (error)
        g_error_free(error);
    if (!pipeline)
        return std::nullopt;
    GstElement* src = gst_bin_get_by_name(GST_BIN(pipeline), "src");
    GstElement* sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    g_object_set(src, "location", QFile::encodeName(path).constData(), nullptr);
    GstClockTime end = 0;
    GstPad* pad = gst_element_get_static_pad(sink, "sink");
    gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, onBuffer, &end, nullptr);
    gst_object_unref(pad);
    gst_object_unref(src);
    gst_object_unref(sink);
    GstBus* bus = gst_element_get_bus(pipeline);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstMessage* m = gst_bus_timed_pop_filtered(bus, GST_CLOCK_TIME_NONE,
                                               GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    const bool ok = m && GST_MESSAGE_TYPE(m) == GST_MESSAGE_EOS;
    if (m)
        gst_message_unref(m);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(bus);
    gst_object_unref(pipeline);
    if (!ok || end == 0)
        return std::nullopt;
    return qint64(end / GST_MSECOND);
}

} // namespace tianye::media
