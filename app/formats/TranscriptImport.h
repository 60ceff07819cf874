// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace tianye::formats {

enum class ImportFormat
{
    Auto,
    Txt,
    Srt,
    Vtt,
    Docx
};

std::optional<ImportFormat> importFormatFromName(QStringView name);

// A transcript read from a file, ready to be previewed and appended to an interview.
struct ImportedTranscript
{
    QString format;                // "txt", "srt", "vtt", "docx"
    QString encoding;              // of a text file: "UTF-8", "UTF-8 with BOM", "UTF-16LE", "GB18030", …
    std::vector<Segment> segments; // speaker, times when known, text; no ids yet
    QStringList skipped;           // "line 14: …", for a tolerant parse that went on
    // Speakers in order of first appearance.
    QStringList speakers() const;
    qsizetype characters() const;
};

// Reads transcripts from the files researchers get from ASR tools and typists:
// plain text in any of the encodings Chinese Windows machines write, SRT, WebVTT
// and DOCX. Nothing here touches a project: the caller shows a preview first.
class TranscriptImporter final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::formats::TranscriptImporter)

public:
    // Larger files are refused with a message; a transcript of a day of talk is
    // a few MB.
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;
    // Limits for the XML inside a DOCX (a zip): a zip bomb is refused by them.
    static constexpr qint64 MaxUnzippedBytes = 128LL * 1024 * 1024;
    static constexpr qint64 MaxZipRatio = 200;

    // encoding: the one the user chose for a text file (TextEncoding::choices()); empty
    // finds it, and refuses a file whose encoding is not clear.
    static Result<ImportedTranscript> readFile(const QString& path, ImportFormat format = ImportFormat::Auto,
                                               const QString& encoding = {});
    // The same from bytes in memory; name is used in messages (tests, fuzzing).
    static Result<ImportedTranscript> parse(const QByteArray& data, ImportFormat format, const QString& name,
                                            const QString& encoding = {});

    // Text bytes to a string (TextEncoding::decode); encoding is set to the one used.
    static Result<QString> decode(const QByteArray& data, const QString& name, QString* encoding = nullptr,
                                  const QString& chosen = {});
    // A clock time "1:23", "01:23", "00:01:23", "00:01:23.456" or "00:01:23,456" in ms.
    static std::optional<qint64> parseClock(QStringView text);

private:
    static Result<ImportedTranscript> parseText(const QString& text, const QString& name);
    static Result<ImportedTranscript> parseCues(const QString& text, bool vtt, const QString& name);
    static Result<ImportedTranscript> parseDocx(const QByteArray& data, const QString& name);
};

} // namespace tianye::formats
