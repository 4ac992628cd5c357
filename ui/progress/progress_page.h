// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QWidget>

#include "core/actuals/progress.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/ids.h"

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QTableWidget;
class QValueAxis;
QT_END_NAMESPACE

namespace castnet::core {
class Workspace;
}

namespace castnet::ui {

// The Progress tab (DESIGN §12): planned against actual per week, as of the
// last week with any actual, for the campaign, a track or one activity;
// effort, cost or result; week by week or cumulated. Weeks off the plan are
// marked in the chart and coloured in the table, and the re-forecast of the
// total return stands beside the baseline's. Every figure is core's
// progress(); the page only picks and shows them. The baseline is chosen
// above the chart (the latest by default, else the plan itself), and Save
// Baseline freezes the plan as it is now (one undoable step).
class ProgressPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    enum class Measure { Effort, Cost, Result };
    enum class Scope { Campaign, MediaTrack, NetworkingTrack, Activity };
    enum TableColumn {
        WeekColumn,
        PlannedColumn,
        ActualColumn,
        VarianceColumn,
        IndexColumn,
        TableColumnCount
    };

    explicit ProgressPage(QWidget *parent = nullptr);
    ~ProgressPage() override;

    // Reads the campaign, its actuals and the chosen baseline through the
    // workspace interface; an error leaves the page cleared with the reason.
    void showCampaign(core::Workspace &workspace, core::CampaignId campaign);
    void clear();

    void setMeasure(Measure measure);
    void setCumulative(bool cumulative);
    // Scope::Activity needs the activity.
    void setScope(Scope scope, std::optional<core::ActivityId> activity = {});
    // The baseline to compare with; std::nullopt: the current plan.
    void chooseBaseline(const std::optional<std::string> &name);

    const std::optional<core::Progress> &progress() const { return m_progress; }
    std::optional<std::string> baselineName() const;
    // What the chart and the table show now: K values each; NaN in actual()
    // where a result was not measured.
    const std::vector<double> &planned() const { return m_planned; }
    const std::vector<double> &actual() const { return m_actual; }
    QString summary() const;

    QTableWidget *table() const { return m_table; }
    QChart *chart() const { return m_chart; }
    QComboBox *scopeChooser() const { return m_scope; }
    QComboBox *measureChooser() const { return m_measure; }
    QComboBox *baselineChooser() const { return m_baseline; }
    QButtonGroup *modeButtons() const { return m_mode; }
    QPushButton *saveBaselineButton() const { return m_saveBaseline; }

signals:
    // Save Baseline… was pressed; the tabs ask for the name and save.
    void saveBaselineRequested();

private:
    void recompute();
    void refill();
    void fillScopes();
    void fillBaselines(const std::vector<std::string> &names);
    void restyle();

    core::Workspace *m_workspace = nullptr;
    std::optional<core::CampaignId> m_campaignId;
    std::optional<core::CampaignSnapshot> m_plan;
    std::vector<core::Actual> m_actuals;
    std::optional<core::Progress> m_progress;
    std::vector<double> m_planned;
    std::vector<double> m_actual;
    QString m_unit;

    QComboBox *m_scope = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_baseline = nullptr;
    QButtonGroup *m_mode = nullptr;
    QPushButton *m_saveBaseline = nullptr;
    QLabel *m_summary = nullptr;
    QChart *m_chart = nullptr;
    QValueAxis *m_weekAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLineSeries *m_plannedSeries = nullptr;
    QLineSeries *m_actualSeries = nullptr;
    QScatterSeries *m_aboveSeries = nullptr;
    QScatterSeries *m_belowSeries = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace castnet::ui
