// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Insights.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/InsightRepository.h"
#include "store/Project.h"

#include <algorithm>

namespace tianye::ops {

Result<RowId> addInsight(Session& session, RowId cityId, const QString& title)
{
    InsightRepository& insights = session.project().insights();
    auto existing = insights.list(cityId);
    if (!existing)
        return std::unexpected(existing.error());
    Insight in;
    in.cityId = cityId;
    // Last: after the highest position (positions need not be 0..n-1).
    for (const Insight& other : *existing)
        in.position = std::max(in.position, other.position + 1);
    in.kind = existing->empty() ? InsightKind::Spirit : InsightKind::Supporting;
    in.title = title;
    RowId id = NoRow;
    auto ok = session.run(Verbs::tr("Add Insight"),
                          [&](const WriteScope& w) { id = orThrow(insights.add(w, in)); });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

Status removeInsight(Session& session, RowId insightId)
{
    return session.run(Verbs::tr("Remove Insight"), [&](const WriteScope& w) {
        orThrow(session.project().insights().remove(w, insightId));
    });
}

Status reorderInsights(Session& session, const QList<RowId>& insightIds)
{
    return session.run(Verbs::tr("Reorder Insights"), [&](const WriteScope& w) {
        for (int i = 0; i < insightIds.size(); ++i)
            orThrow(session.project().insights().set(w, insightIds.at(i), InsightField::Position, i));
    });
}

Status setInsightField(Session& session, RowId insightId, InsightField field, const QVariant& value,
                       const QString& mergeKey)
{
    QString label;
    switch (field) {
    case InsightField::Title:
        label = Verbs::tr("Rename Insight");
        break;
    case InsightField::Statement:
        label = Verbs::tr("Edit Insight");
        break;
    case InsightField::Kind:
        label = Verbs::tr("Change Insight Kind");
        break;
    case InsightField::Position:
        label = Verbs::tr("Reorder Insights");
        break;
    }
    return session.run(
        label,
        [&](const WriteScope& w) { orThrow(session.project().insights().set(w, insightId, field, value)); },
        mergeKey);
}

Status setEvidence(Session& session, RowId insightId, const QList<RowId>& quoteIds, EvidenceChange change,
                   int added)
{
    const QString label = change == EvidenceChange::Added
                              ? Verbs::tr("Add %n Quote(s) to Insight", nullptr, added)
                          : change == EvidenceChange::Removed ? Verbs::tr("Remove Quote from Insight")
                                                              : Verbs::tr("Reorder Evidence");
    return session.run(label, [&](const WriteScope& w) {
        orThrow(session.project().insights().setEvidence(w, insightId, quoteIds));
    });
}

} // namespace tianye::ops
