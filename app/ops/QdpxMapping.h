// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "formats/Qde.h"

#include <QString>

#include <memory>
#include <utility>

namespace tianye::formats {
class QdpxArchive;
}

// What REFI-QDA export and import share (QdpxExport.cpp, QdpxImport.cpp): the names
// of the variables Tianye writes and understands, the GUIDs it derives, and how a
// segment's speaker stands at the start of its line. Internal to ops/.
namespace tianye::ops::qdpx {

// Names of the variables Tianye writes (data, not interface text: the same in every
// language, so that a file comes back as it went out).
namespace var {
inline const QString Kind = QStringLiteral("Kind");
inline const QString City = QStringLiteral("City");
inline const QString Code = QStringLiteral("Code"); // a participant's code, instead of the case's name
inline const QString RealName = QStringLiteral("Real name"); // kept in the project, never exported
inline const QString Contact = QStringLiteral("Contact");    // kept in the project, never exported
inline const QString Region = QStringLiteral("Region");
inline const QString SpiritWord = QStringLiteral("Spirit word");
inline const QString Gender = QStringLiteral("Gender");
inline const QString AgeBand = QStringLiteral("Age band");
inline const QString Occupation = QStringLiteral("Occupation");
inline const QString Category = QStringLiteral("Category");
inline const QString Tie = QStringLiteral("Tie to city");
inline const QString Consent = QStringLiteral("Consent");
inline const QString Date = QStringLiteral("Date");
inline const QString Place = QStringLiteral("Place");
inline const QString Mode = QStringLiteral("Mode");
inline const QString Status = QStringLiteral("Status");
inline const QString Language = QStringLiteral("Language");
inline const QString Duration = QStringLiteral("Duration (minutes)");
inline const QString Interviewers = QStringLiteral("Interviewers");
inline const QString Participants = QStringLiteral("Participants");
} // namespace var

// GUIDs of what has no UUID of its own in Tianye (variables, codings, notes, sync
// points): derived from what they belong to, so exporting twice gives the same file.
QString stableGuid(const QString& key);
// A record's UUID as a GUID of the file.
QString guidOf(const QString& uuid);
// ms since the epoch as xsd:dateTime (UTC); empty for 0.
QString xsdDateTime(qint64 ms);
// "speaker: " before a segment's words in the exported text ("" without a speaker).
QString speakerPrefix(const QString& speaker);
// A variable's name as Tianye understands it (English or Chinese, any case or spacing).
QString fieldOf(const QString& variableName);
// "说话人1：words", "Interviewer: words": the speaker and where the words start.
std::pair<QString, qsizetype> splitSpeaker(const QString& line);
// A .qdpx opened and its project.qde read, with every check (preview and import).
Result<std::pair<std::unique_ptr<formats::QdpxArchive>, formats::qde::Project>> openQdpx(const QString& file);

} // namespace tianye::ops::qdpx
