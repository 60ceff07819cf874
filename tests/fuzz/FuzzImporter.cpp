// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
//
// One libFuzzer target per importer, chosen at build time by TIANYE_FUZZ_<NAME>.
// Every input must give either a result or an error that names the file: a crash,
// a hang (libFuzzer's -timeout) or runaway memory (-rss_limit_mb) fails the run.

#include "formats/Codebook.h"
#include "formats/Qde.h"
#include "formats/TranscriptImport.h"
#include "media/WavInfo.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QString Name = QStringLiteral("fuzzed-input");

template <typename R> void check(const R& result)
{
    if (!result && !result.error().message.contains(Name)) {
        std::fprintf(stderr, "error without the file's name: %s\n", qPrintable(result.error().message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv); // translations and text codecs expect one
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    using namespace tianye;
    const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(bytes), qsizetype(size));
#if defined(TIANYE_FUZZ_TXT)
    check(formats::TranscriptImporter::parse(data, formats::ImportFormat::Txt, Name));
#elif defined(TIANYE_FUZZ_SRT)
    check(formats::TranscriptImporter::parse(data, formats::ImportFormat::Srt, Name));
#elif defined(TIANYE_FUZZ_VTT)
    check(formats::TranscriptImporter::parse(data, formats::ImportFormat::Vtt, Name));
#elif defined(TIANYE_FUZZ_DOCX)
    check(formats::TranscriptImporter::parse(data, formats::ImportFormat::Docx, Name));
#elif defined(TIANYE_FUZZ_QDC)
    check(formats::CodebookFile::fromQdc(data, Name));
#elif defined(TIANYE_FUZZ_QDE)
    check(formats::qde::QdeFile::read(data, Name));
#elif defined(TIANYE_FUZZ_CSV)
    check(formats::CodebookFile::fromCsv(data, Name));
#elif defined(TIANYE_FUZZ_WAV)
    check(media::parseWavHeader(data, Name));
#else
#error "Define the importer to fuzz: TIANYE_FUZZ_TXT, _SRT, _VTT, _DOCX, _QDC, _QDE, _CSV or _WAV"
#endif
    return 0;
}
