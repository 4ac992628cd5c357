// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QDialog>

#include "core/actuals/calibration.h"
#include "core/actuals/calibration_result.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/ids.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QChart;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QTableWidget;
class QThread;
class QValueAxis;
QT_END_NAMESPACE

namespace castnet::core {
class Workspace;
}

namespace castnet::ui {

// Campaign › Calibrate… (DESIGN §13): every activity with its weeks of
// results, what can be fitted and why not, the fitted values beside the
// current ones, R², NRMSE and MAPE in sample and on the hold-out, and the
// P10–P90 range of the re-forecast. The chart shows the selected
// activity's measured weekly results against the fitted curve, with the
// band the fitted parameters' P10–P90 span. The fits are core's
// calibrateActivity(), run one activity after another on a worker thread
// so the window stays responsive, with a progress bar and Cancel; Apply
// writes the fitted values of all or of the ticked activities as one
// undoable step.
class CalibrateDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrateDialog)

public:
    enum Column {
        ActivityColumn,
        WeeksColumn,
        FittedColumn,
        CurrentColumn,
        CalibratedColumn,
        R2Column,
        NrmseColumn,
        MapeColumn,
        HoldoutColumn,
        ForecastColumn,
        ColumnCount
    };

    CalibrateDialog(core::Workspace &workspace, core::CampaignId campaign,
                    QWidget *parent = nullptr, core::CalibrationOptions options = {});
    ~CalibrateDialog() override;

    // Starts the fits on the worker thread (showEvent() does it once).
    void start();
    void cancel();
    bool running() const;
    bool finished() const { return m_finished; }
    // The calibration of each activity of the plan, in its order, once the
    // run is done (std::nullopt for activities not reached before Cancel).
    const std::vector<std::optional<core::ActivityCalibration>> &results() const {
        return m_results;
    }
    const core::CampaignSnapshot &plan() const { return m_plan; }
    QString loadError() const { return m_loadError; }

    // Ticks (or unticks) the row of an activity that can be applied.
    void setTicked(int row, bool ticked);
    void showActivity(int row);

    QTableWidget *table() const { return m_table; }
    QChart *chart() const { return m_chart; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *applyTickedButton() const { return m_applyTicked; }
    QPushButton *applyAllButton() const { return m_applyAll; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString status() const;
    // Why the shown activity's fit left parameters out; empty when it did not.
    QString reason() const;

signals:
    // One activity's fit is done (queued from the worker).
    void activityCalibrated(int index);
    void runFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    void fillRow(int row);
    void onActivityCalibrated(int index);
    void onRunFinished();
    void apply(bool tickedOnly);
    void updateButtons();

    core::Workspace &m_workspace;
    core::CampaignId m_campaign;
    core::CalibrationOptions m_options;
    core::CampaignSnapshot m_plan;
    std::vector<core::CalibrationInput> m_inputs;
    std::vector<std::optional<core::ActivityCalibration>> m_results;
    QString m_loadError;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_started = false;
    bool m_finished = false;
    bool m_wasCancelled = false;

    QLabel *m_status = nullptr;
    QLabel *m_reason = nullptr; // why the selected activity's fit left parameters out
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QChart *m_chart = nullptr;
    QValueAxis *m_weekAxis = nullptr;
    QValueAxis *m_resultAxis = nullptr;
    QScatterSeries *m_measured = nullptr;
    QLineSeries *m_fitted = nullptr;
    QLineSeries *m_bandLow = nullptr;
    QLineSeries *m_bandHigh = nullptr;
    QAreaSeries *m_band = nullptr;
    QPushButton *m_applyTicked = nullptr;
    QPushButton *m_applyAll = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace castnet::ui
