// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"
#include "ops/Themes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace tianye {
class Project;
}

namespace tianye::ui {

// Tags a quote with themes from the keyboard: type to filter the codebook, Enter
// adds the highlighted theme (or creates the typed one), Backspace in the empty
// field takes the last one off, Enter on an empty field is done.
class ThemePicker final : public QDialog
{
    Q_OBJECT

public:
    ThemePicker(Project* project, const QList<RowId>& chosen, const QString& quoteText,
                QWidget* parent = nullptr);

    // Themes that exist, in the order chosen.
    QList<RowId> chosenIds() const;
    // Names typed that are not themes yet: the caller creates them (top level) in the
    // same undoable step as the quote.
    QStringList newThemes() const;
    // Every choice in the order chosen, for the verb that tags (new names become
    // themes in the same undoable step).
    QList<ops::ThemeChoice> chosen() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Choice
    {
        RowId id = NoRow; // NoRow: a new theme
        QString name;
    };
    void refilter();
    void takeCurrent();
    void updateChosen();

    std::vector<Theme> m_themes;
    QList<Choice> m_chosen;
    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_chosenLabel;
};

} // namespace tianye::ui
