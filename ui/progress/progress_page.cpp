// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/progress/progress_page.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/domain/try.h"
#include "core/workspace/workspace.h"
#include "ui/charts/axis_range.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/figure_format.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/field_label.h"

namespace castnet::ui {

namespace {

// A week is marked off plan when its actual lies more than this share of
// the planned figure above or below it (or anything at all when nothing
// was planned): small wobbles are the normal noise of a campaign.
constexpr double offPlanShare = 0.10;

constexpr double notMeasured = std::numeric_limits<double>::quiet_NaN();

enum class OffPlan { No, Above, Below };

OffPlan offPlan(double planned, double actual) {
    if (std::isnan(actual))
        return OffPlan::No;
    const double margin = offPlanShare * std::abs(planned);
    if (actual > planned + margin && actual > planned)
        return OffPlan::Above;
    if (actual < planned - margin)
        return OffPlan::Below;
    return OffPlan::No;
}

// Running sums where unmeasured results add nothing but stay unmeasured, so
// a gap in the data is shown as a gap.
std::vector<double> runningSums(const std::vector<double> &weekly) {
    std::vector<double> sums(weekly.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < weekly.size(); ++i) {
        if (!std::isnan(weekly[i]))
            sum += weekly[i];
        sums[i] = std::isnan(weekly[i]) ? notMeasured : sum;
    }
    return sums;
}

QColor favourableColor(const QPalette &palette) {
    return charts::isDark(palette) ? QColor(0x6f, 0xcf, 0x8a) : QColor(0x1b, 0x7f, 0x3b);
}

QTableWidgetItem *figureCell(double value, const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

} // namespace

ProgressPage::ProgressPage(QWidget *parent)
    : QWidget(parent) {
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("progressScope"));
    m_scope->setAccessibleName(tr("Show progress of"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("progressMeasure"));
    m_measure->setAccessibleName(tr("Figure"));
    m_measure->addItem(tr("Effort (hours)"), static_cast<int>(Measure::Effort));
    m_measure->addItem(tr("Cost"), static_cast<int>(Measure::Cost));
    m_measure->addItem(tr("Result"), static_cast<int>(Measure::Result));
    m_measure->setCurrentIndex(2);
    m_baseline = new QComboBox(this);
    m_baseline->setObjectName(QStringLiteral("progressBaseline"));
    m_baseline->setAccessibleName(tr("Baseline"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_saveBaseline = new QPushButton(tr("Save Baseline…"), this);
    m_saveBaseline->setObjectName(QStringLiteral("saveBaseline"));
    m_saveBaseline->setToolTip(tr("Freeze the plan as it is now, to compare the actuals with"));

    m_mode = new QButtonGroup(this);
    auto *weekly = new QRadioButton(tr("Wee&kly"), this);
    weekly->setObjectName(QStringLiteral("progressWeekly"));
    auto *cumulative = new QRadioButton(tr("Cumulative"), this);
    cumulative->setObjectName(QStringLiteral("progressCumulative"));
    m_mode->addButton(weekly, 0);
    m_mode->addButton(cumulative, 1);
    cumulative->setChecked(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_weekAxis = new QValueAxis(m_chart);
    m_weekAxis->setTitleText(tr("Campaign week"));
    m_weekAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_weekAxis->setTickType(QValueAxis::TicksDynamic);
    m_weekAxis->setTickAnchor(0.0);
    m_valueAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_weekAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_plannedSeries = new QLineSeries(m_chart);
    m_plannedSeries->setName(tr("Planned"));
    m_actualSeries = new QLineSeries(m_chart);
    m_actualSeries->setName(tr("Actual"));
    m_actualSeries->setPointsVisible(true);
    m_aboveSeries = new QScatterSeries(m_chart);
    m_belowSeries = new QScatterSeries(m_chart);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_plannedSeries), static_cast<QXYSeries *>(m_actualSeries),
          static_cast<QXYSeries *>(m_aboveSeries), static_cast<QXYSeries *>(m_belowSeries)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_weekAxis);
        series->attachAxis(m_valueAxis);
    }
    m_aboveSeries->setMarkerSize(11.0);
    m_belowSeries->setMarkerSize(11.0);
    auto *chartView = charts::makeChartView(m_chart, this);
    chartView->setMinimumHeight(220);
    chartView->setAccessibleName(tr("Planned against actual, week by week"));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Planned and actual figures per week"));
    m_table->setColumnCount(TableColumnCount);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // What is shown on one row, what it is compared with on the next, so
    // that both fit a 1024-pixel window.
    auto *controls = new QHBoxLayout;
    auto *comparison = new QHBoxLayout;
    const auto addLabelled = [&](QHBoxLayout *row, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    addLabelled(controls, tr("&Progress of:"), m_scope);
    addLabelled(controls, tr("Figur&e:"), m_measure);
    controls->addWidget(weekly);
    controls->addWidget(cumulative);
    controls->addStretch(1);
    addLabelled(comparison, tr("Compare &with:"), m_baseline);
    comparison->addWidget(m_saveBaseline);
    comparison->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(comparison);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { refill(); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { refill(); });
    connect(m_mode, &QButtonGroup::idClicked, this, [this] { refill(); });
    connect(m_baseline, &QComboBox::activated, this, [this] { recompute(); });
    connect(m_saveBaseline, &QPushButton::clicked, this, &ProgressPage::saveBaselineRequested);
    restyle();
    charts::followPalette(*this, [this] { restyle(); });
    clear();
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::showCampaign(core::Workspace &workspace, core::CampaignId campaign) {
    const bool sameCampaign = m_campaignId == campaign;
    m_workspace = &workspace;
    m_campaignId = campaign;
    auto loaded = [&]() -> core::Result<std::vector<std::string>> {
        CASTNET_TRY(m_plan, workspace.snapshot(campaign));
        CASTNET_TRY(m_actuals, workspace.actuals(campaign));
        CASTNET_TRY(const auto list, workspace.baselines(campaign));
        std::vector<std::string> names;
        for (const auto &summary : list)
            names.push_back(summary.name);
        return names;
    }();
    if (!loaded) {
        clear();
        m_summary->setText(readableMessage(loaded.error()));
        return;
    }
    setEnabled(true);
    if (!sameCampaign)
        m_baseline->clear();
    fillBaselines(*loaded);
    recompute();
}

void ProgressPage::clear() {
    m_workspace = nullptr;
    m_campaignId.reset();
    m_plan.reset();
    m_actuals.clear();
    m_progress.reset();
    m_planned.clear();
    m_actual.clear();
    {
        const QSignalBlocker scopes(m_scope);
        m_scope->clear();
        const QSignalBlocker baselines(m_baseline);
        m_baseline->clear();
    }
    m_plannedSeries->clear();
    m_actualSeries->clear();
    m_aboveSeries->clear();
    m_belowSeries->clear();
    m_table->setRowCount(0);
    m_summary->clear();
    m_chart->setTitle(QString());
    setEnabled(false);
}

void ProgressPage::setMeasure(Measure measure) {
    m_measure->setCurrentIndex(m_measure->findData(static_cast<int>(measure)));
}

void ProgressPage::setCumulative(bool cumulative) {
    m_mode->button(cumulative ? 1 : 0)->setChecked(true);
    refill();
}

void ProgressPage::setScope(Scope scope, std::optional<core::ActivityId> activity) {
    for (int i = 0; i < m_scope->count(); ++i) {
        const QVariantList data = m_scope->itemData(i).toList();
        if (data.value(0).toInt() == static_cast<int>(scope) &&
            (!activity || data.value(1).toLongLong() == activity->value())) {
            m_scope->setCurrentIndex(i);
            return;
        }
    }
}

void ProgressPage::chooseBaseline(const std::optional<std::string> &name) {
    const int index =
        name ? m_baseline->findData(toQString(*name)) : m_baseline->findData(QString());
    if (index >= 0)
        m_baseline->setCurrentIndex(index);
    recompute();
}

std::optional<std::string> ProgressPage::baselineName() const {
    const QString name = m_baseline->currentData().toString();
    return name.isEmpty() ? std::nullopt : std::optional(toStdString(name));
}

QString ProgressPage::summary() const {
    return m_summary->text();
}

void ProgressPage::fillBaselines(const std::vector<std::string> &names) {
    // Keep the user's choice while it still exists; else the latest.
    const QVariant before = m_baseline->count() > 0 ? m_baseline->currentData() : QVariant();
    const bool hadLatest = m_baseline->currentIndex() == 0;
    const QSignalBlocker blocker(m_baseline);
    m_baseline->clear();
    for (auto name = names.rbegin(); name != names.rend(); ++name)
        m_baseline->addItem(toQString(*name), toQString(*name));
    m_baseline->addItem(tr("Current plan (no baseline)"), QString());
    const int kept = before.isValid() && !hadLatest ? m_baseline->findData(before) : -1;
    m_baseline->setCurrentIndex(kept >= 0 ? kept : 0);
}

void ProgressPage::fillScopes() {
    const QVariant before = m_scope->currentData();
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    const auto entry = [](Scope scope, std::int64_t id = 0) {
        return QVariantList{static_cast<int>(scope), QVariant::fromValue(id)};
    };
    m_scope->addItem(tr("The whole campaign"), entry(Scope::Campaign));
    m_scope->addItem(charts::trackTitle(core::Track::Media), entry(Scope::MediaTrack));
    m_scope->addItem(charts::trackTitle(core::Track::Networking), entry(Scope::NetworkingTrack));
    for (const core::ActivityProgress &activity : m_progress->activities) {
        QString title = toQString(activity.title);
        if (!activity.inPlan)
            title = tr("%1 (deleted since the baseline)").arg(title);
        m_scope->addItem(title, entry(Scope::Activity, activity.id.value()));
    }
    const int kept = before.isValid() ? m_scope->findData(before) : -1;
    m_scope->setCurrentIndex(kept >= 0 ? kept : 0);
}

void ProgressPage::recompute() {
    if (m_workspace == nullptr || !m_campaignId || !m_plan)
        return;
    const auto name = baselineName();
    std::optional<core::Baseline> baseline;
    if (name) {
        auto read = m_workspace->baseline(*m_campaignId, *name);
        if (!read) {
            m_summary->setText(readableMessage(read.error()));
            return;
        }
        baseline = std::move(*read);
    }
    m_progress = core::progress(baseline ? baseline->frozen : *m_plan, *m_plan, m_actuals);
    fillScopes();
    refill();
}

void ProgressPage::refill() {
    if (!m_progress || !m_plan)
        return;
    const core::Progress &progress = *m_progress;
    const QVariantList scopeData = m_scope->currentData().toList();
    const auto scope = static_cast<Scope>(scopeData.value(0).toInt());
    const auto measure = static_cast<Measure>(m_measure->currentData().toInt());
    const bool cumulative = m_mode->checkedId() == 1;
    const core::Campaign &campaign = m_plan->campaign;

    const core::WeeklyComparison *effort = nullptr;
    const core::WeeklyComparison *cost = nullptr;
    const core::ReturnComparison *returns = nullptr;
    double forecast = 0.0;
    double baselineTotal = 0.0;
    QString scopeTitle;
    if (scope == Scope::Activity) {
        const auto found = std::find_if(progress.activities.begin(), progress.activities.end(),
                                        [&](const core::ActivityProgress &a) {
                                            return a.id.value() == scopeData.value(1).toLongLong();
                                        });
        if (found == progress.activities.end())
            return;
        effort = &found->effort;
        cost = &found->cost;
        returns = &found->returns;
        forecast = found->forecastTotalReturn;
        baselineTotal = found->baselineTotalReturn;
        scopeTitle = toQString(found->title);
    } else {
        const core::ProgressTotals &totals = scope == Scope::Campaign ? progress.campaign
                                             : scope == Scope::MediaTrack
                                                 ? progress.track(core::Track::Media)
                                                 : progress.track(core::Track::Networking);
        effort = &totals.effort;
        cost = &totals.cost;
        returns = &totals.returns;
        forecast = totals.forecastTotalReturn;
        baselineTotal = totals.baselineTotalReturn;
        scopeTitle = scope == Scope::Campaign ? tr("the whole campaign") : m_scope->currentText();
    }

    std::span<const double> planned;
    std::span<const double> actual;
    QString measureTitle;
    if (measure == Measure::Effort) {
        planned = effort->planned;
        actual = effort->actual;
        m_unit = tr("h");
        measureTitle = tr("Effort");
    } else if (measure == Measure::Cost) {
        planned = cost->planned;
        actual = cost->actual;
        m_unit = toQString(campaign.currency);
        measureTitle = tr("Cost");
    } else {
        planned = returns->planned;
        actual = returns->actual;
        m_unit = toQString(campaign.returnUnit);
        measureTitle = tr("Result");
    }
    m_planned.assign(planned.begin(), planned.end());
    m_actual.assign(actual.begin(), actual.end());
    if (cumulative) {
        m_planned = core::cumulated(planned);
        m_actual = runningSums(m_actual);
    }

    // Chart: the plan as a dashed line, the actuals as a line with points,
    // and the weeks off plan marked in the favourable or unfavourable colour.
    const bool moreIsBetter = measure == Measure::Result;
    QList<QPointF> plannedPoints;
    QList<QPointF> actualPoints;
    QList<QPointF> above;
    QList<QPointF> below;
    double maximum = 0.0;
    for (std::size_t i = 0; i < m_planned.size(); ++i) {
        const double week = static_cast<double>(i + 1);
        plannedPoints.append(QPointF(week, m_planned[i]));
        maximum = std::max(maximum, m_planned[i]);
        if (std::isnan(m_actual[i]))
            continue;
        actualPoints.append(QPointF(week, m_actual[i]));
        maximum = std::max(maximum, m_actual[i]);
        const OffPlan off = offPlan(m_planned[i], m_actual[i]);
        if (off == OffPlan::Above)
            above.append(QPointF(week, m_actual[i]));
        else if (off == OffPlan::Below)
            below.append(QPointF(week, m_actual[i]));
    }
    m_plannedSeries->replace(plannedPoints);
    m_actualSeries->replace(actualPoints);
    m_aboveSeries->replace(above);
    m_belowSeries->replace(below);
    m_aboveSeries->setName(tr("More than %1 above plan").arg(charts::formatShare(offPlanShare)));
    m_belowSeries->setName(tr("More than %1 below plan").arg(charts::formatShare(offPlanShare)));
    const QPalette palette = this->palette();
    const QColor good = favourableColor(palette);
    const QColor bad = charts::alertColor(palette);
    m_aboveSeries->setColor(moreIsBetter ? good : bad);
    m_belowSeries->setColor(moreIsBetter ? bad : good);
    m_aboveSeries->setBorderColor(m_aboveSeries->color());
    m_belowSeries->setBorderColor(m_belowSeries->color());
    const int weeks = std::max(progress.asOfWeek, 2);
    m_weekAxis->setRange(1.0, weeks);
    m_weekAxis->setTickInterval(charts::weekTickInterval(weeks));
    charts::setNiceRange(*m_valueAxis, maximum);
    m_valueAxis->setTitleText(measure == Measure::Effort ? tr("hours") : m_unit);
    m_chart->setTitle(tr("%1 of %2, planned against actual%3")
                          .arg(measureTitle, scopeTitle,
                               cumulative ? tr(", summed week after week") : QString()));

    // Table: one row per week, then the totals.
    m_table->setHorizontalHeaderLabels({tr("Week"), tr("Planned (%1)").arg(m_unit),
                                        tr("Actual (%1)").arg(m_unit),
                                        tr("Variance (%1)").arg(m_unit), tr("Actual ÷ planned")});
    const int rows = static_cast<int>(m_planned.size());
    m_table->setRowCount(rows + 1);
    const auto put = [&](int row, double plannedValue, double actualValue,
                         std::optional<double> variance, std::optional<double> index) {
        m_table->setItem(row, PlannedColumn,
                         figureCell(plannedValue, charts::formatNumber(plannedValue)));
        m_table->setItem(row, ActualColumn,
                         std::isnan(actualValue)
                             ? figureCell(actualValue, tr("not measured"))
                             : figureCell(actualValue, charts::formatNumber(actualValue)));
        m_table->setItem(row, VarianceColumn,
                         variance ? figureCell(*variance, charts::formatNumber(*variance))
                                  : figureCell(notMeasured, QStringLiteral("—")));
        m_table->setItem(row, IndexColumn,
                         index ? figureCell(*index, charts::formatShare(*index))
                               : figureCell(notMeasured, QStringLiteral("—")));
        if (variance && !std::isnan(actualValue)) {
            const OffPlan off = offPlan(plannedValue, actualValue);
            if (off != OffPlan::No) {
                const bool favourable = (off == OffPlan::Above) == moreIsBetter;
                m_table->item(row, VarianceColumn)->setForeground(favourable ? good : bad);
                m_table->item(row, VarianceColumn)
                    ->setToolTip(favourable ? tr("Better than planned") : tr("Worse than planned"));
            }
        }
    };
    for (int row = 0; row < rows; ++row) {
        auto *week = new QTableWidgetItem(QString::number(row + 1));
        week->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        week->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, WeekColumn, week);
        const double p = m_planned[static_cast<std::size_t>(row)];
        const double a = m_actual[static_cast<std::size_t>(row)];
        put(row, p, a, std::isnan(a) ? std::nullopt : std::optional(a - p),
            std::isnan(a) || p == 0.0 ? std::nullopt : std::optional(a / p));
    }
    auto *total = new QTableWidgetItem(tr("Weeks 1–%1").arg(progress.asOfWeek));
    total->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
    m_table->setItem(rows, WeekColumn, total);
    if (measure == Measure::Result) {
        // Returns compare only where a result was measured (DESIGN §12).
        put(rows, returns->plannedInMeasuredWeeks,
            returns->measuredWeeks > 0 ? returns->actualTotal : notMeasured, returns->variance,
            returns->index);
    } else {
        const core::WeeklyComparison &c = measure == Measure::Effort ? *effort : *cost;
        put(rows, c.plannedTotal, c.actualTotal, c.variance, c.index);
    }
    for (int column = 0; column < TableColumnCount; ++column) {
        if (auto *item = m_table->item(rows, column))
            item->setFont(bold);
    }

    const QString returnUnit = toQString(campaign.returnUnit);
    const QString against = baselineName() ? tr("baseline \"%1\"").arg(toQString(*baselineName()))
                                           : tr("the current plan (no baseline saved)");
    const double difference = forecast - baselineTotal;
    QString text =
        progress.asOfWeek == 0
            ? tr("No actuals recorded yet: import them (File › Import Actuals…) or type them in "
                 "the Actuals tab.")
            : tr("As of week %1 of %2, against %3.")
                  .arg(progress.asOfWeek)
                  .arg(campaign.weeks)
                  .arg(against);
    text += QStringLiteral(" ") + tr("Re-forecast total return: %1 · baseline total: %2 · %3 %4.")
                                      .arg(charts::formatAmount(forecast, returnUnit),
                                           charts::formatAmount(baselineTotal, returnUnit),
                                           difference >= 0.0 ? tr("ahead by") : tr("behind by"),
                                           charts::formatAmount(std::abs(difference), returnUnit));
    m_summary->setText(text);
}

void ProgressPage::restyle() {
    const QPalette palette = this->palette();
    charts::styleChart(*m_chart, palette);
    m_plannedSeries->setPen(QPen(palette.color(QPalette::PlaceholderText), 2.0, Qt::DashLine));
    m_actualSeries->setPen(
        QPen(charts::trackColor(core::Track::Media, palette), 3.0, Qt::SolidLine, Qt::RoundCap));
    refill();
}

} // namespace castnet::ui
