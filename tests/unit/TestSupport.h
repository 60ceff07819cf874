// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"
#include "ops/Session.h"
#include "store/Project.h"
#include "store/WriteScope.h"

#include <QByteArray>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>
#include <vector>

namespace tianye::test {

// Runs body(w) as one recorded step of the project's history, through the same door
// as every verb (ops::Session::run): tests that set up data below the verbs write this
// way. Returns what body returns (a Result or a Status); a failed step's error.
template <class F> auto write(Project& project, F&& body) -> std::invoke_result_t<F, const WriteScope&>
{
    using R = std::invoke_result_t<F, const WriteScope&>;
    ops::Session session(project);
    std::optional<R> result;
    auto ok = session.run(QStringLiteral("test"), [&](const WriteScope& w) {
        result.emplace(body(w));
        if (!*result)
            throw StoreFailure{result->error()};
    });
    if (!ok)
        return R(std::unexpected(ok.error()));
    return std::move(*result);
}

// Everything a copy holds of the project, rows named by UUID and references by the
// UUID they point to (row ids differ between copies), one sorted line per row.
QString canonicalDump(Project& project);
// The first line where two dumps differ, for a readable failure.
QString firstDifference(const QString& a, const QString& b);

// Every file under dir (recursively) with its SHA-256: compare two snapshots to
// prove that an operation wrote nothing.
QMap<QString, QByteArray> snapshot(const QString& dir);

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs tianye-cli with the arguments and waits for it.
CliRun runCli(const QStringList& args);

// What a test needs that a machine may not have (root for a tmpfs, a sound server):
// where it is missing, the test is skipped saying so, unless TIANYE_TESTS_REQUIRE_ALL is
// set (packaging/dev.sh test and CI), where a missing need fails the test.
bool requireAll();
#define TIANYE_NEED(why)                                                                                     \
    do {                                                                                                     \
        const QString need_ = (why);                                                                         \
        if (!need_.isEmpty()) {                                                                              \
            if (tianye::test::requireAll())                                                                  \
                QFAIL(qPrintable(need_));                                                                    \
            QSKIP(qPrintable(QStringLiteral("not available here: ") + need_));                               \
        }                                                                                                    \
    } while (false)

// Makes a folder unwritable even for root (chattr +i), or with chmod for other users.
// Returns false with a reason when neither is possible here.
bool makeReadOnly(const QString& dir, QString* why);
void makeWritable(const QString& dir);

// A small file system of its own (a tmpfs of the given size) mounted on a folder, to
// fill up for real; unmounted with the object. Needs root (mount), as CI runs the tests.
class SmallDisk final
{
public:
    SmallDisk() = default;
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;
    // Why a small disk cannot be had here (not root), or empty.
    static QString unavailable();
    // Empty on success, else why it could not be mounted.
    QString mount(const QString& dir, qint64 bytes);

private:
    QString m_dir;
};

// The text a reader of an exported file sees, whatever its format: PDF through
// pdftotext, ODT and XLSX from the XML inside the zip, HTML without tags; anything
// else as UTF-8. White space is taken out (line breaks fall anywhere in a PDF).
QString exportedText(const QString& file);
// Text without its white space, to compare with exportedText().
QString squeezed(QString text);

// Segments written as JSON objects {"speaker", "text", "start"?, "end"?} (golden files).
std::vector<Segment> segmentsFromJson(const QJsonArray& array);

} // namespace tianye::test
