// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tianye {

class Database;
class WriteScope;

// What merging another project would bring in (Team → Merge Another Project…), for the
// preview the user confirms, and the rows themselves.
struct MergePlan
{
    // Records of the other project that are this project's already, matched as a person
    // would: cities and researchers by name, participants by code, themes by name under
    // the same parent, dictionary words by word and language. Names as shown.
    QStringList matchedCities, matchedResearchers, matchedParticipants, matchedThemes;
    int matchedWords = 0;
    // Rows new here, per table; and records already here by UUID (merged before).
    QMap<QString, int> added;
    int alreadyHere = 0;
    // Rows merged before and deleted here since (records, their children, tags): left
    // out unless asked to bring them back.
    int deletedHere = 0;
    // The recordings the new media records name (SHA-256), and their size.
    QStringList recordings;
    qint64 recordingBytes = 0;
    // Records of the other project matched here or merged before whose details differ
    // from this project's ("cities 青岛: region, spirit_word"): this project's stay.
    QStringList differing;
    // Participants matched by code who withdrew consent there but not here: the
    // withdrawal is taken (it always wins), by code; and the UUIDs here, with the date.
    QStringList withdrawn;
    QList<std::pair<QString, QString>> withdrawals;
    // The rows to insert, in the change log's form, references already pointing at the
    // records of this project they were matched with (links this project has already
    // left out).
    QJsonArray rows;

    int addedCount(const char* table) const { return added.value(QString::fromLatin1(table)); }
};

// Merging a project started separately (store side): every record of the other
// project comes in under its own UUID, except those matched with a record here, which
// the merged rows then refer to instead. A record already here by UUID (merged
// before) is left as it is here, so merging twice brings nothing twice.
class Merge final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::Merge)

public:
    static Result<MergePlan> plan(Database& here, Database& other, bool bringBackDeleted = false);
    // Inserts the plan's rows and takes its withdrawals (in the verbs layer's step: one
    // undo step).
    static Status apply(Database& here, const WriteScope& w, const MergePlan& plan);
};

} // namespace tianye
