// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/ImportTranscriptDialog.h"

#include "core/TimeCode.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {
constexpr int PreviewRows = 500;  // enough to judge; the import takes all
constexpr int PreviewChars = 160; // of each segment's text
} // namespace

ImportTranscriptDialog::ImportTranscriptDialog(const QString& file,
                                               const formats::ImportedTranscript& transcript,
                                               int existingSegments, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importTranscriptDialog"));
    setWindowTitle(tr("Import Transcript"));
    resize(820, 560);
    auto* layout = new QVBoxLayout(this);

    const QStringList speakers = transcript.speakers();
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    QString text =
        tr("%1 — %2, %3").arg(QFileInfo(file).fileName(), transcript.format.toUpper(), transcript.encoding);
    text += QLatin1Char('\n') + tr("%n segment(s)", nullptr, int(transcript.segments.size())) +
            QStringLiteral(" · ") + tr("%n character(s)", nullptr, int(transcript.characters())) +
            QStringLiteral(" · ") +
            (speakers.isEmpty() ? tr("no speakers marked")
                                : tr("speakers: %1").arg(speakers.join(QStringLiteral(", "))));
    if (existingSegments > 0)
        text += QLatin1Char('\n') + tr("The interview already has %n segment(s); these are added after them.",
                                       nullptr, existingSegments);
    summary->setText(text);
    layout->addWidget(summary);

    auto* preview = new QTreeWidget(this);
    preview->setObjectName(QStringLiteral("importPreview"));
    preview->setAccessibleName(tr("Segments to import"));
    preview->setRootIsDecorated(false);
    preview->setUniformRowHeights(true);
    preview->setHeaderLabels({tr("Speaker"), tr("Start"), tr("End"), tr("Text")});
    preview->header()->setStretchLastSection(true);
    const int shown = std::min<int>(PreviewRows, int(transcript.segments.size()));
    for (int i = 0; i < shown; ++i) {
        const Segment& s = transcript.segments[size_t(i)];
        auto* item = new QTreeWidgetItem(preview);
        item->setText(0, s.speaker);
        item->setText(1, s.startMs ? formatTimeCode(*s.startMs, true) : QString());
        item->setText(2, s.endMs ? formatTimeCode(*s.endMs, true) : QString());
        QString line = s.text;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        item->setText(3, line.size() > PreviewChars ? QString(line.left(PreviewChars) + QStringLiteral("…"))
                                                    : line);
        item->setToolTip(3, s.text);
    }
    for (int c = 0; c < 3; ++c)
        preview->resizeColumnToContents(c);
    layout->addWidget(preview, 1);
    if (int(transcript.segments.size()) > shown) {
        layout->addWidget(new QLabel(tr("The first %1 segments are shown; all %2 are imported.")
                                         .arg(shown)
                                         .arg(transcript.segments.size()),
                                     this));
    }

    if (!transcript.skipped.isEmpty()) {
        auto* note = new QLabel(tr("These parts of the file could not be read and are left out:"), this);
        layout->addWidget(note);
        auto* skipped = new QListWidget(this);
        skipped->setObjectName(QStringLiteral("importSkipped"));
        skipped->addItems(transcript.skipped);
        skipped->setMaximumHeight(110);
        layout->addWidget(skipped);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Import %n Segment(s)", nullptr, int(transcript.segments.size())));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace tianye::ui
