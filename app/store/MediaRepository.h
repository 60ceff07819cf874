// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QCoreApplication>

#include <vector>

namespace tianye {

class Database;
class WriteScope;

// Records of audio attached to interviews, and markers dropped while recording.
// The files themselves live in the project's media/ folder (see media::MediaLibrary).
class MediaRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::MediaRepository)

public:
    explicit MediaRepository(Database& db)
        : m_db(db)
    {}
    Result<RowId> add(const WriteScope& w, const Media& media);
    Result<Media> get(RowId id);
    // All media, or those of one interview.
    Result<std::vector<Media>> list(RowId interviewId = NoRow);
    Status remove(const WriteScope& w, RowId id);
    // The duration measured by decoding (formats whose header does not say it).
    Status setDuration(const WriteScope& w, RowId id, qint64 durationMs);

    Result<RowId> addMarker(const WriteScope& w, const Marker& marker);
    Result<std::vector<Marker>> markers(RowId mediaId);
    Status removeMarker(const WriteScope& w, RowId id);

private:
    Database& m_db;
};

} // namespace tianye
