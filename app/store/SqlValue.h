// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"

#include <QString>
#include <QVariant>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>

// Small conversions between Qt values and SQLite columns, used by the repositories.
namespace tianye::sql {

void bind(SQLite::Statement& st, int index, const QString& text);
void bind(SQLite::Statement& st, int index, const std::optional<qint64>& value);
void bindId(SQLite::Statement& st, int index, RowId id); // NoRow binds NULL
void bindVariant(SQLite::Statement& st, int index, const QVariant& value);

QString text(const SQLite::Column& c);
std::optional<qint64> optionalInt(const SQLite::Column& c);
RowId id(const SQLite::Column& c);

// Reads id, uuid, created_at, updated_at, author_id from the first five columns.
void readRecordInfo(SQLite::Statement& st, RecordInfo& info);
inline constexpr const char* RecordColumns = "id, uuid, created_at, updated_at, author_id";

// "?, ?, ?" with n placeholders.
std::string placeholders(int n);

} // namespace tianye::sql
