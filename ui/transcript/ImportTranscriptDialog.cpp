// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/ImportTranscriptDialog.h"

#include "core/TimeCode.h"
#include "formats/TextEncoding.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tianye::ui {

namespace {
constexpr int PreviewRows = 500;  // enough to judge; the import takes all
constexpr int PreviewChars = 160; // of each segment's text
} // namespace

ImportTranscriptDialog::ImportTranscriptDialog(const QString& file,
                                               const Result<formats::ImportedTranscript>& read,
                                               int existingSegments, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
    , m_existing(existingSegments)
{
    setObjectName(QStringLiteral("importTranscriptDialog"));
    setWindowTitle(tr("Import Transcript"));
    resize(820, 560);
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* encodingRow = new QHBoxLayout;
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Found from the file"), QString());
    for (const QString& name : formats::TextEncoding::choices())
        m_encoding->addItem(name, name);
    m_encoding->setToolTip(tr("If the text below looks wrong, choose the encoding the file was saved in."));
    encodingLabel->setBuddy(m_encoding);
    encodingRow->addWidget(encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addStretch(1);
    layout->addLayout(encodingRow);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportTranscriptDialog::readAgain);

    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Segments to import"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setHeaderLabels({tr("Speaker"), tr("Start"), tr("End"), tr("Text")});
    m_preview->header()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);
    m_more = new QLabel(this);
    layout->addWidget(m_more);

    m_skippedNote = new QLabel(tr("These parts of the file could not be read and are left out:"), this);
    layout->addWidget(m_skippedNote);
    m_skipped = new QListWidget(this);
    m_skipped->setObjectName(QStringLiteral("importSkipped"));
    m_skipped->setMaximumHeight(110);
    layout->addWidget(m_skipped);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_transcript)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    showRead(read);
    if (read)
        m_import->setFocus();
    else
        m_encoding->setFocus();
}

void ImportTranscriptDialog::showRead(const Result<formats::ImportedTranscript>& read)
{
    m_preview->clear();
    m_skipped->clear();
    const QString name = QFileInfo(m_file).fileName();
    if (!read) {
        m_transcript.reset();
        m_summary->setText(read.error().message);
        m_import->setText(tr("Import"));
        m_import->setEnabled(false);
        m_more->hide();
        m_skippedNote->hide();
        m_skipped->hide();
        return;
    }
    m_transcript = *read;
    const formats::ImportedTranscript& transcript = *m_transcript;
    // A Word file carries its own encoding.
    m_encoding->setEnabled(transcript.format != QLatin1String("docx"));
    const QStringList speakers = transcript.speakers();
    QString text = tr("%1 — %2, %3").arg(name, transcript.format.toUpper(), transcript.encoding);
    text += QLatin1Char('\n') + tr("%n segment(s)", nullptr, int(transcript.segments.size())) +
            QStringLiteral(" · ") + tr("%n character(s)", nullptr, int(transcript.characters())) +
            QStringLiteral(" · ") +
            (speakers.isEmpty() ? tr("no speakers marked")
                                : tr("speakers: %1").arg(speakers.join(QStringLiteral(", "))));
    if (m_existing > 0)
        text += QLatin1Char('\n') + tr("The interview already has %n segment(s); these are added after them.",
                                       nullptr, m_existing);
    m_summary->setText(text);

    const int shown = std::min<int>(PreviewRows, int(transcript.segments.size()));
    QList<QTreeWidgetItem*> items;
    items.reserve(shown);
    for (int i = 0; i < shown; ++i) {
        const Segment& s = transcript.segments[size_t(i)];
        auto* item = new QTreeWidgetItem;
        item->setText(0, s.speaker);
        item->setText(1, s.startMs ? formatTimeCode(*s.startMs, true) : QString());
        item->setText(2, s.endMs ? formatTimeCode(*s.endMs, true) : QString());
        QString line = s.text;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        item->setText(3, line.size() > PreviewChars ? QString(line.left(PreviewChars) + QStringLiteral("…"))
                                                    : line);
        item->setToolTip(3, s.text);
        items << item;
    }
    m_preview->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_preview->resizeColumnToContents(c);
    m_more->setText(tr("The first %1 segments are shown; all %2 are imported.")
                        .arg(shown)
                        .arg(transcript.segments.size()));
    m_more->setVisible(int(transcript.segments.size()) > shown);
    m_skipped->addItems(transcript.skipped);
    m_skippedNote->setVisible(!transcript.skipped.isEmpty());
    m_skipped->setVisible(!transcript.skipped.isEmpty());
    m_import->setText(tr("Import %n Segment(s)", nullptr, int(transcript.segments.size())));
    m_import->setEnabled(true);
}

// Reading runs in the background (a transcript can be tens of MB); Import waits for it.
void ImportTranscriptDialog::readAgain()
{
    const QString encoding = m_encoding->currentData().toString();
    const int read = ++m_reads;
    m_import->setEnabled(false);
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(m_file).fileName()));
    using Outcome = Result<formats::ImportedTranscript>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, read] {
        watcher->deleteLater();
        if (read == m_reads)
            showRead(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([file = m_file, encoding] {
        return formats::TranscriptImporter::readFile(file, formats::ImportFormat::Auto, encoding);
    }));
}

} // namespace tianye::ui
