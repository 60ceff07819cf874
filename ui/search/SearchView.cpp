// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "search/SearchView.h"

#include "app/ErrorBox.h"
#include "app/ProjectSession.h"
#include "core/TimeCode.h"
#include "ops/Coding.h"
#include "ops/Quotes.h"
#include "ops/Reader.h"
#include "search/CodeHitsDialog.h"
#include "search/ConcordanceModel.h"
#include "search/SearchEngine.h"
#include "store/Database.h"
#include "store/Project.h"
#include "themes/ThemePicker.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMutex>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextLayout>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <tuple>

namespace tianye::ui {

namespace {

constexpr int PageSize = 50;
constexpr int DebounceMs = 150;
constexpr qsizetype ConcordanceLimit = 100'000;

enum Role
{
    KindRole = Qt::UserRole,
    IdRole,
    InterviewRole,
    SpansRole, // QList<QPoint>: highlighted UTF-16 ranges of the display text
    StartRole, // the hit in its segment (code points)
    EndRole
};

enum ItemKind
{
    GroupItem,
    SegmentItem,
    QuoteItem,
    NoteItem,
    OtherItem,
    SectionItem
};

// The filters of the query syntax: key, English and Chinese prefixes.
struct FilterKey
{
    const char* key;
    const char* zh;
};
constexpr FilterKey FilterKeys[] = {
    {"city", "城市"}, {"theme", "主题"},   {"speaker", "说话人"}, {"interviewer", "访谈员"},
    {"mode", "方式"}, {"from", "从"},      {"to", "到"},          {"gender", "性别"},
    {"age", "年龄"},  {"category", "类别"}};

QRegularExpression filterPattern(const QString& key, const QString& zh)
{
    return QRegularExpression(QStringLiteral("(^|\\s)(?:%1|%2)[:：](\"[^\"]*\"|\\S+)")
                                  .arg(QRegularExpression::escape(key), QRegularExpression::escape(zh)),
                              QRegularExpression::CaseInsensitiveOption);
}

QString quoted(const QString& value)
{
    return value.contains(QLatin1Char(' ')) ? QLatin1Char('"') + value + QLatin1Char('"') : value;
}

// Text with its hits drawn bold on a tinted background.
class MarkedTextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant spans = index.data(SpansRole);
        if (!spans.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
        QList<QTextLayout::FormatRange> formats;
        QColor tint = opt.palette.color(QPalette::Highlight);
        tint.setAlpha(70);
        for (const QPoint& s : spans.value<QList<QPoint>>()) {
            QTextLayout::FormatRange f;
            f.start = s.x();
            f.length = s.y() - s.x();
            f.format.setFontWeight(QFont::Bold);
            if (!(opt.state & QStyle::State_Selected))
                f.format.setBackground(tint);
            formats << f;
        }
        QTextLayout layout(text, opt.font);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6);
        layout.endLayout();
        painter->save();
        painter->setClipRect(r);
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                             : QPalette::Text));
        const qreal y = r.top() + (r.height() - line.height()) / 2;
        layout.draw(painter, QPointF(r.left(), y));
        painter->restore();
    }
};

// The left context: cut on its left, so the words next to the hit stay.
class LeftContextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};

QList<QPoint> utf16Spans(const QString& text, const QList<TextSpan>& spans)
{
    QList<QPoint> out;
    for (const TextSpan& s : spans)
        out << QPoint(int(codePointToUtf16(text, s.start)), int(codePointToUtf16(text, s.end)));
    return out;
}

} // namespace

// A read-only connection to the open project, kept for the worker thread (one at a time).
struct SearchView::Reader
{
    QMutex mutex;
    QString folder;
    std::unique_ptr<Project> project;

    Result<Project*> get()
    {
        if (!project) {
            auto opened = Project::openForReading(folder);
            if (!opened)
                return std::unexpected(opened.error());
            project = std::move(*opened);
        }
        return project.get();
    }
};

SearchView::SearchView(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_query(new QLineEdit(this))
    , m_filterButton(new QToolButton(this))
    , m_savedButton(new QToolButton(this))
    , m_chipBox(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chipBox))
    , m_status(new QLabel(this))
    , m_pages(new QTabWidget(this))
    , m_results(new QTreeWidget(this))
    , m_more(new QPushButton(tr("Load More Results"), this))
    , m_kwic(new QTableView(this))
    , m_kwicModel(new ConcordanceModel(this))
    , m_makeQuote(new QPushButton(tr("Make Quote…"), this))
    , m_codeAll(new QPushButton(tr("Code All Hits…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_debounce(new QTimer(this))
    , m_pool(new QThreadPool(this))
    , m_generation(std::make_shared<std::atomic<int>>(0))
    , m_kwicGeneration(std::make_shared<std::atomic<int>>(0))
{
    m_pool->setMaxThreadCount(1); // one connection, one query at a time; a new one cancels the last
    m_pool->setExpiryTimeout(-1);

    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("Search transcripts, quotes and notes — words, \"phrases\", a OR b, "
                                   "-word, city:大同 speaker:DT-001"));
    m_query->setAccessibleName(tr("Search the project"));
    m_query->installEventFilter(this);
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setMenu(new QMenu(m_filterButton));
    m_filterButton->setAccessibleName(tr("Add a filter to the search"));
    connect(m_filterButton->menu(), &QMenu::aboutToShow, this, &SearchView::fillFilterMenu);
    m_savedButton->setObjectName(QStringLiteral("savedSearches"));
    m_savedButton->setText(tr("Saved"));
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    m_savedButton->setMenu(new QMenu(m_savedButton));
    m_savedButton->setAccessibleName(tr("Saved searches"));
    m_savedButton->setToolTip(tr("Searches saved in the project, for the whole team"));
    connect(m_savedButton->menu(), &QMenu::aboutToShow, this, &SearchView::fillSavedMenu);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch(1);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHeaderHidden(true);
    m_results->setUniformRowHeights(true);
    m_results->setItemDelegate(new MarkedTextDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->installEventFilter(this);
    connect(m_results, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    m_more->setObjectName(QStringLiteral("loadMore"));
    connect(m_more, &QPushButton::clicked, this, &SearchView::loadMore);

    m_kwic->setObjectName(QStringLiteral("concordance"));
    m_kwic->setModel(m_kwicModel);
    m_kwic->setSortingEnabled(true);
    m_kwic->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_kwic->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kwic->setWordWrap(false);
    m_kwic->verticalHeader()->hide();
    m_kwic->verticalHeader()->setDefaultSectionSize(m_kwic->fontMetrics().height() + 6);
    m_kwic->setItemDelegateForColumn(ConcordanceModel::LeftColumn, new LeftContextDelegate(m_kwic));
    m_kwic->horizontalHeader()->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
    m_kwic->horizontalHeader()->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
    m_kwic->horizontalHeader()->setSectionResizeMode(ConcordanceModel::HitColumn,
                                                     QHeaderView::ResizeToContents);
    m_kwic->setColumnWidth(ConcordanceModel::InterviewColumn, 220);
    m_kwic->setAccessibleName(tr("Keyword in context"));
    m_kwic->installEventFilter(this);
    connect(m_kwic, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_kwic->selectionModel(), &QItemSelectionModel::currentChanged, this, &SearchView::updateButtons);
    connect(m_makeQuote, &QPushButton::clicked, this, &SearchView::makeQuoteFromLine);
    connect(m_codeAll, &QPushButton::clicked, this, &SearchView::codeAllHits);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Concordance"), QString(),
                                                          tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            exportConcordance(path);
    });
    auto* makeQuoteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), m_kwic);
    makeQuoteKey->setContext(Qt::WidgetShortcut);
    connect(makeQuoteKey, &QShortcut::activated, this, &SearchView::makeQuoteFromLine);
    auto* copyKey = new QShortcut(QKeySequence::Copy, m_kwic);
    copyKey->setContext(Qt::WidgetShortcut);
    connect(copyKey, &QShortcut::activated, this, &SearchView::copyConcordance);

    auto* resultsPage = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_results, 1);
    auto* moreRow = new QHBoxLayout;
    moreRow->addStretch(1);
    moreRow->addWidget(m_more);
    resultsLayout->addLayout(moreRow);
    auto* kwicPage = new QWidget(this);
    auto* kwicLayout = new QVBoxLayout(kwicPage);
    kwicLayout->setContentsMargins(0, 0, 0, 0);
    kwicLayout->addWidget(m_kwic, 1);
    auto* kwicButtons = new QHBoxLayout;
    kwicButtons->addWidget(m_makeQuote);
    kwicButtons->addWidget(m_codeAll);
    kwicButtons->addStretch(1);
    kwicButtons->addWidget(m_export);
    kwicLayout->addLayout(kwicButtons);
    m_pages->setDocumentMode(true);
    m_pages->addTab(resultsPage, tr("Results"));
    m_pages->addTab(kwicPage, tr("Keyword in Context"));
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentIndex() == 1 && m_kwicQuery != query())
            runConcordance();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_filterButton);
    top->addWidget(m_savedButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chipBox);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        runSearch(0); // the results first: the one worker takes them before the concordance
        if (m_pages->currentIndex() == 1)
            runConcordance();
    });
    connect(m_query, &QLineEdit::textChanged, this, &SearchView::scheduleSearch);
    updateChips();
    updateButtons();
    showStatus();
}

SearchView::~SearchView()
{
    ++*m_generation; // stops what runs
    ++*m_kwicGeneration;
    m_pool->waitForDone();
}

void SearchView::setProject(Project* project)
{
    ++*m_generation;
    ++*m_kwicGeneration;
    m_project = project;
    m_reader = std::make_shared<Reader>();
    if (project)
        m_reader->folder = project->folder();
    m_results->clear();
    m_kwicModel->setConcordance({});
    m_shownQuery.clear();
    m_kwicQuery.clear();
    m_total = 0;
    m_error.clear();
    if (project && !query().trimmed().isEmpty())
        scheduleSearch();
    updateButtons();
    showStatus();
}

void SearchView::showConcordance(const QString& text)
{
    m_pages->setCurrentIndex(1);
    search(text);
}

void SearchView::search(const QString& text)
{
    m_query->setText(text);
    m_debounce->stop();
    runSearch(0);
    if (m_pages->currentIndex() == 1)
        runConcordance();
}

void SearchView::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString SearchView::query() const
{
    return m_query->text();
}

void SearchView::scheduleSearch()
{
    updateChips();
    m_debounce->start();
}

void SearchView::runSearch(int offset)
{
    const QString text = query();
    if (!m_project || text.trimmed().isEmpty() || !search::SearchQuery::parse(text).hasText()) {
        ++*m_generation;
        m_results->clear();
        m_kwicModel->setConcordance({});
        m_shownQuery = text;
        m_kwicQuery = text;
        m_total = 0;
        m_error.clear();
        updateButtons();
        showStatus();
        Q_EMIT resultsShown();
        return;
    }
    const int generation = ++*m_generation;
    const auto latest = m_generation;
    const auto reader = m_reader;
    const search::SearchQuery parsed = search::SearchQuery::parse(text);
    ++m_running;
    showStatus();
    auto* watcher = new QFutureWatcher<Result<search::SearchResults>>(this);
    connect(watcher, &QFutureWatcher<Result<search::SearchResults>>::finished, this,
            [this, watcher, generation, offset, text] {
                watcher->deleteLater();
                --m_running;
                if (generation != m_generation->load()) {
                    showStatus();
                    return; // a newer query is on its way
                }
                const Result<search::SearchResults> found = watcher->result();
                if (offset == 0) {
                    m_results->clear();
                    m_interviews = 0;
                }
                m_shownQuery = text;
                if (!found) {
                    m_error = found.error().message;
                    m_total = 0;
                    updateButtons();
                    showStatus();
                    Q_EMIT resultsShown();
                    return;
                }
                m_error.clear();
                m_total = found->totalSegments;
                m_nextOffset = found->offset + found->pageSize;
                m_more->setVisible(found->hasMore);
                QHash<RowId, QTreeWidgetItem*> groups;
                for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
                    QTreeWidgetItem* g = m_results->topLevelItem(i);
                    if (g->data(0, KindRole).toInt() == GroupItem)
                        groups.insert(g->data(0, InterviewRole).value<RowId>(), g);
                }
                for (const search::InterviewGroup& g : found->groups) {
                    QTreeWidgetItem*& group = groups[g.interviewId];
                    if (!group) {
                        QStringList parts{g.cityName, g.startedAt.left(10), g.participants};
                        parts.removeAll(QString());
                        group = new QTreeWidgetItem(m_results, {parts.join(QStringLiteral(" · "))});
                        group->setData(0, KindRole, GroupItem);
                        group->setData(0, InterviewRole, QVariant::fromValue(g.interviewId));
                        QFont bold = m_results->font();
                        bold.setBold(true);
                        group->setFont(0, bold);
                        group->setExpanded(true);
                        ++m_interviews;
                    }
                    for (const search::SearchHit& h : g.hits) {
                        QString prefix;
                        int kind = SegmentItem;
                        if (h.kind == search::HitKind::Segment) {
                            prefix = (h.startMs ? formatTimeCode(*h.startMs) + QLatin1Char(' ') : QString()) +
                                     (h.speaker.isEmpty() ? QString() : h.speaker + QStringLiteral(": "));
                        } else if (h.kind == search::HitKind::Quote) {
                            prefix = tr("Quote: ");
                            kind = QuoteItem;
                        } else {
                            prefix = tr("Interview notes: ");
                            kind = NoteItem;
                        }
                        const QString shown = prefix + h.snippet.text;
                        QList<QPoint> spans = utf16Spans(h.snippet.text, h.snippet.highlights);
                        for (QPoint& p : spans)
                            p += QPoint(int(prefix.size()), int(prefix.size()));
                        auto* item = new QTreeWidgetItem(group, {shown});
                        item->setData(0, KindRole, kind);
                        item->setData(0, IdRole, QVariant::fromValue(h.id));
                        item->setData(0, InterviewRole, QVariant::fromValue(h.interviewId));
                        item->setData(0, SpansRole, QVariant::fromValue(spans));
                        item->setData(0, StartRole, QVariant::fromValue(h.at.start));
                        item->setData(0, EndRole, QVariant::fromValue(h.at.end));
                        item->setToolTip(0, h.withheld != Withheld::No
                                                ? tr("Withheld for consent: never exported.")
                                                : shown);
                        if (h.withheld != Withheld::No)
                            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
                    }
                }
                if (offset == 0 && !found->elsewhere.empty()) {
                    const auto section = [&](search::HitKind kind) -> QTreeWidgetItem* {
                        const QString title = kind == search::HitKind::Participant ? tr("Participants")
                                              : kind == search::HitKind::City      ? tr("Cities")
                                                                                   : tr("Insights");
                        for (int i = 0; i < m_results->topLevelItemCount(); ++i)
                            if (m_results->topLevelItem(i)->text(0) == title &&
                                m_results->topLevelItem(i)->data(0, KindRole).toInt() == SectionItem)
                                return m_results->topLevelItem(i);
                        auto* s = new QTreeWidgetItem(m_results, {title});
                        s->setData(0, KindRole, SectionItem);
                        QFont bold = m_results->font();
                        bold.setBold(true);
                        s->setFont(0, bold);
                        s->setExpanded(true);
                        return s;
                    };
                    for (const search::SearchHit& h : found->elsewhere) {
                        auto* item = new QTreeWidgetItem(section(h.kind), {h.snippet.text});
                        item->setData(0, KindRole, OtherItem);
                        item->setData(0, IdRole, QVariant::fromValue(h.id));
                        item->setData(0, InterviewRole, int(h.kind)); // which record: opened by its kind
                        item->setData(0, SpansRole,
                                      QVariant::fromValue(utf16Spans(h.snippet.text, h.snippet.highlights)));
                    }
                }
                if (offset == 0 && m_results->topLevelItemCount() > 0 && !m_results->currentItem()) {
                    QTreeWidgetItem* first = m_results->topLevelItem(0);
                    m_results->setCurrentItem(first->childCount() > 0 ? first->child(0) : first, 0,
                                              QItemSelectionModel::NoUpdate);
                }
                updateButtons();
                showStatus();
                Q_EMIT resultsShown();
            });
    watcher->setFuture(QtConcurrent::run(m_pool, [reader, parsed, offset, generation, latest] {
        const std::function<bool()> cancelled = [latest, generation] { return latest->load() != generation; };
        const QMutexLocker lock(&reader->mutex);
        if (cancelled())
            return Result<search::SearchResults>(
                tianye::fail(Error::Code::Cancelled, SearchView::tr("The search was cancelled.")));
        auto project = reader->get();
        if (!project)
            return Result<search::SearchResults>(std::unexpected(project.error()));
        const CancelWatch watch((*project)->db().handle(), cancelled, 2000);
        return search::SearchEngine(**project).search(parsed, offset, PageSize);
    }));
}

void SearchView::loadMore()
{
    if (m_project && m_total > m_nextOffset)
        runSearch(m_nextOffset);
}

void SearchView::runConcordance()
{
    const QString text = query();
    if (!m_project || !search::SearchQuery::parse(text).hasText()) {
        m_kwicModel->setConcordance({});
        m_kwicQuery = text;
        updateButtons();
        return;
    }
    const int generation = ++*m_kwicGeneration;
    const auto latest = m_kwicGeneration;
    const auto reader = m_reader;
    const search::SearchQuery parsed = search::SearchQuery::parse(text);
    const int column = m_kwic->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_kwic->horizontalHeader()->sortIndicatorOrder();
    ++m_running;
    showStatus();
    auto* watcher = new QFutureWatcher<Result<search::Concordance>>(this);
    connect(watcher, &QFutureWatcher<Result<search::Concordance>>::finished, this,
            [this, watcher, text, column, order, generation] {
                watcher->deleteLater();
                --m_running;
                if (generation != m_kwicGeneration->load()) {
                    showStatus();
                    return;
                }
                Result<search::Concordance> found = watcher->result();
                if (!found) {
                    if (found.error().code != Error::Code::Cancelled)
                        m_error = found.error().message;
                    showStatus();
                    return;
                }
                if (text != query()) {
                    showStatus();
                    return;
                }
                m_kwicQuery = text;
                m_kwicModel->setConcordance(std::move(*found));
                if (column >= 0)
                    m_kwicModel->sort(column, order);
                updateButtons();
                showStatus();
                Q_EMIT resultsShown();
            });
    watcher->setFuture(QtConcurrent::run(m_pool, [reader, parsed, generation, latest] {
        const std::function<bool()> cancelled = [latest, generation] { return latest->load() != generation; };
        const QMutexLocker lock(&reader->mutex);
        auto project = reader->get();
        if (!project)
            return Result<search::Concordance>(std::unexpected(project.error()));
        return search::SearchEngine(**project).concordance(parsed, 30, ConcordanceLimit, cancelled);
    }));
}

void SearchView::showStatus()
{
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (!m_project)
        text.clear();
    else if (query().trimmed().isEmpty())
        text =
            tr("Type to search every transcript, quote, note, participant, city and insight of the project.");
    else if (!search::SearchQuery::parse(query()).hasText())
        text = tr("Type a word or phrase to look for; the filters narrow where.");
    else if (m_shownQuery == query())
        text = tr("%n transcript segment(s) match", nullptr, int(std::min<qint64>(m_total, INT_MAX))) +
               (m_total > 0 ? tr(" (%n interview(s) shown)", nullptr, m_interviews) : QString());
    if (m_pages->currentIndex() == 1 && m_kwicQuery == query() && !query().trimmed().isEmpty() &&
        m_error.isEmpty()) {
        const search::Concordance& c = m_kwicModel->concordance();
        text += QStringLiteral(" · ") + tr("%n concordance line(s)", nullptr, int(c.lines.size()));
        if (c.cut)
            text +=
                QLatin1Char(' ') + tr("(the first %1 hits; %n segment(s) match)", nullptr, int(c.segments))
                                       .arg(QLocale().toString(qlonglong(c.lines.size())));
    }
    if (m_running > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("searching…");
    m_status->setText(text);
}

void SearchView::updateButtons()
{
    const bool lines = m_kwicModel->rowCount() > 0;
    m_makeQuote->setEnabled(lines && m_kwic->currentIndex().isValid());
    m_codeAll->setEnabled(lines);
    m_export->setEnabled(lines);
    m_more->setVisible(m_project && m_shownQuery == query() && m_total > m_nextOffset && m_total > 0 &&
                       m_error.isEmpty());
}

void SearchView::updateChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem* item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const search::SearchQuery q = search::SearchQuery::parse(query());
    const std::pair<const char*, QString> filters[] = {
        {"city", q.city},   {"theme", q.theme},      {"speaker", q.speaker}, {"interviewer", q.interviewer},
        {"mode", q.mode},   {"from", q.from},        {"to", q.to},           {"gender", q.gender},
        {"age", q.ageBand}, {"category", q.category}};
    int at = 0;
    for (const auto& [key, value] : filters) {
        if (value.isEmpty())
            continue;
        const QString k = QLatin1String(key);
        const QString label = k == QLatin1String("city")       ? tr("City: %1")
                              : k == QLatin1String("theme")    ? tr("Theme: %1")
                              : k == QLatin1String("speaker")  ? tr("Speaker: %1")
                              : k == QLatin1String("mode")     ? tr("Mode: %1")
                              : k == QLatin1String("from")     ? tr("From: %1")
                              : k == QLatin1String("to")       ? tr("To: %1")
                              : k == QLatin1String("gender")   ? tr("Gender: %1")
                              : k == QLatin1String("age")      ? tr("Age band: %1")
                              : k == QLatin1String("category") ? tr("Category: %1")
                                                               : tr("Interviewer: %1");
        auto* chip = new QToolButton(m_chipBox);
        chip->setObjectName(QStringLiteral("chip-") + k);
        chip->setText(label.arg(value) + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, k] { removeFilter(k); });
        m_chipLayout->insertWidget(at++, chip);
    }
    m_chipBox->setVisible(at > 0);
}

void SearchView::removeFilter(const QString& key)
{
    for (const FilterKey& f : FilterKeys) {
        if (key != QLatin1String(f.key))
            continue;
        QString text = query();
        text.replace(filterPattern(QLatin1String(f.key), QString::fromUtf8(f.zh)), QStringLiteral("\\1"));
        m_query->setText(text.simplified());
    }
}

void SearchView::fillFilterMenu()
{
    QMenu* menu = m_filterButton->menu();
    menu->clear();
    if (!m_project)
        return;
    ops::Reader read(*m_project);
    const auto add = [this](const QString& key, const QString& value) {
        QString text = query();
        for (const FilterKey& f : FilterKeys)
            if (key == QLatin1String(f.key))
                text.replace(filterPattern(key, QString::fromUtf8(f.zh)), QStringLiteral("\\1"));
        const QString added = text.simplified() + QLatin1Char(' ') + key + QLatin1Char(':') + quoted(value);
        m_query->setText(added.trimmed());
    };
    QMenu* cities = menu->addMenu(tr("City"));
    if (auto list = read.cities())
        for (const City& c : *list)
            cities->addAction(c.name, this, [add, name = c.name] { add(QStringLiteral("city"), name); });
    QMenu* themes = menu->addMenu(tr("Theme"));
    if (auto list = read.themes())
        for (const Theme& t : *list)
            themes->addAction(t.name, this, [add, name = t.name] { add(QStringLiteral("theme"), name); });
    QMenu* interviewers = menu->addMenu(tr("Interviewer"));
    if (auto list = read.researchers())
        for (const Researcher& r : *list)
            interviewers->addAction(r.name, this,
                                    [add, name = r.name] { add(QStringLiteral("interviewer"), name); });
    QMenu* modes = menu->addMenu(tr("Mode"));
    for (InterviewMode m : {InterviewMode::InPerson, InterviewMode::Phone, InterviewMode::Video})
        modes->addAction(label(m), this, [add, m] { add(QStringLiteral("mode"), toKey(m)); });
    QMenu* speakers = menu->addMenu(tr("Speaker"));
    QMenu* genders = menu->addMenu(tr("Participant's Gender"));
    QMenu* ages = menu->addMenu(tr("Participant's Age Band"));
    QMenu* categories = menu->addMenu(tr("Participant's Category"));
    if (auto list = read.participants()) {
        QStringList seen[3];
        for (const Participant& p : *list) {
            speakers->addAction(p.code, this, [add, code = p.code] { add(QStringLiteral("speaker"), code); });
            const std::tuple<QMenu*, const char*, QString> values[] = {{genders, "gender", p.gender},
                                                                       {ages, "age", p.ageBand},
                                                                       {categories, "category", p.category}};
            for (size_t i = 0; i < 3; ++i) {
                const auto& [into, key, value] = values[i];
                if (value.trimmed().isEmpty() || seen[i].contains(value))
                    continue;
                seen[i] << value;
                into->addAction(value, this, [add, k = QString::fromLatin1(key), value] { add(k, value); });
            }
        }
    }
    for (QMenu* m : {genders, ages, categories})
        m->setEnabled(!m->isEmpty());
}

void SearchView::fillSavedMenu()
{
    QMenu* menu = m_savedButton->menu();
    menu->clear();
    if (!m_project)
        return;
    auto saved = ops::savedSearches(*m_project);
    if (!saved) {
        Q_EMIT failed(tr("Saved Searches"), saved.error());
        return;
    }
    for (const SavedSearch& s : *saved) {
        QAction* run = menu->addAction(s.name, this, [this, q = s.query] { search(q); });
        run->setToolTip(s.query);
        run->setStatusTip(s.query);
    }
    if (saved->empty())
        menu->addAction(tr("No saved searches yet"))->setEnabled(false);
    menu->addSeparator();
    QAction* save = menu->addAction(tr("Save This Search…"), this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Save Search"), tr("Name for the search “%1”:").arg(query()),
                                  QLineEdit::Normal, query().simplified(), &ok);
        if (ok)
            saveSearch(name);
    });
    save->setEnabled(search::SearchQuery::parse(query()).hasText());
    if (!saved->empty()) {
        QMenu* remove = menu->addMenu(tr("Remove Saved Search"));
        for (const SavedSearch& s : *saved)
            remove->addAction(s.name, this, [this, id = s.id] {
                if (auto ok = ops::removeSavedSearch(*m_session->ops(), id); !ok)
                    Q_EMIT failed(tr("Remove Saved Search"), ok.error());
            });
    }
}

void SearchView::saveSearch(const QString& name)
{
    if (!m_project)
        return;
    if (auto ok = ops::saveSearch(*m_session->ops(), name, query()); !ok)
        Q_EMIT failed(tr("Save Search"), ok.error());
}

void SearchView::openCurrent()
{
    if (m_pages->currentIndex() == 1) {
        const QModelIndex i = m_kwic->currentIndex();
        if (!i.isValid())
            return;
        const search::ConcordanceLine& l = m_kwicModel->line(i.row());
        Q_EMIT openHitRequested(l.interviewId, l.segmentId, l.at);
        return;
    }
    QTreeWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    const RowId interview = item->data(0, InterviewRole).value<RowId>();
    switch (item->data(0, KindRole).toInt()) {
    case SegmentItem:
        Q_EMIT openHitRequested(
            interview, item->data(0, IdRole).value<RowId>(),
            {item->data(0, StartRole).value<qsizetype>(), item->data(0, EndRole).value<qsizetype>()});
        break;
    case QuoteItem:
        Q_EMIT openQuoteRequested(interview, item->data(0, IdRole).value<RowId>());
        break;
    case NoteItem:
    case GroupItem:
        Q_EMIT openInterviewRequested(interview);
        break;
    case OtherItem: {
        const RowId id = item->data(0, IdRole).value<RowId>();
        switch (search::HitKind(item->data(0, InterviewRole).toInt())) {
        case search::HitKind::Participant:
            Q_EMIT openParticipantRequested(id);
            break;
        case search::HitKind::City:
            Q_EMIT openCityRequested(id);
            break;
        case search::HitKind::Insight:
            Q_EMIT openInsightRequested(id);
            break;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
}

void SearchView::playCurrent()
{
    if (m_pages->currentIndex() == 1) {
        const QModelIndex i = m_kwic->currentIndex();
        if (i.isValid())
            Q_EMIT playHitRequested(m_kwicModel->line(i.row()).interviewId,
                                    m_kwicModel->line(i.row()).segmentId);
        return;
    }
    QTreeWidgetItem* item = m_results->currentItem();
    if (item && item->data(0, KindRole).toInt() == SegmentItem)
        Q_EMIT playHitRequested(item->data(0, InterviewRole).value<RowId>(),
                                item->data(0, IdRole).value<RowId>());
}

bool SearchView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_query) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                search(query()); // at once, not after the pause
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                QWidget* list = m_pages->currentIndex() == 1 ? static_cast<QWidget*>(m_kwic) : m_results;
                list->setFocus(Qt::TabFocusReason);
                return true;
            }
        } else if ((watched == m_results || watched == m_kwic) && key->key() == Qt::Key_Space &&
                   key->modifiers() == Qt::NoModifier) {
            playCurrent();
            return true;
        } else if ((watched == m_results || watched == m_kwic) &&
                   (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchView::makeQuoteFromLine()
{
    const QModelIndex i = m_kwic->currentIndex();
    if (!m_project || !i.isValid())
        return;
    const search::ConcordanceLine line = m_kwicModel->line(i.row());
    auto quote = ops::quoteOfHit(*m_project, line.segmentId, line.at, ops::CodingScope::Sentence);
    if (!quote) {
        Q_EMIT failed(tr("Make Quote"), quote.error());
        return;
    }
    ThemePicker picker(m_project, {}, quote->text, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    if (auto made = ops::makeQuote(*m_session->ops(), *quote, picker.chosen()); !made)
        Q_EMIT failed(tr("Make Quote"), made.error());
}

void SearchView::codeAllHits()
{
    if (!m_project || !search::SearchQuery::parse(query()).hasText())
        return;
    CodeHitsDialog dialog(m_session, query(), this);
    dialog.exec();
}

void SearchView::exportConcordance(const QString& path)
{
    if (!m_project)
        return;
    const int column = m_kwic->horizontalHeader()->sortIndicatorSection();
    const search::ConcordanceOrder order =
        column == ConcordanceModel::LeftColumn    ? search::ConcordanceOrder::Left
        : column == ConcordanceModel::RightColumn ? search::ConcordanceOrder::Right
                                                  : search::ConcordanceOrder::Transcript;
    if (auto written = ops::exportConcordance(*m_project, search::SearchQuery::parse(query()), order, path);
        !written)
        Q_EMIT failed(tr("Export Concordance"), written.error());
}

void SearchView::copyConcordance()
{
    QModelIndexList rows = m_kwic->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex& r : rows) {
        const search::ConcordanceLine& l = m_kwicModel->line(r.row());
        if (l.withheld != Withheld::No)
            continue; // consent: never leaves the project
        lines << QStringList{m_kwicModel->concordance().interviews.value(l.interviewId), l.speaker, l.left,
                             l.hit, l.right}
                     .join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace tianye::ui
