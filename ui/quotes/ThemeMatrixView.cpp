// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "quotes/ThemeMatrixView.h"

#include "app/ErrorBox.h"
#include "app/ProjectSession.h"
#include "formats/SaveFile.h"
#include "ops/Exports.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QColor>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tianye::ui {

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
{
    setObjectName(QStringLiteral("themeMatrix"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    auto* explain =
        new QLabel(tr("Quotes per theme and city, with the number of interviews they come from in "
                      "brackets. A theme counts its sub-themes. Click a cell to list its quotes."),
                   this);
    explain->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("matrixExport"));
    head->addWidget(explain, 1);
    head->addWidget(exportButton);
    layout->addLayout(head);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(90);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setShowGrid(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.data(ThemeMatrixModel::QuotesRole).toInt() > 0)
            Q_EMIT cellActivated(index.data(ThemeMatrixModel::ThemeRole).value<RowId>(),
                                 index.data(ThemeMatrixModel::CityRole).value<RowId>());
    });
    connect(m_table, &QTableView::activated, m_table, &QTableView::clicked);
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

void ThemeMatrixView::refresh()
{
    m_stale = false;
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
    // What may leave the project: the counts without the quotes withheld for consent.
    if (auto saved = ops::exportMatrix(*m_session->ops(), path); !saved) {
        showErrorBox(this, tr("Export Matrix"), saved.error());
        return false;
    }
    return true;
}

} // namespace tianye::ui
