// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"
#include "formats/Codebook.h"

#include <QVariant>

// Verbs on the codebook: the Codebook tab's Add Theme, Add Sub-theme, Merge Into…,
// Delete, dragging themes, its fields, and Import Codebook…
namespace tianye {
class Project;
class WriteScope;
} // namespace tianye

namespace tianye::ops {

class Session;

// A theme chosen in the theme picker: an existing one, or the name of a new one.
struct ThemeChoice
{
    RowId id = NoRow;
    QString newName;
};

// "Add Theme": last among the parent's children (NoRow: top level).
Result<RowId> addTheme(Session& session, const QString& name, RowId parentId = NoRow);
// One field; its label says which. Typing passes a mergeKey.
Status setThemeField(Session& session, RowId themeId, ThemeField field, const QVariant& value,
                     const QString& mergeKey = {});
// "Move Theme": under parentId at position among its siblings.
Status moveTheme(Session& session, RowId themeId, RowId parentId, int position);
// "Merge “<from>” into “<into>”": quotes and sub-themes move; after a backup.
Status mergeThemes(Session& session, RowId from, RowId into);
// "Delete Theme “<name>”": with its sub-themes; quotes keep their other themes.
Status removeTheme(Session& session, RowId themeId);
// "Import Codebook": themes matched by id, then by name under the same parent; after
// a backup. Returns what was added, updated and left as it was.
Result<formats::CodebookMerge> importCodebook(Session& session, const formats::Codebook& codebook);

// The project's codebook, for writing it out.
Result<formats::Codebook> codebookOf(Project& project);

namespace detail {
// Inside a verb: the ids of the chosen themes, new names added as top-level themes
// (or found when a theme of that name exists by now).
QList<RowId> resolveThemes(Project& project, const WriteScope& w, const QList<ThemeChoice>& chosen);
} // namespace detail

} // namespace tianye::ops
