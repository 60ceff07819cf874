// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "words/WordsView.h"

#include "app/ErrorBox.h"
#include "app/ProjectSession.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace tianye::ui {

namespace {

enum Column
{
    TermColumn,
    KeynessColumn,
    RatioColumn,
    UsesColumn,
    OtherUsesColumn,
    PerTenThousandColumn,
    OtherPerTenThousandColumn,
    InterviewsColumn,
    SpeakersColumn,
    ColumnCount
};

// What a choice of the target combo means.
enum ChoiceKind
{
    CityChoice = 1,
    AttributeChoice = 2,
};
constexpr int KindRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;
constexpr int SortRole = Qt::UserRole + 3;

struct Outcome
{
    std::optional<ops::WordsReport> report;
    Error error;
    bool cancelled = false;
};

} // namespace

// The worker's side: a read-only connection and the counted terms, used by one task at a time.
struct WordsView::Engine
{
    QMutex mutex;
    QString folder;
    std::unique_ptr<Project> project;
    std::shared_ptr<ops::WordIndex> index;
    std::atomic<bool> cancel = false;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> total = 0;
};

WordsView::WordsView(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_pool(new QThreadPool(this))
    , m_mode(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_reference(new QComboBox(this))
    , m_interviewers(new QCheckBox(tr("Interviewers’ turns"), this))
    , m_minInterviews(new QSpinBox(this))
    , m_minLength(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_summary(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
    , m_contextButton(new QPushButton(tr("Show in Context"), this))
    , m_quotesButton(new QPushButton(tr("Show Quotes"), this))
    , m_themeButton(new QPushButton(tr("Make Theme from Term"), this))
    , m_leaveOutButton(new QPushButton(tr("Leave Out"), this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_stopButton(new QPushButton(tr("Stop List…"), this))
{
    setObjectName(QStringLiteral("wordsView"));
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1);

    m_target->setObjectName(QStringLiteral("wordsTarget"));
    m_target->setAccessibleName(tr("Words of"));
    m_target->setMinimumContentsLength(14);
    m_reference->setObjectName(QStringLiteral("wordsReference"));
    m_reference->setAccessibleName(tr("Against"));
    m_interviewers->setToolTip(tr("Count what the interviewers say as well (left out by default)"));
    m_minInterviews->setRange(0, 1000);
    m_minInterviews->setSpecialValueText(tr("Auto"));
    m_minInterviews->setAccessibleName(tr("Used in at least this many interviews"));
    m_minInterviews->setToolTip(tr("A term counts only when at least this many of the interviews use it; "
                                   "Auto: 3, or fewer for a group of fewer than ten interviews"));
    m_minLength->setRange(1, 6);
    m_minLength->setAccessibleName(tr("Shortest Chinese term"));
    m_minLength->setToolTip(tr("Leave out Chinese terms shorter than this"));

    m_mode->setObjectName(QStringLiteral("wordsMode"));
    m_mode->setAccessibleName(tr("Show"));
    m_mode->addItem(tr("Distinctive words"));
    m_mode->addItem(tr("Most frequent words"));
    m_mode->setToolTip(tr("Distinctive: used more than on the other side (keyness). Most frequent: by uses, "
                          "stop words left out."));
    auto* choices = new QHBoxLayout;
    auto* ofLabel = new QLabel(tr("&Words of"), this);
    ofLabel->setBuddy(m_target);
    auto* againstLabel = new QLabel(tr("&against"), this);
    againstLabel->setBuddy(m_reference);
    auto* minLabel = new QLabel(tr("In at &least"), this);
    minLabel->setBuddy(m_minInterviews);
    auto* minSuffix = new QLabel(tr("interviews"), this);
    auto* lengthLabel = new QLabel(tr("&Shortest term (characters)"), this);
    lengthLabel->setBuddy(m_minLength);
    choices->addWidget(m_mode);
    choices->addWidget(ofLabel);
    choices->addWidget(m_target);
    choices->addWidget(againstLabel);
    choices->addWidget(m_reference);
    choices->addSpacing(12);
    choices->addWidget(minLabel);
    choices->addWidget(m_minInterviews);
    choices->addWidget(minSuffix);
    choices->addSpacing(12);
    choices->addWidget(lengthLabel);
    choices->addWidget(m_minLength);
    choices->addSpacing(12);
    choices->addWidget(m_interviewers);
    choices->addStretch(1);

    m_progress->setObjectName(QStringLiteral("wordsProgress"));
    m_progress->setFormat(tr("Counting the words of the transcripts… %p%"));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model->setColumnCount(ColumnCount);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("wordsTable"));
    m_table->setAccessibleName(tr("Distinctive terms"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_chart->setObjectName(QStringLiteral("wordsChart"));
    m_chart->setAccessibleName(tr("Keyness of the top terms"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(260);
    m_chart->setMaximumWidth(460);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);

    auto* actions = new QHBoxLayout;
    m_contextButton->setToolTip(tr("The term in context: its concordance in the Search view (Enter)"));
    m_quotesButton->setToolTip(tr("The quotes with the term, in the Quotes tab"));
    m_themeButton->setToolTip(tr("A theme named after the term, to code its quotes with"));
    m_leaveOutButton->setToolTip(tr("Add the term to the project’s stop list: it is no longer listed"));
    for (QPushButton* b : {m_contextButton, m_quotesButton, m_themeButton, m_leaveOutButton})
        actions->addWidget(b);
    actions->addStretch(1);
    m_stopButton->setToolTip(tr("The words the project leaves out of word analysis"));
    actions->addWidget(m_stopButton);
    actions->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    const auto rerun = [this] {
        if (m_project)
            run();
    };
    connect(m_target, &QComboBox::activated, this, rerun);
    connect(m_mode, &QComboBox::activated, this, rerun);
    connect(m_stopButton, &QPushButton::clicked, this, [this] { editStopList(); });
    connect(m_reference, &QComboBox::activated, this, rerun);
    connect(m_interviewers, &QCheckBox::toggled, this, rerun);
    connect(m_minInterviews, &QSpinBox::valueChanged, this, rerun);
    connect(m_minLength, &QSpinBox::valueChanged, this, rerun);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->cancel = true;
    });
    connect(m_table, &QTableView::activated, this, [this] { showInContext(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateButtons(); });
    connect(m_contextButton, &QPushButton::clicked, this, [this] { showInContext(); });
    connect(m_quotesButton, &QPushButton::clicked, this, [this] { showQuotes(); });
    connect(m_themeButton, &QPushButton::clicked, this, [this] { makeTheme(); });
    connect(m_leaveOutButton, &QPushButton::clicked, this, [this] { leaveOut(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString xlsx = tr("Excel workbook (*.xlsx)");
        QString chosen = xlsx;
        QString path = QFileDialog::getSaveFileName(
            this, tr("Export the Word List"),
            tr("%1 words.xlsx").arg(targetName().replace(QLatin1Char('/'), QLatin1Char('-'))),
            xlsx + QStringLiteral(";;") + tr("CSV (*.csv)"), &chosen);
        if (path.isEmpty())
            return;
        // A name typed without a suffix gets the one of the format chosen.
        if (QFileInfo(path).suffix().isEmpty())
            path += chosen == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        exportList(path);
    });
    for (QPushButton* b : {m_contextButton, m_quotesButton, m_themeButton, m_leaveOutButton}) {
        auto* action = new QAction(b->text(), m_table);
        connect(action, &QAction::triggered, b, &QPushButton::click);
        m_table->addAction(action);
    }
    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(300);
    connect(m_recount, &QTimer::timeout, this, [this] {
        if (m_project && isVisible())
            run();
    });
    auto* progressTimer = new QTimer(this);
    progressTimer->setInterval(100);
    connect(progressTimer, &QTimer::timeout, this, [this] {
        if (m_engine && m_engine->total > 0) {
            m_progress->setMaximum(int(std::min<qint64>(m_engine->total, 1'000'000)));
            m_progress->setValue(int(std::min<qint64>(m_engine->done, m_progress->maximum())));
        }
    });
    progressTimer->start();
    setProject(nullptr);
}

WordsView::~WordsView()
{
    if (m_engine)
        m_engine->cancel = true;
    m_pool->waitForDone();
}

void WordsView::setProject(Project* project)
{
    if (m_engine)
        m_engine->cancel = true;
    m_project = project;
    m_engine = std::make_shared<Engine>();
    // What ran for the project before is not waited for: its result is dropped.
    m_running = false;
    m_again = false;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_dirty = true;
    m_report = {};
    m_model->removeRows(0, m_model->rowCount());
    drawChart();
    if (project) {
        m_engine->folder = project->folder();
        connect(&project->notifier(), &ChangeNotifier::changed, this, [this](const Change& c) {
            // Transcripts, who speaks, consent, cities, interviewers: the counts may be stale,
            // and a withdrawal must leave what is shown (and what Export writes) at once.
            if (c.entity == Entity::Segment || c.entity == Entity::Interview ||
                c.entity == Entity::Participant || c.entity == Entity::City ||
                c.entity == Entity::Researcher) {
                m_dirty = true;
                if (m_running)
                    m_again = true;
                else if (isVisible())
                    m_recount->start();
                updateButtons();
            }
            if (c.entity == Entity::City || c.entity == Entity::Participant)
                reloadChoices();
        });
    }
    reloadChoices();
    m_summary->setText(project ? tr("Choose a city to see the words its people use more than the others do.")
                               : QString());
    updateButtons();
    if (project && isVisible())
        run();
}

void WordsView::reloadChoices()
{
    const QVariant target = m_target->currentData(ValueRole);
    const QVariant targetKind = m_target->currentData(KindRole);
    const QVariant reference = m_reference->currentData(ValueRole);
    m_target->clear();
    m_reference->clear();
    m_reference->addItem(tr("all the others"));
    if (!m_project)
        return;
    ops::Reader reader(*m_project);
    auto cities = reader.cities();
    if (cities) {
        for (const City& c : *cities) {
            m_target->addItem(c.name);
            m_target->setItemData(m_target->count() - 1, CityChoice, KindRole);
            m_target->setItemData(m_target->count() - 1, QVariant::fromValue(c.id), ValueRole);
            m_reference->addItem(c.name, QVariant::fromValue(c.id));
            m_reference->setItemData(m_reference->count() - 1, QVariant::fromValue(c.id), ValueRole);
        }
    }
    // Groups of participants: every value of their attributes that someone has.
    auto people = reader.participants();
    if (people) {
        QMap<QString, QPair<QString, QString>> groups; // shown → (attribute, value)
        for (const Participant& p : *people) {
            if (!p.gender.isEmpty())
                groups.insert(tr("Gender: %1").arg(p.gender), {QStringLiteral("gender"), p.gender});
            if (!p.ageBand.isEmpty())
                groups.insert(tr("Age band: %1").arg(p.ageBand), {QStringLiteral("age_band"), p.ageBand});
            if (!p.category.isEmpty())
                groups.insert(tr("Category: %1").arg(p.category), {QStringLiteral("category"), p.category});
            if (p.tie != CityTie::Unknown)
                groups.insert(tr("Tie to the city: %1").arg(label(p.tie)),
                              {QStringLiteral("city_tie"), toKey(p.tie)});
            // The participant's own attributes (a JSON object of text values).
            const QJsonObject own = QJsonDocument::fromJson(p.attributesJson.toUtf8()).object();
            for (auto a = own.begin(); a != own.end(); ++a) {
                const QString value = a->isString()   ? a->toString()
                                      : a->isDouble() ? QString::number(a->toDouble())
                                                      : QString();
                if (!value.isEmpty())
                    groups.insert(QStringLiteral("%1: %2").arg(a.key(), value),
                                  {QStringLiteral("attr:") + a.key(), value});
            }
        }
        if (!groups.isEmpty())
            m_target->insertSeparator(m_target->count());
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            m_target->addItem(it.key());
            m_target->setItemData(m_target->count() - 1, AttributeChoice, KindRole);
            m_target->setItemData(m_target->count() - 1, QStringList{it->first, it->second}, ValueRole);
        }
    }
    // The choice of before, if it is still there; else the first city.
    m_target->setCurrentIndex(m_target->count() > 0 ? 0 : -1);
    for (int i = 0; target.isValid() && i < m_target->count(); ++i)
        if (m_target->itemData(i, KindRole) == targetKind && m_target->itemData(i, ValueRole) == target)
            m_target->setCurrentIndex(i);
    for (int i = 0; reference.isValid() && i < m_reference->count(); ++i)
        if (m_reference->itemData(i, ValueRole) == reference)
            m_reference->setCurrentIndex(i);
}

void WordsView::showCity(RowId cityId)
{
    for (int i = 0; i < m_target->count(); ++i) {
        if (m_target->itemData(i, KindRole).toInt() == CityChoice &&
            m_target->itemData(i, ValueRole).value<RowId>() == cityId) {
            if (m_target->currentIndex() != i) {
                m_target->setCurrentIndex(i);
                if (m_project && isVisible())
                    run();
            }
            return;
        }
    }
}

void WordsView::refresh()
{
    if (m_project)
        run();
}

void WordsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_project && (m_dirty || m_report.terms.isEmpty()) && !m_running)
        run();
}

QString WordsView::targetName() const
{
    return m_target->currentText();
}

QString WordsView::referenceName() const
{
    return m_reference->currentIndex() <= 0 ? tr("the others") : m_reference->currentText();
}

ops::WordsComparison WordsView::comparison() const
{
    ops::WordsComparison c;
    if (m_target->currentData(KindRole).toInt() == CityChoice)
        c.cityId = m_target->currentData(ValueRole).value<RowId>();
    if (m_reference->currentIndex() > 0)
        c.referenceCities.insert(m_reference->currentData(ValueRole).value<RowId>());
    c.includeInterviewers = m_interviewers->isChecked();
    c.minInterviews = m_minInterviews->value();
    c.minLength = m_minLength->value();
    c.top = 200;
    c.frequency = m_mode->currentIndex() == 1;
    return c;
}

void WordsView::run()
{
    if (!m_project || m_target->currentIndex() < 0)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    const bool dirty = m_dirty;
    m_dirty = false;
    const auto engine = m_engine;
    engine->cancel = false;
    engine->done = 0;
    engine->total = 0;
    ops::WordsComparison c = comparison();
    QStringList attribute;
    if (m_target->currentData(KindRole).toInt() == AttributeChoice)
        attribute = m_target->currentData(ValueRole).toStringList();
    const bool counting = !engine->index || dirty;
    m_progress->setVisible(counting);
    m_cancel->setVisible(counting);
    m_progress->setMaximum(0);
    updateButtons();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, engine] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (engine != m_engine) // another project since
            return;
        m_running = false;
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        if (outcome.cancelled) {
            m_dirty = true;
            m_again = false; // stopped: not started again by a choice made meanwhile
            m_summary->setText(
                tr("Counting stopped. Choose a city again, or show the view again, to count."));
        } else if (!outcome.report) {
            m_dirty = true;
            m_summary->setText(outcome.error.message);
            Q_EMIT failed(tr("Count the words"), outcome.error);
        } else {
            show(*outcome.report);
        }
        updateButtons();
        if (m_again)
            run();
    });
    watcher->setFuture(QtConcurrent::run(m_pool, [engine, c, attribute, dirty]() mutable {
        Outcome out;
        const QMutexLocker lock(&engine->mutex);
        if (!engine->project) {
            auto opened = Project::openForReading(engine->folder);
            if (!opened) {
                out.error = opened.error();
                return out;
            }
            engine->project = std::move(*opened);
        }
        const auto progress = [&](qint64 done, qint64 total) {
            engine->done = done;
            engine->total = total;
            return !engine->cancel.load();
        };
        if (!engine->index) {
            auto built = ops::WordIndex::build(*engine->project, progress);
            if (!built) {
                out.cancelled = built.error().code == Error::Code::Cancelled;
                out.error = built.error();
                return out;
            }
            engine->index = *built;
        } else if (dirty) {
            auto updated = engine->index->update(*engine->project, progress);
            if (!updated) {
                out.cancelled = updated.error().code == Error::Code::Cancelled;
                out.error = updated.error();
                if (out.cancelled)
                    engine->index.reset(); // half read: count again next time
                return out;
            }
        }
        if (!attribute.isEmpty()) {
            auto ids = ops::interviewsWith(*engine->project, attribute.value(0), attribute.value(1));
            if (!ids) {
                out.error = ids.error();
                return out;
            }
            c.target = *ids;
        }
        auto stops = ops::stopListOf(*engine->project);
        if (!stops) {
            out.error = stops.error();
            return out;
        }
        auto report = engine->index->compare(c, *stops);
        if (!report)
            out.error = report.error();
        else
            out.report = std::move(*report);
        return out;
    }));
}

void WordsView::show(const ops::WordsReport& report)
{
    const QString keep = currentTerm();
    m_report = report;
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    m_model->setHorizontalHeaderLabels({tr("Term"), tr("Keyness"), tr("Log ratio"), tr("Uses"),
                                        tr("Uses (others)"), tr("Per 10,000"), tr("Per 10,000 (others)"),
                                        tr("Interviews"), tr("Speakers")});
    m_model->horizontalHeaderItem(KeynessColumn)
        ->setToolTip(tr("Log-likelihood: how sure it is that the term is used more here (3.84: p < 0.05; "
                        "15.13: p < 0.0001)"));
    m_model->horizontalHeaderItem(RatioColumn)
        ->setToolTip(tr("How much more often: 1 is twice as often as in the others, 3 eight times"));
    m_model->horizontalHeaderItem(PerTenThousandColumn)->setToolTip(tr("Uses per 10,000 characters"));
    for (const ops::TermRow& t : report.terms) {
        QList<QStandardItem*> row;
        const auto number = [&](double value, int decimals) {
            auto* item = new QStandardItem(locale.toString(value, 'f', decimals));
            item->setData(value, SortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        auto* term = new QStandardItem(t.term);
        term->setData(t.term, SortRole);
        if (t.expression) {
            term->setText(t.term + QStringLiteral(" ✦"));
            term->setToolTip(tr("An expression found in the transcripts; the word list does not have it"));
        }
        term->setData(t.term, ValueRole);
        row << term << number(t.logLikelihood, 1) << number(t.logRatio, 2) << number(double(t.targetUses), 0)
            << number(double(t.referenceUses), 0) << number(t.targetPer10k, 1) << number(t.referencePer10k, 1)
            << number(double(t.targetInterviews), 0) << number(double(t.targetSpeakers), 0);
        m_model->appendRow(row);
    }
    m_table->sortByColumn(m_mode->currentIndex() == 1 ? UsesColumn : KeynessColumn, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    m_summary->setText(report.terms.isEmpty() ? tr("No term is used distinctly more in %1 (%2 interviews, %3 "
                                                   "characters) than in %4 (%5 interviews).")
                                                    .arg(targetName())
                                                    .arg(report.targetInterviews)
                                                    .arg(locale.toString(report.targetCharacters))
                                                    .arg(referenceName())
                                                    .arg(report.referenceInterviews)
                                              : tr("%1: %2 interviews, %3 characters, against %4: %5 "
                                                   "interviews, %6 characters. Terms used in at "
                                                   "least %7 interviews, ranked by keyness; interviewers’ "
                                                   "turns and withdrawn participants’ words "
                                                   "are left out. ✦ an expression found in the transcripts.")
                                                    .arg(targetName())
                                                    .arg(report.targetInterviews)
                                                    .arg(locale.toString(report.targetCharacters))
                                                    .arg(referenceName())
                                                    .arg(report.referenceInterviews)
                                                    .arg(locale.toString(report.referenceCharacters))
                                                    .arg(report.minInterviews));
    drawChart();
    if (!keep.isEmpty())
        selectTerm(keep);
    if (!m_table->currentIndex().isValid() && m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(0, 0));
    updateButtons();
    Q_EMIT reportShown();
}

void WordsView::drawChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundBrush(palette().base());
    const int shown = int(std::min<qsizetype>(15, m_report.terms.size()));
    if (shown > 0) {
        const bool frequency = m_mode->currentIndex() == 1;
        chart->setTitle(frequency ? tr("Uses") : tr("Keyness (log-likelihood)"));
        auto* set = new QBarSet(frequency ? tr("Uses") : tr("Keyness"));
        set->setColor(palette().highlight().color());
        QStringList labels;
        // Bottom to top, so the most distinctive is at the top.
        for (int i = shown - 1; i >= 0; --i) {
            *set << (frequency ? double(m_report.terms[i].targetUses) : m_report.terms[i].logLikelihood);
            labels << m_report.terms[i].term;
        }
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        auto* axisY = new QBarCategoryAxis;
        axisY->append(labels);
        auto* axisX = new QValueAxis;
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        axisX->setMin(0);
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisY);
        series->attachAxis(axisX);
        axisX->applyNiceNumbers();
        chart->setTitleBrush(palette().text());
        axisY->setLabelsBrush(palette().text());
        axisX->setLabelsBrush(palette().text());
        connect(series, &QHorizontalBarSeries::clicked, this, [this, shown](int index, QBarSet*) {
            selectTerm(m_report.terms.value(shown - 1 - index).term);
            showInContext();
        });
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

QString WordsView::currentTerm() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(TermColumn).data(ValueRole).toString() : QString();
}

void WordsView::selectTerm(const QString& term)
{
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        if (m_sorted->index(r, TermColumn).data(ValueRole).toString() == term) {
            m_table->setCurrentIndex(m_sorted->index(r, TermColumn));
            m_table->scrollTo(m_table->currentIndex());
            return;
        }
    }
}

void WordsView::updateButtons()
{
    const bool term = !currentTerm().isEmpty() && !m_running;
    for (QPushButton* b : {m_contextButton, m_quotesButton, m_themeButton, m_leaveOutButton})
        b->setEnabled(term);
    // Never what was counted before a change (a withdrawal): counted again first.
    m_exportButton->setEnabled(!m_report.terms.isEmpty() && !m_running && !m_dirty);
}

void WordsView::showInContext()
{
    const QString term = currentTerm();
    if (term.isEmpty())
        return;
    QString query = QStringLiteral("\"%1\"").arg(term);
    if (m_target->currentData(KindRole).toInt() == CityChoice)
        query += QStringLiteral(" city:\"%1\"").arg(m_target->currentText());
    Q_EMIT concordanceRequested(query);
}

void WordsView::showQuotes()
{
    const QString term = currentTerm();
    if (term.isEmpty())
        return;
    Q_EMIT quotesRequested(term, m_target->currentData(KindRole).toInt() == CityChoice
                                     ? m_target->currentData(ValueRole).value<RowId>()
                                     : NoRow);
}

void WordsView::makeTheme()
{
    const QString term = currentTerm();
    if (term.isEmpty() || !m_session->ops())
        return;
    auto made = ops::makeThemeFromTerm(*m_session->ops(), term,
                                       tr("A word that sets %1 apart (Words view).").arg(targetName()));
    if (!made) {
        Q_EMIT failed(tr("Make Theme from Term"), made.error());
        return;
    }
    m_summary->setText(tr("Theme “%1” is in the codebook. Show the term in context and use Code All Hits… to "
                          "code its quotes.")
                           .arg(term));
}

void WordsView::leaveOut()
{
    const QString term = currentTerm();
    if (term.isEmpty() || !m_session->ops())
        return;
    if (auto ok = ops::leaveOutWord(*m_session->ops(), term); !ok) {
        Q_EMIT failed(tr("Leave Out"), ok.error());
        return;
    }
    run();
}

void WordsView::editStopList()
{
    if (!m_project || !m_session->ops())
        return;
    auto stops = ops::stopListOf(*m_project);
    if (!stops) {
        Q_EMIT failed(tr("Stop List"), stops.error());
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("stopListDialog"));
    dialog.setWindowTitle(tr("Stop List"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* explain =
        new QLabel(tr("Besides the standard stop words (pronouns, particles, conjunctions, numerals, "
                      "fillers such as 就是 and 然后, English function words), word analysis leaves out "
                      "these words of this project:"),
                   &dialog);
    explain->setWordWrap(true);
    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("stopWords"));
    list->addItems(stops->added());
    auto* include = new QPushButton(tr("Include Again"), &dialog);
    auto* add = new QPushButton(tr("Leave Out a Word…"), &dialog);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(include);
    row->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    layout->addWidget(explain);
    layout->addWidget(list, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    bool changed = false;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(include, &QPushButton::clicked, &dialog, [&] {
        QListWidgetItem* item = list->currentItem();
        if (!item)
            return;
        if (auto ok = ops::includeWord(*m_session->ops(), item->text()); !ok) {
            Q_EMIT failed(tr("Include Again"), ok.error());
            return;
        }
        delete item;
        changed = true;
    });
    connect(add, &QPushButton::clicked, &dialog, [&] {
        const QString word = QInputDialog::getText(&dialog, tr("Leave Out a Word"), tr("Word:")).trimmed();
        if (word.isEmpty())
            return;
        if (auto ok = ops::leaveOutWord(*m_session->ops(), word); !ok) {
            Q_EMIT failed(tr("Leave Out"), ok.error());
            return;
        }
        if (list->findItems(word, Qt::MatchExactly).isEmpty())
            list->addItem(word);
        changed = true;
    });
    dialog.resize(420, 360);
    dialog.exec();
    if (changed)
        run();
}

void WordsView::exportList(const QString& path)
{
    if (m_dirty || m_running) {
        Q_EMIT failed(
            tr("Export the Word List"),
            Error{Error::Code::InvalidArgument,
                  tr("The project changed since the words were counted; export once they are counted "
                     "again.")});
        return;
    }
    if (auto ok = ops::exportWords(m_report, targetName(), referenceName(), path); !ok)
        Q_EMIT failed(tr("Export the Word List"), ok.error());
}

} // namespace tianye::ui
