// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "AudioTestSupport.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>

#include <cmath>

namespace tianye::test {

namespace {

// Runs a command quietly; its exit code, or -1 when it did not run.
int quietly(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(10'000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

NullAudio::~NullAudio()
{
    if (m_started)
        quietly(QStringLiteral("pulseaudio"), {QStringLiteral("-k")});
}

QString NullAudio::unavailable()
{
    for (const char* program : {"pulseaudio", "pactl"})
        if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
            return QStringLiteral("%1 is not installed (Debian: pulseaudio, pulseaudio-utils)")
                .arg(QLatin1String(program));
    return {};
}

QString NullAudio::start()
{
    m_runtime = std::make_unique<QTemporaryDir>();
    if (!m_runtime->isValid())
        return QStringLiteral("no temporary directory for XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
    qputenv("PULSE_RUNTIME_PATH", QFile::encodeName(m_runtime->filePath(QStringLiteral("pulse"))));
    QProcess daemon;
    daemon.start(QStringLiteral("pulseaudio"),
                 {QStringLiteral("-D"), QStringLiteral("--exit-idle-time=-1"), QStringLiteral("-n"),
                  QStringLiteral("--load=module-native-protocol-unix"),
                  QStringLiteral("--load=module-null-sink sink_name=null_out"),
                  QStringLiteral("--load=module-null-source source_name=null_in")});
    if (!daemon.waitForFinished(20'000))
        return QStringLiteral("pulseaudio did not start: ") + daemon.errorString();
    if (daemon.exitCode() != 0)
        return QStringLiteral("pulseaudio failed: ") + QString::fromLocal8Bit(daemon.readAllStandardError());
    m_started = true;
    for (int i = 0; i < 100; ++i) {
        if (quietly(QStringLiteral("pactl"), {QStringLiteral("info")}) == 0) {
            quietly(QStringLiteral("pactl"),
                    {QStringLiteral("set-default-sink"), QStringLiteral("null_out")});
            quietly(QStringLiteral("pactl"),
                    {QStringLiteral("set-default-source"), QStringLiteral("null_in")});
            return {};
        }
        QThread::msleep(100);
    }
    return QStringLiteral("pulseaudio started but does not answer pactl");
}

bool writeToneWav(const QString& path, int sampleRate, const QList<double>& levels)
{
    QByteArray pcm;
    pcm.reserve(levels.size() * sampleRate * 2);
    qint64 n = 0;
    for (double level : levels) {
        for (int i = 0; i < sampleRate; ++i, ++n) {
            const double v = level * 0.9 * std::sin(2 * M_PI * 440.0 * double(n) / sampleRate);
            const auto s = qToLittleEndian(qint16(std::lround(v * 32767)));
            pcm.append(reinterpret_cast<const char*>(&s), 2);
        }
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&f);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + pcm.size());
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(sampleRate) << quint32(sampleRate * 2)
        << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(pcm.size());
    out.writeRawData(pcm.constData(), int(pcm.size()));
    return f.error() == QFile::NoError;
}

} // namespace tianye::test
