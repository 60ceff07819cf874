// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/DossierDialog.h"

#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "charts/BarChart.h"
#include "dossier/Render.h"
#include "ops/Reader.h"
#include "ops/Words.h"
#include "store/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tianye::ui {

namespace {

QString defaultFolder()
{
    const QString saved = settings::dossierFolder.get();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

DossierDialog::DossierDialog(ProjectSession* session, RowId cityId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_percent(std::make_shared<std::atomic_int>(0))
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("dossierDialog"));
    setWindowTitle(tr("Export Dossier"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("dossierCity"));
    auto cities = ops::Reader(*session->project()).cities();
    if (cities) {
        std::sort(cities->begin(), cities->end(),
                  [](const City& a, const City& b) { return a.name < b.name; });
        for (const City& c : *cities)
            m_city->addItem(c.name, c.id);
    }
    m_city->addItem(tr("All cities, side by side"), NoRow);
    const int at = m_city->findData(cityId);
    m_city->setCurrentIndex(cityId != NoRow && at >= 0 ? at : 0);
    form->addRow(tr("&City:"), m_city);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("dossierFormat"));
    m_format->addItem(tr("PDF"), int(dossier::Format::Pdf));
    m_format->addItem(tr("OpenDocument text (ODT)"), int(dossier::Format::Odt));
    m_format->addItem(tr("Web page (HTML, self-contained)"), int(dossier::Format::Html));
    m_format->addItem(tr("Markdown"), int(dossier::Format::Markdown));
    const auto savedFormat = dossier::formatFromName(settings::dossierFormat.get());
    m_format->setCurrentIndex(m_format->findData(int(savedFormat.value_or(dossier::Format::Pdf))));
    form->addRow(tr("&Format:"), m_format);

    auto* sections = new QGroupBox(tr("Sections"), this);
    auto* sectionsLayout = new QVBoxLayout(sections);
    m_cover = new QCheckBox(tr("Cover with the fieldwork in numbers"), sections);
    m_insights = new QCheckBox(tr("Insights and their evidence"), sections);
    m_themes = new QCheckBox(tr("Themes, ranked, with their best quotes and a chart"), sections);
    m_people = new QCheckBox(tr("Who we heard"), sections);
    m_roster = new QCheckBox(tr("Appendix: interview roster"), sections);
    for (QCheckBox* box : {m_cover, m_insights, m_themes, m_people, m_roster}) {
        box->setChecked(true);
        sectionsLayout->addWidget(box);
    }
    // Optional: counting every transcript's words takes a moment on a big project.
    m_words = new QCheckBox(tr("Words that set the city apart, with an example each"), sections);
    m_words->setObjectName(QStringLiteral("dossierWords"));
    sectionsLayout->insertWidget(3, m_words);
    m_quotes = new QSpinBox(this);
    m_quotes->setObjectName(QStringLiteral("quotesPerTheme"));
    m_quotes->setRange(0, 20);
    m_quotes->setValue(settings::dossierQuotesPerTheme.get());
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("dossierLanguage"));
    m_language->addItem(tr("English"), int(dossier::Language::English));
    m_language->addItem(tr("Chinese (简体中文)"), int(dossier::Language::Chinese));
    // Unless chosen before: the language of the interface.
    const QString language = settings::dossierLanguage.get();
    const bool chinese =
        language.isEmpty() ? QLocale().language() == QLocale::Chinese : language == QLatin1String("zh");
    m_language->setCurrentIndex(chinese ? 1 : 0);
    m_page = new QComboBox(this);
    m_page->setObjectName(QStringLiteral("dossierPage"));
    m_page->addItem(tr("A4"), int(dossier::PageSize::A4));
    m_page->addItem(tr("US Letter"), int(dossier::PageSize::Letter));
    m_page->setCurrentIndex(settings::dossierPage.get() == QLatin1String("letter") ? 1 : 0);
    m_realNames = new QCheckBox(tr("Name participants who consented by their real names"), this);
    m_realNames->setObjectName(QStringLiteral("dossierRealNames"));
    m_realNames->setToolTip(
        tr("Others keep their participant codes. Participants who withdrew consent, and their "
           "words, are never in a dossier."));

    layout->addLayout(form);
    layout->addWidget(sections);
    auto* more = new QFormLayout;
    more->addRow(tr("&Quotes per theme:"), m_quotes);
    more->addRow(tr("&Headings in:"), m_language);
    more->addRow(tr("&Page size:"), m_page);
    more->addRow(m_realNames);
    layout->addLayout(more);

    auto* targetRow = new QHBoxLayout;
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("dossierTarget"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    auto* targetForm = new QFormLayout;
    // A row of a layout gets no buddy from addRow: the label names its field itself.
    auto* targetLabel = new QLabel(tr("&Save as:"), this);
    targetLabel->setBuddy(m_target);
    targetForm->addRow(targetLabel, targetRow);
    layout->addLayout(targetForm);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dossierStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("dossierExport"));
    m_export->setDefault(true);
    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("dossierOpen"));
    m_open->setVisible(false);
    layout->addWidget(m_buttons);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] { m_progress->setValue(m_percent->load()); });

    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        suggestTarget();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        suggestTarget();
    });
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(browse, &QPushButton::clicked, this, &DossierDialog::browse);
    connect(m_export, &QPushButton::clicked, this, [this] { m_running ? cancel() : start(); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_written)); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DossierDialog::reject);
    updateEnabled();
    suggestTarget();
}

// Options that do not apply are disabled: sections and names for the comparison,
// page size for formats without pages; everything while an export runs.
void DossierDialog::updateEnabled()
{
    const bool comparison = city() == NoRow;
    for (QCheckBox* box : {m_cover, m_insights, m_themes, m_words, m_people, m_roster})
        box->setEnabled(!comparison && !m_running);
    m_quotes->setEnabled(!comparison && !m_running);
    m_realNames->setEnabled(!comparison && !m_running);
    m_page->setEnabled(format() == dossier::Format::Pdf && !m_running);
    for (QWidget* w : std::initializer_list<QWidget*>{m_city, m_format, m_language, m_target})
        w->setEnabled(!m_running);
}

DossierDialog::~DossierDialog()
{
    m_stop->store(true);
    m_work.waitForFinished();
}

RowId DossierDialog::city() const
{
    return m_city->currentData().value<RowId>();
}

dossier::Format DossierDialog::format() const
{
    return dossier::Format(m_format->currentData().toInt());
}

dossier::Options DossierDialog::options() const
{
    dossier::Options o;
    o.sections = {};
    const std::pair<QCheckBox*, dossier::Section> boxes[] = {
        {m_cover, dossier::Section::Cover},   {m_insights, dossier::Section::Insights},
        {m_themes, dossier::Section::Themes}, {m_people, dossier::Section::People},
        {m_roster, dossier::Section::Roster}, {m_words, dossier::Section::Words}};
    for (const auto& [box, section] : boxes)
        if (box->isChecked())
            o.sections |= section;
    o.quotesPerTheme = m_quotes->value();
    o.language = dossier::Language(m_language->currentData().toInt());
    o.pageSize = dossier::PageSize(m_page->currentData().toInt());
    o.realNames = m_realNames->isChecked();
    return o;
}

QString DossierDialog::target() const
{
    return m_target->text().trimmed();
}

void DossierDialog::setTarget(const QString& path)
{
    m_target->setText(path);
    m_targetEdited = true;
}

void DossierDialog::suggestTarget()
{
    const QString suffix = dossier::suffix(format());
    if (m_targetEdited && !target().isEmpty()) {
        // Keep the chosen name; follow the format.
        const QFileInfo info(target());
        m_target->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
        return;
    }
    const QString name = city() == NoRow ? tr("All cities") : tr("%1 dossier").arg(m_city->currentText());
    m_target->setText(QDir(defaultFolder()).filePath(name + QLatin1Char('.') + suffix));
}

void DossierDialog::browse()
{
    const QString suffix = dossier::suffix(format());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Dossier"), target(),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        setTarget(QFileInfo(path).suffix().isEmpty() ? QString(path + QLatin1Char('.') + suffix) : path);
}

void DossierDialog::setRunning(bool running)
{
    m_running = running;
    m_export->setText(running ? tr("Cancel Export") : tr("&Export"));
    m_progress->setVisible(running);
    m_progress->setValue(0);
    updateEnabled();
    if (running) {
        m_open->setVisible(false);
        m_status->clear();
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

void DossierDialog::start()
{
    if (m_running)
        return;
    const QString path = target();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    settings::dossierFolder.set(QFileInfo(path).absolutePath());
    settings::dossierFormat.set(dossier::suffix(format()));
    settings::dossierLanguage.set(options().language == dossier::Language::Chinese ? QStringLiteral("zh")
                                                                                   : QStringLiteral("en"));
    settings::dossierPage.set(options().pageSize == dossier::PageSize::Letter ? QStringLiteral("letter")
                                                                              : QStringLiteral("a4"));
    settings::dossierQuotesPerTheme.set(m_quotes->value());

    m_percent->store(0);
    m_stop->store(false);
    setRunning(true);
    const QString database = m_session->project()->databasePath();
    const RowId cityId = city();
    const dossier::Options opts = options();
    const dossier::Format fmt = format();
    dossier::Progress progress{[percent = m_percent](int p) { percent->store(p); },
                               [stop = m_stop] { return stop->load(); }};

    if (cityId == NoRow) {
        auto* watcher = new QFutureWatcher<Status>(this);
        connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
            watcher->deleteLater();
            done(watcher->result());
        });
        QFuture<Status> work = QtConcurrent::run([database, opts, fmt, path, progress]() -> Status {
            auto model = dossier::buildComparisonAside(database, progress);
            if (!model)
                return std::unexpected(model.error());
            auto bytes = dossier::render(*model, fmt, opts, progress);
            if (!bytes)
                return std::unexpected(bytes.error());
            return dossier::save(*bytes, path);
        });
        watcher->setFuture(work);
        m_work = QFuture<void>(work);
        return;
    }
    using Built = Result<dossier::CityDossier>;
    auto* watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcher<Built>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Built built = watcher->result();
        if (!built)
            return done(std::unexpected(built.error()));
        render(std::move(*built));
    });
    const QString folder = m_session->project()->folder();
    const auto stop = m_stop;
    QFuture<Built> work = QtConcurrent::run([database, folder, cityId, opts, progress, stop]() -> Built {
        auto built = dossier::buildCityAside(database, cityId, opts, progress);
        if (built && opts.sections.testFlag(dossier::Section::Words)) {
            auto project = Project::openForReading(folder);
            if (!project)
                return std::unexpected(project.error());
            auto words = ops::cityWords(**project, cityId, 10, [stop] { return stop->load(); });
            if (!words)
                return std::unexpected(words.error());
            built->words = std::move(*words);
        }
        return built;
    });
    watcher->setFuture(work);
    m_work = QFuture<void>(work);
}

void DossierDialog::render(dossier::CityDossier model)
{
    if (m_stop->load())
        return done(fail(Error::Code::Cancelled, {}));
    const dossier::Options opts = options();
    const dossier::Format fmt = format();
    const QString path = target();
    // Qt Charts draws on this thread only.
    const dossier::ChartImages charts = dossier::drawCharts(model, opts, dossier::paintBarChart);
    dossier::Progress progress{[percent = m_percent](int p) { percent->store(p); },
                               [stop = m_stop] { return stop->load(); }};
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        done(watcher->result());
    });
    QFuture<Status> work =
        QtConcurrent::run([model = std::move(model), charts, fmt, opts, path, progress]() -> Status {
            auto bytes = dossier::render(model, charts, fmt, opts, progress);
            if (!bytes)
                return std::unexpected(bytes.error());
            return dossier::save(*bytes, path);
        });
    watcher->setFuture(work);
    m_work = QFuture<void>(work);
}

void DossierDialog::done(const Status& status)
{
    setRunning(false);
    const QString path = target();
    if (status) {
        m_written = path;
        m_status->setStyleSheet({});
        m_status->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
        m_open->setVisible(true);
        Q_EMIT finished(true, path);
        return;
    }
    if (status.error().code == Error::Code::Cancelled) {
        m_status->setStyleSheet({});
        m_status->setText(tr("Export cancelled; nothing was written."));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_status->setText(tr("The dossier was not written. %1").arg(status.error().message));
    }
    Q_EMIT finished(false, path);
}

void DossierDialog::cancel()
{
    m_stop->store(true);
}

void DossierDialog::reject()
{
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace tianye::ui
