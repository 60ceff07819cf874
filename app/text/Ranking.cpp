// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "text/Ranking.h"

#include "text/Fts5Api.h"

#include <sqlite3.h>

#include <cmath>
#include <string>
#include <vector>

namespace tianye::text {

namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;
// Farther than this many rows ahead, seeking beats stepping.
constexpr sqlite3_int64 StepLimit = 48;

struct QueryState
{
    sqlite3_stmt* docsize = nullptr; // SELECT id, sz FROM <table>_docsize WHERE id >= ?
    bool cursorValid = false;
    sqlite3_int64 cursorId = -1;
    double averageLength = 1;
    std::vector<double> idf; // per phrase
    std::vector<int> tf;     // scratch, per phrase
    ~QueryState() { sqlite3_finalize(docsize); }
};

void deleteState(void* p)
{
    delete static_cast<QueryState*>(p);
}

int countRows(const Fts5ExtensionApi*, Fts5Context*, void* counter)
{
    ++*static_cast<sqlite3_int64*>(counter);
    return SQLITE_OK;
}

// SQLite's varint: 7 bits a byte, high bit set on all but the last (ninth takes 8).
sqlite3_int64 readVarint(const unsigned char* p, int size)
{
    sqlite3_int64 v = 0;
    for (int i = 0; i < size && i < 9; ++i) {
        if (i == 8)
            return (v << 8) | p[i];
        v = (v << 7) | (p[i] & 0x7F);
        if (!(p[i] & 0x80))
            break;
    }
    return v;
}

QueryState* setUp(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, const char* table,
                  int* rc)
{
    auto* state = new QueryState;
    sqlite3_int64 rows = 0, tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    state->averageLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    for (int p = 0; p < phrases && *rc == SQLITE_OK; ++p) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, p, &hits, countRows);
        // FTS5's IDF: never below a small positive floor, so common words still count.
        double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        state->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
    state->tf.assign(size_t(phrases), 0);
    if (*rc == SQLITE_OK) {
        const std::string sql = std::string("SELECT id, sz FROM \"") + table + "_docsize\" WHERE id >= ?";
        *rc = sqlite3_prepare_v2(sqlite3_context_db_handle(ctx), sql.c_str(), -1, &state->docsize, nullptr);
    }
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, state, deleteState);
    else
        delete state;
    return *rc == SQLITE_OK ? state : nullptr;
}

// Length in tokens of the row, moving the cursor forward.
int documentLength(QueryState& s, sqlite3_int64 rowid, double* length)
{
    if (!s.cursorValid || rowid < s.cursorId || rowid - s.cursorId > StepLimit) {
        sqlite3_reset(s.docsize);
        sqlite3_bind_int64(s.docsize, 1, rowid);
        s.cursorValid = sqlite3_step(s.docsize) == SQLITE_ROW;
        s.cursorId = s.cursorValid ? sqlite3_column_int64(s.docsize, 0) : -1;
    }
    while (s.cursorValid && s.cursorId < rowid) {
        s.cursorValid = sqlite3_step(s.docsize) == SQLITE_ROW;
        s.cursorId = s.cursorValid ? sqlite3_column_int64(s.docsize, 0) : -1;
    }
    if (!s.cursorValid || s.cursorId != rowid) {
        *length = s.averageLength;
        return SQLITE_OK;
    }
    const auto* blob = static_cast<const unsigned char*>(sqlite3_column_blob(s.docsize, 1));
    *length = double(readVarint(blob, sqlite3_column_bytes(s.docsize, 1)));
    return SQLITE_OK;
}

void bm25(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 1 || api->xColumnCount(fts) != 1) {
        sqlite3_result_error(ctx, "tianye_bm25(table, 'table') needs a one-column FTS5 table", -1);
        return;
    }
    auto* state = static_cast<QueryState*>(api->xGetAuxdata(fts, 0));
    int rc = SQLITE_OK;
    if (!state) {
        const auto* table = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
        state = setUp(api, fts, ctx, table ? table : "", &rc);
        if (!state) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
    }
    std::fill(state->tf.begin(), state->tf.end(), 0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < state->tf.size())
            ++state->tf[size_t(phrase)];
    }
    double length = state->averageLength;
    if (rc == SQLITE_OK)
        rc = documentLength(*state, api->xRowid(fts), &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    double score = 0;
    const double norm = K1 * (1.0 - B + B * length / state->averageLength);
    for (size_t p = 0; p < state->tf.size(); ++p) {
        const double tf = state->tf[p];
        score += state->idf[p] * (tf * (K1 + 1.0)) / (tf + norm);
    }
    sqlite3_result_double(ctx, -score);
}

} // namespace

bool Ranking::registerWith(sqlite3* db)
{
    fts5_api* api = fts5ApiOf(db);
    return api && api->xCreateFunction(api, FunctionName, nullptr, bm25, nullptr) == SQLITE_OK;
}

} // namespace tianye::text
