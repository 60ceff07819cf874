// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "quotes/ThemeMatrixView.h"

#include "app/ErrorBox.h"
#include "app/ProjectSession.h"
#include "formats/SaveFile.h"
#include "ops/Exports.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/ThemeAnalysis.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

// The "By" choices after City: columns, then themes together by unit.
constexpr int TogetherBase = 100;
constexpr int ThemeIdRole = Qt::UserRole + 10;
constexpr int ValueRole = Qt::UserRole + 11;
constexpr int OtherThemeRole = Qt::UserRole + 12;
constexpr int AttributeKeyRole = Qt::UserRole + 13;

} // namespace

ThemeMatrixModel::ThemeMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ThemeMatrixModel::setMatrix(ThemeMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_max = 0;
    for (const ThemeCityCell& c : std::as_const(m_matrix.cells))
        m_max = std::max(m_max, c.quotes);
    endResetModel();
}

int ThemeMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.themes.size());
}

int ThemeMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.cities.size());
}

QVariant ThemeMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Theme& theme = m_matrix.themes[size_t(index.row())];
    const City& city = m_matrix.cities[size_t(index.column())];
    const ThemeCityCell cell = m_matrix.cell(theme.id, city.id);
    switch (role) {
    case Qt::DisplayRole:
        return cell.quotes == 0 ? QString() : tr("%1 (%2)").arg(cell.quotes).arg(cell.interviews);
    case Qt::ToolTipRole:
        return QString(tr("%1 in %2: %n quote(s)", nullptr, cell.quotes).arg(theme.name, city.name) +
                       QLatin1Char('\n') + tr("from %n interview(s)", nullptr, cell.interviews));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (cell.quotes == 0 || m_max == 0)
            return {};
        // Heat: from pale to the accent, by the share of the fullest cell.
        const double t = 0.15 + 0.85 * double(cell.quotes) / m_max;
        const QColor hot(0xc4, 0x6b, 0x3c);
        const QColor cold(0xfb, 0xf1, 0xea);
        return QColor::fromRgbF(cold.redF() + (hot.redF() - cold.redF()) * t,
                                cold.greenF() + (hot.greenF() - cold.greenF()) * t,
                                cold.blueF() + (hot.blueF() - cold.blueF()) * t);
    }
    case Qt::ForegroundRole: {
        if (cell.quotes == 0 || m_max == 0)
            return {};
        return double(cell.quotes) / m_max > 0.55 ? QColor(Qt::white) : QColor(0x33, 0x22, 0x18);
    }
    case ThemeRole:
        return QVariant::fromValue(theme.id);
    case CityRole:
        return QVariant::fromValue(city.id);
    case QuotesRole:
        return cell.quotes;
    default:
        return {};
    }
}

QVariant ThemeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || size_t(section) >= m_matrix.cities.size())
            return {};
        return m_matrix.cities[size_t(section)].name;
    }
    if (section < 0 || size_t(section) >= m_matrix.themes.size())
        return {};
    const Theme& t = m_matrix.themes[size_t(section)];
    if (role == Qt::ToolTipRole)
        return t.description;
    return QString(QString(m_matrix.depth(t) * 3, QLatin1Char(' ')) + t.name);
}

ThemeMatrixView::ThemeMatrixView(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ThemeMatrixModel(this))
    , m_other(new QStandardItemModel(this))
    , m_by(new QComboBox(this))
    , m_explain(new QLabel(this))
{
    setObjectName(QStringLiteral("themeMatrix"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    m_explain->setWordWrap(true);
    m_by->setObjectName(QStringLiteral("matrixBy"));
    m_by->setAccessibleName(tr("Themes by"));
    m_by->addItem(tr("City"), int(ThemeColumns::City));
    m_by->addItem(tr("Participant category"), int(ThemeColumns::Category));
    m_by->addItem(tr("Gender"), int(ThemeColumns::Gender));
    m_by->addItem(tr("Age band"), int(ThemeColumns::AgeBand));
    m_by->addItem(tr("Tie to the city"), int(ThemeColumns::CityTie));
    m_by->addItem(tr("Interviewer"), int(ThemeColumns::Interviewer));
    m_by->addItem(tr("Mode"), int(ThemeColumns::Mode));
    // Participants' own attributes, by key.
    QSet<QString> keys;
    for (const Participant& p :
         ops::Reader(*m_session->project()).participants().value_or(std::vector<Participant>()))
        for (const QString& key : QJsonDocument::fromJson(p.attributesJson.toUtf8()).object().keys())
            keys.insert(key);
    QStringList sortedKeys(keys.begin(), keys.end());
    sortedKeys.sort();
    for (const QString& key : sortedKeys) {
        m_by->addItem(key, int(ThemeColumns::Attribute));
        m_by->setItemData(m_by->count() - 1, key, AttributeKeyRole);
    }
    m_by->insertSeparator(m_by->count());
    m_by->addItem(tr("Themes in the same quote"), TogetherBase + int(CooccurrenceUnit::Quote));
    m_by->addItem(tr("Themes in the same segment"), TogetherBase + int(CooccurrenceUnit::Segment));
    m_by->addItem(tr("Themes in the same interview"), TogetherBase + int(CooccurrenceUnit::Interview));
    auto* byLabel = new QLabel(tr("&Themes by"), this);
    byLabel->setBuddy(m_by);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("matrixExport"));
    head->addWidget(byLabel);
    head->addWidget(m_by);
    head->addWidget(m_explain, 1);
    head->addWidget(exportButton);
    layout->addLayout(head);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(90);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setShowGrid(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::clicked, this, &ThemeMatrixView::activate);
    connect(m_table, &QTableView::activated, this, &ThemeMatrixView::activate);
    connect(m_by, &QComboBox::activated, this, [this] { refresh(); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Matrix"),
                                                          tr("theme-city-matrix.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(200);
    connect(m_refresh, &QTimer::timeout, this, &ThemeMatrixView::refresh);
    connect(&m_session->project()->notifier(), &ChangeNotifier::changed, this, [this](const Change& c) {
        if (c.entity == Entity::Quote || c.entity == Entity::Theme || c.entity == Entity::City ||
            c.entity == Entity::Participant ||
            (c.entity == Entity::Interview && c.kind != ChangeKind::Updated)) {
            if (isVisible())
                m_refresh->start();
            else
                m_stale = true;
        }
    });
    refresh();
}

void ThemeMatrixView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ThemeMatrixView::activate(const QModelIndex& index)
{
    if (m_table->model() == m_model) {
        if (index.data(ThemeMatrixModel::QuotesRole).toInt() > 0)
            Q_EMIT cellActivated(index.data(ThemeMatrixModel::ThemeRole).value<RowId>(),
                                 index.data(ThemeMatrixModel::CityRole).value<RowId>());
        return;
    }
    const QVariant theme = index.data(ThemeIdRole);
    if (!theme.isValid() || index.data(ThemeMatrixModel::QuotesRole).toInt() <= 0)
        return;
    const int by = m_by->currentData().toInt();
    Project& project = *m_session->project();
    const QString themeName = m_other->verticalHeaderItem(index.row())->data(Qt::UserRole).toString();
    Result<QList<RowId>> ids;
    QString what;
    if (by >= TogetherBase) {
        const auto unit = CooccurrenceUnit(by - TogetherBase);
        const QString otherName = m_other->horizontalHeaderItem(index.column())->text();
        ids =
            ops::quotesOfPair(project, theme.value<RowId>(), index.data(OtherThemeRole).value<RowId>(), unit);
        what = tr("%1 and %2, %3").arg(themeName, otherName, ops::unitTitle(unit));
    } else {
        const auto columns = ThemeColumns(by);
        const QString key = m_by->currentData(AttributeKeyRole).toString();
        const QString value = index.data(ValueRole).toString();
        ids = ops::quotesOfCell(project, theme.value<RowId>(), columns, value, key);
        what = tr("%1, %2: %3")
                   .arg(themeName, ops::columnsTitle(columns, key), ops::columnLabel(columns, value));
    }
    if (!ids) {
        showErrorBox(this, tr("Theme × City"), ids.error());
        return;
    }
    Q_EMIT quotesChosen(*ids, what);
}

void ThemeMatrixView::showOther()
{
    const int by = m_by->currentData().toInt();
    Project& project = *m_session->project();
    m_other->clear();
    const QColor heat = palette().color(QPalette::Highlight);
    const auto shade = [&](QStandardItem* item, double share) {
        QColor c = heat;
        c.setAlphaF(float(0.08 + 0.6 * std::clamp(share, 0.0, 1.0)));
        item->setBackground(share > 0 ? QBrush(c) : QBrush());
    };
    const auto depthOf = [](const std::vector<Theme>& themes, const Theme& t) {
        int depth = 0;
        for (RowId p = t.parentId; p != NoRow && depth < 64;) {
            ++depth;
            const auto up =
                std::find_if(themes.begin(), themes.end(), [&](const Theme& x) { return x.id == p; });
            p = up == themes.end() ? NoRow : up->parentId;
        }
        return depth;
    };
    if (by >= TogetherBase) {
        const auto unit = CooccurrenceUnit(by - TogetherBase);
        auto table = ops::themeCooccurrence(project, unit);
        if (!table) {
            showErrorBox(this, tr("Theme × City"), table.error());
            return;
        }
        m_explain->setText(
            tr("How many %1 have both themes (as coded, sub-themes apart); the diagonal: how many "
               "have the theme. Click a cell to list the quotes.")
                .arg(unit == CooccurrenceUnit::Quote     ? tr("quotes")
                     : unit == CooccurrenceUnit::Segment ? tr("transcript segments")
                                                         : tr("interviews")));
        int most = 1;
        for (const Theme& a : table->themes)
            for (const Theme& b : table->themes)
                if (a.id != b.id)
                    most = std::max(most, table->count(a.id, b.id));
        m_other->setColumnCount(int(table->themes.size()));
        m_other->setRowCount(int(table->themes.size()));
        for (int r = 0; r < int(table->themes.size()); ++r) {
            const Theme& a = table->themes[size_t(r)];
            auto* head =
                new QStandardItem(QString(QString(depthOf(table->themes, a) * 3, QLatin1Char(' ')) + a.name));
            head->setData(a.name, Qt::UserRole);
            m_other->setVerticalHeaderItem(r, head);
            m_other->setHorizontalHeaderItem(r, new QStandardItem(a.name));
            for (int c = 0; c < int(table->themes.size()); ++c) {
                const Theme& b = table->themes[size_t(c)];
                const int n = table->count(a.id, b.id);
                auto* item = new QStandardItem(n ? QString::number(n) : QString());
                item->setTextAlignment(Qt::AlignCenter);
                item->setData(QVariant::fromValue(a.id), ThemeIdRole);
                item->setData(QVariant::fromValue(b.id), OtherThemeRole);
                item->setData(n, ThemeMatrixModel::QuotesRole);
                if (a.id == b.id)
                    item->setForeground(palette().color(QPalette::PlaceholderText));
                else
                    shade(item, double(n) / most);
                m_other->setItem(r, c, item);
            }
        }
        return;
    }
    const auto columns = ThemeColumns(by);
    const QString key = m_by->currentData(AttributeKeyRole).toString();
    auto table = ops::themesBy(project, columns, key);
    if (!table) {
        showErrorBox(this, tr("Theme × City"), table.error());
        return;
    }
    m_explain->setText(
        tr("Quotes per theme by %1, with the share of that column’s coded quotes; a theme counts "
           "its sub-themes. Click a cell to list its quotes.")
            .arg(ops::columnsTitle(columns).toLower()));
    const int cols = int(table->columns.size());
    m_other->setColumnCount(cols + 1);
    m_other->setRowCount(int(table->themes.size()) + 1);
    for (int c = 0; c < cols; ++c)
        m_other->setHorizontalHeaderItem(c, new QStandardItem(ops::columnLabel(columns, table->columns[c])));
    m_other->setHorizontalHeaderItem(cols, new QStandardItem(tr("Total")));
    const auto cellText = [](int quotes, int whole) {
        return quotes ? QStringLiteral("%1 (%2%)").arg(quotes).arg(whole ? qRound(quotes * 100.0 / whole) : 0)
                      : QString();
    };
    for (int r = 0; r < int(table->themes.size()); ++r) {
        const Theme& t = table->themes[size_t(r)];
        auto* head =
            new QStandardItem(QString(QString(depthOf(table->themes, t) * 3, QLatin1Char(' ')) + t.name));
        head->setData(t.name, Qt::UserRole);
        m_other->setVerticalHeaderItem(r, head);
        for (int c = 0; c < cols; ++c) {
            const int quotes = table->cell(t.id, c).quotes, whole = table->columnTotals.value(c).quotes;
            auto* item = new QStandardItem(cellText(quotes, whole));
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(QVariant::fromValue(t.id), ThemeIdRole);
            item->setData(table->columns[c], ValueRole);
            item->setData(quotes, ThemeMatrixModel::QuotesRole);
            item->setToolTip(
                tr("%1 quotes from %2 interviews").arg(quotes).arg(table->cell(t.id, c).interviews));
            shade(item, whole ? double(quotes) / whole : 0);
            m_other->setItem(r, c, item);
        }
        auto* total = new QStandardItem(QString::number(table->themeTotals.value(t.id).quotes));
        total->setTextAlignment(Qt::AlignCenter);
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        m_other->setItem(r, cols, total);
    }
    const int last = int(table->themes.size());
    m_other->setVerticalHeaderItem(last, new QStandardItem(tr("All coded quotes")));
    for (int c = 0; c <= cols; ++c) {
        auto* item = new QStandardItem(
            QString::number(c < cols ? table->columnTotals.value(c).quotes : table->total.quotes));
        item->setTextAlignment(Qt::AlignCenter);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_other->setItem(last, c, item);
    }
}

void ThemeMatrixView::refresh()
{
    m_stale = false;
    if (m_by->currentData().toInt() != int(ThemeColumns::City)) {
        showOther();
        m_table->setModel(m_other);
        m_table->resizeColumnsToContents();
        return;
    }
    m_explain->setText(tr("Quotes per theme and city, with the number of interviews they come from in "
                          "brackets. A theme counts its sub-themes. Click a cell to list its quotes."));
    m_table->setModel(m_model);
    auto matrix = ops::Reader(*m_session->project()).themeMatrix(false);
    if (!matrix) {
        showErrorBox(this, tr("Theme × City"), matrix.error());
        return;
    }
    m_model->setMatrix(std::move(*matrix));
    m_table->resizeColumnsToContents();
}

bool ThemeMatrixView::exportCsv(const QString& path)
{
    if (const int by = m_by->currentData().toInt(); by != int(ThemeColumns::City)) {
        Project& project = *m_session->project();
        formats::Sheet sheet;
        if (by >= TogetherBase) {
            auto table = ops::themeCooccurrence(project, CooccurrenceUnit(by - TogetherBase));
            if (!table) {
                showErrorBox(this, tr("Export Matrix"), table.error());
                return false;
            }
            sheet = ops::cooccurrenceSheet(*table);
        } else {
            const QString key = m_by->currentData(AttributeKeyRole).toString();
            auto table = ops::themesBy(project, ThemeColumns(by), key);
            if (!table) {
                showErrorBox(this, tr("Export Matrix"), table.error());
                return false;
            }
            sheet = ops::crossTabSheet(*table, ThemeColumns(by), key);
        }
        if (auto saved = formats::writeSheet(sheet, formats::SheetFormat::Csv, path); !saved) {
            showErrorBox(this, tr("Export Matrix"), saved.error());
            return false;
        }
        return true;
    }
    // What may leave the project: the counts without the quotes withheld for consent.
    if (auto saved = ops::exportMatrix(*m_session->ops(), path); !saved) {
        showErrorBox(this, tr("Export Matrix"), saved.error());
        return false;
    }
    return true;
}

} // namespace tianye::ui
