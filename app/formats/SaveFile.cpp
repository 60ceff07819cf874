// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace tianye::formats {

Status saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(Error::Code::Io, QCoreApplication::translate("tianye::formats", "Cannot write %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Result<QByteArray> loadFile(const QString& path, qint64 maxBytes)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QCoreApplication::translate("tianye::formats", "Cannot read %1: %2")
                                         .arg(name, file.errorString()));
    if (file.size() > maxBytes)
        return fail(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("tianye::formats", "%1 is too large (%2; at most %3).")
                .arg(name, QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(maxBytes)));
    const QByteArray data = readAtMost(file, maxBytes);
    if (data.size() > maxBytes || file.error() != QFile::NoError)
        return fail(Error::Code::Io, QCoreApplication::translate("tianye::formats", "Cannot read %1: %2")
                                         .arg(name, file.errorString()));
    return data;
}

QByteArray readAtMost(QIODevice& device, qint64 maxBytes)
{
    QByteArray data;
    if (!device.isSequential())
        data.reserve(qsizetype(std::min(device.size() - device.pos(), maxBytes) + 1));
    while (data.size() <= maxBytes) {
        const QByteArray piece = device.read(std::min<qint64>(1 << 20, maxBytes + 1 - data.size()));
        if (piece.isEmpty())
            break;
        data += piece;
    }
    return data;
}

} // namespace tianye::formats
