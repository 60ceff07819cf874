// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QString>

namespace tianye {
class Project;
}

namespace tianye::media {

// A file put into the project's media/ folder, ready to be attached to an interview
// (ops::attachMedia): its record without the interview.
struct StoredFile
{
    Media record;
    QString path;        // in media/
    bool copied = false; // this store() copied it: removed again if attaching fails
};

// The project's media/ folder: files are stored once, named by the SHA-256 of
// their content, and attached to interviews through media records.
class MediaLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::media::MediaLibrary)

public:
    explicit MediaLibrary(const Project& project);
    explicit MediaLibrary(QString mediaDir)
        : m_dir(std::move(mediaDir))
    {}
    static Result<QString> sha256Of(const QString& path);
    // Checks the file, hashes it, measures its duration (the WAV header, else by
    // decoding it; durationMs when given) and copies it into media/ unless the same
    // content is already there (a copy there damaged since is replaced: repaired). Files only: any thread, no
    // write to the project's database (hashing, decoding and copying a long recording take seconds).
    Result<StoredFile> store(const QString& sourcePath, MediaOrigin origin = MediaOrigin::Imported,
                             qint64 durationMs = 0) const;
    // Removes a file store() copied whose record was then not written.
    static void unstore(const StoredFile& file);
    // Where a media record's file lives in the project.
    QString pathOf(const Media& media) const;
    // A missing or damaged media file found elsewhere: copied back into media/ when
    // its content is the same (SHA-256), refused otherwise.
    Status relink(const Media& media, const QString& candidate);

private:
    static Status copyInto(const QString& sourcePath, const QString& target);
    QString m_dir;
};

} // namespace tianye::media
