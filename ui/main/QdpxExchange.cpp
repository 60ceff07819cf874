// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/QdpxExchange.h"

#include "app/ProjectSession.h"
#include "ops/Qdpx.h"
#include "ops/Session.h"
#include "store/Project.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <functional>

namespace tianye::ui {

namespace {

QString filter()
{
    return QdpxExchange::tr("REFI-QDA projects (*.qdpx)");
}

// Runs job on a worker thread while a window-modal progress dialog shows how far it
// is and offers Cancel; the window keeps painting. job reports progress through the
// ops::QdpxProgress it is given (which says false once cancelled).
template <class R>
R runAside(const QString& text, QWidget* parent, const std::function<R(const ops::QdpxProgress&)>& job)
{
    QProgressDialog dialog(text, QdpxExchange::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    std::atomic<int> done{0}, total{0};
    std::atomic<bool> cancelled{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&] {
        dialog.setMaximum(total);
        dialog.setValue(done);
    });
    QFutureWatcher<R> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<R>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        return job([&](int d, int t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    }));
    tick.start();
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

} // namespace

QdpxExchange::QdpxExchange(ProjectSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void QdpxExchange::chooseExport()
{
    Project* project = m_session->project();
    if (!project)
        return;
    const QString suggested = QDir(QDir::homePath()).filePath(project->name() + QStringLiteral(".qdpx"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export REFI-QDA Project"), suggested, filter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".qdpx");
    exportTo(path);
}

bool QdpxExchange::exportTo(const QString& file)
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return false;
    if (auto saved = m_session->ops()->flushTyping(); !saved) {
        Q_EMIT failed(tr("Export REFI-QDA Project"), saved.error());
        return false;
    }
    // On a connection of its own, on a worker thread: the window stays usable.
    const QString folder = project->folder();
    auto done = runAside<Result<ops::QdpxExported>>(
        tr("Writing %1…").arg(QFileInfo(file).fileName()), m_window,
        [folder, file](const ops::QdpxProgress& progress) -> Result<ops::QdpxExported> {
            auto reading = Project::openForReading(folder);
            if (!reading)
                return std::unexpected(reading.error());
            return ops::exportQdpx(**reading, file, {}, progress);
        });
    if (!done) {
        Q_EMIT failed(tr("Export REFI-QDA Project"), done.error());
        return false;
    }
    QString text = tr("Wrote %1 (%2): %n interview(s)", nullptr, done->textSources)
                       .arg(QDir::toNativeSeparators(done->file), QLocale().formattedDataSize(done->bytes));
    text += tr(", %n quote(s)", nullptr, done->selections);
    if (done->withdrawnParticipants || done->withheldInterviews || done->withheldSegments)
        text += tr("; what %n participant(s) who withdrew consent said is left out", nullptr,
                   done->withdrawnParticipants);
    Q_EMIT message(text + QLatin1Char('.'), 15000);
    return true;
}

void QdpxExchange::chooseImportAsNew()
{
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Import REFI-QDA Project"), QDir::homePath(), filter());
    ops::QdpxImportOptions options;
    if (file.isEmpty() || !chooseFields(file, options))
        return;
    const QString suggested =
        QDir(QFileInfo(file).absolutePath()).filePath(QFileInfo(file).completeBaseName());
    const QString destination =
        QFileDialog::getSaveFileName(m_window, tr("New Project from %1").arg(QFileInfo(file).fileName()),
                                     suggested, tr("Tianye projects (*.tianye)"));
    if (destination.isEmpty())
        return;
    importAsNew(file, destination, options);
}

bool QdpxExchange::chooseFields(const QString& file, ops::QdpxImportOptions& options)
{
    auto preview = ops::previewQdpx(file);
    if (!preview) {
        Q_EMIT failed(tr("Import REFI-QDA Project"), preview.error());
        return false;
    }
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("qdpxPreview"));
    dialog.setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    auto* summary = new QLabel(
        tr("“%1”%2 holds %3 sources, %4 cases, %5 codes and %6 coded selections. Choose what each of its "
           "variables "
           "fills in Tianye; what is kept as it is becomes a participant's own attribute, or a line of the "
           "interview's field notes.")
            .arg(preview->project,
                 preview->origin.isEmpty() ? QString() : tr(" (from %1)").arg(preview->origin),
                 QString::number(preview->sources), QString::number(preview->cases),
                 QString::number(preview->codes), QString::number(preview->selections)),
        &dialog);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    auto* table = new QTableWidget(int(preview->variables.size()), 4, &dialog);
    table->setObjectName(QStringLiteral("variableFields"));
    table->setAccessibleName(tr("Variables and the fields they fill"));
    table->setHorizontalHeaderLabels({tr("Variable"), tr("Values on"), tr("For example"), tr("Fills")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    std::vector<QComboBox*> combos;
    for (int row = 0; row < int(preview->variables.size()); ++row) {
        const ops::QdpxVariable& v = preview->variables[std::size_t(row)];
        table->setItem(row, 0, new QTableWidgetItem(v.name));
        QStringList on;
        if (v.cases)
            on << tr("%n case(s)", nullptr, v.cases);
        if (v.sources)
            on << tr("%n source(s)", nullptr, v.sources);
        table->setItem(row, 1, new QTableWidgetItem(on.join(QStringLiteral(", "))));
        table->setItem(row, 2, new QTableWidgetItem(v.samples.join(QStringLiteral(", "))));
        auto* combo = new QComboBox(table);
        combo->setAccessibleName(tr("What “%1” fills").arg(v.name));
        combo->addItem(ops::qdpxFieldLabel({}), QString());
        for (const QString& key : ops::qdpxFields())
            combo->addItem(ops::qdpxFieldLabel(key), key);
        combo->setCurrentIndex(std::max(0, combo->findData(v.field)));
        table->setCellWidget(row, 3, combo);
        combos.push_back(combo);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("&Import…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options.fields.clear();
    for (std::size_t i = 0; i < combos.size(); ++i)
        options.fields.insert(preview->variables[i].name, combos[i]->currentData().toString());
    return true;
}

bool QdpxExchange::importAsNew(const QString& file, const QString& destination,
                               const ops::QdpxImportOptions& options)
{
    auto report =
        runAside<Result<ops::QdpxReport>>(tr("Reading %1…").arg(QFileInfo(file).fileName()), m_window,
                                          [file, destination, options](const ops::QdpxProgress& progress) {
                                              return ops::importQdpx(file, destination, options, progress);
                                          });
    if (!report) {
        Q_EMIT failed(tr("Import REFI-QDA Project"), report.error());
        return false;
    }
    Q_EMIT projectMade(report->folder);
    showReport(tr("Imported %1").arg(QFileInfo(file).fileName()), *report);
    return true;
}

void QdpxExchange::chooseImportInto()
{
    if (!m_session->project())
        return;
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import REFI-QDA Project into This Project"), QDir::homePath(), filter());
    ops::QdpxImportOptions options;
    if (!file.isEmpty() && chooseFields(file, options))
        importInto(file, options);
}

bool QdpxExchange::importInto(const QString& file, const ops::QdpxImportOptions& options)
{
    if (!m_session->ops())
        return false;
    if (auto saved = m_session->ops()->flushTyping(); !saved) {
        Q_EMIT failed(tr("Import REFI-QDA Project"), saved.error());
        return false;
    }
    // Read into a project of its own on a worker thread, then merged here (the merge
    // is this project's one undoable step).
    const QString cache = m_session->project()->cacheDir();
    QDir().mkpath(cache);
    QTemporaryDir temp(QDir(cache).filePath(QStringLiteral("qdpx-import-XXXXXX")));
    if (!temp.isValid()) {
        Q_EMIT failed(
            tr("Import REFI-QDA Project"),
            Error{Error::Code::Io,
                  tr("Cannot create a temporary folder in %1.").arg(QDir::toNativeSeparators(cache))});
        return false;
    }
    const QString folder = temp.filePath(QStringLiteral("imported.tianye"));
    auto read = runAside<Result<ops::QdpxReport>>(tr("Reading %1…").arg(QFileInfo(file).fileName()), m_window,
                                                  [file, folder, options](const ops::QdpxProgress& progress) {
                                                      return ops::importQdpx(file, folder, options, progress);
                                                  });
    auto report = read ? ops::mergeQdpxImport(*m_session->ops(), std::move(*read)) : read;
    if (!report) {
        Q_EMIT failed(tr("Import REFI-QDA Project"), report.error());
        return false;
    }
    showReport(tr("Imported %1").arg(QFileInfo(file).fileName()), *report);
    return true;
}

void QdpxExchange::showReport(const QString& title, const ops::QdpxReport& report)
{
    auto* dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("qdpxReport"));
    dialog->setWindowTitle(title);
    auto* intro =
        new QLabel(tr("Read %1%2. What the file held, what came in, and what was left out and why: nothing "
                      "else was dropped.")
                       .arg(QDir::toNativeSeparators(report.file),
                            report.origin.isEmpty() ? QString() : tr(" (written by %1)").arg(report.origin)),
                   dialog);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* counts = new QTableWidget(0, 4, dialog);
    counts->setObjectName(QStringLiteral("reportCounts"));
    counts->setAccessibleName(tr("What was read, imported and left out"));
    counts->setHorizontalHeaderLabels({tr("Kind"), tr("Read"), tr("Imported"), tr("Left out")});
    counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    counts->setSelectionBehavior(QAbstractItemView::SelectRows);
    counts->verticalHeader()->hide();
    for (const auto& line : report.lines) {
        if (!line.read && !line.imported && !line.dropped)
            continue;
        const int row = counts->rowCount();
        counts->insertRow(row);
        counts->setItem(row, 0, new QTableWidgetItem(line.kind));
        int column = 1;
        for (int n : {line.read, line.imported, line.dropped}) {
            auto* item = new QTableWidgetItem(QLocale().toString(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 3 && n > 0)
                item->setForeground(counts->palette().color(QPalette::Link));
            counts->setItem(row, column++, item);
        }
    }
    counts->resizeColumnsToContents();
    counts->resizeRowsToContents();
    counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    QStringList lines;
    for (const auto& line : report.lines)
        for (const QString& why : line.why)
            lines << QStringLiteral("• %1: %2").arg(line.kind, why);
    if (!report.keptFiles.isEmpty()) {
        lines << QString() << tr("Kept as files beside the project (not coded):");
        for (const QString& file : report.keptFiles)
            lines << QStringLiteral("• ") + file;
    }
    if (report.merged)
        lines << QString() << report.mergedSummary();
    auto* whyLabel = new QLabel(tr("Left out or changed, and why:"), dialog);
    auto* why = new QPlainTextEdit(lines.join(QLatin1Char('\n')), dialog);
    why->setObjectName(QStringLiteral("reportText"));
    why->setAccessibleName(tr("Import report"));
    why->setReadOnly(true);
    whyLabel->setBuddy(why);
    whyLabel->setVisible(!lines.isEmpty());
    why->setVisible(!lines.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(counts, 3);
    layout->addWidget(whyLabel);
    layout->addWidget(why, 2);
    layout->addWidget(buttons);
    dialog->resize(820, 640);
    dialog->show();
}

} // namespace tianye::ui
