// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers

// sqlite3.h declares the session extension only when asked; Debian's library has it.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store/ChangeLog.h"

#include "core/Ids.h"
#include "store/ChangeSet.h"
#include "store/Changesets.h"
#include "store/Database.h"
#include "store/SqlValue.h"
#include "store/TableShapes.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSysInfo>

#include <SQLiteCpp/Statement.h>

#include <map>
#include <memory>
#include <set>
#include <utility>

namespace tianye {

namespace {

const QString ProjectKey = QStringLiteral("project_uuid");
const QString DeviceKey = QStringLiteral("device_uuid");
const QString HomeKey = QStringLiteral("device_home");
const QString ClockKey = QStringLiteral("clock");
const QString AuthorKey = QStringLiteral("author");

// Where this copy lives: the machine and the folder. A copy found elsewhere is a
// different copy, whatever its database says.
QString home(const QString& folder)
{
    const QString path = QDir(folder).canonicalPath();
    return QString::fromLatin1(QSysInfo::machineUniqueId()) + QLatin1Char('|') +
           (path.isEmpty() ? QDir(folder).absolutePath() : path);
}

using changeset::newValue;
using changeset::oldValue;

// Turns the rows of one changeset into the log's form: row ids (local to this copy)
// become the UUIDs of the rows they name.
class Translator
{
public:
    Translator(Database& db, const QByteArray& bytes)
        : m_db(db)
        , m_shapes(db.sql())
        , m_bytes(bytes)
    {}

    QJsonArray rows()
    {
        learnUuids();
        QJsonArray out;
        const changeset::Iterator iter = changeset::iterate(m_bytes);
        if (!iter)
            throw StoreFailure{
                {Error::Code::Internal, ChangeLog::tr("Could not read the recorded changes.")}};
        QSet<QString> inserted;
        std::vector<QJsonObject> rows;
        while (sqlite3changeset_next(iter.get()) == SQLITE_ROW) {
            for (QJsonObject& r : rowsOf(iter.get())) {
                if (r.value(QStringLiteral("o")).toString() == QLatin1String("i"))
                    inserted.insert(tag(r));
                rows.push_back(std::move(r));
            }
        }
        for (QJsonObject& r : linksMoved())
            rows.push_back(std::move(r));
        // A row deleted and made again in one step (sync bringing back a row another
        // copy still needed, under a new row id here) is there at the end: only its insert
        // is logged.
        for (const QJsonObject& r : rows)
            if (r.value(QStringLiteral("o")).toString() != QLatin1String("d") || !inserted.contains(tag(r)))
                out.append(r);
        return out;
    }

private:
    static QString tag(const QJsonObject& row)
    {
        return row.value(QStringLiteral("t")).toString() + QChar(0x1f) +
               ChangeLog::keyText(row.value(QStringLiteral("k")));
    }

    // A row id freed and taken again in one step by another record: link rows that refer
    // to that row id and that the step did not touch (a link deleted and made again with
    // the same values is not in the changeset) now belong to the other record. Logged as
    // the delete of the old record's link and the insert of the new one's, so that other
    // copies move them too.
    std::vector<QJsonObject> linksMoved()
    {
        std::vector<QJsonObject> out;
        if (m_identityChanges.empty())
            return out;
        std::vector<std::string> tables;
        {
            SQLite::Statement st(m_db.sql(), "SELECT name FROM sqlite_master WHERE type = 'table'");
            while (st.executeStep()) {
                const std::string name = st.getColumn(0).getString();
                if (ChangeSet::records(name.c_str()))
                    tables.push_back(name);
            }
        }
        for (const IdentityChange& change : m_identityChanges) {
            for (const std::string& link : tables) {
                const Shape& shape = m_shapes.of(link);
                if (shape.indexOf("uuid") >= 0)
                    continue;
                for (const std::string& keyColumn : shape.keys) {
                    const int k = shape.indexOf(keyColumn.c_str());
                    if (shape.parentOf(k) != change.table)
                        continue;
                    sqlite3_stmt* raw = nullptr;
                    const std::string sql = "SELECT * FROM " + link + " WHERE \"" + keyColumn + "\" = ?";
                    if (sqlite3_prepare_v2(m_db.handle(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
                        throw StoreFailure{
                            {Error::Code::Internal, ChangeLog::tr("Could not read the recorded changes.")}};
                    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> st(raw, &sqlite3_finalize);
                    sqlite3_bind_int64(raw, 1, change.id);
                    while (sqlite3_step(raw) == SQLITE_ROW) {
                        std::string local = link;
                        for (const std::string& kc : shape.keys)
                            local += '|' + std::string(reinterpret_cast<const char*>(
                                               sqlite3_column_text(raw, shape.indexOf(kc.c_str()))));
                        // Once, though both its ends may have changed record.
                        if (!m_seenLinks.insert(local).second)
                            continue;
                        QJsonObject oldValues, newValues;
                        for (int c = 0; c < int(shape.columns.size()); ++c) {
                            const QString name = QString::fromStdString(shape.columns[size_t(c)]);
                            oldValues[name] = value(shape, c, sqlite3_column_value(raw, c), true);
                            newValues[name] = value(shape, c, sqlite3_column_value(raw, c));
                        }
                        QJsonObject oldKey, newKey;
                        for (const std::string& kc : shape.keys) {
                            const QString n = QString::fromStdString(kc);
                            oldKey[n] = oldValues.value(n);
                            newKey[n] = newValues.value(n);
                        }
                        out.push_back(QJsonObject{{QStringLiteral("t"), QString::fromStdString(link)},
                                                  {QStringLiteral("o"), QStringLiteral("d")},
                                                  {QStringLiteral("k"), oldKey},
                                                  {QStringLiteral("v"), oldValues}});
                        out.push_back(QJsonObject{{QStringLiteral("t"), QString::fromStdString(link)},
                                                  {QStringLiteral("o"), QStringLiteral("i")},
                                                  {QStringLiteral("k"), newKey},
                                                  {QStringLiteral("v"), newValues}});
                    }
                }
            }
        }
        return out;
    }

    // The UUIDs of rows the changeset inserts or deletes: a deleted row cannot be looked up.
    void learnUuids()
    {
        const changeset::Iterator iter = changeset::iterate(m_bytes);
        if (!iter)
            return;
        while (sqlite3changeset_next(iter.get()) == SQLITE_ROW) {
            const auto [table, columns, op] = changeset::row(iter.get());
            const Shape& shape = m_shapes.of(table);
            const int id = shape.indexOf("id");
            const int uuid = shape.indexOf("uuid");
            if (id < 0 || uuid < 0)
                continue;
            if (op == SQLITE_UPDATE) {
                // A row id taken by another record within the step: references in the
                // rows it deleted name the record that had it.
                sqlite3_value* now = newValue(iter.get(), uuid);
                sqlite3_value* before = oldValue(iter.get(), uuid);
                sqlite3_value* rowId = oldValue(iter.get(), id);
                if (now && before && rowId) {
                    const qint64 n = sqlite3_value_int64(rowId);
                    m_oldUuids[{table, n}] = textOf(before);
                    m_identityChanges.push_back({table, n});
                }
                continue;
            }
            auto* get = op == SQLITE_INSERT ? newValue : oldValue;
            sqlite3_value* idValue = get(iter.get(), id);
            sqlite3_value* uuidValue = get(iter.get(), uuid);
            if (idValue && uuidValue)
                m_uuids[{table, sqlite3_value_int64(idValue)}] =
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(uuidValue)),
                                      sqlite3_value_bytes(uuidValue));
        }
    }

    static QString textOf(sqlite3_value* v)
    {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(v)),
                                 sqlite3_value_bytes(v));
    }

    // The UUID of the row that has (before: had, before the step) this row id.
    QString uuidOf(const std::string& table, qint64 id, bool before = false)
    {
        if (before) {
            if (auto old = m_oldUuids.find({table, id}); old != m_oldUuids.end())
                return old->second;
        }
        auto it = m_uuids.find({table, id});
        if (it != m_uuids.end())
            return it->second;
        SQLite::Statement st(m_db.sql(), "SELECT uuid FROM " + table + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        QString uuid = st.executeStep() ? sql::text(st.getColumn(0)) : QString();
        m_uuids[{table, id}] = uuid;
        return uuid;
    }

    QJsonValue value(const Shape& shape, int column, sqlite3_value* v, bool before = false)
    {
        if (!v)
            return QJsonValue(QJsonValue::Undefined);
        switch (sqlite3_value_type(v)) {
        case SQLITE_NULL:
            return QJsonValue(QJsonValue::Null);
        case SQLITE_INTEGER: {
            const qint64 n = sqlite3_value_int64(v);
            if (const std::string parent = shape.parentOf(column); !parent.empty())
                return QJsonObject{{QStringLiteral("@"), uuidOf(parent, n, before)}};
            return QJsonValue(n);
        }
        case SQLITE_FLOAT:
            return QJsonValue(sqlite3_value_double(v));
        case SQLITE_TEXT:
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(v)),
                                     sqlite3_value_bytes(v));
        default:
            return QJsonObject{
                {QStringLiteral("b64"),
                 QString::fromLatin1(
                     QByteArray(static_cast<const char*>(sqlite3_value_blob(v)), sqlite3_value_bytes(v))
                         .toBase64())}};
        }
    }

    // The log's rows for one change. A row id freed and taken again in the same step
    // (the last segment removed and a paragraph added) reads as an update of that row id
    // whose UUID changed: it is the delete of one record and the insert of another.
    std::vector<QJsonObject> rowsOf(sqlite3_changeset_iter* iter)
    {
        const auto [table, columns, op] = changeset::row(iter);
        const Shape& shape = m_shapes.of(table);
        const int id = shape.indexOf("id");
        const int uuid = shape.indexOf("uuid");
        sqlite3_value* newUuid = op == SQLITE_UPDATE && uuid >= 0 ? newValue(iter, uuid) : nullptr;
        if (!newUuid || id < 0)
            return {row(iter)};
        sqlite3_stmt* raw = nullptr;
        const std::string sql = std::string("SELECT * FROM ") + table + " WHERE id = ?";
        if (sqlite3_prepare_v2(m_db.handle(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
            throw StoreFailure{
                {Error::Code::Internal, ChangeLog::tr("Could not read the recorded changes.")}};
        std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> now(raw, &sqlite3_finalize);
        sqlite3_bind_value(raw, 1, oldValue(iter, id));
        if (sqlite3_step(raw) != SQLITE_ROW)
            return {row(iter)};
        QJsonObject gone, made;
        for (int c = 0; c < columns && c < int(shape.columns.size()); ++c) {
            if (c == id || c == uuid)
                continue;
            const QString name = QString::fromStdString(shape.columns[size_t(c)]);
            sqlite3_value* before = oldValue(iter, c);
            made[name] = value(shape, c, sqlite3_column_value(raw, c));
            gone[name] = before ? value(shape, c, before, true) : made[name];
        }
        return {QJsonObject{{QStringLiteral("t"), QString::fromUtf8(table)},
                            {QStringLiteral("o"), QStringLiteral("d")},
                            {QStringLiteral("k"), value(shape, uuid, oldValue(iter, uuid))},
                            {QStringLiteral("v"), gone}},
                QJsonObject{{QStringLiteral("t"), QString::fromUtf8(table)},
                            {QStringLiteral("o"), QStringLiteral("i")},
                            {QStringLiteral("k"), value(shape, uuid, newUuid)},
                            {QStringLiteral("v"), made}}};
    }

    QJsonObject row(sqlite3_changeset_iter* iter)
    {
        const auto [table, columns, op] = changeset::row(iter);
        const Shape& shape = m_shapes.of(table);
        const int id = shape.indexOf("id");
        const int uuid = shape.indexOf("uuid");
        QJsonObject out{{QStringLiteral("t"), QString::fromUtf8(table)},
                        {QStringLiteral("o"), op == SQLITE_INSERT   ? QStringLiteral("i")
                                              : op == SQLITE_DELETE ? QStringLiteral("d")
                                                                    : QStringLiteral("u")}};
        auto* keyValue = op == SQLITE_INSERT ? newValue : oldValue;
        if (uuid >= 0 && id >= 0) {
            if (sqlite3_value* u = keyValue(iter, uuid))
                out[QStringLiteral("k")] = value(shape, uuid, u);
            else if (sqlite3_value* i = keyValue(iter, id))
                out[QStringLiteral("k")] = uuidOf(table, sqlite3_value_int64(i));
        } else {
            QJsonObject key;
            std::string local(table);
            for (const std::string& k : shape.keys) {
                const int c = shape.indexOf(k.c_str());
                sqlite3_value* v = keyValue(iter, c);
                key[QString::fromStdString(k)] = value(shape, c, v, op == SQLITE_DELETE);
                local += '|';
                if (v)
                    local += std::string(reinterpret_cast<const char*>(sqlite3_value_text(v)),
                                         size_t(sqlite3_value_bytes(v)));
            }
            m_seenLinks.insert(local);
            out[QStringLiteral("k")] = key;
        }
        QJsonObject values, was;
        for (int c = 0; c < columns && c < int(shape.columns.size()); ++c) {
            if (c == id || c == uuid)
                continue;
            const QString name = QString::fromStdString(shape.columns[size_t(c)]);
            if (op == SQLITE_DELETE) {
                values[name] = value(shape, c, oldValue(iter, c), true);
                continue;
            }
            const QJsonValue now = value(shape, c, newValue(iter, c));
            if (now.isUndefined())
                continue; // an update that left it as it was
            values[name] = now;
            if (op == SQLITE_UPDATE)
                was[name] = value(shape, c, oldValue(iter, c), true);
        }
        out[QStringLiteral("v")] = values;
        if (op == SQLITE_UPDATE)
            out[QStringLiteral("was")] = was;
        return out;
    }

    Database& m_db;
    Shapes m_shapes;
    const QByteArray& m_bytes;
    std::map<std::pair<std::string, qint64>, QString> m_uuids;
    std::map<std::pair<std::string, qint64>, QString> m_oldUuids; // of row ids taken by another record
    struct IdentityChange
    {
        std::string table;
        qint64 id;
    };
    std::vector<IdentityChange> m_identityChanges;
    std::set<std::string> m_seenLinks; // link rows the changeset names: table|key ids
};

// The next reading of the hybrid logical clock: the wall clock, unless a step already
// read a later value (the clock went back, or many steps came in one millisecond).
qint64 tick(Database& db)
{
    const qint64 physical = nowMs() << 16;
    const qint64 last = db.meta(ClockKey).toLongLong();
    const qint64 now = std::max(physical, last + 1);
    if (auto ok = db.setMeta(ClockKey, QString::number(now)); !ok)
        throw StoreFailure{ok.error()};
    return now;
}

// A participant's consent does not simply go to the latest write: a withdrawal wins
// over every change made without having seen it. Each write of consent_status carries
// a rank ("r" in the log) compared before the clock: a withdrawal, and consent given
// again by someone who saw the withdrawal, rank at their own clock; any other change
// keeps the rank of the value it replaced here. The greatest (rank, clock, device)
// wins on every copy, in whatever order the writes meet.
QJsonArray withRanks(Database& db, const QJsonArray& rows, qint64 clock)
{
    const QString column = QStringLiteral("consent_status");
    const QString withdrawn = QStringLiteral("withdrawn");
    QJsonArray out;
    for (const QJsonValue& value : rows) {
        QJsonObject row = value.toObject();
        const QJsonObject values = row.value(QStringLiteral("v")).toObject();
        if (row.value(QStringLiteral("t")).toString() != QLatin1String("participants") ||
            row.value(QStringLiteral("o")).toString() == QLatin1String("d") || !values.contains(column)) {
            out.append(row);
            continue;
        }
        const QString now = values.value(column).toString();
        const QString was = row.value(QStringLiteral("was")).toObject().value(column).toString();
        qint64 rank = clock;
        if (now != withdrawn && was != withdrawn) {
            SQLite::Statement st(db.sql(),
                                 "SELECT rank FROM sync_fields WHERE tbl = 'participants' AND key = ? "
                                 "AND col = 'consent_status'");
            sql::bind(st, 1, row.value(QStringLiteral("k")).toString());
            rank = st.executeStep() ? st.getColumn(0).getInt64() : 0;
        }
        row[QStringLiteral("r")] = QJsonObject{{column, rank}};
        out.append(row);
    }
    return out;
}

QString authorName(Database& db)
{
    if (db.author() != NoRow) {
        SQLite::Statement st(db.sql(), "SELECT name FROM researchers WHERE id = ?");
        st.bind(1, static_cast<int64_t>(db.author()));
        if (st.executeStep())
            return sql::text(st.getColumn(0));
    }
    return ChangeLog::defaultAuthor(db);
}

} // namespace

Status ChangeLog::identify(Database& db, const QString& folder)
{
    if (db.meta(ProjectKey).isEmpty()) {
        if (auto ok = db.setMeta(ProjectKey, newUuid()); !ok)
            return ok;
    }
    if (!db.meta(DeviceKey).isEmpty() && db.meta(HomeKey) == home(folder))
        return {};
    return becomeNewDevice(db, folder);
}

Status ChangeLog::becomeNewDevice(Database& db, const QString& folder)
{
    if (auto ok = db.setMeta(DeviceKey, newUuid()); !ok)
        return ok;
    return db.setMeta(HomeKey, home(folder));
}

QString ChangeLog::projectId(Database& db)
{
    return db.meta(ProjectKey);
}

QString ChangeLog::deviceId(Database& db)
{
    return db.meta(DeviceKey);
}

Status ChangeLog::setDefaultAuthor(Database& db, const QString& name)
{
    return db.setMeta(AuthorKey, name.trimmed());
}

QString ChangeLog::defaultAuthorSet(Database& db)
{
    return db.meta(AuthorKey);
}

QString ChangeLog::defaultAuthor(Database& db)
{
    QString name = db.meta(AuthorKey);
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name;
}

void ChangeLog::append(Database& db, const QByteArray& changeset, const QString& label)
{
    appendRows(db, Translator(db, changeset).rows(), label);
}

void ChangeLog::appendRows(Database& db, const QJsonArray& rows, const QString& label)
{
    if (rows.isEmpty())
        return;
    QString device = deviceId(db);
    if (device.isEmpty()) {
        // A database opened without its folder (a test, a tool): a device of its own.
        device = newUuid();
        if (auto ok = db.setMeta(DeviceKey, device); !ok)
            throw StoreFailure{ok.error()};
    }
    const qint64 clock = tick(db);
    const QJsonArray ranked = withRanks(db, rows, clock);
    noteWrites(db, ranked, clock, device);
    SQLite::Statement next(db.sql(),
                           "SELECT coalesce(max(device_seq), 0) + 1 FROM change_log WHERE device = ?");
    sql::bind(next, 1, device);
    next.executeStep();
    const qint64 deviceSeq = next.getColumn(0).getInt64();
    SQLite::Statement st(db.sql(),
                         "INSERT INTO change_log (device, device_seq, clock, author, label, changes) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    sql::bind(st, 1, device);
    st.bind(2, static_cast<int64_t>(deviceSeq));
    st.bind(3, static_cast<int64_t>(clock));
    sql::bind(st, 4, authorName(db));
    sql::bind(st, 5, label);
    sql::bind(st, 6, QString::fromUtf8(QJsonDocument(ranked).toJson(QJsonDocument::Compact)));
    st.exec();
}

namespace {

// The row's existence is a field of its own (col ''): the stamp of the step that last
// made or kept it. A delete older than that is not applied (store/Sync).
void noteExistence(Database& db, const QString& table, const QString& key, qint64 clock,
                   const QString& device)
{
    SQLite::Statement& st =
        db.cached("INSERT INTO sync_fields (tbl, key, col, clock, device) VALUES (?, ?, '', ?, ?) "
                  "ON CONFLICT (tbl, key, col) DO UPDATE SET clock = excluded.clock, "
                  "device = excluded.device");
    sql::bind(st, 1, table);
    sql::bind(st, 2, key);
    st.bind(3, static_cast<int64_t>(clock));
    sql::bind(st, 4, device);
    st.exec();
}

} // namespace

void ChangeLog::noteWrites(Database& db, const QJsonArray& rows, qint64 clock, const QString& device)
{
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QString table = row.value(QStringLiteral("t")).toString();
        const QString key = keyText(row.value(QStringLiteral("k")));
        const QString op = row.value(QStringLiteral("o")).toString();
        if (op == QLatin1String("d")) {
            SQLite::Statement& tomb = db.cached(
                "INSERT INTO sync_tombstones (tbl, key, clock, device, row) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (tbl, key) DO UPDATE SET clock = excluded.clock, device = excluded.device, "
                "row = excluded.row");
            sql::bind(tomb, 1, table);
            sql::bind(tomb, 2, key);
            tomb.bind(3, static_cast<int64_t>(clock));
            sql::bind(tomb, 4, device);
            sql::bind(
                tomb, 5,
                QString::fromUtf8(
                    QJsonDocument(row.value(QStringLiteral("v")).toObject()).toJson(QJsonDocument::Compact)));
            tomb.exec();
            continue;
        }
        if (op == QLatin1String("k")) {
            // Kept by sync (store/Sync): here already, no field written.
            SQLite::Statement& revive = db.cached("DELETE FROM sync_tombstones WHERE tbl = ? AND key = ?");
            sql::bind(revive, 1, table);
            sql::bind(revive, 2, key);
            revive.exec();
            noteExistence(db, table, key, clock, device);
            continue;
        }
        if (op == QLatin1String("i")) {
            noteExistence(db, table, key, clock, device);
            SQLite::Statement& revive = db.cached("DELETE FROM sync_tombstones WHERE tbl = ? AND key = ?");
            sql::bind(revive, 1, table);
            sql::bind(revive, 2, key);
            revive.exec();
        }
        const QJsonObject values = row.value(QStringLiteral("v")).toObject();
        const QJsonObject ranks = row.value(QStringLiteral("r")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            SQLite::Statement& field = db.cached(
                "INSERT INTO sync_fields (tbl, key, col, clock, device, rank, value) VALUES (?, ?, ?, ?, ?, "
                "?, ?) "
                "ON CONFLICT (tbl, key, col) DO UPDATE SET clock = excluded.clock, device = excluded.device, "
                "rank = excluded.rank, value = excluded.value");
            sql::bind(field, 1, table);
            sql::bind(field, 2, key);
            sql::bind(field, 3, it.key());
            field.bind(4, static_cast<int64_t>(clock));
            sql::bind(field, 5, device);
            field.bind(6, static_cast<int64_t>(ranks.value(it.key()).toInteger()));
            sql::bind(
                field, 7,
                QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
            field.exec();
        }
    }
}

void ChangeLog::witness(Database& db, qint64 clock)
{
    if (clock > db.meta(ClockKey).toLongLong()) {
        if (auto ok = db.setMeta(ClockKey, QString::number(clock)); !ok)
            throw StoreFailure{ok.error()};
    }
}

QString ChangeLog::keyText(const QJsonValue& key)
{
    if (key.isString())
        return key.toString();
    return QString::fromUtf8(QJsonDocument(key.toObject()).toJson(QJsonDocument::Compact));
}

LogEntry ChangeLog::entryAt(SQLite::Statement& st)
{
    LogEntry e;
    e.seq = st.getColumn(0).getInt64();
    e.device = sql::text(st.getColumn(1));
    e.deviceSeq = st.getColumn(2).getInt64();
    e.clock = st.getColumn(3).getInt64();
    e.author = sql::text(st.getColumn(4));
    e.label = sql::text(st.getColumn(5));
    e.changes = QJsonDocument::fromJson(sql::text(st.getColumn(6)).toUtf8()).array();
    return e;
}

Result<std::vector<LogEntry>> ChangeLog::recent(Database& db, int limit)
{
    return db.read([&] {
        std::vector<LogEntry> entries;
        SQLite::Statement st(db.sql(), "SELECT seq, device, device_seq, clock, author, label, changes "
                                       "FROM change_log ORDER BY seq DESC LIMIT ?");
        st.bind(1, limit);
        while (st.executeStep())
            entries.push_back(entryAt(st));
        return entries;
    });
}

Result<std::optional<LastWrite>> ChangeLog::lastWrite(Database& db, const QString& table, RowId rowId)
{
    if (table != QLatin1String("interviews") && table != QLatin1String("quotes"))
        return std::optional<LastWrite>{};
    return db.read([&]() -> std::optional<LastWrite> {
        std::optional<LastWrite> newest;
        SQLite::Statement row(db.sql(), "SELECT uuid FROM " + table.toStdString() + " WHERE id = ?");
        row.bind(1, static_cast<int64_t>(rowId));
        if (!row.executeStep())
            return newest;
        const std::string id = row.getColumn(0).getString();
        auto take = [&](SQLite::Statement& st) {
            while (st.executeStep()) {
                if (st.getColumn(0).isNull())
                    continue;
                const qint64 clock = st.getColumn(0).getInt64();
                if (!newest || clock > newest->clock)
                    newest = LastWrite{{}, sql::text(st.getColumn(1)), clock};
            }
        };
        {
            SQLite::Statement own(db.sql(), "SELECT clock, device FROM sync_fields WHERE tbl = ? AND key = ? "
                                            "ORDER BY clock DESC LIMIT 1");
            sql::bind(own, 1, table);
            own.bind(2, id);
            take(own);
        }
        if (table == QLatin1String("interviews")) {
            SQLite::Statement transcript(db.sql(),
                                         "SELECT max(f.clock), f.device FROM segments s "
                                         "JOIN sync_fields f ON f.tbl = 'segments' AND f.key = s.uuid "
                                         "WHERE s.interview_id = ?");
            transcript.bind(1, static_cast<int64_t>(rowId));
            take(transcript);
        } else if (table == QLatin1String("quotes")) {
            // Its themes: link rows keyed {"quote_id":{"@":uuid},"theme_id":…}, tagged or
            // taken off (a tombstone).
            const std::string from = "{\"quote_id\":{\"@\":\"" + id + "\"}";
            const std::string to = from + "\x7f";
            for (const char* sqlText : {"SELECT max(clock), device FROM sync_fields WHERE tbl = "
                                        "'quote_themes' AND key >= ? AND key < ?",
                                        "SELECT max(clock), device FROM sync_tombstones WHERE tbl = "
                                        "'quote_themes' AND key >= ? AND "
                                        "key < ?"}) {
                SQLite::Statement themes(db.sql(), sqlText);
                themes.bind(1, from);
                themes.bind(2, to);
                take(themes);
            }
        }
        if (newest) {
            SQLite::Statement who(db.sql(),
                                  "SELECT author FROM change_log WHERE device = ? AND clock = ? LIMIT 1");
            sql::bind(who, 1, newest->device);
            who.bind(2, static_cast<int64_t>(newest->clock));
            if (who.executeStep())
                newest->author = sql::text(who.getColumn(0));
        }
        return newest;
    });
}

Result<qint64> ChangeLog::count(Database& db)
{
    return db.read([&] { return qint64(db.sql().execAndGet("SELECT count(*) FROM change_log").getInt64()); });
}

} // namespace tianye
