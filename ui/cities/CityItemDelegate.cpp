// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cities/CityItemDelegate.h"

#include "cities/CityListModel.h"

#include <QApplication>
#include <QPainter>

namespace tianye::ui {

namespace {
constexpr int Margin = 8;
constexpr int BarHeight = 3;
} // namespace

QSize CityItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {option.rect.width(), Margin * 2 + fm.height() * 2 + 4 + BarHeight};
}

void CityItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.65f);
    const QRect area = option.rect.adjusted(Margin + 4, Margin, -Margin, -Margin);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fm(option.font);

    const QString name = index.data(Qt::DisplayRole).toString();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top(), area.width(), fmBold.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, name);
    const QString spirit = index.data(CityListModel::SpiritWordRole).toString();
    if (!spirit.isEmpty()) {
        const int x = area.left() + fmBold.horizontalAdvance(name) + Margin;
        painter->setFont(option.font);
        painter->setPen(selected ? text : option.palette.color(group, QPalette::Link));
        painter->drawText(QRect(x, area.top(), area.right() - x, fmBold.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("「%1」").arg(spirit));
    }

    painter->setFont(option.font);
    painter->setPen(secondary);
    const int line2 = area.top() + fmBold.height() + 2;
    painter->drawText(QRect(area.left(), line2, area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(CityListModel::ProgressTextRole).toString());

    const int target = index.data(CityListModel::TargetRole).toInt();
    const int done = index.data(CityListModel::TranscribedRole).toInt();
    const QRect bar(area.left(), line2 + fm.height() + 3, std::min(area.width(), 180), BarHeight);
    QColor track = secondary;
    track.setAlphaF(0.2f);
    painter->fillRect(bar, track);
    if (target > 0) {
        QRect filled = bar;
        filled.setWidth(bar.width() * std::min(done, target) / target);
        painter->fillRect(filled, selected ? text : option.palette.color(group, QPalette::Highlight));
    }
    painter->restore();
}

} // namespace tianye::ui
