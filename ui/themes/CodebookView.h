// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace tianye {
struct Change;
enum class ThemeField;
} // namespace tianye

namespace tianye::ui {

class ProjectSession;

// The codebook: the theme tree with quote counts (a theme counts its sub-themes;
// per city in the last column), and the selected theme's name, colour, description
// and memo. Add, nest by drag and drop, merge, delete, import and export (.qdc, CSV);
// every change is one undoable step.
class CodebookView final : public QWidget
{
    Q_OBJECT

public:
    explicit CodebookView(ProjectSession* session, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    RowId currentTheme() const;
    void selectTheme(RowId id);

    // Actions, also for tests (the dialogs they would open are the callers' part).
    RowId addTheme(const QString& name, RowId parentId);
    bool moveTheme(RowId id, RowId parentId, int position);
    bool mergeThemes(RowId from, RowId into);
    bool removeTheme(RowId id, bool ask = true);
    bool importCodebook(const QString& path);
    bool exportCodebook(const QString& path);

protected:
    // Counting runs over every quote: done while the view is shown, else when it is.
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void showDetails();
    void saveField(int field, const QVariant& value, const QString& label, const QString& mergeKey = {});
    QString typingKey(ThemeField field) const;
    void chooseColor();
    void askMerge();
    void report(const QString& action, const Error& error);

    ProjectSession* m_session;
    QTreeWidget* m_tree;
    QLineEdit* m_name;
    QPushButton* m_color;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_memo;
    QLabel* m_counts;
    QTimer* m_reload;
    bool m_loading = false;
    bool m_stale = false;
};

} // namespace tianye::ui
