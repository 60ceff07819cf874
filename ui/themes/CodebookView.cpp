// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "themes/CodebookView.h"

#include "app/ErrorBox.h"
#include "app/FileDialogs.h"
#include "app/ProjectSession.h"
#include "app/UnsavedTyping.h"
#include "formats/Codebook.h"
#include "ops/Reader.h"
#include "ops/Themes.h"
#include "store/Backups.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QColorDialog>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

constexpr int IdRole = Qt::UserRole;

QIcon swatch(const QString& color)
{
    QPixmap p(14, 14);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::isValidColorName(color) ? QColor::fromString(color) : QColor(0xbb, 0xbb, 0xbb));
    painter.drawRoundedRect(1, 1, 12, 12, 3, 3);
    return QIcon(p);
}

// Drops are turned into a move in the store; the tree is then rebuilt from it.
class ThemeTree final : public QTreeWidget
{
public:
    std::function<void(RowId id, RowId parent, int position)> moved;
    using QTreeWidget::QTreeWidget;

protected:
    void dropEvent(QDropEvent* event) override
    {
        QTreeWidgetItem* dragged = currentItem();
        QTreeWidgetItem* target = itemAt(event->position().toPoint());
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (!dragged || dragged == target)
            return;
        RowId parent = NoRow;
        int position = 0;
        switch (dropIndicatorPosition()) {
        case OnItem:
            parent = target->data(0, IdRole).value<RowId>();
            position = target->childCount();
            break;
        case AboveItem:
        case BelowItem: {
            QTreeWidgetItem* up = target->parent();
            parent = up ? up->data(0, IdRole).value<RowId>() : NoRow;
            position = up ? up->indexOfChild(target) : indexOfTopLevelItem(target);
            if (dropIndicatorPosition() == BelowItem)
                ++position;
            // Moving down among the same siblings: the dragged one leaves a gap above.
            if (dragged->parent() == up) {
                const int from = up ? up->indexOfChild(dragged) : indexOfTopLevelItem(dragged);
                if (from < position)
                    --position;
            }
            break;
        }
        case OnViewport:
            parent = NoRow;
            position = topLevelItemCount();
            break;
        }
        if (moved)
            moved(dragged->data(0, IdRole).value<RowId>(), parent, position);
    }
};

} // namespace

CodebookView::CodebookView(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("codebook"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    QPushButton* add = button(tr("Add Theme"), QStringLiteral("addTheme"));
    QPushButton* addSub = button(tr("Add Sub-theme"), QStringLiteral("addSubTheme"));
    QPushButton* merge = button(tr("Merge Into…"), QStringLiteral("mergeTheme"));
    QPushButton* remove = button(tr("Delete"), QStringLiteral("deleteTheme"));
    buttons->addStretch(1);
    QPushButton* importButton = button(tr("Import…"), QStringLiteral("importCodebook"));
    QPushButton* exportButton = button(tr("Export…"), QStringLiteral("exportCodebook"));
    importButton->setToolTip(tr("Add themes from a REFI-QDA codebook (.qdc) or CSV"));
    exportButton->setToolTip(tr("Save the codebook as REFI-QDA (.qdc) for other tools, or CSV"));
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* tree = new ThemeTree(splitter);
    m_tree = tree;
    m_tree->setObjectName(QStringLiteral("themeTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Theme"), tr("Quotes"), tr("By city")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 240);
    m_tree->setColumnWidth(1, 70);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->moved = [this](RowId id, RowId parentId, int position) { moveTheme(id, parentId, position); };

    auto* details = new QWidget(splitter);
    auto* form = new QFormLayout(details);
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("themeName"));
    m_color = new QPushButton(details);
    m_color->setObjectName(QStringLiteral("themeColor"));
    m_description = new QPlainTextEdit(details);
    m_description->setObjectName(QStringLiteral("themeDescription"));
    m_description->setTabChangesFocus(true);
    m_memo = new QPlainTextEdit(details);
    m_memo->setObjectName(QStringLiteral("themeMemo"));
    m_memo->setTabChangesFocus(true);
    m_memo->setPlaceholderText(tr("Your notes on this theme: what belongs, what does not, open questions."));
    m_counts = new QLabel(details);
    m_counts->setWordWrap(true);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Colour:"), m_color);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Memo:"), m_memo);
    form->addRow(m_counts);
    splitter->addWidget(m_tree);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(100);
    connect(m_reload, &QTimer::timeout, this, &CodebookView::reload);
    // Typing is saved after a pause to the theme it was typed for, and kept (and tried
    // again) while saving fails.
    for (QPlainTextEdit* edit : {m_description, m_memo}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            const RowId id = currentTheme();
            if (m_loading || id == NoRow)
                return;
            const ThemeField field = edit == m_memo ? ThemeField::Memo : ThemeField::Description;
            const QString text = edit->toPlainText();
            m_session->typing()->typed(this, typingKey(field), text,
                                       [this, id, field, text, key = typingKey(field)] {
                                           return ops::setThemeField(*m_session->ops(), id, field, text, key);
                                       });
        });
    }
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text().trimmed().isEmpty())
            return showDetails();
        saveField(int(ThemeField::Name), m_name->text().trimmed(), tr("Rename Theme"));
    });
    connect(m_color, &QPushButton::clicked, this, &CodebookView::chooseColor);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CodebookView::showDetails);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Theme"), tr("Name of the new theme:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            addTheme(name.trimmed(), NoRow);
    });
    connect(addSub, &QPushButton::clicked, this, [this] {
        const RowId parentId = currentTheme();
        if (parentId == NoRow)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Add Sub-theme"), tr("Name of the new sub-theme of “%1”:").arg(m_name->text()),
            QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            addTheme(name.trimmed(), parentId);
    });
    connect(merge, &QPushButton::clicked, this, &CodebookView::askMerge);
    connect(remove, &QPushButton::clicked, this, [this] { removeTheme(currentTheme()); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Codebook"), {}, openFilter(FileKind::Codebook));
        if (!path.isEmpty())
            importCodebook(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString chosen;
        QString path = QFileDialog::getSaveFileName(this, tr("Export Codebook"), tr("codebook.qdc"),
                                                    tr("REFI-QDA codebook (*.qdc);;CSV (*.csv)"), &chosen);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += chosen.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".qdc");
        exportCodebook(path);
    });
    connect(&m_session->project()->notifier(), &ChangeNotifier::changed, this, [this](const Change& c) {
        if (c.entity == Entity::Theme || c.entity == Entity::Quote || c.entity == Entity::City ||
            c.entity == Entity::Participant) {
            if (isVisible())
                m_reload->start();
            else
                m_stale = true;
        }
    });
    reload();
}

RowId CodebookView::currentTheme() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, IdRole).value<RowId>() : NoRow;
}

void CodebookView::selectTheme(RowId id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).value<RowId>() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    }
}

void CodebookView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CodebookView::reload()
{
    m_stale = false;
    const RowId keep = currentTheme();
    auto matrix = ops::Reader(*m_session->project()).themeMatrix(false);
    if (!matrix)
        return report(tr("Codebook"), matrix.error());
    QSet<RowId> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            collapsed << (*it)->data(0, IdRole).value<RowId>();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QHash<RowId, QTreeWidgetItem*> items;
    for (const Theme& t : matrix->themes) {
        QTreeWidgetItem* parentItem = items.value(t.parentId);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, t.name);
        item->setIcon(0, swatch(t.color));
        item->setToolTip(0, t.description);
        item->setData(0, IdRole, QVariant::fromValue(t.id));
        int total = 0;
        QList<QPair<int, QString>> byCity;
        for (const City& c : matrix->cities) {
            const int n = matrix->cell(t.id, c.id).quotes;
            total += n;
            if (n > 0)
                byCity << qMakePair(n, c.name);
        }
        std::sort(byCity.begin(), byCity.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        QStringList parts;
        for (const auto& [n, name] : byCity)
            parts << QStringLiteral("%1 %2").arg(name).arg(n);
        item->setText(1, QString::number(total));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, parts.join(QStringLiteral(" · ")));
        items.insert(t.id, item);
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        it.value()->setExpanded(!collapsed.contains(it.key()));
    if (keep != NoRow)
        selectTheme(keep);
    showDetails();
}

void CodebookView::showDetails()
{
    const RowId id = currentTheme();
    auto theme =
        id == NoRow ? Result<Theme>(std::unexpected(Error{})) : ops::Reader(*m_session->project()).theme(id);
    m_loading = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_color, m_description, m_memo})
        w->setEnabled(bool(theme));
    if (!theme) {
        m_name->clear();
        m_description->clear();
        m_memo->clear();
        m_color->setText(QString());
        m_color->setIcon({});
        m_counts->setText(tr("Select a theme, or add one."));
        m_loading = false;
        return;
    }
    if (m_name->text() != theme->name)
        m_name->setText(theme->name);
    m_color->setIcon(swatch(theme->color));
    m_color->setText(theme->color.isEmpty() ? tr("Choose…") : theme->color);
    // Words that wait to be saved rather than what the project has.
    const UnsavedTyping* typing = m_session->typing();
    const QString description =
        typing->waiting(typingKey(ThemeField::Description)).value_or(theme->description);
    if (m_description->toPlainText() != description)
        m_description->setPlainText(description);
    const QString memo = typing->waiting(typingKey(ThemeField::Memo)).value_or(theme->memo);
    if (m_memo->toPlainText() != memo)
        m_memo->setPlainText(memo);
    if (QTreeWidgetItem* item = m_tree->currentItem())
        m_counts->setText(item->text(2).isEmpty() ? tr("No quotes yet.")
                                                  : tr("Quotes by city: %1").arg(item->text(2)));
    m_loading = false;
}

QString CodebookView::typingKey(ThemeField field) const
{
    // Also the merge key: typing into one field is one undo step.
    return QStringLiteral("theme-%1-%2").arg(currentTheme()).arg(field == ThemeField::Memo ? 'm' : 'd');
}

void CodebookView::saveField(int field, const QVariant& value, const QString& label, const QString& mergeKey)
{
    const RowId id = currentTheme();
    if (m_loading || id == NoRow)
        return;
    auto current = ops::Reader(*m_session->project()).theme(id);
    if (!current)
        return;
    const auto f = ThemeField(field);
    const QString now = f == ThemeField::Name          ? current->name
                        : f == ThemeField::Description ? current->description
                        : f == ThemeField::Memo        ? current->memo
                                                       : current->color;
    if (now == value.toString())
        return;
    if (auto ok = ops::setThemeField(*m_session->ops(), id, f, value, mergeKey); !ok) {
        report(label, ok.error());
        showDetails();
    }
}

void CodebookView::chooseColor()
{
    auto theme = ops::Reader(*m_session->project()).theme(currentTheme());
    if (!theme)
        return;
    const QColor chosen = QColorDialog::getColor(
        QColor::isValidColorName(theme->color) ? QColor::fromString(theme->color) : QColor(Qt::gray), this,
        tr("Colour of “%1”").arg(theme->name));
    if (chosen.isValid())
        saveField(int(ThemeField::Color), chosen.name(), tr("Change Theme Colour"));
}

RowId CodebookView::addTheme(const QString& name, RowId parentId)
{
    auto made = ops::addTheme(*m_session->ops(), name, parentId);
    if (!made) {
        report(tr("Add Theme"), made.error());
        return NoRow;
    }
    reload();
    selectTheme(*made);
    return *made;
}

bool CodebookView::moveTheme(RowId id, RowId parentId, int position)
{
    if (auto ok = ops::moveTheme(*m_session->ops(), id, parentId, position); !ok) {
        report(tr("Move Theme"), ok.error());
        return false;
    }
    reload();
    selectTheme(id);
    return true;
}

void CodebookView::askMerge()
{
    const RowId from = currentTheme();
    auto themes = ops::Reader(*m_session->project()).themes();
    if (from == NoRow || !themes)
        return;
    QStringList names;
    QList<RowId> ids;
    QString fromName;
    for (const Theme& t : *themes) {
        if (t.id == from) {
            fromName = t.name;
            continue;
        }
        names << t.name;
        ids << t.id;
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge Theme"), tr("Move the quotes and sub-themes of “%1” into:").arg(fromName), names, 0,
        false, &ok);
    if (ok && names.contains(into))
        mergeThemes(from, ids.at(names.indexOf(into)));
}

bool CodebookView::mergeThemes(RowId from, RowId into)
{
    if (auto ok = ops::mergeThemes(*m_session->ops(), from, into); !ok) {
        report(tr("Merge Theme"), ok.error());
        return false;
    }
    reload();
    selectTheme(into);
    return true;
}

bool CodebookView::removeTheme(RowId id, bool ask)
{
    auto theme = ops::Reader(*m_session->project()).theme(id);
    if (!theme)
        return false;
    if (ask) {
        QTreeWidgetItem* item = m_tree->currentItem();
        const int quotes = item ? item->text(1).toInt() : 0;
        const auto answer = QMessageBox::question(
            this, tr("Delete Theme"),
            tr("Delete “%1” and its sub-themes? %n quote(s) lose this theme; the quotes themselves and their "
               "other themes stay. You can undo this.",
               nullptr, quotes)
                .arg(theme->name));
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (auto ok = ops::removeTheme(*m_session->ops(), id); !ok) {
        report(tr("Delete Theme"), ok.error());
        return false;
    }
    return true;
}

bool CodebookView::importCodebook(const QString& path)
{
    auto codebook = formats::CodebookFile::readFile(path);
    if (!codebook) {
        report(tr("Import Codebook"), codebook.error());
        return false;
    }
    auto merged = ops::importCodebook(*m_session->ops(), *codebook);
    if (!merged) {
        report(tr("Import Codebook"), merged.error());
        return false;
    }
    reload();
    m_counts->setText(tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                          .arg(QFileInfo(path).fileName())
                          .arg(merged->added)
                          .arg(merged->updated)
                          .arg(merged->unchanged) +
                      QLatin1Char(' ') + formats::CodebookFile::caveats(*codebook));
    return true;
}

bool CodebookView::exportCodebook(const QString& path)
{
    auto codebook = ops::codebookOf(*m_session->project());
    if (!codebook) {
        report(tr("Export Codebook"), codebook.error());
        return false;
    }
    if (auto written = formats::CodebookFile::writeFile(path, *codebook); !written) {
        report(tr("Export Codebook"), written.error());
        return false;
    }
    return true;
}

void CodebookView::report(const QString& action, const Error& error)
{
    showErrorBox(this, action, error);
}

} // namespace tianye::ui
