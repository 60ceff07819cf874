// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "themes/ThemePicker.h"

#include "ops/Reader.h"
#include "store/Project.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

QIcon swatch(const QString& color)
{
    QPixmap p(12, 12);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor::isValidColorName(color) ? QColor::fromString(color) : QColor(Qt::gray));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(p);
}

} // namespace

ThemePicker::ThemePicker(Project* project, const QList<RowId>& chosen, const QString& quoteText,
                         QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Themes of the Quote"));
    setObjectName(QStringLiteral("themePicker"));
    if (auto themes = ops::Reader(*project).themes())
        m_themes = std::move(*themes);
    for (RowId id : chosen) {
        const auto it =
            std::find_if(m_themes.begin(), m_themes.end(), [&](const Theme& t) { return t.id == id; });
        if (it != m_themes.end())
            m_chosen << Choice{id, it->name};
    }

    auto* layout = new QVBoxLayout(this);
    auto* quote =
        new QLabel(QStringLiteral("“%1”").arg(
                       quoteText.size() > 160 ? QString(quoteText.left(160) + QChar(0x2026)) : quoteText),
                   this);
    quote->setWordWrap(true);
    quote->setObjectName(QStringLiteral("quoteText"));
    layout->addWidget(quote);
    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("chosenThemes"));
    m_chosenLabel->setWordWrap(true);
    m_chosenLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_chosenLabel);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("themeFilter"));
    m_filter->setPlaceholderText(tr("Type a theme; Enter adds it, Enter again is done"));
    m_filter->setAccessibleName(tr("Find or create a theme"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("themeList"));
    m_list->setAccessibleName(tr("Themes"));
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ThemePicker::refilter);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        m_list->setCurrentItem(item);
        takeCurrent();
    });
    resize(440, 420);
    refilter();
    updateChosen();
}

QList<RowId> ThemePicker::chosenIds() const
{
    QList<RowId> ids;
    for (const Choice& c : m_chosen)
        if (c.id != NoRow)
            ids << c.id;
    return ids;
}

QStringList ThemePicker::newThemes() const
{
    QStringList names;
    for (const Choice& c : m_chosen)
        if (c.id == NoRow)
            names << c.name;
    return names;
}

QList<ops::ThemeChoice> ThemePicker::chosen() const
{
    QList<ops::ThemeChoice> out;
    for (const Choice& c : m_chosen)
        out.append({c.id, c.id == NoRow ? c.name : QString()});
    return out;
}

void ThemePicker::refilter()
{
    const QString typed = m_filter->text().trimmed();
    m_list->clear();
    QHash<RowId, QString> paths;
    bool exact = false;
    for (const Theme& t : m_themes) {
        const QString path =
            t.parentId == NoRow ? t.name : QString(paths.value(t.parentId) + QStringLiteral(" › ") + t.name);
        paths.insert(t.id, path);
        if (!typed.isEmpty() && !path.contains(typed, Qt::CaseInsensitive) &&
            !t.description.contains(typed, Qt::CaseInsensitive))
            continue;
        exact |= t.name.compare(typed, Qt::CaseInsensitive) == 0;
        const bool taken =
            std::any_of(m_chosen.begin(), m_chosen.end(), [&](const Choice& c) { return c.id == t.id; });
        auto* item = new QListWidgetItem(swatch(t.color), taken ? tr("%1 (added)").arg(path) : path, m_list);
        item->setData(IdRole, t.id);
        item->setData(NameRole, t.name);
        item->setToolTip(t.description);
    }
    if (!typed.isEmpty() && !exact) {
        auto* create = new QListWidgetItem(tr("Create theme “%1”").arg(typed));
        create->setData(IdRole, NoRow);
        create->setData(NameRole, typed);
        QFont bold = create->font();
        bold.setItalic(true);
        create->setFont(bold);
        // An exact match comes first; otherwise the first match, then "create".
        // After the first match: typing a prefix and Enter picks the match.
        m_list->insertItem(m_list->count() > 0 ? 1 : 0, create);
    }
    // Exact name first.
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(NameRole).toString().compare(typed, Qt::CaseInsensitive) == 0 &&
            m_list->item(i)->data(IdRole).toLongLong() != NoRow) {
            m_list->insertItem(0, m_list->takeItem(i));
            break;
        }
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

void ThemePicker::takeCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const RowId id = item->data(IdRole).toLongLong();
    const QString name = item->data(NameRole).toString();
    const auto same = [&](const Choice& c) { return id != NoRow ? c.id == id : c.name == name; };
    const auto it = std::find_if(m_chosen.begin(), m_chosen.end(), same);
    if (it != m_chosen.end())
        m_chosen.erase(it); // a second Enter on a chosen theme takes it off
    else
        m_chosen << Choice{id, name};
    m_filter->clear();
    refilter();
    updateChosen();
}

void ThemePicker::updateChosen()
{
    QStringList names;
    for (const Choice& c : m_chosen) {
        const QString name = c.name.toHtmlEscaped();
        names << (c.id == NoRow ? tr("<b>%1</b> (new)").arg(name)
                                : QString(QStringLiteral("<b>") + name + QStringLiteral("</b>")));
    }
    m_chosenLabel->setText(names.isEmpty() ? tr("No themes yet.")
                                           : tr("Themes: %1").arg(names.join(QStringLiteral(", "))));
}

bool ThemePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier || m_filter->text().trimmed().isEmpty())
                accept();
            else
                takeCurrent();
            return true;
        case Qt::Key_Down:
            m_list->setCurrentRow(std::min(m_list->currentRow() + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(std::max(m_list->currentRow() - 1, 0));
            return true;
        case Qt::Key_Backspace:
            if (m_filter->text().isEmpty() && !m_chosen.isEmpty()) {
                m_chosen.removeLast();
                refilter();
                updateChosen();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tianye::ui
