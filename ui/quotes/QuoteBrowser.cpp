// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "quotes/QuoteBrowser.h"

#include "app/ErrorBox.h"
#include "app/ProjectSession.h"
#include "ops/Exports.h"
#include "ops/Quotes.h"
#include "ops/Reader.h"
#include "quotes/QuoteBrowserModel.h"
#include "search/SearchQuery.h"
#include "store/Change.h"
#include "store/Project.h"
#include "themes/ThemePicker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

// A quote as a card: the words large, then who said them, then themes and flags.
class QuoteCardDelegate final : public QStyledItemDelegate
{
public:
    QuoteCardDelegate(QuoteBrowserModel* model, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const int line = option.fontMetrics.height();
        return {std::max(option.rect.width(), 320), line * 6 + 20};
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QuoteRow* r = m_model->quoteAt(index.row());
        if (!r)
            return;
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(option.rect).adjusted(6, 4, -6, -4);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette& pal = option.palette;
        QPainterPath path;
        path.addRoundedRect(card, 6, 6);
        p->fillPath(path, selected ? pal.color(QPalette::Highlight).lighter(180) : pal.color(QPalette::Base));
        p->setPen(
            QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
        p->drawPath(path);

        const QRectF inner = card.adjusted(12, 8, -12, -8);
        const QFontMetricsF fm(option.font);
        QFont big = option.font;
        big.setPointSizeF(option.font.pointSizeF() * 1.15);
        p->setFont(big);
        p->setPen(r->withheld != Withheld::No || r->detached ? QColor(0xb3, 0x26, 0x1e)
                                                             : pal.color(QPalette::Text));
        const QFontMetricsF bigMetrics(big);
        const QRectF textRect(inner.left(), inner.top(), inner.width(), bigMetrics.lineSpacing() * 3);
        QString words = QStringLiteral("“%1”").arg(r->text);
        // Three lines at most, the rest elided.
        const QString elided = bigMetrics.elidedText(
            words, Qt::ElideRight, textRect.width() * 3 - bigMetrics.averageCharWidth() * 6);
        p->drawText(textRect, Qt::TextWordWrap, elided);

        p->setFont(option.font);
        p->setPen(pal.color(QPalette::PlaceholderText));
        QStringList who{r->speaker()};
        if (!r->role.isEmpty())
            who << r->role;
        who << r->cityName << r->interviewDate.left(10);
        QString line = QStringLiteral("— ") + who.join(QStringLiteral(" · "));
        if (r->withheld != Withheld::No)
            line += QStringLiteral("  ") + QuoteBrowserModel::tr("(withheld: never exported)");
        const qreal y = textRect.bottom() + 4;
        p->drawText(QRectF(inner.left(), y, inner.width(), fm.lineSpacing()), Qt::AlignLeft,
                    fm.elidedText(line, Qt::ElideRight, inner.width()));
        QString flags;
        if (r->starred)
            flags += QStringLiteral("★ ");
        if (r->inDossier)
            flags += QuoteBrowserModel::tr("Dossier");
        QString themes = r->themes.join(QStringLiteral(" · "));
        p->setPen(pal.color(QPalette::Link));
        const QRectF last(inner.left(), y + fm.lineSpacing() + 2, inner.width(), fm.lineSpacing());
        p->drawText(last, Qt::AlignLeft,
                    fm.elidedText(themes, Qt::ElideRight, inner.width() - fm.horizontalAdvance(flags) - 12));
        p->setPen(QColor(0xc0, 0x8a, 0x00));
        p->drawText(last, Qt::AlignRight, flags);
        p->restore();
    }

private:
    QuoteBrowserModel* m_model;
};

QComboBox* choiceBox(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

QuoteBrowser::QuoteBrowser(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QuoteBrowserModel(session, this))
{
    setObjectName(QStringLiteral("quoteBrowser"));
    auto* layout = new QVBoxLayout(this);

    auto* first = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("quoteSearch"));
    m_search->setPlaceholderText(tr("Search quotes, notes and translations"));
    m_search->setClearButtonEnabled(true);
    m_city = choiceBox(QStringLiteral("quoteCityFilter"), tr("City"), this);
    m_theme = choiceBox(QStringLiteral("quoteThemeFilter"), tr("Theme"), this);
    m_sort = choiceBox(QStringLiteral("quoteSort"), tr("Sort by"), this);
    m_sort->addItem(tr("By date"), int(QuoteSort::Date));
    m_sort->addItem(tr("By city"), int(QuoteSort::City));
    m_sort->addItem(tr("By theme"), int(QuoteSort::Theme));
    m_sort->addItem(tr("Shortest first"), int(QuoteSort::Length));
    m_sort->addItem(tr("Longest first"), -int(QuoteSort::Length) - 1);
    first->addWidget(m_search, 3);
    first->addWidget(m_city, 1);
    first->addWidget(m_theme, 1);
    first->addWidget(m_sort);
    layout->addLayout(first);

    auto* second = new QHBoxLayout;
    m_category = choiceBox(QStringLiteral("quoteCategoryFilter"), tr("Category"), this);
    m_gender = choiceBox(QStringLiteral("quoteGenderFilter"), tr("Gender"), this);
    m_ageBand = choiceBox(QStringLiteral("quoteAgeFilter"), tr("Age band"), this);
    m_tie = choiceBox(QStringLiteral("quoteTieFilter"), tr("Tie to the city"), this);
    m_interviewer = choiceBox(QStringLiteral("quoteInterviewerFilter"), tr("Interviewer"), this);
    m_starred = new QCheckBox(tr("Starred"), this);
    m_starred->setObjectName(QStringLiteral("quoteStarredFilter"));
    m_dossier = new QCheckBox(tr("In dossier"), this);
    m_dossier->setObjectName(QStringLiteral("quoteDossierFilter"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_category, m_gender, m_ageBand, m_tie, m_interviewer,
                                                      m_starred, m_dossier})
        second->addWidget(w);
    second->addStretch(1);
    layout->addLayout(second);

    auto* bar = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("quoteCount"));
    // Before the views: the table's first sort already fills the model.
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuoteBrowser::updateCount);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("Filtering…"));
    m_busy->hide();
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->hide();
    connect(cancel, &QPushButton::clicked, m_model, &QuoteBrowserModel::cancelFiltering);
    m_tableButton = new QToolButton(this);
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_cardsButton = new QToolButton(this);
    m_cardsButton->setText(tr("Cards"));
    m_cardsButton->setCheckable(true);
    m_cardsButton->setObjectName(QStringLiteral("quoteCardsButton"));
    auto* star = new QPushButton(tr("Star"), this);
    star->setObjectName(QStringLiteral("quoteStarButton"));
    star->setToolTip(tr("Star or unstar the selected quotes (Ctrl+D)"));
    auto* play = new QPushButton(tr("Play"), this);
    play->setObjectName(QStringLiteral("quotePlayButton"));
    play->setToolTip(tr("Open the quote's interview and play its audio range"));
    connect(play, &QPushButton::clicked, this, [this] {
        const QModelIndex current =
            m_views->currentIndex() == 0 ? m_table->currentIndex() : m_cards->currentIndex();
        if (const QuoteRow* r = current.isValid() ? m_model->quoteAt(current.row()) : nullptr)
            Q_EMIT playQuoteRequested(r->interviewId, r->id);
    });
    auto* themes = new QPushButton(tr("Add Themes…"), this);
    themes->setObjectName(QStringLiteral("quoteAddThemes"));
    themes->setToolTip(tr("Add themes to every selected quote"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("quoteExport"));
    exportButton->setToolTip(tr("Save the quotes shown as CSV or Excel (XLSX)"));
    bar->addWidget(m_count);
    bar->addWidget(m_busy);
    bar->addWidget(cancel);
    bar->addStretch(1);
    bar->addWidget(play);
    bar->addWidget(star);
    bar->addWidget(themes);
    bar->addWidget(exportButton);
    bar->addSpacing(12);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_cardsButton);
    layout->addLayout(bar);

    m_views = new QStackedWidget(this);
    m_table = new QTableView(m_views);
    m_table->setObjectName(QStringLiteral("quoteTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuoteBrowserModel::DateColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteBrowserModel::QuoteColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(QuoteBrowserModel::SpeakerColumn, 80);
    m_table->setColumnWidth(QuoteBrowserModel::RoleColumn, 120);
    m_table->setColumnWidth(QuoteBrowserModel::CityColumn, 80);
    m_table->setColumnWidth(QuoteBrowserModel::DateColumn, 90);
    m_table->setColumnWidth(QuoteBrowserModel::ThemesColumn, 180);
    m_table->setColumnWidth(QuoteBrowserModel::StarColumn, 30);
    m_table->setColumnWidth(QuoteBrowserModel::DossierColumn, 60);
    m_table->setWordWrap(false);
    // Quotes are dragged onto an insight as evidence.
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_cards = new QListView(m_views);
    m_cards->setObjectName(QStringLiteral("quoteCards"));
    m_cards->setModel(m_model);
    m_cards->setSelectionModel(m_table->selectionModel());
    m_cards->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cards->setItemDelegate(new QuoteCardDelegate(m_model, m_cards));
    m_cards->setUniformItemSizes(true);
    m_cards->setDragEnabled(true);
    m_cards->setDragDropMode(QAbstractItemView::DragOnly);
    m_cards->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_views->addWidget(m_table);
    m_views->addWidget(m_cards);
    layout->addWidget(m_views, 1);
    setCardView(false);

    // Keyboard: Enter opens, Ctrl+D stars, Ctrl+C copies as formatted text.
    const auto shortcut = [this](const QString& text, const QKeySequence& key, void (QuoteBrowser::*slot)()) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        this->addAction(a);
    };
    shortcut(tr("Copy Quotes"), QKeySequence::Copy, &QuoteBrowser::copySelection);
    shortcut(tr("Star"), QKeySequence(Qt::CTRL | Qt::Key_D), &QuoteBrowser::toggleStar);
    connect(m_table, &QAbstractItemView::activated, this, &QuoteBrowser::openCurrent);
    connect(m_cards, &QAbstractItemView::activated, this, &QuoteBrowser::openCurrent);
    connect(star, &QPushButton::clicked, this, &QuoteBrowser::toggleStar);
    connect(themes, &QPushButton::clicked, this, &QuoteBrowser::addThemesToSelection);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString chosen;
        QString path = QFileDialog::getSaveFileName(this, tr("Export Quotes"), tr("quotes"),
                                                    tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &chosen);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += chosen.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
        exportQuotes(path);
    });
    connect(m_tableButton, &QToolButton::clicked, this, [this] { setCardView(false); });
    connect(m_cardsButton, &QToolButton::clicked, this, [this] { setCardView(true); });

    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &QuoteBrowser::applyFilter);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &QuoteBrowser::applyFilter);
    for (QComboBox* box : {m_city, m_theme, m_category, m_gender, m_ageBand, m_tie, m_interviewer, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &QuoteBrowser::applyFilter);
    connect(m_starred, &QCheckBox::toggled, this, &QuoteBrowser::applyFilter);
    connect(m_dossier, &QCheckBox::toggled, this, &QuoteBrowser::applyFilter);
    connect(m_model, &QuoteBrowserModel::filteringStarted, this, [this, cancel] {
        m_busy->show();
        cancel->show();
    });
    connect(m_model, &QuoteBrowserModel::filteringFinished, this, [this, cancel] {
        m_busy->hide();
        cancel->hide();
        updateCount();
    });
    connect(m_model, &QuoteBrowserModel::failed, this,
            [this](const Error& e) { showErrorBox(this, tr("Filter Quotes"), e); });
    connect(&m_session->project()->notifier(), &ChangeNotifier::changed, this, &QuoteBrowser::onChange);

    reloadChoices();
    applyFilter();
}

void QuoteBrowser::setCardView(bool cards)
{
    m_views->setCurrentIndex(cards ? 1 : 0);
    m_tableButton->setChecked(!cards);
    m_cardsButton->setChecked(cards);
}

void QuoteBrowser::reloadChoices()
{
    Project* project = m_session->project();
    m_loadingChoices = true;
    const auto refill = [](QComboBox* box, const QString& all, const QList<QPair<QString, QVariant>>& items) {
        const QVariant keep = box->currentData();
        box->clear();
        box->addItem(all, QVariant());
        for (const auto& [text, value] : items)
            box->addItem(text, value);
        const int at = box->findData(keep);
        box->setCurrentIndex(at >= 0 ? at : 0);
    };
    QList<QPair<QString, QVariant>> cities;
    if (auto list = ops::Reader(*project).cities())
        for (const City& c : *list)
            cities << qMakePair(c.name, QVariant::fromValue(c.id));
    refill(m_city, tr("All cities"), cities);
    QList<QPair<QString, QVariant>> themes;
    if (auto list = ops::Reader(*project).themes()) {
        QHash<RowId, int> depth;
        for (const Theme& t : *list) {
            const int d = t.parentId == NoRow ? 0 : depth.value(t.parentId) + 1;
            depth.insert(t.id, d);
            themes << qMakePair(QString(QString(d * 3, QLatin1Char(' ')) + t.name),
                                QVariant::fromValue(t.id));
        }
    }
    refill(m_theme, tr("All themes"), themes);
    QSet<QString> categories, genders, ages;
    QSet<CityTie> ties;
    if (auto people = ops::Reader(*project).participants()) {
        for (const Participant& p : *people) {
            if (!p.category.isEmpty())
                categories << p.category;
            if (!p.gender.isEmpty())
                genders << p.gender;
            if (!p.ageBand.isEmpty())
                ages << p.ageBand;
            ties << p.tie;
        }
    }
    const auto sorted = [](const QSet<QString>& set) {
        QStringList list(set.begin(), set.end());
        list.sort(Qt::CaseInsensitive);
        QList<QPair<QString, QVariant>> items;
        for (const QString& s : list)
            items << qMakePair(s, QVariant(s));
        return items;
    };
    refill(m_category, tr("Any category"), sorted(categories));
    refill(m_gender, tr("Any gender"), sorted(genders));
    refill(m_ageBand, tr("Any age"), sorted(ages));
    QList<QPair<QString, QVariant>> tieItems;
    for (CityTie t :
         {CityTie::Native, CityTie::Returnee, CityTie::Newcomer, CityTie::Visitor, CityTie::Unknown})
        if (ties.contains(t))
            tieItems << qMakePair(label(t), QVariant(toKey(t)));
    refill(m_tie, tr("Any tie to the city"), tieItems);
    QList<QPair<QString, QVariant>> researchers;
    if (auto list = ops::Reader(*project).researchers())
        for (const Researcher& r : *list)
            researchers << qMakePair(r.name, QVariant::fromValue(r.id));
    refill(m_interviewer, tr("Any interviewer"), researchers);
    m_loadingChoices = false;
}

void QuoteBrowser::applyFilter()
{
    if (m_loadingChoices)
        return;
    QuoteFilter f;
    if (const QVariant city = m_city->currentData(); city.isValid())
        f.cityIds << city.value<RowId>();
    if (const QVariant theme = m_theme->currentData(); theme.isValid())
        f.themeId = theme.value<RowId>();
    f.category = m_category->currentData().toString();
    f.gender = m_gender->currentData().toString();
    f.ageBand = m_ageBand->currentData().toString();
    f.cityTie = m_tie->currentData().toString();
    if (const QVariant who = m_interviewer->currentData(); who.isValid())
        f.interviewerId = who.value<RowId>();
    f.starredOnly = m_starred->isChecked();
    f.dossierOnly = m_dossier->isChecked();
    // What the search box's syntax restricts (city:, theme:, interviewer:) narrows the
    // choices above; a name nothing has finds nothing.
    const search::SearchQuery query = search::SearchQuery::parse(m_search->text());
    f.match = query.toFtsExpression();
    constexpr RowId Nothing = -1;
    if (Project* project = m_session->project(); project && !query.city.isEmpty()) {
        RowId named = Nothing;
        const auto cities = ops::Reader(*project).cities().value_or(std::vector<City>());
        for (const City& c : cities)
            if (c.name.compare(query.city, Qt::CaseInsensitive) == 0)
                named = c.id;
        f.cityIds = {f.cityIds.isEmpty() || f.cityIds.contains(named) ? named : Nothing};
    }
    if (Project* project = m_session->project(); project && !query.theme.isEmpty()) {
        RowId named = Nothing;
        const auto themes = ops::Reader(*project).themes().value_or(std::vector<Theme>());
        for (const Theme& t : themes)
            if (t.name.compare(query.theme, Qt::CaseInsensitive) == 0 && named == Nothing)
                named = t.id;
        f.themeId = f.themeId == NoRow || f.themeId == named ? named : Nothing;
    }
    if (Project* project = m_session->project(); project && !query.interviewer.isEmpty()) {
        RowId named = Nothing;
        const auto researchers = ops::Reader(*project).researchers().value_or(std::vector<Researcher>());
        for (const Researcher& r : researchers)
            if (r.name.compare(query.interviewer, Qt::CaseInsensitive) == 0)
                named = r.id;
        f.interviewerId = f.interviewerId == NoRow || f.interviewerId == named ? named : Nothing;
    }
    const int sort = m_sort->currentData().toInt();
    f.sort = QuoteSort(sort < 0 ? -sort - 1 : sort);
    f.descending = sort < 0;
    if (f != m_model->filter() || m_model->rowCount() == 0 || !m_fixed.isEmpty()) {
        m_fixed.clear();
        m_model->setFilter(f);
    }
}

void QuoteBrowser::followCity(RowId cityId)
{
    // "All cities" in the box stays a way to see every city's quotes.
    m_city->setCurrentIndex(std::max(0, m_city->findData(QVariant::fromValue(cityId))));
}

void QuoteBrowser::showMatching(const QString& words, RowId cityId)
{
    m_loadingChoices = true;
    m_city->setCurrentIndex(std::max(0, m_city->findData(QVariant::fromValue(cityId))));
    m_theme->setCurrentIndex(0);
    for (QComboBox* box : {m_category, m_gender, m_ageBand, m_tie, m_interviewer})
        box->setCurrentIndex(0);
    m_starred->setChecked(false);
    m_dossier->setChecked(false);
    m_search->setText(words);
    m_loadingChoices = false;
    applyFilter();
}

void QuoteBrowser::showThemeInCity(RowId themeId, RowId cityId)
{
    m_loadingChoices = true;
    m_city->setCurrentIndex(std::max(0, m_city->findData(QVariant::fromValue(cityId))));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(QVariant::fromValue(themeId))));
    m_search->clear();
    for (QComboBox* box : {m_category, m_gender, m_ageBand, m_tie, m_interviewer})
        box->setCurrentIndex(0);
    m_starred->setChecked(false);
    m_dossier->setChecked(false);
    m_loadingChoices = false;
    applyFilter();
}

void QuoteBrowser::showQuotes(const QList<RowId>& ids, const QString& what)
{
    m_loadingChoices = true;
    m_city->setCurrentIndex(0);
    m_theme->setCurrentIndex(0);
    for (QComboBox* box : {m_category, m_gender, m_ageBand, m_tie, m_interviewer})
        box->setCurrentIndex(0);
    m_starred->setChecked(false);
    m_dossier->setChecked(false);
    {
        // Not a typed search: the typing timer would show the filter's quotes instead.
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_loadingChoices = false;
    m_fixed = what;
    m_model->showIds(std::vector<RowId>(ids.begin(), ids.end()));
    updateCount();
}

void QuoteBrowser::updateCount()
{
    if (!m_fixed.isEmpty())
        m_count->setText(tr("%n quote(s): %1", nullptr, int(m_model->quoteCount())).arg(m_fixed));
    else
        m_count->setText(tr("%n quote(s)", nullptr, int(m_model->quoteCount())));
}

QList<RowId> QuoteBrowser::selectedQuotes() const
{
    QList<RowId> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_model->idAt(m_table->currentIndex().row());
    return ids;
}

void QuoteBrowser::openCurrent()
{
    const QModelIndex current =
        m_views->currentIndex() == 0 ? m_table->currentIndex() : m_cards->currentIndex();
    if (const QuoteRow* r = current.isValid() ? m_model->quoteAt(current.row()) : nullptr)
        Q_EMIT openQuoteRequested(r->interviewId, r->id);
}

void QuoteBrowser::toggleStar()
{
    const QList<RowId> ids = selectedQuotes();
    if (ids.isEmpty())
        return;
    // All starred: unstar; otherwise star them all.
    bool allStarred = true;
    for (RowId id : ids)
        if (const QuoteRow* r = m_model->quoteAt(m_model->rowOf(id)); r && !r->starred)
            allStarred = false;
    if (auto ok = ops::starQuotes(*m_session->ops(), ids, !allStarred); !ok)
        showErrorBox(this, allStarred ? tr("Unstar Quotes") : tr("Star Quotes"), ok.error());
}

void QuoteBrowser::addThemesToSelection()
{
    const QList<RowId> ids = selectedQuotes();
    if (ids.isEmpty())
        return;
    const QuoteRow* first = m_model->quoteAt(m_model->rowOf(ids.first()));
    ThemePicker picker(
        m_session->project(), {},
        ids.size() == 1 && first ? first->text : tr("%n selected quote(s)", nullptr, int(ids.size())), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    if (auto ok = ops::addQuoteThemes(*m_session->ops(), ids, picker.chosen()); !ok)
        showErrorBox(this, tr("Add Themes"), ok.error());
}

void QuoteBrowser::copySelection()
{
    QStringList blocks;
    QList<int> rows;
    for (RowId id : selectedQuotes())
        rows << m_model->rowOf(id);
    std::sort(rows.begin(), rows.end());
    int withheld = 0;
    for (int row : rows) {
        const QuoteRow* r = m_model->quoteAt(row);
        if (!r)
            continue;
        // The clipboard leaves the project like an export: withheld words stay in.
        if (r->withheld != Withheld::No) {
            ++withheld;
            continue;
        }
        QStringList who{r->speaker()};
        if (!r->role.isEmpty())
            who << r->role;
        who << r->cityName;
        blocks << QStringLiteral("“%1” — %2").arg(r->text, who.join(QStringLiteral(", ")));
    }
    if (!blocks.isEmpty())
        QApplication::clipboard()->setText(blocks.join(QStringLiteral("\n\n")));
    if (withheld > 0)
        m_count->setText(
            tr("%n withheld quote(s) not copied: they never leave the project.", nullptr, withheld));
}

void QuoteBrowser::exportQuotes(const QString& path)
{
    std::vector<RowId> ids;
    ids.reserve(size_t(m_model->quoteCount()));
    for (int i = 0; i < m_model->rowCount(); ++i)
        ids.push_back(m_model->idAt(i));
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    auto written = ops::exportQuotes(*m_session->ops(), ids,
                                     csv ? formats::SheetFormat::Csv : formats::SheetFormat::Xlsx, path);
    if (!written) {
        showErrorBox(this, tr("Export Quotes"), written.error());
        return;
    }
    m_count->setText(
        tr("Exported %n quote(s) to %1.", nullptr, written->written).arg(QDir::toNativeSeparators(path)));
}

void QuoteBrowser::onChange(const Change& change)
{
    if (change.entity == Entity::City || change.entity == Entity::Theme ||
        change.entity == Entity::Researcher ||
        (change.entity == Entity::Participant && change.kind != ChangeKind::Removed))
        reloadChoices();
}

} // namespace tianye::ui
