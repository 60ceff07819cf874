// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/InsightsBoard.h"

#include "app/ErrorBox.h"
#include "app/ProjectSession.h"
#include "app/UnsavedTyping.h"
#include "ops/Cities.h"
#include "ops/Insights.h"
#include "ops/Reader.h"
#include "quotes/QuoteBrowserModel.h"
#include "search/SearchQuery.h"
#include "store/Project.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int InterviewRole = Qt::UserRole + 1;
constexpr int MostFound = 200;

// The new order of a list after moving the item at `from` to before the item at `to`
// (to = count() puts it last).
QList<RowId> moved(QList<RowId> ids, int from, int to)
{
    if (from < 0 || from >= ids.size() || to < 0 || to > ids.size() || to == from || to == from + 1)
        return ids;
    const RowId id = ids.takeAt(from);
    ids.insert(to > from ? to - 1 : to, id);
    return ids;
}

void fillQuoteItem(QListWidgetItem* item, const QuoteRow& r)
{
    QStringList who{r.speaker()};
    if (!r.role.isEmpty())
        who << r.role;
    who << r.cityName;
    item->setText(QString(QChar(0x201C) + r.text + QChar(0x201D) + QStringLiteral("\n— ") +
                          who.join(QStringLiteral(" · "))));
    item->setData(IdRole, r.id);
    item->setData(InterviewRole, r.interviewId);
    if (r.withheld != Withheld::No) {
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
        item->setToolTip(withheldReason(r.withheld));
    } else {
        item->setToolTip(r.translation.isEmpty() ? r.text : r.translation);
    }
}

} // namespace

// The evidence of one insight: takes quotes dropped from the quote browser (or the
// search results) and reorders by drag and drop; the board writes each change.
class EvidenceList final : public QListWidget
{
    Q_OBJECT

public:
    explicit EvidenceList(QWidget* parent)
        : QListWidget(parent)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setWordWrap(true);
        setAlternatingRowColors(true);
    }

Q_SIGNALS:
    void quotesDropped(const QList<tianye::RowId>& ids, int row);
    void itemMoved(int from, int to);

protected:
    QStringList mimeTypes() const override { return {QLatin1String(QuoteBrowserModel::MimeType)}; }
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override
    {
        QList<RowId> ids;
        for (const QListWidgetItem* item : items)
            ids << item->data(IdRole).value<RowId>();
        return QuoteBrowserModel::mimeFor(ids);
    }
    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (event->mimeData()->hasFormat(QLatin1String(QuoteBrowserModel::MimeType)))
            event->acceptProposedAction();
        else
            event->ignore();
    }
    void dragMoveEvent(QDragMoveEvent* event) override
    {
        QListWidget::dragMoveEvent(event);
        if (event->mimeData()->hasFormat(QLatin1String(QuoteBrowserModel::MimeType)))
            event->accept();
    }
    void dropEvent(QDropEvent* event) override
    {
        const QList<RowId> ids = QuoteBrowserModel::idsFromMime(event->mimeData());
        if (ids.isEmpty())
            return event->ignore();
        const QPoint at = event->position().toPoint();
        const QModelIndex index = indexAt(at);
        int row = count();
        if (index.isValid())
            row = at.y() > visualRect(index).center().y() ? index.row() + 1 : index.row();
        // The board rewrites the list from the store: Qt must not move items itself.
        event->setDropAction(Qt::CopyAction);
        event->accept();
        if (event->source() == this)
            Q_EMIT itemMoved(currentRow(), row);
        else
            Q_EMIT quotesDropped(ids, row);
    }
};

InsightsBoard::InsightsBoard(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("insightsBoard"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("insightsCity"));
    m_city->setMinimumWidth(160);
    m_spirit = new QLineEdit(this);
    m_spirit->setObjectName(QStringLiteral("spiritWord"));
    m_spirit->setPlaceholderText(tr("The city's spirit word, e.g. 不争"));
    auto* exportButton = new QPushButton(tr("Export Dossier…"), this);
    exportButton->setObjectName(QStringLiteral("exportDossierButton"));
    auto* cityLabel = new QLabel(tr("&City:"), this);
    cityLabel->setBuddy(m_city);
    auto* spiritLabel = new QLabel(tr("&Spirit word:"), this);
    spiritLabel->setBuddy(m_spirit);
    top->addWidget(cityLabel);
    top->addWidget(m_city);
    top->addSpacing(12);
    top->addWidget(spiritLabel);
    top->addWidget(m_spirit, 1);
    top->addWidget(exportButton);
    layout->addLayout(top);
    m_statement = new QPlainTextEdit(this);
    m_statement->setObjectName(QStringLiteral("spiritStatement"));
    m_statement->setPlaceholderText(tr("What the spirit word means for this city"));
    m_statement->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_statement->setTabChangesFocus(true);
    layout->addWidget(m_statement);

    auto* splitter = new QSplitter(this);
    // Left: the insights, and the chosen one's words.
    auto* left = new QGroupBox(tr("Insights"), splitter);
    auto* leftLayout = new QVBoxLayout(left);
    m_insights = new QListWidget(left);
    m_insights->setObjectName(QStringLiteral("insightList"));
    m_insights->setDragDropMode(QAbstractItemView::InternalMove);
    m_insights->setDefaultDropAction(Qt::MoveAction);
    leftLayout->addWidget(m_insights, 1);
    auto* insightButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Insight"), left);
    add->setObjectName(QStringLiteral("addInsight"));
    auto* remove = new QPushButton(tr("Remove"), left);
    remove->setObjectName(QStringLiteral("removeInsight"));
    auto* up = new QPushButton(tr("Move Up"), left);
    auto* down = new QPushButton(tr("Move Down"), left);
    for (QPushButton* b : {add, remove, up, down})
        insightButtons->addWidget(b);
    insightButtons->addStretch();
    leftLayout->addLayout(insightButtons);
    m_details = new QWidget(left);
    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(m_details);
    m_kind->setObjectName(QStringLiteral("insightKind"));
    m_kind->addItem(tr("Spirit word"), int(InsightKind::Spirit));
    m_kind->addItem(tr("Supporting insight"), int(InsightKind::Supporting));
    m_title = new QLineEdit(m_details);
    m_title->setObjectName(QStringLiteral("insightTitle"));
    m_insightStatement = new QPlainTextEdit(m_details);
    m_insightStatement->setObjectName(QStringLiteral("insightStatement"));
    m_insightStatement->setTabChangesFocus(true);
    m_insightStatement->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Statement:"), m_insightStatement);
    leftLayout->addWidget(m_details, 1);

    // Right: the evidence of the chosen insight, and quotes found to add.
    auto* right = new QGroupBox(tr("Evidence"), splitter);
    auto* rightLayout = new QVBoxLayout(right);
    m_evidenceHint = new QLabel(right);
    m_evidenceHint->setWordWrap(true);
    m_evidenceHint->setText(tr("Drag quotes here from the Quotes tab, or find them below. Drag to reorder."));
    rightLayout->addWidget(m_evidenceHint);
    m_evidence = new EvidenceList(right);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    rightLayout->addWidget(m_evidence, 2);
    auto* evidenceButtons = new QHBoxLayout;
    auto* removeQuote = new QPushButton(tr("Remove Quote"), right);
    removeQuote->setObjectName(QStringLiteral("removeEvidence"));
    auto* quoteUp = new QPushButton(tr("Move Up"), right);
    auto* quoteDown = new QPushButton(tr("Move Down"), right);
    for (QPushButton* b : {removeQuote, quoteUp, quoteDown})
        evidenceButtons->addWidget(b);
    evidenceButtons->addStretch();
    rightLayout->addLayout(evidenceButtons);
    m_search = new QLineEdit(right);
    m_search->setObjectName(QStringLiteral("evidenceSearch"));
    m_search->setPlaceholderText(tr("Find quotes of this city to add…"));
    m_search->setClearButtonEnabled(true);
    rightLayout->addWidget(m_search);
    m_results = new QListWidget(right);
    m_results->setObjectName(QStringLiteral("evidenceResults"));
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setDragEnabled(true);
    m_results->setDragDropMode(QAbstractItemView::DragOnly);
    rightLayout->addWidget(m_results, 1);
    m_addFound = new QPushButton(tr("Add to Evidence"), right);
    m_addFound->setObjectName(QStringLiteral("addFoundEvidence"));
    rightLayout->addWidget(m_addFound, 0, Qt::AlignRight);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(100);
    connect(m_reload, &QTimer::timeout, this, &InsightsBoard::reload);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &InsightsBoard::search);

    // Typing is saved after a pause to the city or insight it was typed for, and kept
    // (and tried again) while saving fails.
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            typedCityField(int(CityField::InsightStatement), m_statement->toPlainText());
    });
    connect(m_spirit, &QLineEdit::textEdited, this,
            [this](const QString& text) { typedCityField(int(CityField::SpiritWord), text.trimmed()); });
    connect(m_insightStatement, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            typedInsightField(int(InsightField::Statement), m_insightStatement->toPlainText());
    });
    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString& text) { typedInsightField(int(InsightField::Title), text); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        saveInsightField(int(InsightField::Kind),
                         QVariant::fromValue(InsightKind(m_kind->currentData().toInt())),
                         tr("Change Insight Kind"), {});
    });
    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_search->clear();
        m_results->clear();
        reload();
    });
    connect(m_insights, &QListWidget::currentRowChanged, this, [this] {
        if (m_loading)
            return;
        showInsight();
    });
    connect(m_insights->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_loading)
            return;
        // The list shows the order the user dropped: write it.
        QList<RowId> order;
        for (int i = 0; i < m_insights->count(); ++i)
            order << m_insights->item(i)->data(IdRole).value<RowId>();
        if (auto ok = ops::reorderInsights(*m_session->ops(), order); !ok)
            report(tr("Reorder Insights"), ok.error());
    });
    connect(add, &QPushButton::clicked, this, [this] {
        if (addInsight() != NoRow) {
            m_title->setFocus();
            m_title->selectAll();
        }
    });
    connect(remove, &QPushButton::clicked, this, &InsightsBoard::removeInsight);
    connect(up, &QPushButton::clicked, this,
            [this] { moveInsight(m_insights->currentRow(), m_insights->currentRow() - 1); });
    connect(down, &QPushButton::clicked, this,
            [this] { moveInsight(m_insights->currentRow(), m_insights->currentRow() + 2); });
    connect(m_evidence, &EvidenceList::quotesDropped, this,
            [this](const QList<RowId>& ids, int row) { addEvidence(ids, row); });
    connect(m_evidence, &EvidenceList::itemMoved, this, &InsightsBoard::moveEvidence);
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openQuoteRequested(item->data(InterviewRole).value<RowId>(),
                                  item->data(IdRole).value<RowId>());
    });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_evidence, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &InsightsBoard::removeEvidence);
    connect(removeQuote, &QPushButton::clicked, this, &InsightsBoard::removeEvidence);
    connect(quoteUp, &QPushButton::clicked, this,
            [this] { moveEvidence(m_evidence->currentRow(), m_evidence->currentRow() - 1); });
    connect(quoteDown, &QPushButton::clicked, this,
            [this] { moveEvidence(m_evidence->currentRow(), m_evidence->currentRow() + 2); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        search();
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });
    const auto addFound = [this] {
        QList<RowId> ids;
        for (QListWidgetItem* item : m_results->selectedItems())
            ids << item->data(IdRole).value<RowId>();
        addEvidence(ids);
    };
    connect(m_addFound, &QPushButton::clicked, this, addFound);
    connect(m_results, &QListWidget::itemActivated, this, addFound);
    connect(exportButton, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(city()); });

    connect(&m_session->project()->notifier(), &ChangeNotifier::changed, this, [this](const Change& c) {
        if (c.entity == Entity::City &&
            (c.kind != ChangeKind::Updated || c.fields.isEmpty() || c.fields.contains(QLatin1String("name"))))
            reloadCities();
        if (c.entity == Entity::Insight || c.entity == Entity::City || c.entity == Entity::Quote ||
            c.entity == Entity::Participant) {
            if (isVisible())
                m_reload->start();
            else
                m_stale = true;
        }
    });
    reloadCities();
    reload();
}

QString InsightsBoard::cityKey(int field) const
{
    // Also the merge key: typing into one field is one undo step.
    return QStringLiteral("city-%1-%2").arg(city()).arg(field);
}

QString InsightsBoard::insightKey(int field) const
{
    return QStringLiteral("insight-%1-%2").arg(currentInsight()).arg(field);
}

void InsightsBoard::typedCityField(int field, const QString& value)
{
    const RowId id = city();
    if (id == NoRow)
        return;
    m_session->typing()->typed(this, cityKey(field), value, [this, id, field, value, key = cityKey(field)] {
        return ops::setCityField(*m_session->ops(), id, CityField(field), value, key);
    });
}

void InsightsBoard::typedInsightField(int field, const QString& value)
{
    const RowId id = currentInsight();
    if (id == NoRow || m_loading)
        return;
    m_session->typing()->typed(
        this, insightKey(field), value, [this, id, field, value, key = insightKey(field)] {
            return ops::setInsightField(*m_session->ops(), id, InsightField(field), value, key);
        });
}

RowId InsightsBoard::city() const
{
    return m_city->currentData().value<RowId>();
}

void InsightsBoard::showCity(RowId cityId)
{
    const int index = m_city->findData(cityId);
    if (index >= 0 && index != m_city->currentIndex())
        m_city->setCurrentIndex(index);
}

RowId InsightsBoard::currentInsight() const
{
    QListWidgetItem* item = m_insights->currentItem();
    return item ? item->data(IdRole).value<RowId>() : NoRow;
}

void InsightsBoard::selectInsight(RowId id)
{
    for (int i = 0; i < m_insights->count(); ++i)
        if (m_insights->item(i)->data(IdRole).value<RowId>() == id)
            m_insights->setCurrentRow(i);
}

QListWidget* InsightsBoard::evidenceList() const
{
    return m_evidence;
}

void InsightsBoard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        reload();
}

void InsightsBoard::reloadCities()
{
    const RowId was = city();
    m_loading = true;
    m_city->clear();
    auto cities = ops::Reader(*m_session->project()).cities();
    if (cities) {
        std::sort(cities->begin(), cities->end(),
                  [](const City& a, const City& b) { return a.name < b.name; });
        for (const City& c : *cities)
            m_city->addItem(c.name, c.id);
    }
    const int index = m_city->findData(was);
    m_city->setCurrentIndex(index >= 0 ? index : 0);
    m_loading = false;
}

void InsightsBoard::reload()
{
    Project* project = m_session->project();
    const RowId cityId = city();
    const RowId selected = currentInsight();
    m_loading = true;
    auto c = cityId != NoRow ? ops::Reader(*project).city(cityId) : Result<City>(City{});
    const auto setIfChanged = [](auto* edit, const QString& text) {
        if constexpr (std::is_same_v<std::remove_pointer_t<decltype(edit)>, QLineEdit>) {
            if (edit->text() != text)
                edit->setText(text);
        } else if (edit->toPlainText() != text) {
            edit->setPlainText(text);
        }
    };
    // Words that wait to be saved rather than what the project has.
    const UnsavedTyping* typing = m_session->typing();
    if (c) {
        setIfChanged(m_spirit, typing->waiting(cityKey(int(CityField::SpiritWord))).value_or(c->spiritWord));
        setIfChanged(
            m_statement,
            typing->waiting(cityKey(int(CityField::InsightStatement))).value_or(c->insightStatement));
    }
    m_spirit->setEnabled(cityId != NoRow);
    m_statement->setEnabled(cityId != NoRow);
    m_insights->clear();
    if (cityId != NoRow) {
        if (auto insights = ops::Reader(*project).insights(cityId)) {
            for (const Insight& in : *insights) {
                const QString title = in.title.isEmpty() ? tr("(untitled)") : in.title;
                auto* item = new QListWidgetItem(
                    in.kind == InsightKind::Spirit ? tr("Spirit word: %1").arg(title) : title, m_insights);
                item->setData(IdRole, in.id);
                item->setToolTip(in.statement);
                if (in.kind == InsightKind::Spirit) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
        }
    }
    int row = 0;
    for (int i = 0; i < m_insights->count(); ++i)
        if (m_insights->item(i)->data(IdRole).value<RowId>() == selected)
            row = i;
    if (m_insights->count() > 0)
        m_insights->setCurrentRow(row);
    m_loading = false;
    showInsight();
}

void InsightsBoard::showInsight()
{
    const RowId id = currentInsight();
    m_loading = true;
    m_details->setEnabled(id != NoRow);
    if (id == NoRow) {
        m_title->clear();
        m_insightStatement->clear();
    } else if (auto in = ops::Reader(*m_session->project()).insight(id)) {
        m_kind->setCurrentIndex(m_kind->findData(int(in->kind)));
        const UnsavedTyping* typing = m_session->typing();
        const QString title = typing->waiting(insightKey(int(InsightField::Title))).value_or(in->title);
        if (m_title->text() != title)
            m_title->setText(title);
        const QString statement =
            typing->waiting(insightKey(int(InsightField::Statement))).value_or(in->statement);
        if (m_insightStatement->toPlainText() != statement)
            m_insightStatement->setPlainText(statement);
    }
    m_loading = false;
    showEvidence();
}

void InsightsBoard::showEvidence()
{
    const RowId id = currentInsight();
    const int row = m_evidence->currentRow();
    m_evidence->clear();
    m_evidence->setEnabled(id != NoRow);
    if (id == NoRow)
        return;
    auto in = ops::Reader(*m_session->project()).insight(id);
    if (!in)
        return;
    std::vector<RowId> ids(in->quoteIds.begin(), in->quoteIds.end());
    auto rows = ops::Reader(*m_session->project()).quoteRows(ids);
    if (!rows)
        return;
    for (const QuoteRow& r : *rows)
        fillQuoteItem(new QListWidgetItem(m_evidence), r);
    if (m_evidence->count() > 0)
        m_evidence->setCurrentRow(std::clamp(row, 0, m_evidence->count() - 1));
}

void InsightsBoard::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || city() == NoRow)
        return;
    QuoteFilter filter;
    filter.cityIds = {city()};
    filter.match = search::SearchQuery::parse(text).toFtsExpression();
    ops::Reader read(*m_session->project());
    auto ids = read.quoteIds(filter);
    if (!ids)
        return;
    if (ids->size() > size_t(MostFound))
        ids->resize(MostFound);
    auto rows = read.quoteRows(*ids);
    if (!rows)
        return;
    for (const QuoteRow& r : *rows)
        fillQuoteItem(new QListWidgetItem(m_results), r);
}

RowId InsightsBoard::addInsight()
{
    if (city() == NoRow)
        return NoRow;
    auto id = ops::addInsight(*m_session->ops(), city(), tr("New insight"));
    if (!id) {
        report(tr("Add Insight"), id.error());
        return NoRow;
    }
    reload();
    selectInsight(*id);
    return *id;
}

void InsightsBoard::removeInsight()
{
    const RowId id = currentInsight();
    if (id == NoRow)
        return;
    // Undoable, so no question asked; the quotes themselves stay.
    if (auto ok = ops::removeInsight(*m_session->ops(), id); !ok)
        report(tr("Remove Insight"), ok.error());
    reload();
}

void InsightsBoard::moveInsight(int from, int to)
{
    QList<RowId> order;
    for (int i = 0; i < m_insights->count(); ++i)
        order << m_insights->item(i)->data(IdRole).value<RowId>();
    const QList<RowId> now = moved(order, from, to);
    if (now == order)
        return;
    if (auto ok = ops::reorderInsights(*m_session->ops(), now); !ok)
        return report(tr("Reorder Insights"), ok.error());
    reload();
    selectInsight(order.at(from));
}

QList<RowId> InsightsBoard::evidenceIds() const
{
    QList<RowId> ids;
    for (int i = 0; i < m_evidence->count(); ++i)
        ids << m_evidence->item(i)->data(IdRole).value<RowId>();
    return ids;
}

void InsightsBoard::writeEvidence(const QList<RowId>& ids, int change, int added)
{
    if (auto ok =
            ops::setEvidence(*m_session->ops(), currentInsight(), ids, ops::EvidenceChange(change), added);
        !ok)
        report(tr("Evidence"), ok.error());
    showEvidence();
}

void InsightsBoard::addEvidence(const QList<RowId>& quoteIds, int at)
{
    if (currentInsight() == NoRow || quoteIds.isEmpty())
        return;
    QList<RowId> ids = evidenceIds();
    int insertAt = at < 0 || at > ids.size() ? int(ids.size()) : at;
    int added = 0;
    for (RowId q : quoteIds) {
        if (ids.contains(q))
            continue;
        ids.insert(insertAt++, q);
        ++added;
    }
    if (added == 0)
        return;
    writeEvidence(ids, int(ops::EvidenceChange::Added), added);
    m_evidence->setCurrentRow(insertAt - 1);
}

void InsightsBoard::removeEvidence()
{
    QList<RowId> ids = evidenceIds();
    const int row = m_evidence->currentRow();
    if (row < 0 || row >= ids.size())
        return;
    ids.removeAt(row);
    writeEvidence(ids, int(ops::EvidenceChange::Removed));
}

void InsightsBoard::moveEvidence(int from, int to)
{
    const QList<RowId> ids = evidenceIds();
    const QList<RowId> now = moved(ids, from, to);
    if (now == ids)
        return;
    writeEvidence(now, int(ops::EvidenceChange::Reordered));
    m_evidence->setCurrentRow(int(now.indexOf(ids.at(from))));
}

void InsightsBoard::saveInsightField(int field, const QVariant& value, const QString& label,
                                     const QString& mergeKey)
{
    const RowId id = currentInsight();
    if (id == NoRow || m_loading)
        return;
    if (auto ok = ops::setInsightField(*m_session->ops(), id, InsightField(field), value, mergeKey); !ok)
        report(label, ok.error());
}

void InsightsBoard::report(const QString& action, const Error& error)
{
    Q_EMIT editFailed(action, error);
}

} // namespace tianye::ui

#include "InsightsBoard.moc"
