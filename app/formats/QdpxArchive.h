// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipNewInfo;

namespace tianye::formats {

// A .qdpx (REFI-QDA project exchange: a zip of project.qde and sources/) read from
// outside. Opening checks every entry before anything is read: an entry whose path
// leaves the archive (zip slip), a declared size over the limits, a compression
// ratio only a zip bomb has, or too many entries refuse the whole file, naming the
// entry. Nothing is ever unpacked by an entry's own name: sources are found through
// the paths project.qde gives them, and read into memory or a file the caller names.
class QdpxArchive final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::formats::QdpxArchive)

public:
    static constexpr int MaxEntries = 200000;
    static constexpr qint64 MaxTextBytes = 256LL * 1024 * 1024;        // project.qde, one text source
    static constexpr qint64 MaxMediaBytes = 16LL * 1024 * 1024 * 1024; // one recording or file
    static constexpr qint64 MaxTotalBytes = 256LL * 1024 * 1024 * 1024;
    static constexpr qint64 MaxRatio = 200; // for entries over 1 MB unpacked

    ~QdpxArchive();
    static Result<std::unique_ptr<QdpxArchive>> open(const QString& path);

    QString path() const { return m_path; }
    // project.qde (at the top of the archive; any letter case).
    Result<QByteArray> projectFile();

    // Where a source path of project.qde points: "internal://NAME" is sources/NAME in
    // the archive (Sources/ as NVivo writes it too). Other forms (relative://, an
    // absolute path, file://) point outside the archive: empty, with why.
    QString entryFor(const QString& sourcePath, QString* why) const;
    bool contains(const QString& entry) const { return m_entries.contains(entry.toLower()); }
    qint64 sizeOf(const QString& entry) const;
    // An entry's bytes, at most maxBytes (refused when larger).
    Result<QByteArray> read(const QString& entry, qint64 maxBytes = MaxTextBytes);
    // An entry written to target (a temporary file of the caller's), whole or not at all.
    Status extractTo(const QString& entry, const QString& target);

private:
    explicit QdpxArchive(QString path);
    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, QString> m_entries; // lower-case name → name in the zip
    QHash<QString, qint64> m_sizes;    // lower-case name → unpacked size
};

// Writes a .qdpx: entries added one by one (text compressed, media stored) into
// FILE.part, renamed over FILE by finish(): a full disk leaves no half file and any
// old file as it was.
class QdpxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::formats::QdpxWriter)

public:
    explicit QdpxWriter(QString path);
    ~QdpxWriter();
    Status begin();
    Status add(const QString& entry, const QByteArray& bytes, bool compress = true);
    Status addFile(const QString& entry, const QString& file, bool compress = false);
    Status finish();
    qint64 written() const;

private:
    Status failed(const QString& what);
    // in written to the archive as entry (from: the file it was read from, for messages).
    Status copy(QIODevice& in, const QString& entry, const QuaZipNewInfo& info, bool compress,
                const QString& from);
    QString m_path;
    QString m_part;
    std::unique_ptr<QuaZip> m_zip;
    bool m_done = false;
};

} // namespace tianye::formats
