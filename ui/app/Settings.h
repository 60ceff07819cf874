// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tianye::ui {

// A typed settings key with its default, read and written through QSettings.
template <class T> class Preference final
{
public:
    constexpr Preference(const char* key, T fallback = T())
        : m_key(key)
        , m_default(std::move(fallback))
    {}
    T get() const
    {
        const QVariant v = QSettings().value(QLatin1String(m_key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T& value) const { QSettings().setValue(QLatin1String(m_key), QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(QLatin1String(m_key)); }
    const char* key() const { return m_key; }

private:
    const char* m_key;
    T m_default;
};

// Every setting Tianye keeps, in one place.
namespace settings {
inline const Preference<QString> lastProject{"session/lastProject"};
inline const Preference<QStringList> recentProjects{"session/recentProjects"};
inline const Preference<QByteArray> windowGeometry{"window/geometry"};
inline const Preference<QByteArray> windowState{"window/state"};
inline const Preference<QByteArray> mainSplitter{"window/mainSplitter"};
inline const Preference<QByteArray> interviewColumns{"window/interviewColumns"};
inline const Preference<QByteArray> participantColumns{"window/participantColumns"};
// Defaults of the quick "New interview" flow: what was used last time.
inline const Preference<QString> lastInterviewer{"logging/lastInterviewer"};
inline const Preference<QString> lastInterviewMode{"logging/lastMode"};
inline const Preference<QString> lastInterviewStatus{"logging/lastStatus", QStringLiteral("recorded")};
// Transcription snippets, "abbreviation=text": the abbreviation then Tab in the editor.
inline const Preference<QStringList> snippets{
    "transcription/snippets",
    {QStringLiteral("inaud=[听不清]"), QStringLiteral("laugh=[笑]"), QStringLiteral("pause=[停顿]"),
     QStringLiteral("cross=[同时说话]"), QStringLiteral("unclear=[inaudible]")}};
// The spelling dictionary for interviews that do not choose one ("" = no checking).
inline const Preference<QString> spellLanguage{"transcription/spellLanguage", QStringLiteral("en_US")};
// Automatic backups of the open project: how many recent ones to keep (one per day
// of the last week is kept as well) and how often while editing.
// Transcription player keys (defaults from oTranscribe) and steps.
inline const Preference<QString> keyPlayPause{"player/keyPlayPause", QStringLiteral("Esc")};
inline const Preference<QString> keyBack{"player/keyBack", QStringLiteral("F1")};
inline const Preference<QString> keyForward{"player/keyForward", QStringLiteral("F2")};
inline const Preference<QString> keySlower{"player/keySlower", QStringLiteral("F3")};
inline const Preference<QString> keyFaster{"player/keyFaster", QStringLiteral("F4")};
inline const Preference<int> skipMs{"player/skipMs", 2000};
inline const Preference<int> autoRewindMs{"player/autoRewindMs", 1500};

inline const Preference<int> backupsKept{"backups/kept", 10};
inline const Preference<int> backupIntervalMinutes{"backups/intervalMinutes", 30};
// Recording: how a finished recording is kept (opus, flac, wav) and the microphone.
inline const Preference<QString> recordingKeep{"recording/keep", QStringLiteral("opus")};
inline const Preference<QString> recordingDevice{"recording/device"};

// The last dossier export's choices.
inline const Preference<QString> dossierFolder{"dossier/folder"};
inline const Preference<QString> dossierFormat{"dossier/format", QStringLiteral("pdf")};
inline const Preference<QString> dossierLanguage{"dossier/language"}; // empty: the UI's
inline const Preference<QString> dossierPage{"dossier/page", QStringLiteral("a4")};
inline const Preference<int> dossierQuotesPerTheme{"dossier/quotesPerTheme", 3};

// Empty: follow the system language.
inline const Preference<QString> language{"ui/language"};
} // namespace settings

} // namespace tianye::ui
