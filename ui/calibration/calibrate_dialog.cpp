// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calibration/calibrate_dialog.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/actuals/calibration_record.h"
#include "core/actuals/reforecast.h"
#include "core/domain/try.h"
#include "core/workspace/workspace.h"
#include "ui/charts/axis_range.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/figure_format.h"
#include "ui/commands/commands.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/field_label.h"

namespace castnet::ui {

namespace {

QString symbol(core::ResponseParameter parameter) {
    switch (parameter) {
    case core::ResponseParameter::MaxWeeklyReturn:
        return QStringLiteral("R");
    case core::ResponseParameter::HalfSaturationHours:
        return QStringLiteral("γ");
    case core::ResponseParameter::Shape:
        return QStringLiteral("s");
    case core::ResponseParameter::Carryover:
        return QStringLiteral("θ");
    }
    return {};
}

double &valueOf(core::ResolvedResponse &response, core::ResponseParameter parameter) {
    switch (parameter) {
    case core::ResponseParameter::MaxWeeklyReturn:
        return response.maxWeeklyReturn;
    case core::ResponseParameter::HalfSaturationHours:
        return response.halfSaturationHours;
    case core::ResponseParameter::Shape:
        return response.shape;
    case core::ResponseParameter::Carryover:
        break;
    }
    return response.carryover;
}

double valueOf(const core::ResolvedResponse &response, core::ResponseParameter parameter) {
    auto copy = response;
    return valueOf(copy, parameter);
}

// "R 100 · θ 0.3 · γ 6"
QString parametersText(const core::ResolvedResponse &response) {
    QStringList parts;
    for (const auto parameter :
         {core::ResponseParameter::MaxWeeklyReturn, core::ResponseParameter::Carryover,
          core::ResponseParameter::HalfSaturationHours}) {
        parts.append(QStringLiteral("%1 %2").arg(
            symbol(parameter), charts::formatNumber(valueOf(response, parameter))));
    }
    return parts.join(QStringLiteral(" · "));
}

QString optionalShare(const std::optional<double> &value) {
    return value ? charts::formatShare(*value) : QStringLiteral("—");
}

QString optionalNumber(const std::optional<double> &value) {
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("—");
}

QTableWidgetItem *readOnly(const QString &text, Qt::Alignment alignment = Qt::AlignLeft) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

// The §5 weekly return of the campaign's W weeks under `response`: the
// re-forecast with no result taken as measured, so every week is modelled
// (from actual output up to K, the plan's after it).
std::vector<double> modelledWeeks(const core::CalibrationInput &input,
                                  const core::ResolvedResponse &response) {
    const std::vector<std::optional<double>> none(input.results.size());
    std::vector<double> weekly;
    core::reforecast(input.actualOutput, none, input.plan, response, input.campaignWeeks, &weekly);
    return weekly;
}

} // namespace

CalibrateDialog::CalibrateDialog(core::Workspace &workspace, core::CampaignId campaign,
                                 QWidget *parent, core::CalibrationOptions options)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaign(campaign)
    , m_options(options)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false)) {
    setObjectName(QStringLiteral("calibrateDialog"));
    setWindowTitle(tr("Calibrate from Actuals"));
    resize(1340, 820);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calibrateStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("calibrateProgress"));
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setObjectName(QStringLiteral("calibrateStop"));
    m_cancel->setToolTip(tr("Stop fitting; the activities fitted so far stay to apply"));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("calibrateTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Activity"), tr("Result weeks"), tr("Fitted"),
                                        tr("Current"), tr("Calibrated"), tr("R²"), tr("NRMSE"),
                                        tr("MAPE"), tr("Hold-out"), tr("Re-forecast P10–P90")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[ColumnCount] = {220, 90, 150, 135, 135, 55, 65, 60, 180, 0};
    for (int column = 0; column + 1 < ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);

    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_weekAxis = new QValueAxis(m_chart);
    m_weekAxis->setTitleText(tr("Campaign week"));
    m_weekAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_weekAxis->setTickType(QValueAxis::TicksDynamic);
    m_weekAxis->setTickAnchor(0.0);
    m_resultAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_weekAxis, Qt::AlignBottom);
    m_chart->addAxis(m_resultAxis, Qt::AlignLeft);
    m_bandLow = new QLineSeries(m_chart);
    m_bandHigh = new QLineSeries(m_chart);
    m_band = new QAreaSeries(m_bandHigh, m_bandLow);
    m_band->setName(tr("P10–P90 of the fitted parameters"));
    m_fitted = new QLineSeries(m_chart);
    m_fitted->setName(tr("Fitted curve"));
    m_measured = new QScatterSeries(m_chart);
    m_measured->setName(tr("Measured result"));
    m_measured->setMarkerSize(9.0);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_fitted),
          static_cast<QAbstractSeries *>(m_measured)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_weekAxis);
        series->attachAxis(m_resultAxis);
    }
    auto *chartView = charts::makeChartView(m_chart, this);
    chartView->setMinimumHeight(260);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("calibrateReason"));
    m_reason->setWordWrap(true);
    auto *chartPanel = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPanel);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_reason);
    chartLayout->addWidget(chartView, 1);

    m_applyTicked = new QPushButton(tr("Apply to &Ticked"), this);
    m_applyTicked->setObjectName(QStringLiteral("applyTicked"));
    m_applyAll = new QPushButton(tr("&Apply to All"), this);
    m_applyAll->setObjectName(QStringLiteral("applyAll"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_applyTicked, QDialogButtonBox::ActionRole);
    buttons->addButton(m_applyAll, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_applyTicked, &QPushButton::clicked, this, [this] { apply(true); });
    connect(m_applyAll, &QPushButton::clicked, this, [this] { apply(false); });
    connect(m_cancel, &QPushButton::clicked, this, &CalibrateDialog::cancel);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showActivity(row); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { updateButtons(); });
    connect(this, &CalibrateDialog::activityCalibrated, this,
            &CalibrateDialog::onActivityCalibrated);
    connect(this, &CalibrateDialog::runFinished, this, &CalibrateDialog::onRunFinished);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    auto loaded = [&]() -> core::Result<void> {
        CASTNET_TRY(m_plan, workspace.snapshot(campaign));
        CASTNET_TRY(const auto actuals, workspace.actuals(campaign));
        m_inputs = core::calibrationInputs(m_plan, actuals);
        return {};
    }();
    if (!loaded)
        m_loadError = readableMessage(loaded.error());
    m_results.assign(m_inputs.size(), std::nullopt);
    m_table->horizontalHeaderItem(ForecastColumn)
        ->setToolTip(tr("The re-forecast total return in %1: P10 – P90 of the bootstrap, and its "
                        "median")
                         .arg(toQString(m_plan.campaign.returnUnit)));
    m_table->setRowCount(static_cast<int>(m_inputs.size()));
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillRow(row);
    m_table->resizeRowsToContents();
    m_progress->setRange(0, std::max(1, static_cast<int>(m_inputs.size())));
    m_progress->setValue(0);
    m_status->setText(m_loadError.isEmpty()
                          ? tr("Fitting the response curves of %n activities to their measured "
                               "results…",
                               nullptr, static_cast<int>(m_inputs.size()))
                          : m_loadError);
    const QPalette palette = this->palette();
    charts::styleChart(*m_chart, palette);
    const QColor hue = charts::trackColor(core::Track::Media, palette);
    QColor bandColor = hue;
    bandColor.setAlphaF(0.35);
    m_band->setBrush(bandColor);
    m_band->setPen(Qt::NoPen);
    m_fitted->setPen(QPen(hue, 2.5));
    m_measured->setColor(charts::trackColor(core::Track::Networking, palette));
    m_measured->setBorderColor(m_measured->color());
    updateButtons();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, ActivityColumn);
}

CalibrateDialog::~CalibrateDialog() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

void CalibrateDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    start();
}

void CalibrateDialog::reject() {
    cancel();
    QDialog::reject();
}

void CalibrateDialog::start() {
    if (m_started || !m_loadError.isEmpty())
        return;
    m_started = true;
    if (m_inputs.empty()) {
        onRunFinished();
        return;
    }
    std::vector<std::string> uids;
    for (const core::Activity &activity : m_plan.activities)
        uids.push_back(activity.uid);
    // The worker owns copies; results come back queued to the GUI thread.
    m_thread.reset(QThread::create([this, inputs = m_inputs, uids = std::move(uids),
                                    options = m_options, cancelled = m_cancelled] {
        for (std::size_t i = 0; i < inputs.size() && !*cancelled; ++i) {
            const auto calibration = core::calibrateActivity(inputs[i], uids[i], options);
            QMetaObject::invokeMethod(
                this,
                [this, i, calibration] {
                    m_results[i] = calibration;
                    emit activityCalibrated(static_cast<int>(i));
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this, [this] { emit runFinished(); }, Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
    updateButtons();
}

void CalibrateDialog::cancel() {
    if (running()) {
        *m_cancelled = true;
        m_wasCancelled = true;
    }
}

bool CalibrateDialog::running() const {
    return m_started && !m_finished;
}

QString CalibrateDialog::status() const {
    return m_status->text();
}

QString CalibrateDialog::reason() const {
    return m_reason->text();
}

void CalibrateDialog::onActivityCalibrated(int index) {
    fillRow(index);
    m_table->resizeRowToContents(index);
    m_progress->setValue(m_progress->value() + 1);
    if (index == m_table->currentRow())
        showActivity(index);
    updateButtons();
}

void CalibrateDialog::onRunFinished() {
    if (m_thread)
        m_thread->wait();
    m_finished = true;
    const auto fitted = std::count_if(m_results.begin(), m_results.end(),
                                      [](const auto &r) { return r && r->applied(); });
    const auto done = std::count_if(m_results.begin(), m_results.end(),
                                    [](const auto &r) { return r.has_value(); });
    QString text = tr("%n of the activities can be calibrated from their results", nullptr,
                      static_cast<int>(fitted));
    if (m_wasCancelled)
        text += tr(" (stopped after %n activities)", nullptr, static_cast<int>(done));
    m_status->setText(text + tr(". Tick those to apply, or apply to all; Undo takes it back."));
    m_cancel->setEnabled(false);
    updateButtons();
}

void CalibrateDialog::fillRow(int row) {
    const auto index = static_cast<std::size_t>(row);
    const core::CalibrationInput &input = m_inputs[index];
    const core::Activity &activity = m_plan.activities[index];
    const auto &result = m_results[index];
    const QSignalBlocker blocker(m_table);
    auto *title =
        readOnly(toQString(activity.channel) + QStringLiteral(" · ") + toQString(activity.title));
    const bool applicable = result && result->applied();
    if (applicable) {
        title->setFlags(title->flags() | Qt::ItemIsUserCheckable);
        const auto *before = m_table->item(row, ActivityColumn);
        title->setCheckState(before ? before->checkState() : Qt::Unchecked);
    }
    m_table->setItem(row, ActivityColumn, title);
    const auto measured = std::count_if(input.results.begin(), input.results.end(),
                                        [](const auto &r) { return r.has_value(); });
    m_table->setItem(row, WeeksColumn, readOnly(QString::number(measured), Qt::AlignRight));
    m_table->setItem(row, CurrentColumn, readOnly(parametersText(input.start)));
    if (!result) {
        m_table->setItem(row, FittedColumn, readOnly(tr("fitting…")));
        for (int column :
             {CalibratedColumn, R2Column, NrmseColumn, MapeColumn, HoldoutColumn, ForecastColumn})
            m_table->setItem(row, column, readOnly(QString()));
        return;
    }
    QStringList fitted;
    for (const auto parameter : result->fitted)
        fitted.append(symbol(parameter));
    // The reason for what was left out is a paragraph: the cell names what
    // was kept, the tooltip and the line above the chart say why.
    QString what = fitted.join(QStringLiteral(", "));
    if (fitted.isEmpty())
        what = result->reason ? tr("nothing: %1").arg(toQString(*result->reason)) : tr("nothing");
    else if (result->reason)
        what = tr("%1 (the others kept)").arg(what);
    auto *fittedItem = readOnly(what);
    if (result->reason)
        fittedItem->setToolTip(toQString(*result->reason));
    m_table->setItem(row, FittedColumn, fittedItem);
    m_table->setItem(row, CalibratedColumn,
                     readOnly(applicable ? parametersText(result->parameters) : QString()));
    const auto &quality = result->quality;
    m_table->setItem(row, R2Column,
                     readOnly(quality ? optionalNumber(quality->r2) : QString(), Qt::AlignRight));
    m_table->setItem(
        row, NrmseColumn,
        readOnly(quality ? optionalNumber(quality->nrmse) : QString(), Qt::AlignRight));
    m_table->setItem(row, MapeColumn,
                     readOnly(quality ? optionalShare(quality->mape) : QString(), Qt::AlignRight));
    m_table->setItem(row, HoldoutColumn,
                     readOnly(result->holdout ? tr("last %n weeks: NRMSE %1, MAPE %2", nullptr,
                                                   result->holdout->weeks)
                                                    .arg(optionalNumber(result->holdout->nrmse),
                                                         optionalShare(result->holdout->mape))
                                              : (applicable ? tr("under 10 weeks") : QString())));
    const QString unit = toQString(m_plan.campaign.returnUnit);
    m_table->setItem(row, ForecastColumn,
                     readOnly(result->forecastBand
                                  ? tr("%1 – %2 (P50 %3)")
                                        .arg(charts::formatNumber(result->forecastBand->p10),
                                             charts::formatNumber(result->forecastBand->p90),
                                             charts::formatNumber(result->forecastBand->p50))
                                  : charts::formatNumber(result->forecastTotalReturn)));
}

void CalibrateDialog::setTicked(int row, bool ticked) {
    if (auto *item = m_table->item(row, ActivityColumn);
        item && (item->flags() & Qt::ItemIsUserCheckable))
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    updateButtons();
}

void CalibrateDialog::showActivity(int row) {
    m_measured->clear();
    m_fitted->clear();
    m_reason->clear();
    m_bandLow->clear();
    m_bandHigh->clear();
    if (row < 0 || row >= static_cast<int>(m_inputs.size()))
        return;
    const auto index = static_cast<std::size_t>(row);
    const core::CalibrationInput &input = m_inputs[index];
    const auto &result = m_results[index];
    m_chart->setTitle(tr("%1: measured weekly results and the fitted curve")
                          .arg(toQString(m_plan.activities[index].title)));
    double maximum = 0.0;
    QList<QPointF> measured;
    for (std::size_t t = 0; t < input.results.size(); ++t) {
        if (input.results[t]) {
            measured.append(QPointF(static_cast<double>(t + 1), *input.results[t]));
            maximum = std::max(maximum, *input.results[t]);
        }
    }
    m_measured->replace(measured);
    const core::ResolvedResponse &curve = result ? result->parameters : input.start;
    m_fitted->setName(result && result->applied() ? tr("Fitted curve")
                                                  : tr("Current curve (nothing fitted)"));
    const std::vector<double> fitted = modelledWeeks(input, curve);
    QList<QPointF> line;
    for (std::size_t t = 0; t < fitted.size(); ++t) {
        line.append(QPointF(static_cast<double>(t + 1), fitted[t]));
        maximum = std::max(maximum, fitted[t]);
    }
    m_fitted->replace(line);
    if (result && result->applied() && !result->intervals.empty()) {
        // The band spans the weekly returns over every corner of the fitted
        // parameters' P10–P90 box (at most 2³ curves).
        std::vector<double> low(fitted.size(), std::numeric_limits<double>::infinity());
        std::vector<double> high(fitted.size(), -std::numeric_limits<double>::infinity());
        const std::size_t corners = std::size_t{1} << result->intervals.size();
        for (std::size_t corner = 0; corner < corners; ++corner) {
            core::ResolvedResponse response = result->parameters;
            for (std::size_t k = 0; k < result->intervals.size(); ++k) {
                const auto &interval = result->intervals[k];
                valueOf(response, interval.parameter) =
                    (corner >> k) & 1U ? interval.band.p90 : interval.band.p10;
            }
            const std::vector<double> weekly = modelledWeeks(input, response);
            for (std::size_t t = 0; t < weekly.size() && t < low.size(); ++t) {
                low[t] = std::min(low[t], weekly[t]);
                high[t] = std::max(high[t], weekly[t]);
            }
        }
        QList<QPointF> lows;
        QList<QPointF> highs;
        for (std::size_t t = 0; t < low.size(); ++t) {
            lows.append(QPointF(static_cast<double>(t + 1), low[t]));
            highs.append(QPointF(static_cast<double>(t + 1), high[t]));
            maximum = std::max(maximum, high[t]);
        }
        m_bandLow->replace(lows);
        m_bandHigh->replace(highs);
    }
    const int weeks = std::max(input.campaignWeeks, 2);
    m_weekAxis->setRange(1.0, weeks);
    m_weekAxis->setTickInterval(charts::weekTickInterval(weeks));
    charts::setNiceRange(*m_resultAxis, maximum);
    m_resultAxis->setTitleText(toQString(m_plan.campaign.returnUnit));
    m_reason->setText(result && result->reason ? tr("Why: %1").arg(toQString(*result->reason))
                                               : QString());
}

void CalibrateDialog::apply(bool tickedOnly) {
    std::vector<core::CalibrationRecord> records;
    const std::string now = core::utcTimestamp();
    for (int row = 0; row < static_cast<int>(m_results.size()); ++row) {
        const auto &result = m_results[static_cast<std::size_t>(row)];
        if (!result || !result->applied())
            continue;
        const auto *item = m_table->item(row, ActivityColumn);
        if (tickedOnly && (item == nullptr || item->checkState() != Qt::Checked))
            continue;
        records.push_back(core::calibrationRecord(*result, now));
    }
    if (records.empty())
        return;
    if (auto applied = commands::applyCalibrations(m_campaign, records); !applied) {
        m_status->setText(tr("Could not apply: %1").arg(readableMessage(applied.error())));
        return;
    }
    accept();
}

void CalibrateDialog::updateButtons() {
    bool anyApplicable = false;
    bool anyTicked = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto &result = m_results[static_cast<std::size_t>(row)];
        if (!result || !result->applied())
            continue;
        anyApplicable = true;
        if (const auto *item = m_table->item(row, ActivityColumn);
            item && item->checkState() == Qt::Checked)
            anyTicked = true;
    }
    const bool done = m_finished;
    m_applyAll->setEnabled(done && anyApplicable);
    m_applyTicked->setEnabled(done && anyTicked);
    m_cancel->setEnabled(running());
}

} // namespace castnet::ui
