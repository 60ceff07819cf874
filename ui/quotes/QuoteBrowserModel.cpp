// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "quotes/QuoteBrowserModel.h"

#include "app/ProjectSession.h"
#include "ops/Reader.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QColor>
#include <QFont>
#include <QFutureWatcher>
#include <QLocale>
#include <QMimeData>
#include <QtConcurrent>

namespace tianye::ui {

namespace {

constexpr int MaxBlocks = 64; // 16,384 rows in memory at most

} // namespace

struct QuoteBrowserModel::Running
{
    std::atomic_bool cancel = false;
    QFutureWatcher<Result<std::vector<RowId>>> watcher;
};

QuoteBrowserModel::QuoteBrowserModel(ProjectSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_refilter.setSingleShot(true);
    m_refilter.setInterval(150);
    connect(&m_refilter, &QTimer::timeout, this, [this] { setFilter(m_filter); });
    connect(&m_session->project()->notifier(), &ChangeNotifier::changed, this, &QuoteBrowserModel::onChange);
}

QuoteBrowserModel::~QuoteBrowserModel()
{
    cancelFiltering();
}

void QuoteBrowserModel::setFilter(const QuoteFilter& filter)
{
    cancelFiltering();
    m_filter = filter;
    Project* project = m_session->project();
    ops::Reader read(*project);
    const qint64 total = read.quoteCount().value_or(0);
    if (total <= FilterInBackground) {
        auto ids = read.quoteIds(filter);
        if (!ids) {
            Q_EMIT failed(ids.error());
            return;
        }
        apply(std::move(*ids));
        return;
    }
    auto running = std::make_shared<Running>();
    m_running = running;
    Q_EMIT filteringStarted();
    const QString path = project->databasePath();
    connect(&running->watcher, &QFutureWatcherBase::finished, this, [this, running] {
        if (m_running != running)
            return; // superseded
        m_running.reset();
        auto ids = running->watcher.result();
        const bool cancelled = !ids && ids.error().code == Error::Code::Cancelled;
        if (ids)
            apply(std::move(*ids));
        else if (!cancelled)
            Q_EMIT failed(ids.error());
        Q_EMIT filteringFinished(cancelled);
    });
    running->watcher.setFuture(QtConcurrent::run([path, filter, running]() -> Result<std::vector<RowId>> {
        return ops::Reader::quoteIdsAside(path, filter, [running] { return running->cancel.load(); });
    }));
}

void QuoteBrowserModel::cancelFiltering()
{
    if (!m_running)
        return;
    m_running->cancel = true;
    auto running = std::move(m_running);
    // Its watcher is dropped with the last reference; the worker owns one until it returns.
    running->watcher.disconnect(this);
    Q_EMIT filteringFinished(true);
}

void QuoteBrowserModel::apply(std::vector<RowId> ids)
{
    beginResetModel();
    m_ids = std::move(ids);
    m_rows.clear();
    m_rows.reserve(qsizetype(m_ids.size()));
    for (size_t i = 0; i < m_ids.size(); ++i)
        m_rows.insert(m_ids[i], int(i));
    m_blocks.clear();
    m_blockOrder.clear();
    endResetModel();
}

const std::vector<QuoteRow>* QuoteBrowserModel::block(int index) const
{
    auto it = m_blocks.find(index);
    if (it == m_blocks.end()) {
        const size_t from = size_t(index) * BlockSize;
        const size_t to = std::min(m_ids.size(), from + BlockSize);
        if (from >= to)
            return nullptr;
        auto rows = ops::Reader(*m_session->project())
                        .quoteRows({m_ids.begin() + qsizetype(from), m_ids.begin() + qsizetype(to)});
        if (!rows)
            return nullptr;
        if (m_blocks.size() >= MaxBlocks && !m_blockOrder.isEmpty())
            m_blocks.remove(m_blockOrder.takeFirst());
        it = m_blocks.insert(index, std::move(*rows));
    } else {
        m_blockOrder.removeOne(index);
    }
    m_blockOrder.append(index);
    return &*it;
}

const QuoteRow* QuoteBrowserModel::quoteAt(int row) const
{
    if (row < 0 || size_t(row) >= m_ids.size())
        return nullptr;
    const std::vector<QuoteRow>* rows = block(row / BlockSize);
    if (!rows)
        return nullptr;
    const size_t at = size_t(row % BlockSize);
    // A quote removed since the ids were read is missing from its block: look it up.
    if (at < rows->size() && (*rows)[at].id == m_ids[size_t(row)])
        return &(*rows)[at];
    for (const QuoteRow& r : *rows)
        if (r.id == m_ids[size_t(row)])
            return &r;
    return nullptr;
}

RowId QuoteBrowserModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : NoRow;
}

int QuoteBrowserModel::rowOf(RowId id) const
{
    return m_rows.value(id, -1);
}

int QuoteBrowserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int QuoteBrowserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteBrowserModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == IdRole)
        return QVariant::fromValue(idAt(index.row()));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != Qt::TextAlignmentRole && role != Qt::AccessibleTextRole)
        return {};
    const QuoteRow* r = quoteAt(index.row());
    if (!r)
        return {};
    if (role == Qt::ForegroundRole)
        return r->withheld != Withheld::No || r->detached ? QVariant(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return index.column() >= StarColumn ? QVariant(Qt::AlignCenter) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (r->withheld != Withheld::No)
            return withheldReason(r->withheld);
        if (r->detached)
            return tr("The words of this quote were deleted from the transcript.");
        return index.column() == QuoteColumn ? QVariant(r->translation.isEmpty() ? r->text : r->translation)
                                             : QVariant();
    }
    switch (index.column()) {
    case QuoteColumn:
        return r->text;
    case SpeakerColumn:
        return r->speaker();
    case RoleColumn:
        return r->role;
    case CityColumn:
        return r->cityName;
    case DateColumn:
        return r->interviewDate.left(10);
    case ThemesColumn:
        return r->themes.join(QStringLiteral(", "));
    case StarColumn:
        return r->starred ? QStringLiteral("★") : QString();
    case DossierColumn:
        return r->inDossier ? tr("yes") : QString();
    default:
        return {};
    }
}

QVariant QuoteBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case SpeakerColumn:
        return tr("Speaker");
    case RoleColumn:
        return tr("Role");
    case CityColumn:
        return tr("City");
    case DateColumn:
        return tr("Date");
    case ThemesColumn:
        return tr("Themes");
    case StarColumn:
        return QStringLiteral("★");
    case DossierColumn:
        return tr("Dossier");
    default:
        return {};
    }
}

void QuoteBrowserModel::sort(int column, Qt::SortOrder order)
{
    QuoteFilter f = m_filter;
    switch (column) {
    case QuoteColumn:
        f.sort = QuoteSort::Length;
        break;
    case CityColumn:
        f.sort = QuoteSort::City;
        break;
    case ThemesColumn:
        f.sort = QuoteSort::Theme;
        break;
    default:
        f.sort = QuoteSort::Date;
        break;
    }
    f.descending = order == Qt::DescendingOrder;
    if (f != m_filter)
        setFilter(f);
}

void QuoteBrowserModel::onChange(const Change& change)
{
    const bool quotes = change.entity == Entity::Quote;
    if (quotes && change.kind == ChangeKind::Updated) {
        // Edits in place: re-read those rows only.
        QList<int> rows;
        for (RowId id : change.ids)
            if (const int row = rowOf(id); row >= 0)
                rows << row;
        if (rows.isEmpty())
            return;
        for (int row : rows) {
            m_blocks.remove(row / BlockSize);
            m_blockOrder.removeOne(row / BlockSize);
        }
        const auto [lo, hi] = std::minmax_element(rows.begin(), rows.end());
        Q_EMIT dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
        // A star or theme change may take a quote out of a starred or theme filter.
        if (m_filter.starredOnly || m_filter.dossierOnly || m_filter.themeId != NoRow ||
            !m_filter.match.isEmpty())
            m_refilter.start();
        return;
    }
    // New or removed quotes, recoded themes: filter again.
    if (quotes || change.entity == Entity::Theme) {
        m_blocks.clear();
        m_blockOrder.clear();
        m_refilter.start();
        return;
    }
    // Who says a quote follows its segments' speakers: read the rows again.
    if (change.entity == Entity::Segment && change.fields.contains(QStringLiteral("speaker"))) {
        m_blocks.clear();
        m_blockOrder.clear();
        if (!m_ids.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // What rows show of people, cities and interviews: read again, and filter again
    // when something went away or a participant field that filters changed.
    if (change.entity == Entity::Participant || change.entity == Entity::City ||
        change.entity == Entity::Interview) {
        m_blocks.clear();
        m_blockOrder.clear();
        if (change.kind != ChangeKind::Updated || change.entity == Entity::Participant)
            m_refilter.start();
        else if (!m_ids.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

Qt::ItemFlags QuoteBrowserModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList QuoteBrowserModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData* QuoteBrowserModel::mimeData(const QModelIndexList& indexes) const
{
    QList<int> rows;
    for (const QModelIndex& i : indexes)
        if (!rows.contains(i.row()))
            rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<RowId> ids;
    QStringList texts;
    for (int row : std::as_const(rows)) {
        ids << idAt(row);
        if (const QuoteRow* r = quoteAt(row))
            texts << r->text;
    }
    return mimeFor(ids, texts);
}

QMimeData* QuoteBrowserModel::mimeFor(const QList<RowId>& ids, const QStringList& texts)
{
    QStringList lines;
    for (RowId id : ids)
        lines << QString::number(id);
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(MimeType), lines.join(QLatin1Char('\n')).toLatin1());
    if (!texts.isEmpty())
        mime->setText(texts.join(QLatin1Char('\n')));
    return mime;
}

QList<RowId> QuoteBrowserModel::idsFromMime(const QMimeData* mime)
{
    QList<RowId> out;
    if (!mime || !mime->hasFormat(QLatin1String(MimeType)))
        return out;
    for (const QByteArray& line : mime->data(QLatin1String(MimeType)).split('\n')) {
        bool ok = false;
        const RowId id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            out << id;
    }
    return out;
}

} // namespace tianye::ui
