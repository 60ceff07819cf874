// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace tianye::formats {

// Writes bytes to path all at once (QSaveFile: a full disk or a failed write leaves
// any existing file as it was). The error names the file.
Status saveFile(const QString& path, const QByteArray& bytes);

// Reads a whole file of at most maxBytes; the error names the file and the problem.
Result<QByteArray> loadFile(const QString& path, qint64 maxBytes);
// Everything left in device, but never more than maxBytes + 1 bytes (so that a caller
// sees it was too long), read in pieces: QIODevice::read(n) allocates n bytes at once.
QByteArray readAtMost(QIODevice& device, qint64 maxBytes);

} // namespace tianye::formats
