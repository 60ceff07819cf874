// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/MediaLibrary.h"

#include "media/MediaProbe.h"
#include "media/WavInfo.h"
#include "store/Project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tianye::media {

Result<QString> MediaLibrary::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Error::Code::Io,
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

MediaLibrary::MediaLibrary(const Project& project)
    : m_dir(project.mediaDir())
{}

QString MediaLibrary::pathOf(const Media& media) const
{
    return QDir(m_dir).filePath(media.sha256 + QLatin1Char('.') + media.format);
}

Result<StoredFile> MediaLibrary::store(const QString& sourcePath, MediaOrigin origin, qint64 durationMs) const
{
    const QFileInfo source(sourcePath);
    const QString shown = QDir::toNativeSeparators(sourcePath);
    if (!source.isFile())
        return fail(Error::Code::NotFound, tr("%1 does not exist or is not a file.").arg(shown));
    if (source.size() == 0)
        return fail(Error::Code::InvalidArgument, tr("%1 is empty.").arg(shown));
    auto hash = sha256Of(sourcePath);
    if (!hash)
        return std::unexpected(hash.error());

    Media record;
    record.sha256 = *hash;
    record.originalName = source.fileName();
    record.format = source.suffix().toLower();
    record.sizeBytes = source.size();
    record.origin = origin;
    record.durationMs = durationMs;
    if (record.format == QLatin1String("wav")) {
        auto wav = readWavInfo(sourcePath);
        if (!wav)
            return std::unexpected(wav.error());
        record.durationMs = wav->durationMs();
    } else if (record.durationMs <= 0) {
        record.durationMs = measureDurationMs(sourcePath).value_or(0);
    }

    StoredFile stored{record, pathOf(record), false};
    // The same content is there already, unless that copy was damaged since: then this
    // file, whose content is the one attached, repairs it.
    const QFileInfo existing(stored.path);
    const bool intact = existing.exists() && existing.size() == source.size() &&
                        sha256Of(stored.path).value_or(QString()) == *hash;
    if (!intact) {
        if (Status copied = copyInto(sourcePath, stored.path); !copied)
            return std::unexpected(copied.error());
        stored.copied = !existing.exists();
    }
    return stored;
}

void MediaLibrary::unstore(const StoredFile& file)
{
    if (file.copied)
        QFile::remove(file.path);
}

Status MediaLibrary::copyInto(const QString& sourcePath, const QString& target)
{
    const QString shown = QDir::toNativeSeparators(sourcePath);
    // Through a temporary file so a full disk never leaves half a file behind.
    QFile in(sourcePath);
    QSaveFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("Cannot copy %1 into the project: %2").arg(shown, out.errorString()));
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return fail(Error::Code::DiskFull,
                        tr("Cannot copy %1 into the project: %2").arg(shown, out.errorString()));
        }
    }
    if (!out.commit())
        return fail(Error::Code::Io, tr("Cannot copy %1 into the project: %2").arg(shown, out.errorString()));
    return {};
}

Status MediaLibrary::relink(const Media& media, const QString& candidate)
{
    auto hash = sha256Of(candidate);
    if (!hash)
        return std::unexpected(hash.error());
    if (*hash != media.sha256)
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not the recording %2: its content differs (SHA-256 %3…, expected %4…).")
                        .arg(QDir::toNativeSeparators(candidate), media.originalName, hash->left(12),
                             media.sha256.left(12)));
    const QString target = pathOf(media);
    QFile::remove(target); // a damaged copy is replaced
    return copyInto(candidate, target);
}

} // namespace tianye::media
