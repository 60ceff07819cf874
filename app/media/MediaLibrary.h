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

// The project's media/ folder: files are stored once, named by the SHA-256 of
// their content, and attached to interviews through media records.
class MediaLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::media::MediaLibrary)

public:
    explicit MediaLibrary(Project& project)
        : m_project(project)
    {}
    static Result<QString> sha256Of(const QString& path);
    // Copies the file into media/ (unless the same content is already there) and
    // attaches it to the interview. Duration is read for WAV; other formats keep the
    // given durationMs until the decoder measures them.
    Result<RowId> attach(RowId interviewId, const QString& sourcePath,
                         MediaOrigin origin = MediaOrigin::Imported, qint64 durationMs = 0);
    // Where a media record's file lives in the project.
    QString pathOf(const Media& media) const;
    // A missing or damaged media file found elsewhere: copied back into media/ when
    // its content is the same (SHA-256), refused otherwise.
    Status relink(const Media& media, const QString& candidate);

private:
    static Status copyInto(const QString& sourcePath, const QString& target);
    Project& m_project;
};

} // namespace tianye::media
