// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Cities.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/CityRepository.h"
#include "store/Project.h"

namespace tianye::ops {

Result<RowId> addCity(Session& session, const City& city)
{
    RowId added = NoRow;
    auto ok = session.run(Verbs::tr("Add City %1").arg(city.name.trimmed()), [&](const WriteScope& w) {
        added = orThrow(session.project().cities().add(w, city));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return added;
}

Status editCity(Session& session, RowId cityId, const City& edited)
{
    CityRepository& cities = session.project().cities();
    auto city = cities.get(cityId);
    if (!city)
        return std::unexpected(city.error());
    const QString label = edited.name != city->name
                              ? Verbs::tr("Rename City %1 to %2").arg(city->name, edited.name)
                              : Verbs::tr("Edit City %1").arg(edited.name);
    return session.run(label, [&](const WriteScope& w) {
        if (edited.name != city->name)
            orThrow(cities.set(w, cityId, CityField::Name, edited.name));
        if (edited.region != city->region)
            orThrow(cities.set(w, cityId, CityField::Region, edited.region));
        if (edited.targetInterviews != city->targetInterviews)
            orThrow(cities.set(w, cityId, CityField::TargetInterviews, edited.targetInterviews));
        if (edited.notes != city->notes)
            orThrow(cities.set(w, cityId, CityField::Notes, edited.notes));
    });
}

Status setCityField(Session& session, RowId cityId, CityField field, const QVariant& value,
                    const QString& mergeKey)
{
    QString label;
    switch (field) {
    case CityField::SpiritWord:
        label = Verbs::tr("Edit Spirit Word");
        break;
    case CityField::InsightStatement:
        label = Verbs::tr("Edit Spirit Statement");
        break;
    case CityField::Notes:
        label = Verbs::tr("Edit City Notes");
        break;
    case CityField::Name:
    case CityField::Region:
    case CityField::TargetInterviews:
        label = Verbs::tr("Edit City");
        break;
    }
    return session.run(
        label, [&](const WriteScope& w) { orThrow(session.project().cities().set(w, cityId, field, value)); },
        mergeKey);
}

Status removeCity(Session& session, RowId cityId)
{
    auto city = session.project().cities().get(cityId);
    if (!city)
        return std::unexpected(city.error());
    return session.run(Verbs::tr("Remove City %1").arg(city->name),
                       [&](const WriteScope& w) { orThrow(session.project().cities().remove(w, cityId)); });
}

} // namespace tianye::ops
