// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/TeamWork.h"

#include "app/ProjectSession.h"
#include "ops/Reader.h"
#include "ops/Team.h"
#include "store/Project.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

constexpr int ActivityShown = 200;

// Where the copy goes, for whom, and whether the recordings go with it.
class CopyDialog final : public QDialog
{
    Q_OBJECT

public:
    CopyDialog(const QString& projectName, const QString& suggestedFolder, QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("copyForColleague"));
        setWindowTitle(tr("Copy for a Colleague"));
        auto* intro =
            new QLabel(tr("A copy of %1 for a colleague's laptop: the same project and history, so that "
                          "the copies can be brought together later.")
                           .arg(projectName));
        intro->setWordWrap(true);
        m_folder = new QLineEdit(suggestedFolder);
        m_folder->setObjectName(QStringLiteral("folder"));
        m_folder->setAccessibleName(tr("Folder of the copy"));
        auto* browse = new QPushButton(tr("Choose…"));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString dir = QFileDialog::getExistingDirectory(this, tr("Where to Put the Copy"),
                                                                  QFileInfo(m_folder->text()).absolutePath());
            if (!dir.isEmpty())
                m_folder->setText(QDir(dir).filePath(QFileInfo(m_folder->text()).fileName()));
        });
        auto* folderRow = new QHBoxLayout;
        folderRow->addWidget(m_folder, 1);
        folderRow->addWidget(browse);
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("colleague"));
        m_name->setPlaceholderText(tr("e.g. 李娜"));
        m_name->setAccessibleName(tr("Colleague's name"));
        m_media = new QCheckBox(tr("Include the recordings"));
        m_media->setObjectName(QStringLiteral("withMedia"));
        m_media->setChecked(true);
        m_media->setToolTip(tr("Recordings are large; a copy without them can fetch them later from any copy "
                               "that has them."));
        auto* form = new QFormLayout;
        auto* folderLabel = new QLabel(tr("&Folder:"));
        folderLabel->setBuddy(m_folder);
        form->addRow(folderLabel, folderRow);
        form->addRow(tr("Colleague's &name:"), m_name);
        form->addRow(QString(), m_media);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Copy"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(buttons);
        resize(560, sizeHint().height());
    }

    QString folder() const { return m_folder->text().trimmed(); }
    QString colleague() const { return m_name->text().trimmed(); }
    bool withMedia() const { return m_media->isChecked(); }

private:
    QLineEdit* m_folder;
    QLineEdit* m_name;
    QCheckBox* m_media;
};

// One path to name, typed or chosen: the other copy (a folder, or an exchange file) to
// sync with, or the exchange file to write.
class PathDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        CopyOrFile, // Sync with Another Copy…
        NewFile,    // Write Exchange File…
        Copy,       // Fetch Recordings from Another Copy…
        Project     // Merge Another Project…
    };

    PathDialog(Kind kind, const QString& suggested, QWidget* parent)
        : QDialog(parent)
    {
        const bool sync = kind != Kind::NewFile;
        setObjectName(kind == Kind::CopyOrFile ? QStringLiteral("syncWith")
                      : kind == Kind::Copy     ? QStringLiteral("fetchRecordings")
                      : kind == Kind::Project  ? QStringLiteral("mergeProject")
                                               : QStringLiteral("writeExchange"));
        setWindowTitle(kind == Kind::CopyOrFile ? tr("Sync with Another Copy")
                       : kind == Kind::Copy     ? tr("Fetch Recordings from Another Copy")
                       : kind == Kind::Project  ? tr("Merge Another Project")
                                                : tr("Write Exchange File"));
        auto* intro = new QLabel(
            kind == Kind::CopyOrFile
                ? tr("Choose another copy of this project (its folder, on a USB stick or a shared drive), or "
                     "an "
                     "exchange file a colleague sent. Each copy gets the changes it lacks; a backup of each "
                     "is made first, and the sync is one step you can undo.")
            : kind == Kind::Project
                ? tr("Choose a project another team started on its own (its folder). You will see what it "
                     "brings in before anything changes; cities, researchers, participants (by code) and "
                     "themes that are the same as here are merged with them.")
            : kind == Kind::Copy
                ? tr("Choose another copy of this project (its folder) that has the recordings this copy "
                     "lacks, such as the copy this one was made from. Each recording is checked against "
                     "its fingerprint (SHA-256) as it is copied; nothing else changes.")
                : tr("For a copy you cannot reach as a folder: a file of the changes the copies you have met "
                     "may lack. Send it; your colleague brings it in with Team → Sync with Another "
                     "Copy…"));
        intro->setWordWrap(true);
        m_path = new QLineEdit(suggested);
        m_path->setObjectName(QStringLiteral("path"));
        m_path->setAccessibleName(kind == Kind::CopyOrFile ? tr("Other copy or exchange file")
                                  : kind == Kind::Copy     ? tr("Other copy")
                                  : kind == Kind::Project  ? tr("Other project")
                                                           : tr("Exchange file"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        const QString filter = tr("Tianye exchange files (*.tianye-sync);;All files (*)");
        if (sync) {
            auto* folder = new QPushButton(tr("Choose &Copy…"));
            connect(folder, &QPushButton::clicked, this, [this] {
                const QString dir = QFileDialog::getExistingDirectory(this, tr("Another Copy of the Project"),
                                                                      m_path->text());
                if (!dir.isEmpty())
                    m_path->setText(QDir::toNativeSeparators(dir));
            });
            row->addWidget(folder);
            if (kind == Kind::CopyOrFile) {
                auto* file = new QPushButton(tr("Choose &File…"));
                connect(file, &QPushButton::clicked, this, [this, filter] {
                    const QString chosen =
                        QFileDialog::getOpenFileName(this, tr("Exchange File"), m_path->text(), filter);
                    if (!chosen.isEmpty())
                        m_path->setText(QDir::toNativeSeparators(chosen));
                });
                row->addWidget(file);
            }
        } else {
            auto* file = new QPushButton(tr("Choose…"));
            connect(file, &QPushButton::clicked, this, [this, filter] {
                const QString chosen =
                    QFileDialog::getSaveFileName(this, tr("Write Exchange File"), m_path->text(), filter);
                if (!chosen.isEmpty())
                    m_path->setText(QDir::toNativeSeparators(chosen));
            });
            row->addWidget(file);
        }
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)
            ->setText(kind == Kind::CopyOrFile ? tr("Sync")
                      : kind == Kind::NewFile  ? tr("Write File")
                                               : tr("Continue"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(row);
        layout->addWidget(buttons);
        resize(620, sizeHint().height());
    }

    QString path() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

private:
    QLineEdit* m_path;
};

QString shownValue(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return QCoreApplication::translate("tianye::ui::TeamWork", "(none)");
    if (v.isObject() && v.toObject().contains(QStringLiteral("@")))
        return v.toObject().value(QStringLiteral("@")).toString().left(8);
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

TeamWork::TeamWork(ProjectSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void TeamWork::copyForColleague()
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return;
    const QString suggested =
        QDir(QFileInfo(project->folder()).absolutePath())
            .filePath(tr("%1 (copy)").arg(project->name()) + QLatin1String(Project::FolderSuffix));
    CopyDialog dialog(project->name(), suggested, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.folder().isEmpty())
        return;
    auto made =
        ops::copyForColleague(*m_session->ops(), dialog.folder(), dialog.colleague(), dialog.withMedia());
    if (!made) {
        Q_EMIT failed(tr("Copy for a Colleague"), made.error());
        return;
    }
    Q_EMIT message(made->mediaLeft > 0
                       ? tr("Copy made in %1, without its %n recording(s).", nullptr, made->mediaLeft)
                             .arg(QDir::toNativeSeparators(made->folder))
                       : tr("Copy made in %1.").arg(QDir::toNativeSeparators(made->folder)),
                   10000);
}

void TeamWork::showActivity()
{
    Project* project = m_session->project();
    if (!project)
        return;
    ops::Reader read(*project);
    auto entries = read.recentChanges(ActivityShown);
    if (!entries) {
        Q_EMIT failed(tr("Activity"), entries.error());
        return;
    }
    const QString self = read.thisDevice();
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("activity"));
    dialog.setWindowTitle(tr("Activity — %1").arg(project->name()));
    auto* table = new QTableWidget(int(entries->size()), 4, &dialog);
    table->setObjectName(QStringLiteral("changes"));
    table->setAccessibleName(tr("Recent changes"));
    table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Copy"), tr("What")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    for (int row = 0; row < int(entries->size()); ++row) {
        const LogEntry& e = (*entries)[size_t(row)];
        table->setItem(row, 0,
                       new QTableWidgetItem(locale.toString(e.when().toLocalTime(), QLocale::ShortFormat)));
        table->setItem(row, 1, new QTableWidgetItem(e.author.isEmpty() ? tr("(unknown)") : e.author));
        auto* copy = new QTableWidgetItem(e.device == self ? tr("this copy") : e.device.left(8));
        copy->setToolTip(e.device);
        table->setItem(row, 2, copy);
        table->setItem(row, 3, new QTableWidgetItem(e.label));
    }
    table->resizeColumnsToContents();
    auto* note = new QLabel(
        entries->empty() ? tr("No changes yet.")
                         : tr("The newest %n change(s), newest first.", nullptr, int(entries->size())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    dialog.exec();
}

void TeamWork::syncWithCopy()
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return;
    PathDialog dialog(PathDialog::Kind::CopyOrFile, QFileInfo(project->folder()).absolutePath(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const QString other = dialog.path();
    const bool file = QFileInfo(other).isFile();
    auto made =
        file ? ops::bringInExchangeFile(*m_session->ops(), other) : ops::syncWith(*m_session->ops(), other);
    if (!made) {
        Q_EMIT failed(tr("Sync with Another Copy"), made.error());
        return;
    }
    QStringList said;
    said << (file ? tr("%n change(s) brought in from the file.", nullptr, made->received)
                  : tr("%n change(s) brought in, %1 sent.", nullptr, made->received)
                        .arg(tr("%n change(s)", nullptr, made->sent)));
    if (const int conflicts = made->conflicts + made->otherConflicts; conflicts > 0)
        said << tr("%n conflict(s) resolved: see Team → Conflicts.", nullptr, conflicts);
    if (made->mediaCopied > 0)
        said << tr("%n recording(s) copied.", nullptr, made->mediaCopied);
    if (!made->mediaMissing.isEmpty())
        said << tr("Missing recordings: %1.").arg(made->mediaMissing.join(QStringLiteral(", ")));
    Q_EMIT message(said.join(QLatin1Char(' ')), 20000);
    if (!made->mediaProblem.isEmpty())
        Q_EMIT failed(tr("Copy Recordings"), {Error::Code::Io, made->mediaProblem});
}

void TeamWork::mergeProject()
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return;
    PathDialog dialog(PathDialog::Kind::Project, QFileInfo(project->folder()).absolutePath(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const QString other = dialog.path();
    auto preview = ops::previewMerge(*m_session->ops(), other);
    if (!preview) {
        Q_EMIT failed(tr("Merge Another Project"), preview.error());
        return;
    }
    QDialog confirm(m_window);
    confirm.setObjectName(QStringLiteral("mergePreview"));
    confirm.setWindowTitle(tr("Merge %1").arg(preview->project));
    QStringList lines;
    QStringList added;
    auto count = [&added](int n, const QString& said) {
        if (n > 0)
            added << said;
    };
    count(preview->cities, tr("%n city(-ies)", nullptr, preview->cities));
    count(preview->researchers, tr("%n researcher(s)", nullptr, preview->researchers));
    count(preview->participants, tr("%n participant(s)", nullptr, preview->participants));
    count(preview->interviews, tr("%n interview(s)", nullptr, preview->interviews));
    count(preview->segments, tr("%n transcript segment(s)", nullptr, preview->segments));
    count(preview->themes, tr("%n theme(s)", nullptr, preview->themes));
    count(preview->quotes, tr("%n quote(s)", nullptr, preview->quotes));
    count(preview->insights, tr("%n insight(s)", nullptr, preview->insights));
    count(preview->recordings,
          tr("%n recording(s)", nullptr, preview->recordings) +
              QStringLiteral(" (%1)").arg(QLocale().formattedDataSize(preview->recordingBytes)));
    count(preview->otherRows(), tr("%n tag(s), link(s) and other detail(s)", nullptr, preview->otherRows()));
    const bool nothing = preview->total == 0;
    if (!nothing)
        lines << tr("<b>New here:</b> %1.").arg(QLocale().createSeparatedList(added));
    const QList<std::pair<QString, QStringList>> matched{
        {tr("Cities"), preview->matchedCities},
        {tr("Researchers"), preview->matchedResearchers},
        {tr("Participants (by code)"), preview->matchedParticipants},
        {tr("Themes"), preview->matchedThemes}};
    for (const auto& [kind, names] : matched)
        if (!names.isEmpty())
            lines << tr("<b>The same as here — %1:</b> %2")
                         .arg(kind, QLocale().createSeparatedList(names).toHtmlEscaped());
    if (!preview->withdrawn.isEmpty())
        lines << tr("<b>Withdrew consent there, so withdrawn here too:</b> %1")
                     .arg(QLocale().createSeparatedList(preview->withdrawn).toHtmlEscaped());
    if (!preview->differing.isEmpty()) {
        QStringList shown = preview->differing.mid(0, 6);
        if (preview->differing.size() > 6)
            shown << tr("%n more", nullptr, int(preview->differing.size() - 6));
        lines << tr("<b>Details that differ there (this project's are kept):</b> %1")
                     .arg(shown.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (preview->alreadyHere > 0)
        lines << tr("%n record(s) were merged before and stay as they are here.", nullptr,
                    preview->alreadyHere);
    if (preview->deletedHere > 0)
        lines << tr("%n record(s) merged before were deleted here since and stay deleted, unless you bring "
                    "them back below.",
                    nullptr, preview->deletedHere);
    if (nothing)
        lines << tr("Nothing new to bring in.");
    else
        lines << tr("A backup is made first, and the merge is one step you can undo. %1 itself does not "
                    "change.")
                     .arg(preview->project.toHtmlEscaped());
    auto* summary = new QLabel(lines.join(QStringLiteral("<br><br>")), &confirm);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText);
    auto* thenCopy =
        new QCheckBox(tr("&Then make %1 a copy of this project").arg(preview->project), &confirm);
    thenCopy->setObjectName(QStringLiteral("thenCopy"));
    thenCopy->setToolTip(
        tr("Its team carries on in the merged project and syncs with this one; its own database "
           "is kept in its backups."));
    if (!preview->differing.isEmpty()) {
        // It would lose those details as a copy: said before, not after the merge.
        thenCopy->setEnabled(false);
        thenCopy->setToolTip(
            tr("%1 holds details that differ from this project's (listed above); as a copy it "
               "would lose them.")
                .arg(preview->project));
    }
    auto* bringBack = new QCheckBox(tr("&Bring back what was deleted here since an earlier merge"), &confirm);
    bringBack->setObjectName(QStringLiteral("bringBack"));
    bringBack->setVisible(preview->deletedHere > 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &confirm);
    auto* merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("merge"));
    merge->setEnabled(!nothing);
    // Merged before: making it a copy, or bringing back what was deleted, is what is left.
    auto enable = [=] { merge->setEnabled(!nothing || thenCopy->isChecked() || bringBack->isChecked()); };
    connect(thenCopy, &QCheckBox::toggled, merge, enable);
    connect(bringBack, &QCheckBox::toggled, merge, enable);
    connect(buttons, &QDialogButtonBox::accepted, &confirm, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &confirm, &QDialog::reject);
    auto* layout = new QVBoxLayout(&confirm);
    layout->addWidget(summary);
    layout->addWidget(bringBack);
    layout->addWidget(thenCopy);
    layout->addWidget(buttons);
    confirm.resize(640, confirm.sizeHint().height());
    if (confirm.exec() != QDialog::Accepted)
        return;
    auto made = ops::mergeProject(*m_session->ops(), other, bringBack->isChecked());
    if (!made) {
        Q_EMIT failed(tr("Merge Another Project"), made.error());
        return;
    }
    QStringList said;
    said << tr("Merged %1: %2 and %3 brought in.")
                .arg(made->project, tr("%n interview(s)", nullptr, made->interviews),
                     tr("%n quote(s)", nullptr, made->quotes));
    if (thenCopy->isChecked()) {
        auto became = ops::makeCopyOfThis(*m_session->ops(), other);
        if (!became) {
            Q_EMIT message(said.join(QLatin1Char(' ')), 20000);
            Q_EMIT failed(tr("Make %1 a Copy").arg(made->project), became.error());
            return;
        }
        said << tr("%1 is now a copy of this project: sync with it from now on (the merge can no longer be "
                   "undone).")
                    .arg(QDir::toNativeSeparators(became->folder));
        if (became->formerCopies > 0)
            said << tr(
                "Copies made of it before (%n) are not copies of this project: merge each the same way.",
                nullptr, became->formerCopies);
    }
    if (!made->recordingsMissing.isEmpty())
        said << tr("Missing recordings: %1.").arg(made->recordingsMissing.join(QStringLiteral(", ")));
    Q_EMIT message(said.join(QLatin1Char(' ')), 20000);
    if (!made->recordingsProblem.isEmpty())
        Q_EMIT failed(tr("Copy Recordings"), {Error::Code::Io, made->recordingsProblem});
}

void TeamWork::fetchRecordings()
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return;
    PathDialog dialog(PathDialog::Kind::Copy, QFileInfo(project->folder()).absolutePath(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    auto fetched = ops::fetchMedia(*m_session->ops(), dialog.path());
    if (!fetched) {
        Q_EMIT failed(tr("Fetch Recordings"), fetched.error());
        return;
    }
    QStringList said;
    said << tr("%n recording(s) copied (%1).", nullptr, fetched->copied)
                .arg(QLocale().formattedDataSize(fetched->bytes));
    if (!fetched->missing.isEmpty())
        said << tr("Neither copy has: %1.").arg(fetched->missing.join(QStringLiteral(", ")));
    Q_EMIT message(said.join(QLatin1Char(' ')), 20000);
    if (!fetched->problem.isEmpty())
        Q_EMIT failed(tr("Fetch Recordings"), {Error::Code::Io, fetched->problem});
}

void TeamWork::writeExchangeFile()
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return;
    const QString suggested =
        QDir(QDir::homePath())
            .filePath(QStringLiteral("%1-%2.tianye-sync")
                          .arg(project->name(), QDate::currentDate().toString(Qt::ISODate)));
    PathDialog dialog(PathDialog::Kind::NewFile, QDir::toNativeSeparators(suggested), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    auto written = ops::writeExchangeFile(*m_session->ops(), dialog.path());
    if (!written) {
        Q_EMIT failed(tr("Write Exchange File"), written.error());
        return;
    }
    Q_EMIT message(
        tr("%n change(s) written to %1 (%2).", nullptr, written->steps)
            .arg(QDir::toNativeSeparators(written->file), QLocale().formattedDataSize(written->bytes)),
        15000);
}

void TeamWork::showConflicts()
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return;
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("conflicts"));
    dialog.setWindowTitle(tr("Conflicts — %1").arg(project->name()));
    auto* note = new QLabel(&dialog);
    note->setWordWrap(true);
    auto* table = new QTableWidget(0, 7, &dialog);
    table->setObjectName(QStringLiteral("conflictList"));
    table->setAccessibleName(tr("Conflicts"));
    table->setHorizontalHeaderLabels(
        {tr("Found"), tr("Record"), tr("Field"), tr("Kept"), tr("Lost"), tr("Lost by"), tr("What happened")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* showTaken = new QCheckBox(tr("Show those &taken since"), &dialog);
    showTaken->setObjectName(QStringLiteral("showTaken"));
    auto* take = new QPushButton(tr("Take the Value That &Lost"), &dialog);
    take->setObjectName(QStringLiteral("take"));
    take->setToolTip(tr("Make the value that lost current again, as a change of your own (undoable)."));
    std::vector<Conflict> shown;
    const QLocale locale;
    auto kindText = [](const Conflict& c) {
        if (c.kind == QLatin1String("field"))
            return tr("Changed on two copies; the later change was kept.");
        if (c.kind == QLatin1String("consent"))
            return tr("Consent changed on two copies; a withdrawal always wins.");
        if (c.kind == QLatin1String("delete"))
            return tr("Deleted on one copy, changed on another; the delete was kept.");
        if (c.kind == QLatin1String("kept"))
            return tr("Deleted on one copy, still needed on another; the record was kept.");
        if (c.kind == QLatin1String("renamed"))
            return tr("Two records got the same name; one was renamed.");
        return c.kind;
    };
    auto fill = [&] {
        auto listed = ops::Reader(*project).conflicts(showTaken->isChecked());
        if (!listed) {
            Q_EMIT failed(tr("Conflicts"), listed.error());
            return;
        }
        shown = std::move(*listed);
        table->setRowCount(int(shown.size()));
        for (int row = 0; row < int(shown.size()); ++row) {
            const Conflict& c = shown[size_t(row)];
            const QStringList cells{locale.toString(c.foundAt.toLocalTime(), QLocale::ShortFormat),
                                    c.record,
                                    c.column.isEmpty() ? QString() : ops::fieldLabel(c.column),
                                    c.kind == QLatin1String("delete") ? tr("(deleted)") : shownValue(c.kept),
                                    c.kind == QLatin1String("delete") ? tr("the changes")
                                                                      : shownValue(c.lost),
                                    c.lostAuthor.isEmpty() ? tr("this copy") : c.lostAuthor,
                                    c.taken ? tr("Taken since.") : kindText(c)};
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells[col]);
                item->setToolTip(cells[col]);
                table->setItem(row, col, item);
            }
        }
        table->resizeColumnsToContents();
        note->setText(shown.empty() ? tr("No conflicts: every copy's changes were applied as they were made.")
                                    : tr("%n conflict(s). Each copy resolved them alike; what lost is kept "
                                         "here and can be taken.",
                                         nullptr, int(shown.size())));
        take->setEnabled(false);
    };
    connect(table, &QTableWidget::itemSelectionChanged, &dialog, [&] {
        const int row = table->currentRow();
        take->setEnabled(row >= 0 && row < int(shown.size()) && shown[size_t(row)].takeable &&
                         !shown[size_t(row)].taken);
    });
    connect(showTaken, &QCheckBox::toggled, &dialog, fill);
    connect(take, &QPushButton::clicked, &dialog, [&] {
        const int row = table->currentRow();
        if (row < 0 || row >= int(shown.size()))
            return;
        if (auto ok = ops::takeConflict(*m_session->ops(), shown[size_t(row)].id); !ok)
            Q_EMIT failed(tr("Take the Value That Lost"), ok.error());
        fill();
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->addButton(take, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(showTaken);
    layout->addWidget(buttons);
    fill();
    dialog.resize(960, 520);
    dialog.exec();
}

} // namespace tianye::ui

#include "TeamWork.moc"
