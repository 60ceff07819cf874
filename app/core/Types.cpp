// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/Types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace tianye {

namespace {

template <class E, size_t N> QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E v)
{
    for (const auto& [value, key] : table) {
        if (value == v)
            return QString::fromLatin1(key);
    }
    return {};
}

template <class E, size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char*>, N>& table, QStringView key)
{
    for (const auto& [value, k] : table) {
        if (key == QLatin1StringView(k))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<InterviewMode, const char*>, 3> ModeKeys{{
    {InterviewMode::InPerson, "in_person"},
    {InterviewMode::Phone, "phone"},
    {InterviewMode::Video, "video"},
}};
constexpr std::array<std::pair<InterviewStatus, const char*>, 5> StatusKeys{{
    {InterviewStatus::Planned, "planned"},
    {InterviewStatus::Recorded, "recorded"},
    {InterviewStatus::Transcribed, "transcribed"},
    {InterviewStatus::Coded, "coded"},
    {InterviewStatus::Reviewed, "reviewed"},
}};
constexpr std::array<std::pair<ConsentStatus, const char*>, 3> ConsentKeys{{
    {ConsentStatus::Pending, "pending"},
    {ConsentStatus::Given, "given"},
    {ConsentStatus::Withdrawn, "withdrawn"},
}};
constexpr std::array<std::pair<CityTie, const char*>, 5> TieKeys{{
    {CityTie::Unknown, "unknown"},
    {CityTie::Native, "native"},
    {CityTie::Returnee, "returnee"},
    {CityTie::Newcomer, "newcomer"},
    {CityTie::Visitor, "visitor"},
}};
constexpr std::array<std::pair<MediaOrigin, const char*>, 2> OriginKeys{{
    {MediaOrigin::Imported, "imported"},
    {MediaOrigin::Recorded, "recorded"},
}};
constexpr std::array<std::pair<InsightKind, const char*>, 2> InsightKeys{{
    {InsightKind::Spirit, "spirit"},
    {InsightKind::Supporting, "supporting"},
}};

} // namespace

QString toKey(InterviewMode v)
{
    return keyOf(ModeKeys, v);
}
QString toKey(InterviewStatus v)
{
    return keyOf(StatusKeys, v);
}
QString toKey(ConsentStatus v)
{
    return keyOf(ConsentKeys, v);
}
QString toKey(CityTie v)
{
    return keyOf(TieKeys, v);
}
QString toKey(MediaOrigin v)
{
    return keyOf(OriginKeys, v);
}
QString toKey(InsightKind v)
{
    return keyOf(InsightKeys, v);
}
std::optional<InterviewMode> interviewModeFromKey(QStringView key)
{
    return fromKey(ModeKeys, key);
}
std::optional<InterviewStatus> interviewStatusFromKey(QStringView key)
{
    return fromKey(StatusKeys, key);
}
std::optional<ConsentStatus> consentStatusFromKey(QStringView key)
{
    return fromKey(ConsentKeys, key);
}
std::optional<CityTie> cityTieFromKey(QStringView key)
{
    return fromKey(TieKeys, key);
}
std::optional<MediaOrigin> mediaOriginFromKey(QStringView key)
{
    return fromKey(OriginKeys, key);
}
std::optional<InsightKind> insightKindFromKey(QStringView key)
{
    return fromKey(InsightKeys, key);
}

const char* labelSource(InterviewMode v)
{
    switch (v) {
    case InterviewMode::InPerson:
        return QT_TRANSLATE_NOOP("tianye::Types", "In person");
    case InterviewMode::Phone:
        return QT_TRANSLATE_NOOP("tianye::Types", "Phone");
    case InterviewMode::Video:
        return QT_TRANSLATE_NOOP("tianye::Types", "Video");
    }
    return "";
}

const char* labelSource(InterviewStatus v)
{
    switch (v) {
    case InterviewStatus::Planned:
        return QT_TRANSLATE_NOOP("tianye::Types", "Planned");
    case InterviewStatus::Recorded:
        return QT_TRANSLATE_NOOP("tianye::Types", "Recorded");
    case InterviewStatus::Transcribed:
        return QT_TRANSLATE_NOOP("tianye::Types", "Transcribed");
    case InterviewStatus::Coded:
        return QT_TRANSLATE_NOOP("tianye::Types", "Coded");
    case InterviewStatus::Reviewed:
        return QT_TRANSLATE_NOOP("tianye::Types", "Reviewed");
    }
    return "";
}

const char* labelSource(ConsentStatus v)
{
    switch (v) {
    case ConsentStatus::Pending:
        return QT_TRANSLATE_NOOP("tianye::Types", "Pending");
    case ConsentStatus::Given:
        return QT_TRANSLATE_NOOP("tianye::Types", "Given");
    case ConsentStatus::Withdrawn:
        return QT_TRANSLATE_NOOP("tianye::Types", "Withdrawn");
    }
    return "";
}

const char* labelSource(CityTie v)
{
    switch (v) {
    case CityTie::Unknown:
        return QT_TRANSLATE_NOOP("tianye::Types", "Unknown");
    case CityTie::Native:
        return QT_TRANSLATE_NOOP("tianye::Types", "Native");
    case CityTie::Returnee:
        return QT_TRANSLATE_NOOP("tianye::Types", "Returnee");
    case CityTie::Newcomer:
        return QT_TRANSLATE_NOOP("tianye::Types", "Newcomer");
    case CityTie::Visitor:
        return QT_TRANSLATE_NOOP("tianye::Types", "Visitor");
    }
    return "";
}

QString label(InterviewMode v)
{
    return QCoreApplication::translate("tianye::Types", labelSource(v));
}

QString label(InterviewStatus v)
{
    return QCoreApplication::translate("tianye::Types", labelSource(v));
}

Withheld withheldFromKey(QStringView key)
{
    if (key == QLatin1String("interview"))
        return Withheld::Interview;
    if (key == QLatin1String("speaker"))
        return Withheld::Speaker;
    if (key == QLatin1String("unknown"))
        return Withheld::Unknown;
    return Withheld::No;
}

QString toKey(Withheld v)
{
    switch (v) {
    case Withheld::No:
        return {};
    case Withheld::Interview:
        return QStringLiteral("interview");
    case Withheld::Speaker:
        return QStringLiteral("speaker");
    case Withheld::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString withheldReason(Withheld v)
{
    switch (v) {
    case Withheld::No:
        return {};
    case Withheld::Interview:
        return QCoreApplication::translate(
            "tianye::Types",
            "Withheld: every participant of this interview withdrew consent. It is left out of "
            "every export.");
    case Withheld::Speaker:
        return QCoreApplication::translate(
            "tianye::Types",
            "Withheld: some of these words were said by a participant who withdrew consent. It "
            "is left out of every export.");
    case Withheld::Unknown:
        return QCoreApplication::translate(
            "tianye::Types",
            "Withheld: who said some of these words is not known, and a participant of this "
            "interview withdrew consent. Tie the speaker labels to participants to publish it.");
    }
    return {};
}

QString label(ConsentStatus v)
{
    return QCoreApplication::translate("tianye::Types", labelSource(v));
}

QString label(CityTie v)
{
    return QCoreApplication::translate("tianye::Types", labelSource(v));
}

} // namespace tianye
