// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/TimeCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tianye {

QString formatTimeCode(qint64 ms, bool withMillis)
{
    if (ms < 0)
        ms = 0;
    const qint64 h = ms / 3'600'000;
    const qint64 m = (ms / 60'000) % 60;
    const qint64 s = (ms / 1000) % 60;
    QString out = QStringLiteral("%1:%2:%3")
                      .arg(h, 2, 10, QLatin1Char('0'))
                      .arg(m, 2, 10, QLatin1Char('0'))
                      .arg(s, 2, 10, QLatin1Char('0'));
    if (withMillis)
        out += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return out;
}

std::optional<qint64> parseTimeCode(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*$)"));
    const auto match = re.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 h = match.capturedView(1).isEmpty() ? 0 : match.capturedView(1).toLongLong();
    const qint64 m = match.capturedView(2).toLongLong();
    const qint64 s = match.capturedView(3).toLongLong();
    if (s >= 60 || (h > 0 && m >= 60))
        return std::nullopt;
    qint64 millis = 0;
    if (const auto frac = match.capturedView(4); !frac.isEmpty()) {
        millis = frac.toLongLong();
        for (auto i = frac.size(); i < 3; ++i)
            millis *= 10;
    }
    return ((h * 60 + m) * 60 + s) * 1000 + millis;
}

QString formatDuration(qint64 ms)
{
    const qint64 minutes = (ms + 30'000) / 60'000;
    if (minutes < 60)
        return QCoreApplication::translate("tianye::TimeCode", "%n min", nullptr, int(minutes));
    return QCoreApplication::translate("tianye::TimeCode", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace tianye
