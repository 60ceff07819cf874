// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMimeData>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace tianye {
struct Change;
}

namespace tianye::ui {

class ProjectSession;

// Every quote that passes a filter, fetched lazily: the model holds only the ids in
// order and reads rows in blocks of 256 as the view shows them, so 500,000 quotes
// cost a few megabytes. Small projects filter at once; beyond FilterInBackground
// quotes, filtering runs on a read-only connection of its own in a worker thread.
class QuoteBrowserModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        QuoteColumn,
        SpeakerColumn,
        RoleColumn,
        CityColumn,
        DateColumn,
        ThemesColumn,
        StarColumn,
        DossierColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr qint64 FilterInBackground = 50'000;
    static constexpr int BlockSize = 256;
    // Dragged quotes (to an insight's evidence): their ids, one per line, in order.
    static constexpr auto MimeType = "application/x-tianye-quote-ids";
    static QMimeData* mimeFor(const QList<RowId>& ids, const QStringList& texts = {});
    static QList<RowId> idsFromMime(const QMimeData* mime);

    explicit QuoteBrowserModel(ProjectSession* session, QObject* parent = nullptr);
    ~QuoteBrowserModel() override;

    const QuoteFilter& filter() const { return m_filter; }
    // Applies the filter: at once, or in the background (filteringStarted/Finished).
    void setFilter(const QuoteFilter& filter);
    void cancelFiltering();
    // These quotes (a cell of the themes' tables), whatever the filter says, until the
    // next filter.
    void showIds(std::vector<RowId> ids)
    {
        cancelFiltering();
        apply(std::move(ids));
    }
    bool isFiltering() const { return m_running != nullptr; }

    // The row of the quote at this row (fetched if need be); nullptr out of range.
    const QuoteRow* quoteAt(int row) const;
    RowId idAt(int row) const;
    int rowOf(RowId id) const;
    qsizetype quoteCount() const { return qsizetype(m_ids.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

Q_SIGNALS:
    void filteringStarted();
    void filteringFinished(bool cancelled);
    void failed(const tianye::Error& error);

private:
    struct Running;
    void apply(std::vector<RowId> ids);
    void onChange(const tianye::Change& change);
    const std::vector<QuoteRow>* block(int index) const;

    ProjectSession* m_session;
    QuoteFilter m_filter;
    std::vector<RowId> m_ids;
    QHash<RowId, int> m_rows;
    mutable QHash<int, std::vector<QuoteRow>> m_blocks;
    mutable QList<int> m_blockOrder; // least recently read first
    std::shared_ptr<Running> m_running;
    QTimer m_refilter; // coalesces refilters after inserts and removals
};

} // namespace tianye::ui
