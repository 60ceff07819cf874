// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Sync.h"

#include "core/Ids.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/SqlValue.h"
#include "store/TableShapes.h"
#include "store/WriteScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>

namespace tianye {

namespace {

// Columns that change with every write: they follow the newest write silently and are
// never listed as conflicts.
bool bookkeeping(const QString& column)
{
    return column == QLatin1String("updated_at") || column == QLatin1String("author_id");
}

// The names two copies may give to different records; the one with the greater UUID
// is renamed on every copy alike.
const char* uniqueName(const std::string& table)
{
    if (table == "cities")
        return "name";
    if (table == "participants")
        return "code";
    return nullptr;
}

QString compact(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonValue parseCompact(const QString& text)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson((QStringLiteral("[") + text + QStringLiteral("]")).toUtf8());
    return doc.array().isEmpty() ? QJsonValue() : doc.array().at(0);
}

struct Stamp
{
    qint64 clock = 0;
    QString device;
    qint64 rank = 0; // see sync_fields
    bool operator>(const Stamp& o) const
    {
        if (rank != o.rank)
            return rank > o.rank;
        return clock != o.clock ? clock > o.clock : device > o.device;
    }
};

// Applies the rows of other copies' steps to this copy.
class Applier
{
public:
    Applier(Database& db, Received& report)
        : m_db(db)
        , m_shapes(db.sql(), recordTables(db))
        , m_report(report)
    {}

    void apply(const LogEntry& entry)
    {
        try {
            applyRows(entry);
        } catch (const SQLite::Exception& e) {
            throw StoreFailure{
                {Error::Code::Constraint,
                 Sync::tr("Could not bring in \"%1\" by %2 from copy %3 (%4): %5. Nothing was changed.")
                     .arg(entry.label, entry.author, entry.device.left(8), m_row,
                          QString::fromUtf8(e.what()))}};
        }
    }

private:
    void applyRows(const LogEntry& entry)
    {

        m_entry = &entry;
        m_deletedHere.clear();
        m_keptNow.clear();
        std::vector<QJsonObject> inserts, updates, deletes;
        for (const QJsonValue& v : entry.changes) {
            const QJsonObject row = v.toObject();
            const QString op = row.value(QStringLiteral("o")).toString();
            const QString table = row.value(QStringLiteral("t")).toString();
            if (!ChangeSet::records(table.toUtf8().constData()) ||
                !(op == QLatin1String("i") || op == QLatin1String("u") || op == QLatin1String("d") ||
                  op == QLatin1String("k")))
                throw StoreFailure{{Error::Code::Corrupt,
                                    Sync::tr("A change from copy %1 (\"%2\") names a table or an action this "
                                             "version does not know (%3 %4); nothing was changed.")
                                        .arg(entry.device.left(8), entry.label, op, table)}};
            if (op == QLatin1String("d")) {
                deletes.push_back(row);
                m_deletedHere.insert(tag(row));
            } else if (op == QLatin1String("i") || op == QLatin1String("k")) {
                inserts.push_back(row);
            } else {
                updates.push_back(row);
            }
        }
        // Rows a step inserts may refer to each other in any order: insert those whose
        // references are there until none is left or none can be placed.
        while (!inserts.empty()) {
            std::vector<QJsonObject> later;
            for (const QJsonObject& row : inserts)
                if (!insert(row, false))
                    later.push_back(row);
            if (later.size() == inserts.size()) {
                for (const QJsonObject& row : later)
                    insert(row, true);
                break;
            }
            inserts = std::move(later);
        }
        for (const QJsonObject& row : updates)
            update(row);
        // Children before their parents, whatever order the step lists them in (an undone
        // sync lists its tables in the order the sync first touched them): a row still
        // needed here is kept before its parent is looked at, and each row is buried as
        // this copy knew it before a cascade could take it. Within a table, the last
        // listed first.
        std::reverse(deletes.begin(), deletes.end());
        std::stable_sort(deletes.begin(), deletes.end(), [this](const QJsonObject& x, const QJsonObject& y) {
            return height(x.value(QStringLiteral("t")).toString().toStdString()) <
                   height(y.value(QStringLiteral("t")).toString().toStdString());
        });
        for (const QJsonObject& row : deletes)
            remove(row);
    }

    // A row brought back earlier in this step (something the step inserts referred to it)
    // and deleted by the step after all (what referred to it could not be placed, or was
    // deleted too): not kept, so neither said to the other copies nor listed as kept.
    void forgetKeep(const QString& rowTag)
    {
        for (qsizetype i = m_decided.size() - 1; i >= 0; --i) {
            const QJsonObject decided = m_decided.at(i).toObject();
            if (decided.value(QStringLiteral("o")).toString() == QLatin1String("k") && tag(decided) == rowTag)
                m_decided.removeAt(i);
        }
        if (const auto listed = m_keptNow.find(rowTag); listed != m_keptNow.end()) {
            SQLite::Statement unlist(m_db.sql(), "DELETE FROM sync_conflicts WHERE id = ?");
            unlist.bind(1, static_cast<int64_t>(listed.value()));
            unlist.exec();
            --m_report.conflicts;
            m_keptNow.erase(listed);
        }
    }

    // How many levels of tables refer to this one (0: nothing refers to its rows).
    int height(const std::string& table)
    {
        if (auto known = m_heights.find(table); known != m_heights.end())
            return known->second;
        m_heights[table] = 0; // a table referring to itself (authors) or a cycle ends here
        int h = 0;
        for (const Shape::Referrer& r : m_shapes.of(table).referrers)
            if (r.table != table)
                h = std::max(h, 1 + height(r.table));
        m_heights[table] = h;
        return h;
    }

    static std::vector<std::string> recordTables(Database& db)
    {
        std::vector<std::string> names;
        SQLite::Statement st(db.sql(), "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (st.executeStep()) {
            const std::string name = st.getColumn(0).getString();
            if (ChangeSet::records(name.c_str()))
                names.push_back(name);
        }
        return names;
    }

    static QString tag(const QJsonObject& row)
    {
        return row.value(QStringLiteral("t")).toString() + QChar(0x1f) +
               ChangeLog::keyText(row.value(QStringLiteral("k")));
    }

    Stamp incoming() const { return {m_entry->clock, m_entry->device, 0}; }
    // The stamp of a field the row being applied writes (its rank as the log gives it).
    Stamp incoming(const QJsonObject& row, const QString& column) const
    {
        return {m_entry->clock, m_entry->device,
                row.value(QStringLiteral("r")).toObject().value(column).toInteger()};
    }

    std::optional<Stamp> fieldStamp(const QString& table, const QString& key, const QString& column)
    {
        SQLite::Statement& st =
            m_db.cached("SELECT clock, device, rank FROM sync_fields WHERE tbl = ? AND key = ? AND col = ?");
        sql::bind(st, 1, table);
        sql::bind(st, 2, key);
        sql::bind(st, 3, column);
        if (!st.executeStep())
            return std::nullopt;
        Stamp s{st.getColumn(0).getInt64(), sql::text(st.getColumn(1)), st.getColumn(2).getInt64()};
        st.reset();
        return s;
    }

    // Notes the write a field holds now, with its value (the row's existence: column '').
    void noteField(const QString& table, const QString& key, const QString& column, const Stamp& stamp,
                   const QJsonValue& value = QJsonValue(QJsonValue::Null))
    {
        SQLite::Statement& st = m_db.cached(
            "INSERT INTO sync_fields (tbl, key, col, clock, device, rank, value) VALUES (?, ?, ?, ?, ?, ?, "
            "?) "
            "ON CONFLICT (tbl, key, col) DO UPDATE SET clock = excluded.clock, device = excluded.device, "
            "rank = excluded.rank, value = excluded.value");
        sql::bind(st, 1, table);
        sql::bind(st, 2, key);
        sql::bind(st, 3, column);
        st.bind(4, static_cast<int64_t>(stamp.clock));
        sql::bind(st, 5, stamp.device);
        st.bind(6, static_cast<int64_t>(stamp.rank));
        sql::bind(st, 7, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
        st.exec();
    }

    // Each field of a row as its latest write known here left it (also for a row deleted
    // here: what it gets when it comes back), over fallback for fields never written here.
    QJsonObject lastWritten(const QString& table, const QString& key, QJsonObject fallback)
    {
        SQLite::Statement st(m_db.sql(), "SELECT col, value FROM sync_fields WHERE tbl = ? AND key = ? "
                                         "AND col <> '' AND value IS NOT NULL");
        sql::bind(st, 1, table);
        sql::bind(st, 2, key);
        while (st.executeStep()) {
            const QJsonArray one = QJsonDocument::fromJson(sql::text(st.getColumn(1)).toUtf8()).array();
            if (!one.isEmpty())
                fallback[sql::text(st.getColumn(0))] = one.at(0);
        }
        return fallback;
    }

    struct Tombstone
    {
        Stamp stamp;
        QJsonObject row;
    };
    std::optional<Tombstone> tombstone(const QString& table, const QString& key)
    {
        SQLite::Statement& st =
            m_db.cached("SELECT clock, device, row FROM sync_tombstones WHERE tbl = ? AND key = ?");
        sql::bind(st, 1, table);
        sql::bind(st, 2, key);
        if (!st.executeStep())
            return std::nullopt;
        Tombstone t{{st.getColumn(0).getInt64(), sql::text(st.getColumn(1))},
                    QJsonDocument::fromJson(sql::text(st.getColumn(2)).toUtf8()).object()};
        st.reset();
        return t;
    }

    void bury(const QString& table, const QString& key, const Stamp& stamp, const QJsonObject& row)
    {
        SQLite::Statement& st = m_db.cached(
            "INSERT INTO sync_tombstones (tbl, key, clock, device, row) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (tbl, key) DO UPDATE SET clock = excluded.clock, device = excluded.device, "
            "row = excluded.row");
        sql::bind(st, 1, table);
        sql::bind(st, 2, key);
        st.bind(3, static_cast<int64_t>(stamp.clock));
        sql::bind(st, 4, stamp.device);
        sql::bind(st, 5, compact(row));
        st.exec();
    }

    void unbury(const QString& table, const QString& key)
    {
        SQLite::Statement& st = m_db.cached("DELETE FROM sync_tombstones WHERE tbl = ? AND key = ?");
        sql::bind(st, 1, table);
        sql::bind(st, 2, key);
        st.exec();
    }

    void list(const QString& table, const QString& key, const QString& column, const QString& kind,
              const QJsonValue& kept, const QJsonValue& lost, const Stamp& lostStamp,
              const QString& lostAuthor, const QString& label)
    {
        SQLite::Statement& st = m_db.cached("INSERT INTO sync_conflicts (found_at, tbl, key, col, kind, "
                                            "kept, lost, lost_author, lost_device, "
                                            "lost_clock, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, static_cast<int64_t>(nowMs()));
        sql::bind(st, 2, table);
        sql::bind(st, 3, key);
        sql::bind(st, 4, column);
        sql::bind(st, 5, kind);
        sql::bind(st, 6, compact(kept));
        sql::bind(st, 7, compact(lost));
        sql::bind(st, 8, lostAuthor);
        sql::bind(st, 9, lostStamp.device);
        st.bind(10, static_cast<int64_t>(lostStamp.clock));
        sql::bind(st, 11, label);
        st.exec();
        ++m_report.conflicts;
    }

    RowId idOf(const std::string& table, const QString& uuid)
    {
        SQLite::Statement& st = m_db.cached("SELECT id FROM " + table + " WHERE uuid = ?");
        sql::bind(st, 1, uuid);
        const RowId id = st.executeStep() ? st.getColumn(0).getInt64() : NoRow;
        st.reset();
        return id;
    }

    // A value of the log as this copy stores it: a reference becomes the local row id
    // (the row brought back from its tombstone when it was deleted here); nothing when
    // the row it refers to is not in this copy.
    std::optional<QVariant> toLocal(const QJsonValue& v, const std::string& parent, bool revive = true)
    {
        if (v.isNull() || v.isUndefined())
            return QVariant();
        if (v.isObject() && v.toObject().contains(QStringLiteral("@"))) {
            const QString uuid = v.toObject().value(QStringLiteral("@")).toString();
            if (uuid.isEmpty() || parent.empty())
                return QVariant();
            RowId id = idOf(parent, uuid);
            if (id == NoRow && revive)
                id = resurrect(parent, uuid);
            if (id == NoRow)
                return std::nullopt;
            return QVariant(qint64(id));
        }
        if (v.isObject() && v.toObject().contains(QStringLiteral("b64")))
            return QVariant(
                QByteArray::fromBase64(v.toObject().value(QStringLiteral("b64")).toString().toLatin1()));
        return v.toVariant();
    }

    // A column's value in this copy, in the log's form (references as UUIDs).
    QJsonValue current(const std::string& table, const Shape& shape, const QString& where,
                       const QVariantList& args, const QString& column)
    {
        SQLite::Statement st(m_db.sql(), "SELECT \"" + column.toStdString() + "\" FROM " + table + " WHERE " +
                                             where.toStdString());
        for (int i = 0; i < args.size(); ++i)
            bindValue(st, i + 1, args[i]);
        if (!st.executeStep())
            return QJsonValue(QJsonValue::Undefined);
        const SQLite::Column c = st.getColumn(0);
        if (c.isNull())
            return QJsonValue(QJsonValue::Null);
        const std::string parent = shape.parentOf(shape.indexOf(column.toUtf8().constData()));
        if (!parent.empty() && c.isInteger()) {
            SQLite::Statement u(m_db.sql(), "SELECT uuid FROM " + parent + " WHERE id = ?");
            u.bind(1, c.getInt64());
            return QJsonObject{
                {QStringLiteral("@"), u.executeStep() ? sql::text(u.getColumn(0)) : QString()}};
        }
        if (c.isInteger())
            return QJsonValue(qint64(c.getInt64()));
        if (c.isFloat())
            return QJsonValue(c.getDouble());
        if (c.isBlob())
            return QJsonObject{
                {QStringLiteral("b64"),
                 QString::fromLatin1(
                     QByteArray(static_cast<const char*>(c.getBlob()), c.getBytes()).toBase64())}};
        return sql::text(c);
    }

    static void bindValue(SQLite::Statement& st, int index, const QVariant& v)
    {
        if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            st.bind(index, bytes.constData(), int(bytes.size()));
            return;
        }
        sql::bindVariant(st, index, v);
    }

    // Where a row of the log is in this copy: by UUID, or a link row by its key columns.
    struct Located
    {
        QString where;
        QVariantList args;
        bool complete = true; // every row its key refers to is here
    };
    // revive: bring back rows the key refers to that were deleted here (not to delete).
    Located locate(const Shape& shape, const QJsonValue& key, bool revive = true)
    {
        Located at;
        if (key.isString()) {
            at.where = QStringLiteral("uuid = ?");
            at.args << key.toString();
            return at;
        }
        const QJsonObject k = key.toObject();
        QStringList parts;
        for (const std::string& column : shape.keys) {
            const QString name = QString::fromStdString(column);
            auto value = toLocal(k.value(name), shape.parentOf(shape.indexOf(column.c_str())), revive);
            if (!value) {
                at.complete = false;
                return at;
            }
            parts << QStringLiteral("\"%1\" = ?").arg(name);
            at.args << *value;
        }
        at.where = parts.join(QStringLiteral(" AND "));
        return at;
    }

    bool exists(const std::string& table, const Located& at)
    {
        SQLite::Statement st(m_db.sql(), "SELECT 1 FROM " + table + " WHERE " + at.where.toStdString());
        for (int i = 0; i < at.args.size(); ++i)
            bindValue(st, i + 1, at.args[i]);
        return st.executeStep();
    }

    // Inserts a row with these values (log form). False when a row it refers to is not
    // here (yet).
    bool insertValues(const std::string& table, const Shape& shape, const QJsonValue& key,
                      const QJsonObject& values, const Stamp& stamp, bool noteFields,
                      const QJsonObject& ranks = {})
    {
        QStringList columns;
        QVariantList args;
        if (key.isString()) {
            columns << QStringLiteral("uuid");
            args << key.toString();
        } else {
            const QJsonObject k = key.toObject();
            for (auto it = k.begin(); it != k.end(); ++it) {
                if (std::find(shape.keys.begin(), shape.keys.end(), it.key().toStdString()) ==
                    shape.keys.end())
                    return true; // not a key of this table: nothing to place
                auto v = toLocal(it.value(), shape.parentOf(shape.indexOf(it.key().toUtf8().constData())));
                if (!v)
                    return false;
                columns << it.key();
                args << *v;
            }
        }
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (columns.contains(it.key()) || shape.indexOf(it.key().toUtf8().constData()) < 0)
                continue;
            auto v = toLocal(it.value(), shape.parentOf(shape.indexOf(it.key().toUtf8().constData())));
            if (!v)
                return false;
            columns << it.key();
            args << *v;
        }
        const QString keyText = ChangeLog::keyText(key);
        auto run = [&] {
            QStringList quoted;
            for (const QString& c : columns)
                quoted << QStringLiteral("\"%1\"").arg(c);
            SQLite::Statement st(m_db.sql(), "INSERT INTO " + table + " (" + quoted.join(u',').toStdString() +
                                                 ") VALUES (" + sql::placeholders(int(args.size())) + ")");
            for (int i = 0; i < args.size(); ++i)
                bindValue(st, i + 1, args[i]);
            st.exec();
        };
        try {
            run();
        } catch (const SQLite::Exception& e) {
            if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_UNIQUE &&
                e.getExtendedErrorCode() != SQLITE_CONSTRAINT_PRIMARYKEY)
                throw;
            const char* name = uniqueName(table);
            if (!name || !key.isString())
                return true; // the same link or word added on two copies: one is enough
            const int at = int(columns.indexOf(QLatin1String(name)));
            args[at] = settleName(table, key.toString(), args.value(at).toString());
            run();
        }
        if (noteFields) {
            noteField(QString::fromStdString(table), keyText, {}, stamp);
            for (auto it = values.begin(); it != values.end(); ++it)
                noteField(QString::fromStdString(table), keyText, it.key(),
                          {stamp.clock, stamp.device, ranks.value(it.key()).toInteger()}, it.value());
        }
        unbury(QString::fromStdString(table), keyText);
        return true;
    }

    // The name (a city's, a participant's code) the row with this UUID gets when it wants
    // one another row holds: two copies gave it to different records. The record with
    // the greater UUID is renamed ("新城 (3f2a)"), here as on every other copy.
    QString settleName(const std::string& table, const QString& uuid, const QString& wanted)
    {
        const char* name = uniqueName(table);
        SQLite::Statement other(m_db.sql(),
                                "SELECT id, uuid FROM " + table + " WHERE " + name + " = ? AND uuid <> ?");
        sql::bind(other, 1, wanted);
        sql::bind(other, 2, uuid);
        if (!other.executeStep())
            return wanted;
        if (!m_entry)
            throw StoreFailure{
                {Error::Code::InvalidArgument,
                 Sync::tr("Another record is called \u201c%1\u201d now; rename it first.").arg(wanted)}};
        const RowId otherId = other.getColumn(0).getInt64();
        const QString otherUuid = sql::text(other.getColumn(1));
        auto renamed = [&wanted](const QString& who) {
            return QString(wanted + QStringLiteral(" (%1)").arg(who.left(4)));
        };
        const QString tableName = QString::fromStdString(table);
        // The one renamed, and a change of this copy's own saying so, so that every copy
        // ends with the same names whatever order the records met in.
        const bool renameOther = otherUuid > uuid;
        const QString who = renameOther ? otherUuid : uuid;
        list(tableName, who, QLatin1String(name), QStringLiteral("renamed"), renamed(who), wanted, incoming(),
             m_entry->author, m_entry->label);
        m_decided.append(QJsonObject{{QStringLiteral("t"), tableName},
                                     {QStringLiteral("o"), QStringLiteral("u")},
                                     {QStringLiteral("k"), who},
                                     {QStringLiteral("v"), QJsonObject{{QLatin1String(name), renamed(who)}}},
                                     {QStringLiteral("was"), QJsonObject{{QLatin1String(name), wanted}}}});
        if (!renameOther)
            return renamed(uuid);
        SQLite::Statement rename(m_db.sql(), "UPDATE " + table + " SET " + name + " = ? WHERE id = ?");
        sql::bind(rename, 1, renamed(otherUuid));
        rename.bind(2, static_cast<int64_t>(otherId));
        rename.exec();
        return wanted;
    }

    // Brings back a row deleted here that a step of another copy still refers to.
    RowId resurrect(const std::string& table, const QString& uuid)
    {
        auto tomb = tombstone(QString::fromStdString(table), uuid);
        if (!tomb)
            return NoRow;
        const Shape& shape = m_shapes.of(table);
        const QJsonObject values = lastWritten(QString::fromStdString(table), uuid, tomb->row);
        if (!insertValues(table, shape, uuid, values, tomb->stamp, false))
            return NoRow;
        if (!m_entry)
            return idOf(table, uuid); // taken back by a person (Sync::take): not a conflict
        list(QString::fromStdString(table), uuid, {}, QStringLiteral("kept"), QStringLiteral("kept"),
             QStringLiteral("deleted"), tomb->stamp, {}, m_entry->label);
        m_keptNow.insert(QString::fromStdString(table) + QChar(0x1f) + uuid, m_db.sql().getLastInsertRowid());
        // Said to the other copies (a step of this copy's own), so that the row is back
        // on every copy, whatever order the delete and what needs the row met there.
        m_decided.append(QJsonObject{{QStringLiteral("t"), QString::fromStdString(table)},
                                     {QStringLiteral("o"), QStringLiteral("k")},
                                     {QStringLiteral("k"), uuid},
                                     {QStringLiteral("v"), values}});
        return idOf(table, uuid);
    }

    bool insert(const QJsonObject& row, bool last)
    {
        m_row = row.value(QStringLiteral("o")).toString() + QLatin1Char(' ') +
                tag(row).replace(QChar(0x1f), QLatin1Char(' '));
        const std::string table = row.value(QStringLiteral("t")).toString().toStdString();
        const Shape& shape = m_shapes.of(table);
        const QJsonValue key = row.value(QStringLiteral("k"));
        const QString keyText = ChangeLog::keyText(key);
        const QJsonObject values = row.value(QStringLiteral("v")).toObject();
        const auto tomb = tombstone(QString::fromStdString(table), keyText);
        const bool keep = row.value(QStringLiteral("o")).toString() == QLatin1String("k");
        if (tomb && tomb->stamp > incoming()) {
            // Deleted by a later step: the delete wins. Its fields are still the latest
            // known where they are, should the row come back (a keep writes no field).
            for (auto it = values.begin(); it != values.end() && !keep; ++it) {
                const auto stored = fieldStamp(QString::fromStdString(table), keyText, it.key());
                if (!stored || incoming(row, it.key()) > *stored)
                    noteField(QString::fromStdString(table), keyText, it.key(), incoming(row, it.key()),
                              it.value());
            }
            return true;
        }
        if (row.value(QStringLiteral("o")).toString() == QLatin1String("k")) {
            // Another copy kept the row when a delete reached it (something there still
            // needed it): here too, as it is here or as it was when deleted.
            const Located at = locate(shape, key);
            bool here = at.complete && exists(table, at);
            if (!here && tomb)
                here = resurrect(table, keyText) != NoRow;
            else if (!here)
                here = insertValues(table, shape, key,
                                    lastWritten(QString::fromStdString(table), keyText, values), incoming(),
                                    false);
            if (!here)
                return last;
            if (const auto made = fieldStamp(QString::fromStdString(table), keyText, {});
                !made || incoming() > *made)
                noteField(QString::fromStdString(table), keyText, {}, incoming());
            return true;
        }
        const Located at = locate(shape, key);
        if (at.complete && exists(table, at)) {
            // Already here (the same row added twice, or brought back): its fields as for an
            // update. It was made at this step: a delete older than that, arriving later, is
            // not applied (as on the copies where this insert made the row).
            if (const auto made = fieldStamp(QString::fromStdString(table), keyText, {});
                !made || incoming() > *made)
                noteField(QString::fromStdString(table), keyText, {}, incoming());
            QJsonObject asUpdate = row;
            asUpdate[QStringLiteral("o")] = QStringLiteral("u");
            update(asUpdate);
            return true;
        }
        if (tomb) {
            // Made again (an undo elsewhere) after it was deleted here: each field as its
            // latest write left it, which may be one made here before the delete.
            QJsonObject merged = values;
            QStringList newer;
            const QJsonObject known = lastWritten(QString::fromStdString(table), keyText, tomb->row);
            for (auto it = known.begin(); it != known.end(); ++it) {
                const auto stored = fieldStamp(QString::fromStdString(table), keyText, it.key());
                if (stored && *stored > incoming(row, it.key())) {
                    merged[it.key()] = it.value();
                    newer << it.key();
                }
            }
            if (!insertValues(table, shape, key, merged, incoming(), false))
                return false;
            noteField(QString::fromStdString(table), keyText, {}, incoming());
            for (auto it = values.begin(); it != values.end(); ++it)
                if (!newer.contains(it.key()))
                    noteField(QString::fromStdString(table), keyText, it.key(), incoming(row, it.key()),
                              it.value());
            return true;
        }
        if (insertValues(table, shape, key, values, incoming(), true,
                         row.value(QStringLiteral("r")).toObject()))
            return true;
        if (last) {
            // What it refers to was deleted everywhere this copy knows of: listed, not applied.
            list(QString::fromStdString(table), keyText, {}, QStringLiteral("delete"), QJsonValue::Null,
                 values, incoming(), m_entry->author, m_entry->label);
        }
        return false;
    }

    void update(const QJsonObject& row)
    {
        m_row = row.value(QStringLiteral("o")).toString() + QLatin1Char(' ') +
                tag(row).replace(QChar(0x1f), QLatin1Char(' '));
        const std::string table = row.value(QStringLiteral("t")).toString().toStdString();
        const QString tableName = QString::fromStdString(table);
        const Shape& shape = m_shapes.of(table);
        const QJsonValue key = row.value(QStringLiteral("k"));
        const QString keyText = ChangeLog::keyText(key);
        const QJsonObject values = row.value(QStringLiteral("v")).toObject();
        const QJsonObject was = row.value(QStringLiteral("was")).toObject();
        const Located at = locate(shape, key);
        if (!at.complete || !exists(table, at)) {
            if (auto tomb = tombstone(tableName, keyText)) {
                // Edited on another copy after it was deleted here: the delete wins, the
                // edit is listed (and kept in the tombstone, should the row come back).
                QJsonObject kept = tomb->row;
                QJsonObject edit;
                for (auto it = values.begin(); it != values.end(); ++it) {
                    // The tombstone follows the later write, as the row would have.
                    const std::optional<Stamp> stored = fieldStamp(tableName, keyText, it.key());
                    const Stamp theirs = incoming(row, it.key());
                    if (!stored || theirs > *stored) {
                        kept[it.key()] = it.value();
                        noteField(tableName, keyText, it.key(), theirs, it.value());
                    }
                    if (!bookkeeping(it.key()))
                        edit[it.key()] = it.value();
                }
                bury(tableName, keyText, tomb->stamp, kept);
                if (!edit.isEmpty())
                    list(tableName, keyText, {}, QStringLiteral("delete"), QJsonValue::Null, edit, incoming(),
                         m_entry->author, m_entry->label);
            }
            return;
        }
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString column = it.key();
            if (shape.indexOf(column.toUtf8().constData()) < 0)
                continue;
            const QJsonValue mine = current(table, shape, at.where, at.args, column);
            const std::optional<Stamp> stored = fieldStamp(tableName, keyText, column);
            // The later write wins; a participant's consent ranks a withdrawal above any
            // change made without having seen it, whatever the clock (ChangeLog::appendRows).
            const Stamp theirs = incoming(row, column);
            const bool take = !stored || theirs > *stored;
            const bool consent = table == "participants" && column == QLatin1String("consent_status");
            const bool differs = mine != it.value();
            if (take) {
                if (differs) {
                    auto local =
                        toLocal(it.value(), shape.parentOf(shape.indexOf(column.toUtf8().constData())));
                    if (!local)
                        continue;
                    const char* name = uniqueName(table);
                    if (name && column == QLatin1String(name) && key.isString())
                        *local = settleName(table, key.toString(), local->toString());
                    SQLite::Statement st(m_db.sql(), "UPDATE " + table + " SET \"" + column.toStdString() +
                                                         "\" = ? WHERE " + at.where.toStdString());
                    bindValue(st, 1, *local);
                    for (int i = 0; i < at.args.size(); ++i)
                        bindValue(st, i + 2, at.args[i]);
                    st.exec();
                }
                noteField(tableName, keyText, column, theirs, it.value());
                const bool concurrent = was.contains(column) && was.value(column) != mine;
                if (differs && concurrent && !bookkeeping(column))
                    list(tableName, keyText, column,
                         consent ? QStringLiteral("consent") : QStringLiteral("field"), it.value(), mine,
                         stored.value_or(Stamp{}), {}, {});
            } else {
                if (differs && !bookkeeping(column))
                    list(tableName, keyText, column,
                         consent ? QStringLiteral("consent") : QStringLiteral("field"), mine, it.value(),
                         incoming(), m_entry->author, m_entry->label);
            }
        }
    }

    // Whether a row of referrer refers to id and is not deleted by the step being applied.
    bool stillReferred(const Shape::Referrer& referrer, RowId id)
    {
        const Shape& shape = m_shapes.of(referrer.table);
        const bool record = shape.indexOf("uuid") >= 0;
        QStringList keys;
        if (record) {
            keys << QStringLiteral("uuid");
        } else {
            for (const std::string& k : shape.keys)
                keys << QStringLiteral("\"%1\"").arg(QString::fromStdString(k));
        }
        SQLite::Statement st(m_db.sql(), "SELECT " + keys.join(u',').toStdString() + " FROM " +
                                             referrer.table + " WHERE " + referrer.column + " = ?");
        st.bind(1, static_cast<int64_t>(id));
        while (st.executeStep()) {
            QString key;
            if (record) {
                key = sql::text(st.getColumn(0));
            } else {
                QJsonObject k;
                for (int i = 0; i < int(shape.keys.size()); ++i) {
                    const std::string& column = shape.keys[size_t(i)];
                    const std::string parent = shape.parentOf(shape.indexOf(column.c_str()));
                    const SQLite::Column c = st.getColumn(i);
                    if (!parent.empty() && c.isInteger()) {
                        SQLite::Statement u(m_db.sql(), "SELECT uuid FROM " + parent + " WHERE id = ?");
                        u.bind(1, c.getInt64());
                        k[QString::fromStdString(column)] = QJsonObject{
                            {QStringLiteral("@"), u.executeStep() ? sql::text(u.getColumn(0)) : QString()}};
                    } else if (c.isInteger()) {
                        k[QString::fromStdString(column)] = qint64(c.getInt64());
                    } else {
                        k[QString::fromStdString(column)] = sql::text(c);
                    }
                }
                key = ChangeLog::keyText(k);
            }
            if (!m_deletedHere.contains(QString::fromStdString(referrer.table) + QChar(0x1f) + key))
                return true;
            // Deleted by this step too, unless made again here since (then that delete is not applied).
            if (const auto made = fieldStamp(QString::fromStdString(referrer.table), key, {});
                made && *made > incoming())
                return true;
        }
        return false;
    }

    void remove(const QJsonObject& row)
    {
        m_row = row.value(QStringLiteral("o")).toString() + QLatin1Char(' ') +
                tag(row).replace(QChar(0x1f), QLatin1Char(' '));
        const std::string table = row.value(QStringLiteral("t")).toString().toStdString();
        const QString tableName = QString::fromStdString(table);
        const Shape& shape = m_shapes.of(table);
        const QJsonValue key = row.value(QStringLiteral("k"));
        const QString keyText = ChangeLog::keyText(key);
        const Located at = locate(shape, key, false);
        if (!at.complete || !exists(table, at)) {
            // Gone here already: the tombstone keeps what this copy knew of the row (each
            // field as its latest write left it), only its stamp moves on.
            const auto tomb = tombstone(tableName, keyText);
            if (!tomb)
                bury(tableName, keyText, incoming(), row.value(QStringLiteral("v")).toObject());
            else if (incoming() > tomb->stamp)
                bury(tableName, keyText, incoming(), tomb->row);
            return;
        }
        // Made again or kept by a later step (another copy kept it when this delete
        // reached it): that step wins.
        if (const auto made = fieldStamp(tableName, keyText, {}); made && *made > incoming()) {
            m_deletedHere.remove(tag(row)); // its parents are still needed
            return;
        }
        if (key.isString()) {
            const RowId id = idOf(table, key.toString());
            // Rows of this copy that still refer to it and that the step does not delete:
            // the row is kept (never lose interviews logged meanwhile).
            for (const Shape::Referrer& r : shape.referrers) {
                if (stillReferred(r, id)) {
                    m_deletedHere.remove(tag(row)); // so its parents are kept too
                    list(tableName, keyText, {}, QStringLiteral("kept"), QStringLiteral("kept"),
                         QStringLiteral("deleted"), incoming(), m_entry->author, m_entry->label);
                    // Said to the other copies, which may have deleted it already: the row
                    // is kept everywhere, whatever order the steps met in.
                    QJsonObject values;
                    for (const std::string& column : shape.columns) {
                        const QString name = QString::fromStdString(column);
                        if (name != QLatin1String("id") && name != QLatin1String("uuid"))
                            values[name] = current(table, shape, at.where, at.args, name);
                    }
                    m_decided.append(QJsonObject{{QStringLiteral("t"), tableName},
                                                 {QStringLiteral("o"), QStringLiteral("k")},
                                                 {QStringLiteral("k"), key},
                                                 {QStringLiteral("v"), values}});
                    return;
                }
            }
            // Edits made here that the deleting copy had not seen: the delete wins, they are listed.
            QJsonObject lost;
            for (const std::string& column : shape.columns) {
                const QString name = QString::fromStdString(column);
                if (name == QLatin1String("id") || name == QLatin1String("uuid"))
                    continue;
                const auto stamp = fieldStamp(tableName, keyText, name);
                if (stamp && *stamp > incoming() && !bookkeeping(name))
                    lost[name] = current(table, shape, at.where, at.args, name);
            }
            if (!lost.isEmpty())
                list(tableName, keyText, {}, QStringLiteral("delete"), QJsonValue::Null, lost, incoming(), {},
                     {});
        }
        // Links too: an older step that made the row again must not bring it back.
        QJsonObject was;
        for (const std::string& column : shape.columns) {
            const QString name = QString::fromStdString(column);
            if (name != QLatin1String("id") && name != QLatin1String("uuid"))
                was[name] = current(table, shape, at.where, at.args, name);
        }
        bury(tableName, keyText, incoming(), was);
        forgetKeep(tag(row));
        SQLite::Statement st(m_db.sql(), "DELETE FROM " + table + " WHERE " + at.where.toStdString());
        for (int i = 0; i < at.args.size(); ++i)
            bindValue(st, i + 1, at.args[i]);
        st.exec();
    }

public:
    // For Team → Conflicts (no step being applied): a record's field as it is now;
    // nothing when the record is not here.
    std::optional<QJsonValue> valueNow(const QString& table, const QString& keyText, const QString& column)
    {
        const std::string name = table.toStdString();
        const Shape& shape = m_shapes.of(name);
        const Located at = locate(shape, keyOf(keyText), false);
        if (!at.complete || !exists(name, at))
            return std::nullopt;
        if (column.isEmpty())
            return QJsonValue(true);
        return current(name, shape, at.where, at.args, column);
    }

    // Makes a field hold value (log form); false when the record is not here.
    bool setField(const QString& table, const QString& keyText, const QString& column,
                  const QJsonValue& value)
    {
        const std::string name = table.toStdString();
        const Shape& shape = m_shapes.of(name);
        const Located at = locate(shape, keyOf(keyText), false);
        if (!at.complete || !exists(name, at) || shape.indexOf(column.toUtf8().constData()) < 0)
            return false;
        auto local = toLocal(value, shape.parentOf(shape.indexOf(column.toUtf8().constData())));
        if (!local)
            return false;
        SQLite::Statement st(m_db.sql(), "UPDATE " + name + " SET \"" + column.toStdString() +
                                             "\" = ? WHERE " + at.where.toStdString());
        bindValue(st, 1, *local);
        for (int i = 0; i < at.args.size(); ++i)
            bindValue(st, i + 2, at.args[i]);
        try {
            st.exec();
        } catch (const SQLite::Exception& e) {
            if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_UNIQUE)
                throw;
            throw StoreFailure{{Error::Code::InvalidArgument,
                                Sync::tr("Another record is called \u201c%1\u201d now; rename it first.")
                                    .arg(value.toString())}};
        }
        return true;
    }

    // Brings a deleted record back as its tombstone keeps it, with edits over it, and
    // what the same delete took with it (rows buried by the same step that refer to
    // it). False when it cannot be placed (what it refers to is gone for good).
    bool restore(const QString& table, const QString& keyText, const QJsonObject& edits)
    {
        const std::string name = table.toStdString();
        const Shape& shape = m_shapes.of(name);
        const QJsonValue key = keyOf(keyText);
        const auto tomb = tombstone(table, keyText);
        QJsonObject values = lastWritten(table, keyText, tomb ? tomb->row : QJsonObject());
        for (auto it = edits.begin(); it != edits.end(); ++it)
            values[it.key()] = it.value();
        {
            const Located at = locate(shape, key, true);
            if (!(at.complete && exists(name, at)) && !insertValues(name, shape, key, values, {}, false))
                return false;
        }
        if (!tomb || !key.isString())
            return true;
        for (const Shape::Referrer& r : shape.referrers) {
            SQLite::Statement st(m_db.sql(),
                                 "SELECT key, row FROM sync_tombstones WHERE tbl = ? AND clock = ? "
                                 "AND device = ?");
            sql::bind(st, 1, QString::fromStdString(r.table));
            st.bind(2, static_cast<int64_t>(tomb->stamp.clock));
            sql::bind(st, 3, tomb->stamp.device);
            std::vector<QString> children;
            while (st.executeStep()) {
                const QString childKey = sql::text(st.getColumn(0));
                const QJsonObject childRow =
                    QJsonDocument::fromJson(sql::text(st.getColumn(1)).toUtf8()).object();
                const QJsonValue k = keyOf(childKey);
                const QJsonValue ref = k.isObject() && k.toObject().contains(QString::fromStdString(r.column))
                                           ? k.toObject().value(QString::fromStdString(r.column))
                                           : childRow.value(QString::fromStdString(r.column));
                if (ref.toObject().value(QStringLiteral("@")).toString() == key.toString())
                    children.push_back(childKey);
            }
            for (const QString& child : children)
                restore(QString::fromStdString(r.table), child, {});
        }
        return true;
    }

    // The record as a person reads it.
    QString describe(const QString& table, const QString& keyText)
    {
        const QString described = Sync::describe(table, [&](const char* column) {
            if (auto now = valueNow(table, keyText, QString::fromLatin1(column)))
                return now->toString();
            if (const auto tomb = tombstone(table, keyText))
                return tomb->row.value(QLatin1String(column)).toString();
            return QString();
        });
        return described.isEmpty() ? Sync::tr("%1 %2").arg(table, keyText.left(8)) : described;
    }

    void setEntry(const LogEntry* entry) { m_entry = entry; }

private:
    static QJsonValue keyOf(const QString& keyText)
    {
        if (keyText.startsWith(QLatin1Char('{')))
            return QJsonDocument::fromJson(keyText.toUtf8()).object();
        return keyText;
    }

    Database& m_db;
    Shapes m_shapes;
    Received& m_report;
    const LogEntry* m_entry = nullptr;
    QSet<QString> m_deletedHere;
    std::map<std::string, int> m_heights; // see height()
    QHash<QString, qint64> m_keptNow; // rows brought back by the step being applied → their "kept" listing
    QString m_row;                    // the row being applied, for messages

public:
    // What applying decided that other copies must hear of (names settled).
    QJsonArray m_decided;
};

Conflict conflictFrom(SQLite::Statement& st)
{
    Conflict c;
    c.id = st.getColumn(0).getInt64();
    c.foundAt = QDateTime::fromMSecsSinceEpoch(st.getColumn(1).getInt64());
    c.table = sql::text(st.getColumn(2));
    c.key = sql::text(st.getColumn(3));
    c.column = sql::text(st.getColumn(4));
    c.kind = sql::text(st.getColumn(5));
    c.kept = parseCompact(sql::text(st.getColumn(6)));
    c.lost = parseCompact(sql::text(st.getColumn(7)));
    c.lostAuthor = sql::text(st.getColumn(8));
    c.lostDevice = sql::text(st.getColumn(9));
    c.lostClock = st.getColumn(10).getInt64();
    c.label = sql::text(st.getColumn(11));
    return c;
}

constexpr const char* ConflictColumns =
    "id, found_at, tbl, key, col, kind, kept, lost, lost_author, lost_device, "
    "lost_clock, label";

// What a conflict means now: its record as a person reads it, whether the lost value
// can be taken and whether the record holds it again.
void assess(Applier& look, Conflict& c)
{
    c.record = look.describe(c.table, c.key);
    if (c.kind == QLatin1String("field") || c.kind == QLatin1String("consent") ||
        c.kind == QLatin1String("renamed")) {
        c.takeable = true;
        const auto now = look.valueNow(c.table, c.key, c.column);
        c.taken = now && *now == c.lost;
    } else if (c.kind == QLatin1String("delete")) {
        c.takeable = true;
        c.taken = look.valueNow(c.table, c.key, {}).has_value();
    }
}

} // namespace

Result<QHash<QString, qint64>> Sync::held(Database& db)
{
    return db.read([&] {
        QHash<QString, qint64> held;
        SQLite::Statement st(db.sql(), "SELECT device, max(device_seq) FROM change_log GROUP BY device");
        while (st.executeStep())
            held.insert(sql::text(st.getColumn(0)), st.getColumn(1).getInt64());
        return held;
    });
}

Result<std::vector<LogEntry>> Sync::lacking(Database& db, const QHash<QString, qint64>& held)
{
    return db.read([&] {
        std::vector<LogEntry> entries;
        SQLite::Statement st(db.sql(), "SELECT seq, device, device_seq, clock, author, label, changes "
                                       "FROM change_log ORDER BY clock, device, device_seq");
        while (st.executeStep()) {
            const QString device = sql::text(st.getColumn(1));
            if (st.getColumn(2).getInt64() > held.value(device, 0))
                entries.push_back(ChangeLog::entryAt(st));
        }
        return entries;
    });
}

Result<Received> Sync::receive(Database& db, const WriteScope& w, std::vector<LogEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const LogEntry& a, const LogEntry& b) {
        return a.clock != b.clock ? a.clock < b.clock : a.device < b.device;
    });
    return db.write(w, [&] {
        Received report;
        Applier applier(db, report);
        const QHash<QString, qint64> have = held(db).value_or(QHash<QString, qint64>());
        QHash<QString, qint64> next = have;
        for (const LogEntry& e : entries) {
            if (e.deviceSeq <= next.value(e.device, 0))
                continue; // held already
            if (e.deviceSeq != next.value(e.device, 0) + 1)
                throw StoreFailure{{Error::Code::Corrupt,
                                    tr("The changes to bring in skip steps of copy %1 (step %2 after %3); "
                                       "nothing was changed.")
                                        .arg(e.device.left(8))
                                        .arg(e.deviceSeq)
                                        .arg(next.value(e.device, 0))}};
            applier.apply(e);
            ChangeLog::witness(db, e.clock);
            SQLite::Statement st(db.sql(),
                                 "INSERT INTO change_log (device, device_seq, clock, author, label, changes) "
                                 "VALUES (?, ?, ?, ?, ?, ?)");
            sql::bind(st, 1, e.device);
            st.bind(2, static_cast<int64_t>(e.deviceSeq));
            st.bind(3, static_cast<int64_t>(e.clock));
            sql::bind(st, 4, e.author);
            sql::bind(st, 5, e.label);
            sql::bind(st, 6, QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact)));
            st.exec();
            next[e.device] = e.deviceSeq;
            ++report.entries;
            // What applying it decided (a name settled, a row kept) is a step of this
            // copy's own, after it: the steps still to apply see it.
            ChangeLog::appendRows(db, applier.m_decided, tr("Settled by sync"));
            applier.m_decided = QJsonArray();
        }
        return report;
    });
}

Result<std::vector<Conflict>> Sync::conflicts(Database& db, bool includeTaken)
{
    return db.read([&] {
        std::vector<Conflict> out;
        Received unused;
        Applier look(db, unused);
        SQLite::Statement st(db.sql(), std::string("SELECT ") + ConflictColumns +
                                           " FROM sync_conflicts ORDER BY id DESC");
        while (st.executeStep()) {
            Conflict c = conflictFrom(st);
            assess(look, c);
            if (includeTaken || !c.taken)
                out.push_back(std::move(c));
        }
        return out;
    });
}

Result<Conflict> Sync::conflict(Database& db, qint64 id)
{
    auto found = db.read([&] {
        SQLite::Statement st(db.sql(),
                             std::string("SELECT ") + ConflictColumns + " FROM sync_conflicts WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            return std::optional<Conflict>();
        Conflict c = conflictFrom(st);
        Received unused;
        Applier look(db, unused);
        assess(look, c);
        return std::optional<Conflict>(std::move(c));
    });
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(Error::Code::NotFound, tr("There is no conflict %1.").arg(id));
    return **found;
}

Status Sync::take(Database& db, const WriteScope& w, qint64 id)
{
    auto found = conflict(db, id);
    if (!found)
        return std::unexpected(found.error());
    const Conflict c = *found;
    if (!c.takeable)
        return fail(Error::Code::InvalidArgument,
                    tr("Conflict %1 (%2) lost nothing that could be taken: the record was kept.")
                        .arg(id)
                        .arg(c.record));
    if (c.taken)
        return fail(Error::Code::InvalidArgument,
                    tr("Conflict %1: %2 holds the value that lost already.").arg(id).arg(c.record));
    return db.write(w, [&] {
        Received unused;
        Applier applier(db, unused);
        if (c.kind == QLatin1String("delete")) {
            if (!applier.restore(c.table, c.key, c.lost.toObject()))
                throw StoreFailure{{Error::Code::NotFound,
                                    tr("%1 cannot come back: what it belonged to is gone.").arg(c.record)}};
            return;
        }
        if (!applier.setField(c.table, c.key, c.column, c.lost))
            throw StoreFailure{{Error::Code::NotFound,
                                tr("%1 is not in this copy any more (deleted since).").arg(c.record)}};
    });
}

Status Sync::notePeer(Database& db, const QString& device, const QHash<QString, qint64>& held)
{
    QJsonObject json;
    for (auto it = held.begin(); it != held.end(); ++it)
        json[it.key()] = it.value();
    return db.writeLocal([&] {
        SQLite::Statement st(db.sql(), "INSERT INTO sync_peers (device, held, met_at) VALUES (?, ?, ?) "
                                       "ON CONFLICT (device) DO UPDATE SET held = excluded.held, "
                                       "met_at = excluded.met_at");
        sql::bind(st, 1, device);
        sql::bind(st, 2, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        st.bind(3, static_cast<int64_t>(nowMs()));
        st.exec();
    });
}

Result<QHash<QString, qint64>> Sync::heldByAllPeers(Database& db)
{
    return db.read([&] {
        QHash<QString, qint64> least;
        bool first = true;
        SQLite::Statement st(db.sql(), "SELECT held FROM sync_peers");
        while (st.executeStep()) {
            const QJsonObject held = QJsonDocument::fromJson(sql::text(st.getColumn(0)).toUtf8()).object();
            if (first) {
                for (auto it = held.begin(); it != held.end(); ++it)
                    least.insert(it.key(), it.value().toInteger());
                first = false;
                continue;
            }
            for (auto it = least.begin(); it != least.end(); ++it)
                it.value() = std::min(it.value(), held.value(it.key()).toInteger());
        }
        return least;
    });
}

QString Sync::describe(const QString& table, const std::function<QString(const char*)>& field)
{
    auto shortened = [](QString text) {
        text = text.simplified();
        return text.size() > 24 ? text.left(23) + QChar(0x2026) : text;
    };
    if (table == QLatin1String("cities"))
        return tr("city %1").arg(field("name"));
    if (table == QLatin1String("participants"))
        return tr("participant %1").arg(field("code"));
    if (table == QLatin1String("researchers"))
        return tr("researcher %1").arg(field("name"));
    if (table == QLatin1String("themes"))
        return tr("theme %1").arg(field("name"));
    if (table == QLatin1String("interviews"))
        return tr("interview of %1").arg(field("started_at"));
    if (table == QLatin1String("quotes"))
        return tr("quote \u201c%1\u201d").arg(shortened(field("text")));
    if (table == QLatin1String("segments"))
        return tr("transcript paragraph \u201c%1\u201d").arg(shortened(field("text")));
    if (table == QLatin1String("insights"))
        return tr("insight \u201c%1\u201d").arg(shortened(field("title")));
    if (table == QLatin1String("media"))
        return tr("recording %1").arg(field("original_name"));
    if (table == QLatin1String("dictionary_words"))
        return tr("dictionary word %1").arg(field("word"));
    if (table == QLatin1String("saved_searches"))
        return tr("saved search %1").arg(field("name"));
    return {};
}

QString Sync::fieldLabel(const QString& column)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("query"), QT_TR_NOOP("search")},
        {QStringLiteral("region"), QT_TR_NOOP("region")},
        {QStringLiteral("target_interviews"), QT_TR_NOOP("target")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("spirit_word"), QT_TR_NOOP("spirit word")},
        {QStringLiteral("insight_statement"), QT_TR_NOOP("insight statement")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("real_name"), QT_TR_NOOP("real name")},
        {QStringLiteral("contact"), QT_TR_NOOP("contact")},
        {QStringLiteral("gender"), QT_TR_NOOP("gender")},
        {QStringLiteral("age_band"), QT_TR_NOOP("age band")},
        {QStringLiteral("occupation"), QT_TR_NOOP("occupation")},
        {QStringLiteral("category"), QT_TR_NOOP("category")},
        {QStringLiteral("city_tie"), QT_TR_NOOP("tie to the city")},
        {QStringLiteral("consent_status"), QT_TR_NOOP("consent")},
        {QStringLiteral("consent_date"), QT_TR_NOOP("consent date")},
        {QStringLiteral("started_at"), QT_TR_NOOP("date and time")},
        {QStringLiteral("duration_ms"), QT_TR_NOOP("duration")},
        {QStringLiteral("attributes"), QT_TR_NOOP("attributes")},
        {QStringLiteral("in_dossier"), QT_TR_NOOP("in the dossier")},
        {QStringLiteral("statement"), QT_TR_NOOP("statement")},
        {QStringLiteral("place"), QT_TR_NOOP("place")},
        {QStringLiteral("mode"), QT_TR_NOOP("mode")},
        {QStringLiteral("language"), QT_TR_NOOP("language")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("summary"), QT_TR_NOOP("summary")},
        {QStringLiteral("field_notes"), QT_TR_NOOP("field notes")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("speaker"), QT_TR_NOOP("speaker")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("translation"), QT_TR_NOOP("translation")},
        {QStringLiteral("starred"), QT_TR_NOOP("star")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
        {QStringLiteral("memo"), QT_TR_NOOP("memo")},
        {QStringLiteral("color"), QT_TR_NOOP("colour")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("parent theme")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("position"), QT_TR_NOOP("order")},
    };
    if (const auto it = labels.constFind(column); it != labels.cend())
        return tr(it.value());
    QString shown = column;
    return shown.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace tianye
