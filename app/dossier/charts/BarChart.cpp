// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "charts/BarChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace tianye::dossier {

std::unique_ptr<QCoreApplication> makeChartingApplication(int& argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

QImage paintBarChart(const BarChartSpec& spec)
{
    const QString family = documentFontFamily();
    QFont font(family);
    font.setPointSizeF(9);

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setTitle(spec.title);
    QFont titleFont(family);
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    // Horizontal bars list from the bottom up: reverse, so the first label is on top.
    auto* set = new QBarSet(spec.axisTitle);
    QStringList labels;
    int most = 1;
    for (qsizetype i = spec.labels.size() - 1; i >= 0; --i) {
        labels << spec.labels.at(i);
        const int value = i < spec.values.size() ? spec.values.at(i) : 0;
        *set << value;
        most = std::max(most, value);
    }
    set->setColor(QColor::fromString(spec.color));
    set->setBorderColor(QColor::fromString(spec.color));
    set->setLabelColor(QColor(0x22, 0x22, 0x22));
    set->setLabelFont(font);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsFont(font);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, most + std::max(1, most / 8)); // room for the labels at the bar ends
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTickCount(std::min(most + 2, 6));
    values->setLabelsFont(font);
    values->setTitleText(spec.axisTitle);
    values->setTitleFont(font);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);

    // Shown 600 px wide; drawn at three times that.
    constexpr int Scale = 3;
    const QSizeF shown(600, 90 + 26 * std::max<qsizetype>(2, spec.labels.size()));
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart
    chart->setGeometry(QRectF(QPointF(0, 0), shown));
    QImage image((shown * Scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), shown * Scale), QRectF(QPointF(0, 0), shown));
    painter.end();
    return image;
}

} // namespace tianye::dossier
