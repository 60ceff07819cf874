// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QVariant>

// Verbs of the Insights board: insights added, reordered, edited and removed, and
// their evidence quotes.
namespace tianye::ops {

class Session;

// "Add Insight": last on the city's board; the first one is the spirit insight.
Result<RowId> addInsight(Session& session, RowId cityId, const QString& title);
// "Remove Insight": the quotes themselves stay.
Status removeInsight(Session& session, RowId insightId);
// "Reorder Insights": the city's insights in this order.
Status reorderInsights(Session& session, const QList<RowId>& insightIds);
// One field (title, statement, kind); typing passes a mergeKey.
Status setInsightField(Session& session, RowId insightId, InsightField field, const QVariant& value,
                       const QString& mergeKey = {});
// The evidence of an insight, in order. How it changed names the step: added (n
// quotes), removed, or reordered.
enum class EvidenceChange
{
    Added,
    Removed,
    Reordered
};
Status setEvidence(Session& session, RowId insightId, const QList<RowId>& quoteIds, EvidenceChange change,
                   int added = 0);

} // namespace tianye::ops
