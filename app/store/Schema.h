// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <span>
#include <string>

namespace tianye::schema {

// Written into the SQLite header (PRAGMA application_id) so a Tianye project is
// told apart from any other SQLite file. "TYE1".
inline constexpr int ApplicationId = 0x54594531;

// Migration n (1-based) moves a database from user_version n-1 to n.
std::span<const std::string> migrations();
int currentVersion();

// The full-text tables, the table each one indexes and its indexed columns.
struct SearchTable
{
    const char* fts;
    const char* content;
    const char* columns[4];
};
std::span<const SearchTable> searchTables();

} // namespace tianye::schema
