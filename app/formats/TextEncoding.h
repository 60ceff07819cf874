// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tianye::formats {

// The text of a file whose encoding was found (or chosen), and that encoding's name.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "GB18030", "Shift_JIS", "windows-1252", …
};

// Text files from many machines: byte-order marks; UTF-8 (which strict validity
// tells); UTF-16 without a mark (zero bytes of Latin text, or the code units of
// Chinese text); otherwise ICU's charset detector, taken only when it is confident,
// or Chinese in GBK/GB18030 whose double bytes are the common characters. When the
// encoding is not clear the file is refused naming the likely ones, and the user
// chooses (the import preview, tianye-cli --encoding). Binary data and bytes that
// are invalid in the chosen encoding are refused naming the line.
class TextEncoding final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::formats::TextEncoding)

public:
    // encoding: a name the user chose (see choices()); empty finds it.
    static Result<DecodedText> decode(const QByteArray& data, const QString& name,
                                      const QString& encoding = {});
    // The encodings offered to choose from, by the names decode() takes.
    static QStringList choices();
};

} // namespace tianye::formats
