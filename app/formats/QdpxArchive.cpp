// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/QdpxArchive.h"

#include "formats/SaveFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>

#include <filesystem>

namespace tianye::formats {

namespace {

bool leavesArchive(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return path.startsWith(QLatin1Char('/')) || (path.size() > 1 && path.at(1) == QLatin1Char(':')) ||
           path == QLatin1String("..") || path.startsWith(QLatin1String("../")) ||
           path.contains(QLatin1String("/../")) || path.endsWith(QLatin1String("/.."));
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

QdpxArchive::QdpxArchive(QString path)
    : m_path(std::move(path))
{}

QdpxArchive::~QdpxArchive()
{
    if (m_zip)
        m_zip->close();
}

Result<std::unique_ptr<QdpxArchive>> QdpxArchive::open(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Code::NotFound, tr("%1 does not exist.").arg(name));
    if (!info.isFile())
        return fail(Error::Code::InvalidArgument, tr("%1 is not a file.").arg(name));
    std::unique_ptr<QdpxArchive> archive(new QdpxArchive(path));
    archive->m_zip = std::make_unique<QuaZip>(path);
    if (!archive->m_zip->open(QuaZip::mdUnzip))
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not a REFI-QDA project (.qdpx): it is not a readable zip archive.").arg(name));
    // The count the zip's directory declares, before its entries are listed.
    const int declared = archive->m_zip->getEntriesCount();
    if (declared < 0 || declared > MaxEntries)
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is refused: it holds %2 entries, more than a project has (%3).")
                        .arg(name)
                        .arg(declared)
                        .arg(MaxEntries));
    const auto infos = archive->m_zip->getFileInfoList64();
    qint64 total = 0;
    for (const QuaZipFileInfo64& entry : infos) {
        if (leavesArchive(entry.name))
            return fail(Error::Code::InvalidArgument,
                        tr("%1 is refused: it holds an entry named “%2”, a path that points outside the "
                           "archive.")
                            .arg(name, entry.name));
        // Sizes are unsigned 64-bit in the zip: compared before they are made signed.
        const quint64 declaredSize = entry.uncompressedSize;
        const qint64 unpacked = qint64(std::min<quint64>(declaredSize, quint64(MaxMediaBytes) + 1));
        const qint64 packed =
            std::max<qint64>(1, qint64(std::min<quint64>(entry.compressedSize, quint64(MaxMediaBytes) + 1)));
        if (declaredSize > quint64(MaxMediaBytes) || (unpacked > 1024 * 1024 && unpacked / packed > MaxRatio))
            return fail(Error::Code::InvalidArgument,
                        tr("%1 is refused: its entry “%2” would unpack to %3 from %4, which is what a zip "
                           "bomb does.")
                            .arg(name, entry.name, size(unpacked), size(packed)));
        total += unpacked;
        if (total > MaxTotalBytes)
            return fail(Error::Code::InvalidArgument,
                        tr("%1 is refused: it would unpack to more than %2.").arg(name, size(MaxTotalBytes)));
        archive->m_entries.insert(entry.name.toLower(), entry.name);
        archive->m_sizes.insert(entry.name.toLower(), unpacked);
    }
    if (!archive->contains(QStringLiteral("project.qde")))
        return fail(
            Error::Code::InvalidArgument,
            tr("%1 is not a REFI-QDA project (.qdpx): the zip archive has no project.qde.").arg(name));
    return archive;
}

Result<QByteArray> QdpxArchive::projectFile()
{
    return read(QStringLiteral("project.qde"));
}

QString QdpxArchive::entryFor(const QString& sourcePath, QString* why) const
{
    const QString p = sourcePath.trimmed();
    const QString lower = p.toLower();
    if (lower.startsWith(QLatin1String("internal://"))) {
        const QString file = p.mid(11);
        if (file.isEmpty() || leavesArchive(file) || file.contains(QLatin1Char('/')) ||
            file.contains(QLatin1Char('\\'))) {
            if (why)
                *why = tr("the path “%1” points outside the archive's sources").arg(p);
            return {};
        }
        const QString entry = QStringLiteral("sources/") + file;
        if (!contains(entry)) {
            if (why)
                *why = tr("the archive has no sources/%1").arg(file);
            return {};
        }
        return m_entries.value(entry.toLower());
    }
    if (why) {
        if (p.isEmpty())
            *why = tr("it names no file");
        else if (lower.startsWith(QLatin1String("relative://")))
            *why = tr("its file “%1” lies outside the archive (relative to the other tool's folder)").arg(p);
        else
            *why = tr("its file “%1” lies outside the archive (a path on the other tool's computer)").arg(p);
    }
    return {};
}

qint64 QdpxArchive::sizeOf(const QString& entry) const
{
    return m_sizes.value(entry.toLower(), -1);
}

Result<QByteArray> QdpxArchive::read(const QString& entry, qint64 maxBytes)
{
    const QString name = QDir::toNativeSeparators(m_path);
    const QString real = m_entries.value(entry.toLower());
    if (real.isEmpty() || !m_zip->setCurrentFile(real))
        return fail(Error::Code::NotFound, tr("%1 has no entry “%2”.").arg(name, entry));
    const qint64 declared = sizeOf(entry);
    if (declared > maxBytes)
        return fail(Error::Code::InvalidArgument,
                    tr("%1: the entry “%2” is refused: at %3 it is larger than Tianye reads (%4).")
                        .arg(name, entry, size(declared), size(maxBytes)));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::InvalidArgument,
                    tr("%1: the entry “%2” cannot be unpacked.").arg(name, entry));
    // The sizes in the zip directory can lie: never more than the declared size.
    QByteArray bytes = readAtMost(file, declared);
    const bool broken = file.getZipError() != UNZ_OK;
    file.close();
    if (broken || file.getZipError() != UNZ_OK || bytes.size() > declared)
        return fail(Error::Code::InvalidArgument,
                    tr("%1: the entry “%2” is damaged (bad zip data).").arg(name, entry));
    return bytes;
}

Status QdpxArchive::extractTo(const QString& entry, const QString& target)
{
    const QString name = QDir::toNativeSeparators(m_path);
    const QString real = m_entries.value(entry.toLower());
    if (real.isEmpty() || !m_zip->setCurrentFile(real))
        return fail(Error::Code::NotFound, tr("%1 has no entry “%2”.").arg(name, entry));
    const qint64 declared = sizeOf(entry);
    QuaZipFile in(m_zip.get());
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Code::InvalidArgument,
                    tr("%1: the entry “%2” cannot be unpacked.").arg(name, entry));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        total += n;
        if (total > declared)
            break;
        if (out.write(buffer.constData(), n) != n) {
            const QString why = out.errorString();
            out.cancelWriting();
            return fail(Error::Code::DiskFull,
                        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), why));
        }
    }
    const bool broken = in.getZipError() != UNZ_OK || total != declared;
    in.close();
    if (broken || in.getZipError() != UNZ_OK) {
        out.cancelWriting();
        return fail(Error::Code::InvalidArgument,
                    tr("%1: the entry “%2” is damaged (bad zip data).").arg(name, entry));
    }
    if (!out.commit())
        return fail(Error::Code::DiskFull,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
    return {};
}

// ---- Writing

QdpxWriter::QdpxWriter(QString path)
    : m_path(std::move(path))
    , m_part(m_path + QStringLiteral(".part"))
{}

QdpxWriter::~QdpxWriter()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    if (!m_done)
        QFile::remove(m_part);
}

Status QdpxWriter::failed(const QString& what)
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    QFile::remove(m_part);
    // A full disk is the usual cause of a write that fails half way.
    const QStorageInfo disk(QFileInfo(m_path).absolutePath());
    const QString why =
        disk.isValid() && disk.bytesAvailable() < 1024 * 1024 ? tr("%1 (the disk is full)").arg(what) : what;
    return fail(Error::Code::DiskFull,
                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), why));
}

Status QdpxWriter::begin()
{
    // Written beside the target and renamed over it when complete: a failure leaves
    // any old file as it was and no half file.
    QFile::remove(m_part);
    m_zip = std::make_unique<QuaZip>(m_part);
    m_zip->setZip64Enabled(true);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate))
        return fail(
            Error::Code::Io,
            tr("Could not write %1: the folder cannot be written to.").arg(QDir::toNativeSeparators(m_path)));
    return {};
}

Status QdpxWriter::add(const QString& entry, const QByteArray& bytes, bool compress)
{
    QByteArray data = bytes;
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    QuaZipNewInfo info(entry);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    return copy(in, entry, info, compress, QString());
}

Status QdpxWriter::addFile(const QString& entry, const QString& path, bool compress)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
    return copy(in, entry, QuaZipNewInfo(entry, path), compress, path);
}

Status QdpxWriter::copy(QIODevice& in, const QString& entry, const QuaZipNewInfo& info, bool compress,
                        const QString& from)
{
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, compress ? 6 : 0))
        return failed(tr("the entry %1 could not be started").arg(entry));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            file.close();
            return fail(Error::Code::Io,
                        tr("Could not read %1: %2").arg(QDir::toNativeSeparators(from), in.errorString()));
        }
        if (n == 0)
            break;
        if (file.write(buffer.constData(), n) != n) {
            file.close();
            return failed(tr("the entry %1 could not be written").arg(entry));
        }
    }
    file.close();
    if (file.getZipError() != ZIP_OK)
        return failed(tr("the entry %1 could not be written").arg(entry));
    return {};
}

Status QdpxWriter::finish()
{
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK)
        return failed(tr("the zip archive could not be finished"));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_part).toStdString(), QFile::encodeName(m_path).toStdString(),
                            error);
    if (error) {
        QFile::remove(m_part);
        return fail(Error::Code::Io,
                    tr("Could not write %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), QString::fromStdString(error.message())));
    }
    m_done = true;
    return {};
}

qint64 QdpxWriter::written() const
{
    return QFileInfo(m_path).size();
}

} // namespace tianye::formats
