// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/UnsavedTyping.h"

#include <QTimer>

#include <algorithm>

namespace tianye::ui {

UnsavedTyping::UnsavedTyping(QObject* parent)
    : QObject(parent)
    , m_pause(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);
    m_retry->setSingleShot(true);
    m_retry->setInterval(RetryMs);
    connect(m_pause, &QTimer::timeout, this, &UnsavedTyping::saveNow);
    connect(m_retry, &QTimer::timeout, this, &UnsavedTyping::saveNow);
}

UnsavedTyping::~UnsavedTyping() = default;

void UnsavedTyping::typed(QObject* owner, const QString& key, Save save)
{
    add(owner, key, std::nullopt, std::move(save));
}

void UnsavedTyping::typed(QObject* owner, const QString& key, const QString& text, Save save)
{
    add(owner, key, text, std::move(save));
}

void UnsavedTyping::add(QObject* owner, const QString& key, std::optional<QString> text, Save save)
{
    const auto same = std::find_if(m_entries.begin(), m_entries.end(),
                                   [&](const Entry& e) { return e.key == key && e.owner == owner; });
    if (same != m_entries.end()) {
        same->save = std::move(save);
        same->text = std::move(text);
    } else {
        m_entries.push_back({owner, key, std::move(save), std::move(text)});
    }
    // While saving fails, the retry comes first: typing does not hammer a full disk.
    if (!m_failing)
        m_pause->start();
}

bool UnsavedTyping::waits(const QString& key) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry& e) { return e.key == key && !e.owner.isNull(); });
}

std::optional<QString> UnsavedTyping::waiting(const QString& key) const
{
    for (const Entry& e : m_entries)
        if (e.key == key && !e.owner.isNull())
            return e.text;
    return std::nullopt;
}

void UnsavedTyping::setRetryInterval(int ms)
{
    m_retry->setInterval(ms);
}

bool UnsavedTyping::isEmpty() const
{
    return std::none_of(m_entries.begin(), m_entries.end(), [](const Entry& e) { return !e.owner.isNull(); });
}

Status UnsavedTyping::saveWhere(const std::function<bool(const Entry&)>& which)
{
    std::erase_if(m_entries, [](const Entry& e) { return e.owner.isNull(); });
    // A save announces its change and views reload, which may come back here.
    if (m_saving)
        return {};
    m_saving = true;
    Status first;
    for (size_t i = 0; i < m_entries.size();) {
        if (!which(m_entries[i])) {
            ++i;
            continue;
        }
        const Entry entry = m_entries[i];
        const Status saved = entry.owner ? entry.save() : Status();
        // The entry may have been replaced (typing goes on) or dropped meanwhile.
        const auto now = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
            return e.key == entry.key && e.owner == entry.owner;
        });
        if (saved && now != m_entries.end()) {
            m_entries.erase(now);
            continue;
        }
        if (!saved && first)
            first = saved;
        ++i;
    }
    m_saving = false;
    if (!first) {
        // Kept, and tried again in a while (and before the next action that needs it).
        m_failing = true;
        m_retry->start();
        return first;
    }
    if (m_failing && isEmpty()) {
        m_failing = false;
        m_retry->stop();
        Q_EMIT savedAgain();
    }
    return first;
}

Status UnsavedTyping::flush()
{
    m_pause->stop();
    return saveWhere([](const Entry&) { return true; });
}

Status UnsavedTyping::flush(const QString& key)
{
    return saveWhere([&](const Entry& e) { return e.key == key; });
}

Status UnsavedTyping::flushWithin(const QObject* scope)
{
    return saveWhere([&](const Entry& e) {
        for (const QObject* o = e.owner; o; o = o->parent())
            if (o == scope)
                return true;
        return false;
    });
}

Error UnsavedTyping::kept(Error error)
{
    error.message += QLatin1Char('\n') + tr("What you typed is kept, and saved as soon as it can be.");
    return error;
}

void UnsavedTyping::clear()
{
    m_entries.clear();
    m_pause->stop();
    m_retry->stop();
    m_failing = false;
}

void UnsavedTyping::saveNow()
{
    const bool wasFailing = m_failing;
    const Status saved = flush();
    // Said once; an action that flushes and fails says it itself.
    if (!saved && !wasFailing)
        Q_EMIT saveFailed(saved.error());
}

} // namespace tianye::ui
