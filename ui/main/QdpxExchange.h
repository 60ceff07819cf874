// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QObject>

class QWidget;

namespace tianye::ops {
struct QdpxReport;
struct QdpxImportOptions;
struct QdpxPreview;
} // namespace tianye::ops

namespace tianye::ui {

class ProjectSession;

// File → Export → REFI-QDA Project… (ops::exportQdpx, as tianye-cli qdpx export) and
// File → Import → REFI-QDA Project… as a new project or into the open one
// (ops::importQdpx / importQdpxInto, as tianye-cli qdpx import [--into]). After an
// import, its report (what was read, brought in, and left out, and why) is shown.
class QdpxExchange final : public QObject
{
    Q_OBJECT

public:
    QdpxExchange(ProjectSession* session, QWidget* window);

    // The menu items: choose the files, then the verbs below.
    void chooseExport();
    void chooseImportAsNew();
    void chooseImportInto();
    // The import preview: what the file holds and, for each of its variables, the
    // field it fills (a choice per variable). False when cancelled or unreadable.
    bool chooseFields(const QString& file, ops::QdpxImportOptions& options);
    // The verbs with their paths chosen (tests drive these).
    bool exportTo(const QString& file);
    bool importAsNew(const QString& file, const QString& destination, const ops::QdpxImportOptions& options);
    bool importInto(const QString& file, const ops::QdpxImportOptions& options);

Q_SIGNALS:
    void failed(const QString& action, const tianye::Error& error);
    void message(const QString& text, int timeoutMs);
    // A project was made by an import: the window opens it.
    void projectMade(const QString& folder);

private:
    void showReport(const QString& title, const ops::QdpxReport& report);
    ProjectSession* m_session;
    QWidget* m_window;
};

} // namespace tianye::ui
