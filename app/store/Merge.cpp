// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Merge.h"

#include "store/ChangeLog.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/SqlValue.h"
#include "store/Sync.h"
#include "store/TableShapes.h"
#include "store/WriteScope.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

namespace tianye {

namespace {

const QString At = QStringLiteral("@");

std::vector<std::string> recordTables(Database& db)
{
    std::vector<std::string> names;
    SQLite::Statement st(db.sql(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (st.executeStep()) {
        const std::string name = st.getColumn(0).getString();
        if (ChangeSet::records(name.c_str()))
            names.push_back(name);
    }
    return names;
}

QString refOf(const QJsonValue& v)
{
    return v.isObject() ? v.toObject().value(At).toString() : QString();
}

// Every row of the recorded tables, in the change log's form (references by UUID).
QJsonArray snapshot(Database& db)
{
    const std::vector<std::string> tables = recordTables(db);
    Shapes shapes(db.sql());
    std::map<std::string, QHash<qint64, QString>> uuids;
    for (const std::string& table : tables) {
        if (shapes.of(table).indexOf("uuid") < 0)
            continue;
        SQLite::Statement st(db.sql(), "SELECT id, uuid FROM " + table);
        auto& map = uuids[table];
        while (st.executeStep())
            map.insert(st.getColumn(0).getInt64(), sql::text(st.getColumn(1)));
    }
    QJsonArray rows;
    for (const std::string& table : tables) {
        const Shape& shape = shapes.of(table);
        SQLite::Statement st(db.sql(), "SELECT * FROM " + table);
        while (st.executeStep()) {
            QJsonObject values;
            QJsonValue key(QJsonValue::Undefined);
            for (int c = 0; c < int(shape.columns.size()); ++c) {
                const std::string& column = shape.columns[size_t(c)];
                const SQLite::Column v = st.getColumn(c);
                if (column == "id")
                    continue;
                if (column == "uuid") {
                    key = sql::text(v);
                    continue;
                }
                QJsonValue value;
                if (v.isNull()) {
                    value = QJsonValue(QJsonValue::Null);
                } else if (v.isInteger()) {
                    const std::string parent = shape.parentOf(c);
                    value = parent.empty() ? QJsonValue(qint64(v.getInt64()))
                                           : QJsonValue(QJsonObject{{At, uuids[parent].value(v.getInt64())}});
                } else if (v.isFloat()) {
                    value = v.getDouble();
                } else if (v.isBlob()) {
                    value = QJsonObject{
                        {QStringLiteral("b64"),
                         QString::fromLatin1(
                             QByteArray(static_cast<const char*>(v.getBlob()), v.getBytes()).toBase64())}};
                } else {
                    value = sql::text(v);
                }
                values.insert(QString::fromStdString(column), value);
            }
            if (key.isUndefined()) {
                QJsonObject k;
                for (const std::string& column : shape.keys)
                    k.insert(QString::fromStdString(column), values.value(QString::fromStdString(column)));
                key = k;
            }
            rows.append(QJsonObject{{QStringLiteral("t"), QString::fromStdString(table)},
                                    {QStringLiteral("k"), key},
                                    {QStringLiteral("v"), values}});
        }
    }
    return rows;
}

// The UUID of the row here whose column holds text (a city's name, a code), if any.
QString uuidWhere(Database& db, const char* table, const char* column, const QString& text)
{
    SQLite::Statement st(db.sql(),
                         std::string("SELECT uuid FROM ") + table + " WHERE " + column + " = ? LIMIT 1");
    sql::bind(st, 1, text);
    return st.executeStep() ? sql::text(st.getColumn(0)) : QString();
}

QJsonValue mapped(const QJsonValue& v, const QHash<QString, QString>& to)
{
    const QString ref = refOf(v);
    if (ref.isEmpty() || !to.contains(ref))
        return v;
    return QJsonObject{{At, to.value(ref)}};
}

QJsonObject mappedValues(QJsonObject values, const QHash<QString, QString>& to)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        it.value() = mapped(it.value(), to);
    return values;
}

// The columns whose values differ, leaving out when and by whom a row was written.
QStringList differentColumns(const QJsonObject& theirs, const QJsonObject& mine)
{
    static const QStringList bookkeeping{QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                         QStringLiteral("author_id")};
    QStringList columns;
    for (auto it = theirs.begin(); it != theirs.end(); ++it)
        if (!bookkeeping.contains(it.key()) && mine.contains(it.key()) && mine.value(it.key()) != it.value())
            columns << it.key();
    return columns;
}

// A row as a person would name it ("city 青岛").
QString nameOf(const QString& table, const QJsonObject& values)
{
    const QString described = Sync::describe(table, [&](const char* column) {
        return values.value(QLatin1String(column)).toVariant().toString();
    });
    return described.isEmpty() ? table : described;
}

// Columns as a person reads them.
QString labelsOf(const QStringList& columns)
{
    QStringList labels;
    for (const QString& c : columns)
        labels << Sync::fieldLabel(c);
    return QLocale().createSeparatedList(labels);
}

// Whether this project deleted the row (sync's tombstone for it).
bool buried(Database& db, const QString& table, const QJsonValue& key)
{
    SQLite::Statement& st = db.cached("SELECT 1 FROM sync_tombstones WHERE tbl = ? AND key = ?");
    sql::bind(st, 1, table);
    sql::bind(st, 2, ChangeLog::keyText(key));
    const bool found = st.executeStep();
    st.reset();
    return found;
}

bool refersToAny(const QJsonObject& values, const QSet<QString>& uuids)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        if (const QString ref = refOf(it.value()); !ref.isEmpty() && uuids.contains(ref))
            return true;
    return false;
}

QString linkKey(const QString& table, const QJsonObject& values)
{
    return table + QLatin1Char('\n') +
           QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

} // namespace

Result<MergePlan> Merge::plan(Database& here, Database& other, bool bringBackDeleted)
{
    auto rows = other.read([&] { return snapshot(other); });
    if (!rows)
        return std::unexpected(rows.error());
    return here.read([&] {
        // This project's rows: to tell what differs, and which links are here already.
        QHash<QString, QJsonObject> ours;      // by UUID
        QHash<QString, QJsonObject> linksHere; // by table and key
        for (const QJsonValue& value : snapshot(here)) {
            const QJsonObject row = value.toObject();
            const QJsonValue key = row.value(QStringLiteral("k"));
            const QJsonObject values = row.value(QStringLiteral("v")).toObject();
            if (key.isString())
                ours.insert(key.toString(), values);
            else
                linksHere.insert(linkKey(row.value(QStringLiteral("t")).toString(), key.toObject()), values);
        }
        MergePlan plan;
        QHash<QString, QString> to; // the other project's UUID → the UUID of the record matched here
        QSet<QString> skipped;      // rows not brought in: matched, or here already
        auto text = [](const QJsonObject& row, const char* column) {
            return row.value(QStringLiteral("v")).toObject().value(QLatin1String(column)).toString();
        };
        auto match = [&](const QJsonObject& row, const QString& mine, QStringList* names,
                         const QString& name) {
            const QString theirs = row.value(QStringLiteral("k")).toString();
            skipped.insert(theirs);
            if (mine != theirs)
                to.insert(theirs, mine);
            if (names)
                names->append(name);
        };
        QSet<QString> gone; // merged before and deleted here since, with what refers to them
        std::vector<QJsonObject> themes;
        for (const QJsonValue& value : *rows) {
            const QJsonObject row = value.toObject();
            const QString table = row.value(QStringLiteral("t")).toString();
            const QJsonValue key = row.value(QStringLiteral("k"));
            if (!key.isString())
                continue;
            if (ours.contains(key.toString())) {
                skipped.insert(key.toString());
                ++plan.alreadyHere;
                continue;
            }
            if (!bringBackDeleted && buried(here, table, key)) {
                gone.insert(key.toString());
                ++plan.deletedHere;
                continue;
            }
            if (table == QLatin1String("cities")) {
                if (const QString mine = uuidWhere(here, "cities", "name", text(row, "name"));
                    !mine.isEmpty())
                    match(row, mine, &plan.matchedCities, text(row, "name"));
            } else if (table == QLatin1String("researchers")) {
                if (const QString mine = uuidWhere(here, "researchers", "name", text(row, "name"));
                    !mine.isEmpty())
                    match(row, mine, &plan.matchedResearchers, text(row, "name"));
            } else if (table == QLatin1String("participants")) {
                if (const QString mine = uuidWhere(here, "participants", "code", text(row, "code"));
                    !mine.isEmpty())
                    match(row, mine, &plan.matchedParticipants, text(row, "code"));
            } else if (table == QLatin1String("dictionary_words")) {
                SQLite::Statement st(here.sql(),
                                     "SELECT uuid FROM dictionary_words WHERE word = ? AND language = ?");
                sql::bind(st, 1, text(row, "word"));
                sql::bind(st, 2, text(row, "language"));
                if (st.executeStep()) {
                    match(row, sql::text(st.getColumn(0)), nullptr, {});
                    ++plan.matchedWords;
                }
            } else if (table == QLatin1String("themes")) {
                themes.push_back(row);
            }
        }
        // Themes by name under the same parent: a parent first (a theme under a theme
        // that is new here is new too).
        for (bool progress = true; progress && !themes.empty();) {
            progress = false;
            for (auto it = themes.begin(); it != themes.end();) {
                const QJsonValue parent =
                    it->value(QStringLiteral("v")).toObject().value(QStringLiteral("parent_id"));
                const QString theirParent = refOf(parent);
                QString parentHere;
                if (!theirParent.isEmpty()) {
                    if (const auto m = to.find(theirParent); m != to.end())
                        parentHere = m.value();
                    else if (skipped.contains(theirParent))
                        parentHere = theirParent; // here already by UUID
                    else if (std::any_of(themes.begin(), themes.end(), [&](const QJsonObject& t) {
                                 return t.value(QStringLiteral("k")).toString() == theirParent;
                             })) {
                        ++it; // its parent is not decided yet
                        continue;
                    } else {
                        it = themes.erase(it); // its parent is new here: so is it
                        progress = true;
                        continue;
                    }
                }
                SQLite::Statement st(here.sql(),
                                     parentHere.isEmpty()
                                         ? "SELECT uuid FROM themes WHERE parent_id IS NULL AND name = ?"
                                         : "SELECT t.uuid FROM themes t JOIN themes p ON p.id = "
                                           "t.parent_id WHERE p.uuid = ? AND t.name = ?");
                int at = 1;
                if (!parentHere.isEmpty())
                    sql::bind(st, at++, parentHere);
                sql::bind(st, at, text(*it, "name"));
                if (st.executeStep())
                    match(*it, sql::text(st.getColumn(0)), &plan.matchedThemes, text(*it, "name"));
                it = themes.erase(it);
                progress = true;
            }
        }

        // What refers to a record deleted here stays out with it (a segment the other
        // team added to an interview deleted here since).
        for (bool grew = !gone.isEmpty(); grew;) {
            grew = false;
            for (const QJsonValue& value : *rows) {
                const QJsonObject row = value.toObject();
                const QString uuid = row.value(QStringLiteral("k")).toString();
                if (uuid.isEmpty() || gone.contains(uuid) || skipped.contains(uuid) ||
                    !refersToAny(row.value(QStringLiteral("v")).toObject(), gone))
                    continue;
                gone.insert(uuid);
                ++plan.deletedHere;
                grew = true;
            }
        }

        for (const QJsonValue& value : *rows) {
            QJsonObject row = value.toObject();
            const QJsonValue key = row.value(QStringLiteral("k"));
            const QString table = row.value(QStringLiteral("t")).toString();
            if ((key.isString() && gone.contains(key.toString())) ||
                (!key.isString() && refersToAny(row.value(QStringLiteral("v")).toObject(), gone)))
                continue;
            const QJsonObject values = mappedValues(row.value(QStringLiteral("v")).toObject(), to);
            if (key.isString() && skipped.contains(key.toString())) {
                // Matched or merged before: this project's details stay; say where they differ.
                const QString uuid = to.value(key.toString(), key.toString());
                const QJsonObject here_ = ours.value(uuid);
                if (const QStringList columns = differentColumns(values, here_); !columns.isEmpty())
                    plan.differing << tr("%1: %2").arg(nameOf(table, here_), labelsOf(columns));
                if (table == QLatin1String("participants") &&
                    values.value(QStringLiteral("consent_status")).toString() == QLatin1String("withdrawn") &&
                    here_.value(QStringLiteral("consent_status")).toString() != QLatin1String("withdrawn")) {
                    plan.withdrawn << values.value(QStringLiteral("code")).toString();
                    plan.withdrawals.append({uuid, values.value(QStringLiteral("consent_date")).toString()});
                }
                continue;
            }
            if (key.isObject()) {
                const QJsonObject k = mappedValues(key.toObject(), to);
                if (const auto here_ = linksHere.constFind(linkKey(table, k)); here_ != linksHere.cend()) {
                    // A link this project has already.
                    if (const QStringList columns = differentColumns(values, *here_); !columns.isEmpty())
                        plan.differing << tr("%1: %2").arg(table, labelsOf(columns));
                    continue;
                }
                if (!bringBackDeleted && buried(here, table, k)) {
                    ++plan.deletedHere; // a tag or link taken off here since
                    continue;
                }
                row.insert(QStringLiteral("k"), k);
            }
            row.insert(QStringLiteral("v"), values);
            plan.added[table] += 1;
            if (table == QLatin1String("media")) {
                const QString sha = values.value(QStringLiteral("sha256")).toString();
                if (!plan.recordings.contains(sha)) {
                    plan.recordings << sha;
                    plan.recordingBytes += values.value(QStringLiteral("size_bytes")).toInteger();
                }
            }
            plan.rows.append(row);
        }
        return plan;
    });
}

Status Merge::apply(Database& here, const WriteScope& w, const MergePlan& plan)
{
    return here.write(w, [&] {
        Shapes shapes(here.sql());
        std::vector<QJsonObject> waiting;
        for (const QJsonValue& v : plan.rows)
            waiting.push_back(v.toObject());
        // Rows refer to each other in any order: place those whose references are here
        // until all are.
        while (!waiting.empty()) {
            std::vector<QJsonObject> later;
            QString stuck;
            for (const QJsonObject& row : waiting) {
                const std::string table = row.value(QStringLiteral("t")).toString().toStdString();
                const Shape& shape = shapes.of(table);
                std::vector<std::string> columns;
                std::vector<QJsonValue> args;
                bool placed = true;
                if (const QJsonValue key = row.value(QStringLiteral("k")); key.isString()) {
                    columns.push_back("uuid");
                    args.push_back(key);
                }
                const QJsonObject values = row.value(QStringLiteral("v")).toObject();
                for (auto it = values.begin(); it != values.end() && placed; ++it) {
                    const int c = shape.indexOf(it.key().toUtf8().constData());
                    if (c < 0)
                        continue; // a column this version does not have
                    QJsonValue value = it.value();
                    if (const QString ref = refOf(value); !ref.isEmpty()) {
                        SQLite::Statement& id =
                            here.cached("SELECT id FROM " + shape.parentOf(c) + " WHERE uuid = ?");
                        sql::bind(id, 1, ref);
                        if (!id.executeStep()) {
                            placed = false;
                            stuck = QStringLiteral("%1 → %2").arg(QString::fromStdString(table), ref);
                            break;
                        }
                        value = qint64(id.getColumn(0).getInt64());
                    }
                    columns.push_back(it.key().toStdString());
                    args.push_back(value);
                }
                if (!placed) {
                    later.push_back(row);
                    continue;
                }
                std::string names, marks;
                for (const std::string& c : columns) {
                    names += (names.empty() ? "\"" : ", \"") + c + "\"";
                    marks += marks.empty() ? "?" : ", ?";
                }
                // A link both projects have already is there once.
                const bool link = shape.indexOf("uuid") < 0;
                SQLite::Statement& insert =
                    here.cached(std::string(link ? "INSERT OR IGNORE" : "INSERT") + " INTO " + table + " (" +
                                names + ") VALUES (" + marks + ")");
                for (int i = 0; i < int(args.size()); ++i) {
                    const QJsonValue& a = args[size_t(i)];
                    if (a.isNull())
                        insert.bind(i + 1);
                    else if (a.isDouble() && a.toDouble() == double(a.toInteger()))
                        insert.bind(i + 1, static_cast<int64_t>(a.toInteger()));
                    else if (a.isDouble())
                        insert.bind(i + 1, a.toDouble());
                    else if (a.isObject()) {
                        const QByteArray blob = QByteArray::fromBase64(
                            a.toObject().value(QStringLiteral("b64")).toString().toLatin1());
                        insert.bind(i + 1, blob.constData(), int(blob.size()));
                    } else
                        sql::bind(insert, i + 1, a.toString());
                }
                insert.exec();
                // The window follows a merge as it follows any other step.
                if (!link)
                    ChangeSet::announceWritten(here, table.c_str(), here.sql().getLastInsertRowid(), true);
                else if (const auto first = shape.keys.empty()
                                                ? columns.end()
                                                : std::ranges::find(columns, shape.keys.front());
                         first != columns.end() && args[size_t(first - columns.begin())].isDouble())
                    ChangeSet::announceWritten(here, table.c_str(),
                                               args[size_t(first - columns.begin())].toInteger(), false);
            }
            if (later.size() == waiting.size())
                throw StoreFailure{
                    {Error::Code::Corrupt,
                     tr("The other project refers to a record it does not have (%1); nothing was "
                        "merged.")
                         .arg(stuck)}};
            waiting = std::move(later);
        }
        // A withdrawal of consent always wins, whatever else this project keeps.
        for (const auto& [uuid, date] : plan.withdrawals) {
            SQLite::Statement& update =
                here.cached("UPDATE participants SET consent_status = 'withdrawn', consent_date = ?, "
                            "updated_at = ?, author_id = ? WHERE uuid = ? RETURNING id");
            sql::bind(update, 1, date);
            update.bind(2, static_cast<int64_t>(nowMs()));
            sql::bindId(update, 3, here.author());
            sql::bind(update, 4, uuid);
            if (update.executeStep())
                ChangeSet::announceWritten(here, "participants", update.getColumn(0).getInt64(), false);
            update.reset();
        }
    });
}

} // namespace tianye
