// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <QUndoCommand>

#include "core/domain/activity.h"
#include "core/domain/activity_field.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/error.h"
#include "core/domain/scenario.h"
#include "core/workspace/workspace.h"

namespace castnet::ui {

class WorkspaceNotifier;

// The brand with that id; the workspace lists brands but has no lookup by id.
core::Result<core::Brand> brandById(core::Workspace &workspace, core::BrandId id);
// The same for a scenario of a campaign.
core::Result<core::Scenario> scenarioById(core::Workspace &workspace, core::CampaignId campaign,
                                          core::ScenarioId id);

// Merge ids of the commands that may merge with their predecessor. One enum
// so that two kinds of command never share an id.
enum class UndoId : int {
    ActivityValue = 1,
    CampaignValue,
    BrandValue,
    ScenarioValue,
    ActivityWeeks,
};

// What every command acts on. `pushFailure` receives the error of the first
// redo(), which QUndoStack::push() runs: the command then marks itself
// obsolete and the stack drops it, so a refused edit never enters the history.
struct CommandTarget {
    core::Workspace *workspace = nullptr;
    WorkspaceNotifier *notifier = nullptr;
    std::optional<core::Error> *pushFailure = nullptr;
};

// A command whose redo and undo are workspace calls. Every edit is saved at
// once: the workspace call happens in redo(). A later undo/redo that the
// workspace refuses is reported through WorkspaceNotifier::editFailed() and
// the command is dropped from the history.
class WorkspaceCommand : public QUndoCommand {
public:
    WorkspaceCommand(CommandTarget target, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual core::Result<void> apply() = 0;
    virtual core::Result<void> revert() = 0;

    core::Workspace &workspace() const { return *m_target.workspace; }
    WorkspaceNotifier &notifier() const { return *m_target.notifier; }

private:
    void settle(const core::Result<void> &result);

    CommandTarget m_target;
    bool m_pushed = false;
};

// A value change whose undo and redo are the same swap of the stored value
// with the one held here (Tiled's ChangeValue). Object names the core type
// the value belongs to, Value what is swapped. Consecutive changes of the
// same value merge; a merge that restores the original value removes the
// command.
template<class Object, class Value> class ChangeValue : public WorkspaceCommand {
public:
    using ObjectId = decltype(Object::id);

    ChangeValue(CommandTarget target, const QString &text, UndoId mergeId, ObjectId objectId,
                Value value)
        : WorkspaceCommand(target, text)
        , m_mergeId(mergeId)
        , m_objectId(objectId)
        , m_value(std::move(value)) {}

    int id() const override { return static_cast<int>(m_mergeId); }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = dynamic_cast<const ChangeValue *>(other);
        if (next == nullptr || next->m_objectId != m_objectId || !mergesWith(*next))
            return false;
        // m_value still holds the value before the first change; `next` was
        // applied on top of ours, so keeping our m_value undoes both.
        const auto current = getValue();
        setObsolete(current && *current == m_value);
        return true;
    }

protected:
    ObjectId objectId() const { return m_objectId; }

    virtual core::Result<Value> getValue() const = 0;
    virtual core::Result<void> setValue(const Value &value) = 0;
    // Whether a following change of the same object is the same edit
    // continued (the same field, say).
    virtual bool mergesWith(const ChangeValue &next) const = 0;

private:
    // Reads the current value and writes ours in one transaction, so that
    // what undo restores is what this write replaced, even when another
    // program changes the workspace at the same time.
    core::Result<void> swap() {
        Value previous{};
        auto swapped = workspace().transact([&]() -> core::Result<void> {
            auto current = getValue();
            if (!current)
                return tl::unexpected(current.error());
            if (auto stored = setValue(m_value); !stored)
                return stored;
            previous = std::move(*current);
            return {};
        });
        if (swapped)
            m_value = std::move(previous);
        return swapped;
    }

    core::Result<void> apply() final { return swap(); }
    core::Result<void> revert() final { return swap(); }

    UndoId m_mergeId;
    ObjectId m_objectId;
    Value m_value;
};

// One cell of the activity table, as the canonical text of its field.
class ChangeActivityField final : public ChangeValue<core::Activity, std::string> {
public:
    ChangeActivityField(CommandTarget target, core::CampaignId campaign, core::ActivityId activity,
                        core::ActivityField field, std::string text);

private:
    core::Result<std::string> getValue() const override;
    core::Result<void> setValue(const std::string &text) override;
    bool mergesWith(const ChangeValue &next) const override;

    core::CampaignId m_campaign;
    core::ActivityField m_field;
};

// The weeks an activity runs, first and last (1-based, inclusive).
struct WeekSpan {
    int startWeek = 1;
    int endWeek = 1;

    friend bool operator==(const WeekSpan &, const WeekSpan &) = default;
};

// Both weeks of an activity in one step: a bar of the timeline moved or
// resized. Each drag is an edit of its own, so these never merge.
class ChangeActivityWeeks final : public ChangeValue<core::Activity, WeekSpan> {
public:
    ChangeActivityWeeks(CommandTarget target, const QString &text, core::CampaignId campaign,
                        core::ActivityId activity, WeekSpan weeks);

private:
    core::Result<WeekSpan> getValue() const override;
    core::Result<void> setValue(const WeekSpan &weeks) override;
    bool mergesWith(const ChangeValue &next) const override;

    core::CampaignId m_campaign;
};

// The fields of a campaign edited in the form; `what` names the edited
// fields so that consecutive edits of the same field merge.
class ChangeCampaign final : public ChangeValue<core::Campaign, core::Campaign> {
public:
    ChangeCampaign(CommandTarget target, const QString &what, core::Campaign edited);

private:
    core::Result<core::Campaign> getValue() const override;
    core::Result<void> setValue(const core::Campaign &campaign) override;
    bool mergesWith(const ChangeValue &next) const override;

    QString m_what;
};

class ChangeBrand final : public ChangeValue<core::Brand, core::Brand> {
public:
    ChangeBrand(CommandTarget target, const QString &text, core::Brand edited);

private:
    core::Result<core::Brand> getValue() const override;
    core::Result<void> setValue(const core::Brand &brand) override;
    bool mergesWith(const ChangeValue &next) const override;
};

// Appends activities; undo removes them. The ids assigned by the first redo
// are kept for every later redo, so later commands still find them.
class AddActivities final : public WorkspaceCommand {
public:
    AddActivities(CommandTarget target, const QString &text, core::CampaignId campaign,
                  std::vector<core::Activity> activities);

    std::vector<core::ActivityId> ids() const;

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::CampaignId m_campaign;
    std::vector<core::Activity> m_activities;
};

// Removes activities; undo stores them again under their ids.
class RemoveActivities final : public WorkspaceCommand {
public:
    RemoveActivities(CommandTarget target, core::CampaignId campaign,
                     std::vector<core::ActivityId> ids);

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::CampaignId m_campaign;
    std::vector<core::ActivityId> m_ids;
    std::vector<core::Activity> m_removed; // filled by apply()
};

class AddBrand final : public WorkspaceCommand {
public:
    AddBrand(CommandTarget target, core::Brand brand);

    core::BrandId brandId() const { return m_brand.id; }

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::Brand m_brand;
};

// Removes a brand with its campaigns; undo restores all of them, ids kept.
class RemoveBrand final : public WorkspaceCommand {
public:
    RemoveBrand(CommandTarget target, core::Brand brand);

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::Brand m_brand;
    std::vector<core::CampaignSnapshot> m_campaigns; // filled by apply()
};

class AddCampaign final : public WorkspaceCommand {
public:
    AddCampaign(CommandTarget target, core::Campaign campaign);

    core::CampaignId campaignId() const { return m_campaign.id; }

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::Campaign m_campaign;
};

// Removes a campaign; undo restores its snapshot, ids kept.
class RemoveCampaign final : public WorkspaceCommand {
public:
    RemoveCampaign(CommandTarget target, core::Campaign campaign);

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::Campaign m_campaign;
    std::optional<core::CampaignSnapshot> m_snapshot; // filled by apply()
};

// A scenario's name or hours; `what` tells the edits apart so that
// consecutive changes of one activity's hours merge.
class ChangeScenario final : public ChangeValue<core::Scenario, core::Scenario> {
public:
    ChangeScenario(CommandTarget target, const QString &text, QString what, core::Scenario edited);

private:
    core::Result<core::Scenario> getValue() const override;
    core::Result<void> setValue(const core::Scenario &scenario) override;
    bool mergesWith(const ChangeValue &next) const override;

    core::CampaignId m_campaign;
    QString m_what;
};

// Stores a scenario; undo removes it. The id of the first redo is kept.
class AddScenario final : public WorkspaceCommand {
public:
    AddScenario(CommandTarget target, const QString &text, core::Scenario scenario);

    core::ScenarioId scenarioId() const { return m_scenario.id; }

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::Scenario m_scenario;
};

// Removes a scenario; undo stores it again under its id.
class RemoveScenario final : public WorkspaceCommand {
public:
    RemoveScenario(CommandTarget target, core::Scenario scenario);

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::Scenario m_scenario;
};

// Stores actuals and clears weeks as one step: an import, or a week typed
// or cleared in the actuals grid. What the touched weeks held before is read
// in the same transaction as the write, so undo puts exactly that back and
// removes the weeks that had no actual.
class ChangeActuals final : public WorkspaceCommand {
public:
    ChangeActuals(CommandTarget target, const QString &text, core::CampaignId campaign,
                  std::vector<core::Actual> store, std::vector<core::ActualWeek> clear);

    // The counts of the last redo.
    core::ActualsStored stored() const { return m_stored; }

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;
    std::vector<core::ActualWeek> touchedWeeks() const;

    core::CampaignId m_campaign;
    std::vector<core::Actual> m_store;
    std::vector<core::ActualWeek> m_clear;
    std::vector<core::Actual> m_before; // filled by apply()
    core::ActualsStored m_stored;
};

// Saves a baseline; undo deletes it again.
class SaveBaseline final : public WorkspaceCommand {
public:
    SaveBaseline(CommandTarget target, core::CampaignId campaign, std::string name);

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::CampaignId m_campaign;
    std::string m_name;
};

// Writes fitted parameters into activities and records the calibrations
// (DESIGN §13); undo removes those records and restores the parameters the
// activities had, read in the same transaction as the write.
class ApplyCalibrations final : public WorkspaceCommand {
public:
    ApplyCalibrations(CommandTarget target, core::CampaignId campaign,
                      std::vector<core::CalibrationRecord> records);

private:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

    core::CampaignId m_campaign;
    std::vector<core::CalibrationRecord> m_records;
    std::vector<core::ResponseParameters> m_before; // filled by apply(), one per record
};

} // namespace castnet::ui
