// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/TranscriptImport.h"

#include "formats/SaveFile.h"
#include "formats/TextEncoding.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>

namespace tianye::formats {

namespace {

// A clock inside a pattern: 1:23, 01:23, 00:01:23, 00:01:23.456, 00:01:23,456.
#define TIANYE_CLOCK "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?"

const QRegularExpression& clockPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?$"));
    return re;
}

// Timestamps typists and transcription tools put into text: [00:01:23], [01:23],
// (00:01:23), （00:01:23）, and f4/f5's #00:01:23-4# (the digit is tenths).
const QRegularExpression& inlineTimePattern()
{
    static const QRegularExpression re(
        QStringLiteral("[\\[(（](" TIANYE_CLOCK ")[\\])）]|#(\\d{1,2}:\\d{2}:\\d{2})(?:-(\\d))?#"));
    return re;
}

// "说话人1 00:01:23", "Speaker 1 0:49", "张三 00:01:23": a speaker line; text follows.
const QRegularExpression& headerPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\S(?:.{0,22}\\S)?)\\s+(" TIANYE_CLOCK ")$"));
    return re;
}

// "张三(00:01:23): 正文" and "张三（00:01:23）：正文": speaker and time, text on the line.
const QRegularExpression& speakerTimePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([^()（）:：]{1,24}?)\\s*[(（](" TIANYE_CLOCK ")[)）]\\s*[:：]?\\s*(.*)$"));
    return re;
}

// Labels that mark a speaker even when they occur once: interview transcription
// conventions (I/B for interviewer/befragte, Q/A) and ASR tools' numbered speakers.
const QRegularExpression& knownLabelPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:I|B|Q|A|P|R|IP|IV|Interviewer|Interviewee|访谈员|访谈者|采访者|受访者|主持人|"
                       "(?:说话人|发言人|讲话人|Speaker|Spk)\\s*\\d{1,3}|"
                       // a participant code as Tianye writes them: DT-004, P-12
                       "[A-Z]{1,4}-\\d{1,4})$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool plausibleLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 24)
        return false;
    static const QString sentence = QStringLiteral("，。！？,.!?；;、\"“”'‘’()（）[]【】#<>《》…/\\|=+*");
    int spaces = 0;
    bool digitsOnly = true;
    for (QChar c : label) {
        if (sentence.contains(c))
            return false;
        if (c == QLatin1Char(' '))
            ++spaces;
        digitsOnly &= c.isDigit();
    }
    return !digitsOnly && spaces <= 3;
}

qsizetype labelEnd(const QString& line)
{
    for (qsizetype i = 0; i < line.size() && i <= 25; ++i) {
        if (line[i] == QLatin1Char(':') || line[i] == QChar(0xFF1A))
            return i;
    }
    return -1;
}

QString labelOf(const QString& line)
{
    const qsizetype end = labelEnd(line);
    if (end <= 0)
        return {};
    // "12:30 we met" is a time, not a speaker "12".
    if (end + 1 < line.size() && line[end + 1].isDigit() && line[end - 1].isDigit())
        return {};
    const QString label = line.left(end).trimmed();
    return plausibleLabel(label) ? label : QString();
}

bool knownLabel(const QString& label)
{
    return knownLabelPattern().match(label).hasMatch();
}

std::optional<qint64> timeOf(const QRegularExpressionMatch& m)
{
    if (m.capturedLength(1) > 0)
        return TranscriptImporter::parseClock(m.capturedView(1));
    auto t = TranscriptImporter::parseClock(m.capturedView(2));
    if (t && m.capturedLength(3) > 0)
        *t += m.capturedView(3).toInt() * 100;
    return t;
}

// Splits a segment at the timestamps in its text: a leading one is its start, a
// trailing one its end, one in the middle starts a new segment of the same speaker.
void appendSplitAtTimes(std::vector<Segment>& out, Segment seg)
{
    struct Piece
    {
        std::optional<qint64> start;
        QString text;
    };
    std::vector<Piece> pieces{{seg.startMs, {}}};
    std::optional<qint64> end = seg.endMs;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = inlineTimePattern().globalMatch(seg.text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const std::optional<qint64> t = timeOf(m);
        if (!t)
            continue;
        pieces.back().text += seg.text.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        const bool atEnd = seg.text.mid(pos).trimmed().isEmpty();
        if (pieces.back().text.trimmed().isEmpty()) {
            if (!pieces.back().start)
                pieces.back().start = t;
        } else if (atEnd) {
            end = t;
        } else {
            pieces.push_back({t, {}});
        }
    }
    pieces.back().text += seg.text.mid(pos);
    for (size_t i = 0; i < pieces.size(); ++i) {
        Segment s;
        s.speaker = seg.speaker;
        s.text = pieces[i].text.trimmed();
        if (s.text.isEmpty())
            continue;
        s.startMs = pieces[i].start;
        s.endMs = i + 1 < pieces.size() ? pieces[i + 1].start : end;
        if (s.startMs && s.endMs && *s.endMs < *s.startMs)
            s.endMs.reset();
        out.push_back(std::move(s));
    }
}

// The speaker labels of a text: "Name: …" prefixes that occur at least twice, or a
// known convention; lines that are only a label followed by text lines (headers).
QSet<QString> speakerLabels(const QStringList& lines)
{
    QHash<QString, int> uses;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (const QString label = labelOf(line); !label.isEmpty())
            ++uses[label];
        const bool startsParagraph = i == 0 || lines[i - 1].trimmed().isEmpty();
        const bool textFollows = i + 1 < lines.size() && !lines[i + 1].trimmed().isEmpty();
        if (startsParagraph && textFollows && line.size() <= 16 && plausibleLabel(line))
            ++uses[QStringLiteral("\n") + line]; // a header label, counted apart
    }
    QSet<QString> accepted;
    for (auto u = uses.cbegin(); u != uses.cend(); ++u) {
        const QString label = u.key().startsWith(QLatin1Char('\n')) ? u.key() : u.key();
        const QString bare = u.key().startsWith(QLatin1Char('\n')) ? u.key().mid(1) : u.key();
        if (u.value() >= 2 || knownLabel(bare))
            accepted.insert(label);
    }
    return accepted;
}

QString decodeEntities(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lrm;"), QString());
    text.replace(QStringLiteral("&rlm;"), QString());
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString lineRef(int line)
{
    return TranscriptImporter::tr("line %1").arg(line);
}

} // namespace

QStringList ImportedTranscript::speakers() const
{
    QStringList out;
    for (const Segment& s : segments) {
        if (!s.speaker.isEmpty() && !out.contains(s.speaker))
            out << s.speaker;
    }
    return out;
}

qsizetype ImportedTranscript::characters() const
{
    qsizetype n = 0;
    for (const Segment& s : segments)
        n += s.text.size();
    return n;
}

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    static const std::pair<const char*, ImportFormat> names[] = {
        {"auto", ImportFormat::Auto}, {"txt", ImportFormat::Txt}, {"text", ImportFormat::Txt},
        {"srt", ImportFormat::Srt},   {"vtt", ImportFormat::Vtt}, {"webvtt", ImportFormat::Vtt},
        {"docx", ImportFormat::Docx},
    };
    for (const auto& [n, f] : names) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

std::optional<qint64> TranscriptImporter::parseClock(QStringView text)
{
    const QRegularExpressionMatch m = clockPattern().match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const bool hours = m.capturedLength(1) > 0;
    const qint64 h = hours ? m.capturedView(1).toLongLong() : 0;
    const qint64 min = m.capturedView(2).toLongLong();
    const qint64 s = m.capturedView(3).toLongLong();
    if (s >= 60 || (hours && min >= 60))
        return std::nullopt;
    qint64 ms = 0;
    if (m.capturedLength(4) > 0) {
        QString frac = m.captured(4);
        while (frac.size() < 3)
            frac += QLatin1Char('0');
        ms = frac.toLongLong();
    }
    return ((h * 60 + min) * 60 + s) * 1000 + ms;
}

Result<QString> TranscriptImporter::decode(const QByteArray& data, const QString& name, QString* encoding,
                                           const QString& chosen)
{
    auto decoded = TextEncoding::decode(data, name, chosen);
    if (!decoded)
        return std::unexpected(decoded.error());
    if (encoding)
        *encoding = decoded->encoding;
    return std::move(decoded->text);
}

Result<ImportedTranscript> TranscriptImporter::readFile(const QString& path, ImportFormat format,
                                                        const QString& encoding)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(Error::Code::NotFound, tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return fail(Error::Code::InvalidArgument, tr("%1 is a folder, not a transcript file.").arg(path));
    if (info.size() > MaxFileBytes) {
        return fail(Error::Code::InvalidArgument, tr("%1 is %2; transcripts of up to %3 can be imported.")
                                                      .arg(name, QLocale().formattedDataSize(info.size()),
                                                           QLocale().formattedDataSize(MaxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray data = readAtMost(file, MaxFileBytes);
    if (file.error() != QFileDevice::NoError)
        return fail(Error::Code::Io, tr("Could not read %1: %2").arg(path, file.errorString()));
    if (format == ImportFormat::Auto) {
        const QString suffix = info.suffix().toLower();
        if (suffix == QLatin1String("docx"))
            format = ImportFormat::Docx;
        else if (suffix == QLatin1String("srt"))
            format = ImportFormat::Srt;
        else if (suffix == QLatin1String("vtt"))
            format = ImportFormat::Vtt;
    }
    return parse(data, format, name, encoding);
}

Result<ImportedTranscript> TranscriptImporter::parse(const QByteArray& data, ImportFormat format,
                                                     const QString& name, const QString& encodingChosen)
{
    if (data.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("%1 is empty.").arg(name));
    if (data.size() > MaxFileBytes)
        return fail(Error::Code::InvalidArgument, tr("%1 is too large to be a transcript.").arg(name));
    const bool zip = data.startsWith("PK\x03\x04");
    if (format == ImportFormat::Docx || (format == ImportFormat::Auto && zip))
        return parseDocx(data, name);
    QString encoding;
    auto text = decode(data, name, &encoding, encodingChosen);
    if (!text)
        return std::unexpected(text.error());
    text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text->replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (format == ImportFormat::Auto) {
        if (text->trimmed().startsWith(QLatin1String("WEBVTT")))
            format = ImportFormat::Vtt;
        else if (QRegularExpression(QStringLiteral("^\\s*\\d+\\s*\\n\\s*" TIANYE_CLOCK "\\s*-->"))
                     .match(*text)
                     .hasMatch())
            format = ImportFormat::Srt;
        else
            format = ImportFormat::Txt;
    }
    Result<ImportedTranscript> result = format == ImportFormat::Txt
                                            ? parseText(*text, name)
                                            : parseCues(*text, format == ImportFormat::Vtt, name);
    if (result)
        result->encoding = encoding;
    return result;
}

Result<ImportedTranscript> TranscriptImporter::parseText(const QString& text, const QString& name)
{
    ImportedTranscript out;
    out.format = QStringLiteral("txt");
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QSet<QString> labels = speakerLabels(lines);
    bool blankLines = false;
    for (const QString& l : lines)
        blankLines |= l.trimmed().isEmpty();
    // Without speakers, a paragraph is a segment; without paragraphs, a line is.
    const bool lineMode = labels.isEmpty() && !blankLines;

    std::optional<Segment> current;
    const auto flush = [&] {
        if (current)
            appendSplitAtTimes(out.segments, std::move(*current));
        current.reset();
    };
    const auto append = [&](const QString& t) {
        if (!current)
            current.emplace();
        if (!current->text.isEmpty())
            current->text += QLatin1Char('\n');
        current->text += t;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (const auto t = parseClock(line); t) {
            // A time alone on its line heads a paragraph without a speaker.
            flush();
            current.emplace();
            current->startMs = t;
            continue;
        }
        if (const auto m = headerPattern().match(line); m.hasMatch() && plausibleLabel(m.capturedView(1))) {
            flush();
            current.emplace();
            current->speaker = m.captured(1);
            current->startMs = parseClock(m.capturedView(2));
            continue;
        }
        if (const auto m = speakerTimePattern().match(line);
            m.hasMatch() && plausibleLabel(m.capturedView(1).trimmed())) {
            flush();
            current.emplace();
            current->speaker = m.captured(1).trimmed();
            current->startMs = parseClock(m.capturedView(2));
            current->text = m.captured(3);
            continue;
        }
        // A leading timestamp may come before the label: "[00:01:23] I: …".
        std::optional<qint64> leading;
        if (const auto m = inlineTimePattern().match(line); m.hasMatch() && m.capturedStart() == 0) {
            const QString rest = line.mid(m.capturedEnd()).trimmed();
            if (labels.contains(labelOf(rest))) {
                leading = timeOf(m);
                line = rest;
            }
        }
        if (const QString label = labelOf(line); !label.isEmpty() && labels.contains(label)) {
            flush();
            current.emplace();
            current->speaker = label;
            current->startMs = leading;
            current->text = line.mid(labelEnd(line) + 1).trimmed();
            continue;
        }
        if (labels.contains(QStringLiteral("\n") + line) && (i == 0 || lines[i - 1].trimmed().isEmpty())) {
            flush();
            current.emplace();
            current->speaker = line;
            continue;
        }
        append(line);
        if (lineMode)
            flush();
    }
    flush();
    if (out.segments.empty())
        return fail(Error::Code::InvalidArgument, tr("%1 contains no transcript text.").arg(name));
    // A time at the end of a turn (f4's "#00:01:23-4#") is where the next one starts.
    for (size_t k = 1; k < out.segments.size(); ++k) {
        if (!out.segments[k].startMs && out.segments[k - 1].endMs)
            out.segments[k].startMs = out.segments[k - 1].endMs;
    }
    return out;
}

Result<ImportedTranscript> TranscriptImporter::parseCues(const QString& text, bool vtt, const QString& name)
{
    ImportedTranscript out;
    out.format = vtt ? QStringLiteral("vtt") : QStringLiteral("srt");
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype i = 0;
    if (vtt) {
        while (i < lines.size() && lines[i].trimmed().isEmpty())
            ++i;
        if (i >= lines.size() || !lines[i].trimmed().startsWith(QLatin1String("WEBVTT")))
            return fail(Error::Code::InvalidArgument,
                        tr("%1 is not a WebVTT file: it does not start with WEBVTT.").arg(name));
        while (i < lines.size() && !lines[i].trimmed().isEmpty())
            ++i; // the header block
    }
    static const QRegularExpression voice(QStringLiteral("<v(?:\\.[^\\s>]*)?\\s+([^>]*)>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    bool anyTiming = false;
    std::vector<Segment> cues;
    while (i < lines.size()) {
        while (i < lines.size() && lines[i].trimmed().isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        const int blockLine = int(i) + 1;
        QStringList block;
        while (i < lines.size() && !lines[i].trimmed().isEmpty())
            block << lines[i++].trimmed();
        if (vtt && (block[0].startsWith(QLatin1String("NOTE")) || block[0] == QLatin1String("STYLE") ||
                    block[0] == QLatin1String("REGION")))
            continue;
        qsizetype timing = block[0].contains(QLatin1String("-->"))                       ? 0
                           : block.size() > 1 && block[1].contains(QLatin1String("-->")) ? 1
                                                                                         : -1;
        if (timing < 0) {
            // Show the line that should have been the timing, not the cue number.
            bool number = false;
            block[0].toInt(&number);
            const qsizetype shown = number && block.size() > 1 ? 1 : 0;
            out.skipped << tr("%1: no cue timing (\"%2\")")
                               .arg(lineRef(blockLine + int(shown)), block[shown].left(40));
            continue;
        }
        anyTiming = true;
        const QString timingLine = block[timing];
        const qsizetype arrow = timingLine.indexOf(QLatin1String("-->"));
        const auto start = parseClock(timingLine.left(arrow));
        const auto end = parseClock(timingLine.mid(arrow + 3).trimmed().section(QLatin1Char(' '), 0, 0));
        if (!start || !end || *end < *start) {
            out.skipped << tr("%1: unreadable cue times (\"%2\")")
                               .arg(lineRef(blockLine + int(timing)), timingLine.left(40));
            continue;
        }
        Segment s;
        s.startMs = start;
        s.endMs = end;
        QString body = block.mid(timing + 1).join(QLatin1Char('\n'));
        if (vtt) {
            if (const auto v = voice.match(body); v.hasMatch())
                s.speaker = v.captured(1).trimmed();
            body.remove(tag);
            body = decodeEntities(body);
        }
        s.text = body.trimmed();
        if (s.text.isEmpty()) {
            out.skipped << tr("%1: empty cue").arg(lineRef(blockLine));
            continue;
        }
        cues.push_back(std::move(s));
    }
    if (!anyTiming)
        return fail(
            Error::Code::InvalidArgument,
            tr("%1 is not a subtitle file: no cue has a time line like 00:00:01,000 --> 00:00:02,000.")
                .arg(name));
    // "Name: text" cues (Zoom's captions, ASR exports): the name is the speaker.
    QStringList firstLines;
    for (const Segment& s : cues) {
        if (s.speaker.isEmpty())
            firstLines << s.text.section(QLatin1Char('\n'), 0, 0);
    }
    QSet<QString> labels = speakerLabels(firstLines);
    // When most cues start with "Name:", every such name is a speaker (Zoom writes
    // one on each cue, so a person who speaks once still counts).
    int labelled = 0;
    for (const QString& line : std::as_const(firstLines))
        labelled += labelOf(line).isEmpty() ? 0 : 1;
    if (labelled * 2 >= firstLines.size()) {
        for (const QString& line : std::as_const(firstLines)) {
            if (const QString label = labelOf(line); !label.isEmpty())
                labels.insert(label);
        }
    }
    for (Segment& s : cues) {
        if (s.speaker.isEmpty()) {
            if (const QString label = labelOf(s.text); !label.isEmpty() && labels.contains(label)) {
                s.speaker = label;
                s.text = s.text.mid(labelEnd(s.text) + 1).trimmed();
            }
        }
        if (!s.text.isEmpty())
            out.segments.push_back(std::move(s));
    }
    if (out.segments.empty())
        return fail(Error::Code::InvalidArgument, tr("%1 contains no readable cue.").arg(name));
    return out;
}

Result<ImportedTranscript> TranscriptImporter::parseDocx(const QByteArray& data, const QString& name)
{
    QByteArray bytes = data;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not a Word (DOCX) file: it is not a readable zip archive.").arg(name));
    // Only word/document.xml is ever read, and nothing is unpacked to disk, but an
    // entry whose path leaves the archive (zip slip) is never part of a real Word file.
    for (const QString& entry : zip.getFileNameList()) {
        QString path = entry;
        path.replace(QLatin1Char('\\'), QLatin1Char('/')); // as Windows tools would read it
        if (path.startsWith(QLatin1Char('/')) || (path.size() > 1 && path.at(1) == QLatin1Char(':')) ||
            path == QLatin1String("..") || path.startsWith(QLatin1String("../")) ||
            path.contains(QLatin1String("/../")) || path.endsWith(QLatin1String("/..")))
            return fail(Error::Code::InvalidArgument,
                        tr("%1 is refused: it holds an entry named “%2”, a path that points outside "
                           "the archive.")
                            .arg(name, entry));
    }
    if (!zip.setCurrentFile(QStringLiteral("word/document.xml")))
        return fail(
            Error::Code::InvalidArgument,
            tr("%1 is a zip archive but not a Word document (it has no word/document.xml).").arg(name));
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return fail(Error::Code::InvalidArgument, tr("%1: the zip directory is damaged.").arg(name));
    const qint64 packed = std::max<qint64>(1, qint64(info.compressedSize));
    if (qint64(info.uncompressedSize) > MaxUnzippedBytes ||
        qint64(info.uncompressedSize) / packed > MaxZipRatio)
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is refused: its text would unpack to %2 from %3, which is what a zip bomb does.")
                        .arg(name, QLocale().formattedDataSize(qint64(info.uncompressedSize)),
                             QLocale().formattedDataSize(packed)));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::InvalidArgument, tr("%1: the document text cannot be unpacked.").arg(name));
    // The sizes in the zip directory can lie: never read more than the declared size
    // (checked against the limits above). Read in pieces: QIODevice::read(n) allocates
    // n bytes at once, and asking for the limit cost 128 MB for every document.
    const qint64 declared = qint64(info.uncompressedSize);
    const QByteArray xmlBytes = readAtMost(file, declared);
    const bool broken = file.getZipError() != UNZ_OK;
    file.close();
    if (broken || file.getZipError() != UNZ_OK)
        return fail(Error::Code::InvalidArgument,
                    tr("%1: the document text is damaged (bad zip data).").arg(name));
    if (xmlBytes.size() > declared)
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is refused: its text unpacks to more than its declared size.").arg(name));

    QXmlStreamReader xml(xmlBytes);
    QStringList paragraphs;
    QString paragraph;
    bool inParagraph = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // Word never writes one; entity declarations are how XML bombs and
            // external entities get in.
            return fail(
                Error::Code::InvalidArgument,
                tr("%1 is refused: its document declares a DTD, which Word files never do.").arg(name));
        case QXmlStreamReader::StartElement: {
            const QStringView element = xml.name();
            if (element == QLatin1String("p")) {
                inParagraph = true;
                paragraph.clear();
            } else if (element == QLatin1String("t") && inParagraph) {
                paragraph += xml.readElementText();
            } else if (element == QLatin1String("tab") && inParagraph) {
                paragraph += QLatin1Char('\t');
            } else if ((element == QLatin1String("br") || element == QLatin1String("cr")) && inParagraph) {
                paragraph += QLatin1Char('\n');
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("p")) {
                paragraphs << paragraph;
                inParagraph = false;
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(Error::Code::InvalidArgument, tr("%1: the document text is damaged (%2, line %3).")
                                                      .arg(name, xml.errorString())
                                                      .arg(xml.lineNumber()));
    auto parsed = parseText(paragraphs.join(QLatin1Char('\n')), name);
    if (parsed) {
        parsed->format = QStringLiteral("docx");
        parsed->encoding = QStringLiteral("DOCX");
    }
    return parsed;
}

} // namespace tianye::formats
