// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Themes.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/Database.h"
#include "store/Project.h"
#include "store/ThemeRepository.h"

#include <QHash>

namespace tianye::ops {

namespace {

QString labelOf(ThemeField field)
{
    switch (field) {
    case ThemeField::Name:
        return Verbs::tr("Rename Theme");
    case ThemeField::Description:
        return Verbs::tr("Edit Theme Description");
    case ThemeField::Memo:
        return Verbs::tr("Edit Theme Memo");
    case ThemeField::Color:
        return Verbs::tr("Change Theme Colour");
    case ThemeField::ParentId:
    case ThemeField::Position:
        return Verbs::tr("Move Theme");
    }
    return {};
}

} // namespace

QList<RowId> detail::resolveThemes(Project& project, const WriteScope& w, const QList<ThemeChoice>& chosen)
{
    QList<RowId> ids;
    int position = -1;
    for (const ThemeChoice& c : chosen) {
        if (c.id != NoRow) {
            ids << c.id;
            continue;
        }
        RowId existing = orThrow(project.themes().findByName(c.newName.trimmed()));
        if (existing == NoRow) {
            if (position < 0)
                position = int(orThrow(project.themes().list()).size());
            Theme t;
            t.name = c.newName.trimmed();
            t.position = position++;
            existing = orThrow(project.themes().add(w, t));
        }
        if (!ids.contains(existing))
            ids << existing;
    }
    return ids;
}

Result<RowId> addTheme(Session& session, const QString& name, RowId parentId)
{
    RowId made = NoRow;
    auto ok = session.run(Verbs::tr("Add Theme"), [&](const WriteScope& w) {
        ThemeRepository& themes = session.project().themes();
        Theme t;
        t.name = name;
        t.parentId = parentId;
        t.position = 1'000'000; // last among its siblings
        made = orThrow(themes.add(w, t));
        orThrow(themes.move(w, made, parentId, 1'000'000));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return made;
}

Status setThemeField(Session& session, RowId themeId, ThemeField field, const QVariant& value,
                     const QString& mergeKey)
{
    return session.run(
        labelOf(field),
        [&](const WriteScope& w) { orThrow(session.project().themes().set(w, themeId, field, value)); },
        mergeKey);
}

Status moveTheme(Session& session, RowId themeId, RowId parentId, int position)
{
    return session.run(Verbs::tr("Move Theme"), [&](const WriteScope& w) {
        orThrow(session.project().themes().move(w, themeId, parentId, position));
    });
}

Status mergeThemes(Session& session, RowId from, RowId into)
{
    ThemeRepository& themes = session.project().themes();
    auto source = themes.get(from);
    if (!source)
        return std::unexpected(source.error());
    auto target = themes.get(into);
    if (!target)
        return std::unexpected(target.error());
    if (auto backup = session.backupNow(QStringLiteral("before-merge")); !backup)
        return fail(backup.error().code, Verbs::tr("Nothing was merged: %1").arg(backup.error().message));
    return session.run(Verbs::tr("Merge “%1” into “%2”").arg(source->name, target->name),
                       [&](const WriteScope& w) { orThrow(themes.merge(w, from, into)); });
}

Status removeTheme(Session& session, RowId themeId)
{
    auto theme = session.project().themes().get(themeId);
    if (!theme)
        return std::unexpected(theme.error());
    return session.run(Verbs::tr("Delete Theme “%1”").arg(theme->name),
                       [&](const WriteScope& w) { orThrow(session.project().themes().remove(w, themeId)); });
}

Result<formats::CodebookMerge> importCodebook(Session& session, const formats::Codebook& codebook)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    if (auto backup = session.backupNow(QStringLiteral("before-import")); !backup)
        return fail(backup.error().code, Verbs::tr("Nothing was imported: %1").arg(backup.error().message));
    Project& project = session.project();
    formats::CodebookMerge result;
    auto ok = session.run(Verbs::tr("Import Codebook"), [&](const WriteScope& w) {
        result = {};
        ThemeRepository& themes = project.themes();
        std::vector<RowId> ids(codebook.entries.size(), NoRow);
        for (size_t i = 0; i < codebook.entries.size(); ++i) {
            const formats::CodebookEntry& e = codebook.entries[i];
            const RowId parent = e.parent >= 0 && size_t(e.parent) < i ? ids[size_t(e.parent)] : NoRow;
            RowId id = e.guid.isEmpty() ? NoRow : project.db().rowIdForUuid("themes", e.guid);
            if (id == NoRow)
                id = orThrow(themes.findByName(e.name, parent));
            if (id == NoRow) {
                Theme t;
                t.uuid = e.guid;
                t.parentId = parent;
                t.name = e.name;
                t.description = e.description;
                t.color = e.color;
                t.memo = e.memo;
                t.position = int(i);
                ids[i] = orThrow(themes.add(w, t));
                ++result.added;
                continue;
            }
            ids[i] = id;
            const Theme current = orThrow(themes.get(id));
            bool changed = false;
            const auto update = [&](ThemeField field, const QString& now, const QString& wanted) {
                if (wanted.isEmpty() || now == wanted)
                    return;
                orThrow(themes.set(w, id, field, wanted));
                changed = true;
            };
            update(ThemeField::Name, current.name, e.name);
            update(ThemeField::Description, current.description, e.description);
            update(ThemeField::Color, current.color, e.color);
            update(ThemeField::Memo, current.memo, e.memo);
            if (current.parentId != parent && parent != NoRow) {
                orThrow(themes.set(w, id, ThemeField::ParentId, parent));
                changed = true;
            }
            ++(changed ? result.updated : result.unchanged);
        }
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<formats::Codebook> codebookOf(Project& project)
{
    auto themes = project.themes().list();
    if (!themes)
        return std::unexpected(themes.error());
    formats::Codebook codebook;
    QHash<RowId, int> index;
    for (const Theme& t : *themes) {
        index.insert(t.id, int(codebook.entries.size()));
        codebook.entries.push_back({t.uuid.toLower(), t.name, t.description, t.color, t.memo,
                                    t.parentId == NoRow ? -1 : index.value(t.parentId, -1)});
    }
    return codebook;
}

} // namespace tianye::ops
