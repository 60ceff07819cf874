// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "dossier/Render.h"

#include <QCoreApplication>

#include <memory>

namespace tianye::dossier {

// Draws a horizontal bar chart with Qt Charts into an image for a document (three
// times the width it is shown at, so print stays sharp). Qt Charts is built on
// Qt Widgets' graphics view: this needs a QApplication and the GUI thread.
QImage paintBarChart(const BarChartSpec& spec);

// The application object a command-line program needs to draw charts without a
// display: a QApplication on the offscreen platform (unless QT_QPA_PLATFORM says
// otherwise). Keeps Qt Widgets out of the programs that use it.
std::unique_ptr<QCoreApplication> makeChartingApplication(int& argc, char** argv);

} // namespace tianye::dossier
