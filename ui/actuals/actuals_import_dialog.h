// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QDialog>

#include "core/actuals/actual.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/workspace/workspace.h"

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace castnet::ui {

// File › Import Actuals…: what a file of actuals (DESIGN §12) would do to
// the campaign before anything is stored. The file is read with the
// command line's parser; the dialog lists the activity-weeks it holds,
// marks those that replace a week already recorded and counts both, or
// shows the first error ("line N, column X: reason") with Apply disabled.
// Apply stores everything as one undoable step.
class ActualsImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActualsImportDialog)

public:
    // `recorded` are the campaign's actuals now, to tell added from replaced.
    ActualsImportDialog(const core::Campaign &campaign, std::vector<core::Activity> activities,
                        const std::vector<core::Actual> &recorded, const std::string &csv,
                        const QString &fileName, QWidget *parent = nullptr);
    ~ActualsImportDialog() override;

    // The file read well: Apply stores `actuals()`.
    bool readable() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString summary() const;
    const std::vector<core::Actual> &actuals() const { return m_actuals; }
    int addedWeeks() const { return m_added; }
    int replacedWeeks() const { return m_replaced; }

    // What Apply stored, once it did.
    std::optional<core::ActualsStored> stored() const { return m_stored; }

private:
    void fillPreview(const std::vector<core::Actual> &recorded);
    void apply();

    core::Campaign m_campaign;
    std::vector<core::Activity> m_activities;
    std::vector<core::Actual> m_actuals;
    QString m_error;
    int m_added = 0;
    int m_replaced = 0;
    std::optional<core::ActualsStored> m_stored;

    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace castnet::ui
