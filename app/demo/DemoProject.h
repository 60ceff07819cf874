// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tianye {
class Project;
}

namespace tianye::demo {

// The bundled sample: three cities (大同, 烟台, 齐齐哈尔), twelve interviews with
// Chinese transcripts, participants, a theme tree, quotes, insights, and a short
// Mandarin recording per city synthesized with espeak-ng at build time.
class DemoProject final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::demo::DemoProject)

public:
    // Creates the project folder at path and fills it.
    static Result<std::unique_ptr<Project>> create(const QString& path);
    // Fills an empty, open project.
    static Status fill(Project& project);
};

} // namespace tianye::demo
