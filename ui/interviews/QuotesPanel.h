// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QGroupBox>

class QListWidget;

namespace tianye {
struct Change;
}

namespace tianye::ui {

class ProjectSession;
class QuoteDetails;
class TranscriptEditor;

// An interview's quotes: Make Quote, the list (detached and withheld ones in red,
// saying why), and the chosen quote's details; the quotes are marked in the
// transcript beside it.
class QuotesPanel final : public QGroupBox
{
    Q_OBJECT

public:
    QuotesPanel(ProjectSession* session, RowId interviewId, TranscriptEditor* transcript,
                QWidget* parent = nullptr);

    void reload();
    // Whether a change elsewhere concerns these quotes (theirs, their themes, who
    // said them, or consent).
    bool follows(const Change& change) const;
    // The selected words become a quote, tagged through the theme picker.
    void makeQuote();
    // Selects the quote in the list and its words in the transcript.
    void showQuote(RowId quoteId);
    QuoteDetails* details() const { return m_details; }

Q_SIGNALS:
    void playRequested(tianye::RowId quoteId);
    void failed(const QString& action, const tianye::Error& error);

private:
    void reanchor(RowId quoteId);

    ProjectSession* m_session;
    RowId m_id;
    TranscriptEditor* m_transcript;
    QListWidget* m_quotes = nullptr;
    QuoteDetails* m_details = nullptr;
};

} // namespace tianye::ui
