// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QVariant>

#include <vector>

namespace tianye {

class Database;
class WriteScope;

class QuoteRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::QuoteRepository)

public:
    explicit QuoteRepository(Database& db)
        : m_db(db)
    {}
    // Checks the anchors against the transcript; takes the text snapshot from it
    // when quote.text is empty.
    Result<RowId> add(const WriteScope& w, const Quote& quote);
    Result<Quote> get(RowId id);
    // All quotes, or those of one interview, in transcript order.
    Result<std::vector<Quote>> list(RowId interviewId = NoRow);
    Result<std::vector<Quote>> detached();
    // The words a quote covers now (from its anchors; the snapshot when detached).
    Result<QString> currentText(RowId id);
    Status set(const WriteScope& w, RowId id, QuoteField field, const QVariant& value);
    Status setThemes(const WriteScope& w, RowId id, const QList<RowId>& themeIds);
    // Points a quote (typically a detached one) at new words of its interview: the
    // anchors of at, checked like add(), and the text snapshot taken from them.
    Status reanchor(const WriteScope& w, RowId id, const Quote& at);
    Status remove(const WriteScope& w, RowId id);

private:
    Database& m_db;
};

} // namespace tianye
