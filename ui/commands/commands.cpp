// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/commands.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <QCoreApplication>
#include <QStringList>
#include <QUndoStack>

#include "core/actuals/actual.h"
#include "core/analysis/projection.h"
#include "core/domain/try.h"
#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_import.h"
#include "core/exchange/campaign_json.h"
#include "ui/commands/undo_commands.h"
#include "ui/commands/workspace_notifier.h"

namespace castnet::ui::commands {

namespace {

// The one editing context of the process; see attach().
struct Context {
    core::Workspace *workspace = nullptr;
    QUndoStack *stack = nullptr;
    WorkspaceNotifier *notifier = nullptr;
    std::optional<core::Error> failure; // the refused first redo of a push
};

Context &context() {
    static Context instance;
    return instance;
}

QString tr(const char *text) {
    return QCoreApplication::translate("castnet::ui::Commands", text);
}

core::Result<void> requireWorkspace() {
    if (context().workspace == nullptr)
        return core::failInternal("No workspace is open.");
    return {};
}

CommandTarget target() {
    auto &c = context();
    return CommandTarget{c.workspace, c.notifier, &c.failure};
}

core::Workspace &workspace() {
    return *context().workspace;
}

// Pushes a command whose redo() saves the edit. A refused first redo leaves
// the command obsolete, so the stack deletes it; its error comes back here.
core::Result<void> push(QUndoCommand *command) {
    auto &c = context();
    c.failure.reset();
    c.stack->push(command);
    if (!c.failure)
        return {};
    auto error = std::move(*c.failure);
    c.failure.reset();
    return tl::unexpected(std::move(error));
}

// "weeks, currency": the fields an edit changes, for the undo text and to
// merge consecutive edits of the same field.
QString changedFields(const core::Campaign &before, const core::Campaign &after) {
    QStringList fields;
    const auto note = [&fields](bool changed, const char *name) {
        if (changed)
            fields.append(tr(name));
    };
    note(before.name != after.name, "name");
    note(before.objective != after.objective, "objective");
    note(before.startDate != after.startDate, "start date");
    note(before.weeks != after.weeks, "weeks");
    note(before.capacityHoursPerWeek != after.capacityHoursPerWeek, "capacity");
    note(before.budgetPerWeek != after.budgetPerWeek, "budget");
    note(before.currency != after.currency, "currency");
    note(before.returnUnit != after.returnUnit, "return unit");
    note(before.automationSaving != after.automationSaving, "automation saving");
    note(before.brandId != after.brandId, "brand");
    return fields.join(QStringLiteral(", "));
}

core::Result<std::vector<core::ActivityId>> pushAdd(const QString &text, core::CampaignId campaign,
                                                    std::vector<core::Activity> activities) {
    if (activities.empty())
        return std::vector<core::ActivityId>{};
    auto *command = new AddActivities(target(), text, campaign, std::move(activities));
    if (auto pushed = push(command); !pushed)
        return tl::unexpected(pushed.error());
    // Still alive: a successful AddActivities never merges, so the stack holds it.
    return command->ids();
}

} // namespace

void attach(core::Workspace &workspace, QUndoStack &stack, WorkspaceNotifier &notifier) {
    auto &c = context();
    // The history of a workspace attached before refers to that one.
    if (c.stack != nullptr)
        c.stack->clear();
    c = Context{};
    c.workspace = &workspace;
    c.stack = &stack;
    c.notifier = &notifier;
    notifier.report(WorkspaceReplaced{&workspace});
}

void detach() {
    auto &c = context();
    if (c.stack != nullptr)
        c.stack->clear();
    auto *notifier = c.notifier;
    c = Context{};
    if (notifier != nullptr)
        notifier->report(WorkspaceReplaced{nullptr});
}

bool isAttached() {
    return context().workspace != nullptr;
}

core::Result<void> setActivityField(core::CampaignId campaign, core::ActivityId activity,
                                    core::ActivityField field, std::string_view text) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = workspace().activity(activity);
    if (!stored)
        return tl::unexpected(stored.error());
    auto edited = *stored;
    if (auto written = core::writeField(edited, field, text); !written)
        return written;
    if (edited == *stored)
        return {};
    auto owner = workspace().campaign(campaign);
    if (!owner)
        return tl::unexpected(owner.error());
    if (auto valid = core::validate(edited, *owner); !valid)
        return valid;
    return push(new ChangeActivityField(target(), campaign, activity, field,
                                        core::readField(edited, field)));
}

core::Result<void> setActivityWeeks(core::CampaignId campaign, core::ActivityId activity,
                                    int startWeek, int endWeek) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = workspace().activity(activity);
    if (!stored)
        return tl::unexpected(stored.error());
    auto edited = *stored;
    edited.startWeek = startWeek;
    edited.endWeek = endWeek;
    if (edited == *stored)
        return {};
    auto owner = workspace().campaign(campaign);
    if (!owner)
        return tl::unexpected(owner.error());
    if (auto valid = core::validate(edited, *owner); !valid)
        return valid;
    const bool moved = edited.endWeek - edited.startWeek == stored->endWeek - stored->startWeek;
    const QString text = moved                                   ? tr("Move activity")
                         : edited.startWeek == stored->startWeek ? tr("Change end week")
                         : edited.endWeek == stored->endWeek     ? tr("Change start week")
                                                                 : tr("Change weeks");
    return push(
        new ChangeActivityWeeks(target(), text, campaign, activity, WeekSpan{startWeek, endWeek}));
}

core::Result<core::Activity> newActivity(core::CampaignId campaign) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    auto owner = workspace().campaign(campaign);
    if (!owner)
        return tl::unexpected(owner.error());
    core::Activity activity;
    activity.campaignId = campaign;
    activity.channel = tr("Channel").toStdString();
    activity.title = tr("New activity").toStdString();
    activity.startWeek = 1;
    activity.endWeek = owner->weeks;
    return activity;
}

core::Result<core::ActivityId> addActivity(core::CampaignId campaign,
                                           const core::Activity &activity) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    auto fresh = activity;
    fresh.id = {};
    fresh.campaignId = campaign;
    auto ids = pushAdd(tr("Add activity"), campaign, {std::move(fresh)});
    if (!ids)
        return tl::unexpected(ids.error());
    return ids->front();
}

core::Result<std::vector<core::ActivityId>>
duplicateActivities(core::CampaignId campaign, const std::vector<core::ActivityId> &activities) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    std::vector<core::Activity> copies;
    copies.reserve(activities.size());
    for (const auto id : activities) {
        auto activity = workspace().activity(id);
        if (!activity)
            return tl::unexpected(activity.error());
        activity->id = {};
        copies.push_back(std::move(*activity));
    }
    const auto text = copies.size() == 1 ? tr("Duplicate activity")
                                         : tr("Duplicate %1 activities").arg(copies.size());
    return pushAdd(text, campaign, std::move(copies));
}

core::Result<void> removeActivities(core::CampaignId campaign,
                                    const std::vector<core::ActivityId> &activities) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    if (activities.empty())
        return {};
    return push(new RemoveActivities(target(), campaign, activities));
}

core::Result<std::vector<core::ActivityId>> importActivityCsv(core::CampaignId campaign,
                                                              std::string_view csv) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    auto owner = workspace().campaign(campaign);
    if (!owner)
        return tl::unexpected(owner.error());
    // The parser the command line uses; the append is one transaction either way.
    auto activities = core::readActivityCsv(csv, *owner);
    if (!activities)
        return tl::unexpected(activities.error());
    return pushAdd(tr("Import CSV"), campaign, std::move(*activities));
}

core::Result<std::vector<core::ActivityId>> importActivityFile(core::CampaignId campaign,
                                                               std::string_view text) {
    if (core::exchangeContentOf(text) == core::ExchangeContent::Csv)
        return importActivityCsv(campaign, text);
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    auto owner = workspace().campaign(campaign);
    if (!owner)
        return tl::unexpected(owner.error());
    auto snapshot = core::readCampaignJson(text);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    auto existing = workspace().scenarios(campaign);
    if (!existing)
        return tl::unexpected(existing.error());
    // Checked as `castnet import` checks an append: the campaign keeps its
    // own settings, the file brings activities and scenarios.
    if (auto ok = core::checkAppend(*snapshot, *owner, *existing); !ok)
        return tl::unexpected(ok.error());
    std::vector<core::ActivityId> fileIds;
    for (auto &activity : snapshot->activities) {
        fileIds.push_back(activity.id);
        activity.id = {};
        activity.campaignId = campaign;
    }

    // Activities and scenarios are one step to undo; a refused part takes
    // the whole import back, leaving nothing to redo.
    auto &stack = *context().stack;
    const int before = stack.index();
    stack.beginMacro(tr("Import JSON"));
    auto ids = pushAdd(tr("Import JSON"), campaign, std::move(snapshot->activities));
    std::optional<core::Error> failure;
    if (!ids)
        failure = ids.error();
    for (auto &scenario : snapshot->scenarios) {
        if (failure)
            break;
        scenario.campaignId = campaign;
        for (auto &allocation : scenario.allocations) {
            const auto at = std::find(fileIds.begin(), fileIds.end(), allocation.activityId);
            if (at != fileIds.end())
                allocation.activityId = (*ids)[static_cast<std::size_t>(at - fileIds.begin())];
        }
        if (auto added = addScenario(scenario); !added)
            failure = added.error();
    }
    stack.endMacro();
    if (failure) {
        if (stack.index() > before) {
            const_cast<QUndoCommand *>(stack.command(stack.index() - 1))->setObsolete(true);
            stack.undo();
        }
        return tl::unexpected(std::move(*failure));
    }
    return ids;
}

core::Result<void> editCampaign(const core::Campaign &edited) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = workspace().campaign(edited.id);
    if (!stored)
        return tl::unexpected(stored.error());
    if (edited == *stored)
        return {};
    if (auto valid = core::validate(edited); !valid)
        return valid;
    return push(new ChangeCampaign(target(), changedFields(*stored, edited), edited));
}

core::Result<void> renameCampaign(core::CampaignId campaign, const std::string &name) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = workspace().campaign(campaign);
    if (!stored)
        return tl::unexpected(stored.error());
    stored->name = name;
    return editCampaign(*stored);
}

core::Result<core::CampaignId> addCampaign(const core::Campaign &campaign) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    if (auto valid = core::validate(campaign); !valid)
        return tl::unexpected(valid.error());
    auto fresh = campaign;
    fresh.id = {};
    auto *command = new AddCampaign(target(), std::move(fresh));
    if (auto pushed = push(command); !pushed)
        return tl::unexpected(pushed.error());
    return command->campaignId();
}

core::Result<void> removeCampaign(core::CampaignId campaign) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = workspace().campaign(campaign);
    if (!stored)
        return tl::unexpected(stored.error());
    return push(new RemoveCampaign(target(), std::move(*stored)));
}

core::Result<core::BrandId> addBrand(const core::Brand &brand) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    if (auto valid = core::validate(brand); !valid)
        return tl::unexpected(valid.error());
    auto fresh = brand;
    fresh.id = {};
    auto *command = new AddBrand(target(), std::move(fresh));
    if (auto pushed = push(command); !pushed)
        return tl::unexpected(pushed.error());
    return command->brandId();
}

core::Result<void> renameBrand(core::BrandId brand, const std::string &name) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = brandById(workspace(), brand);
    if (!stored)
        return tl::unexpected(stored.error());
    if (stored->name == name)
        return {};
    stored->name = name;
    if (auto valid = core::validate(*stored); !valid)
        return valid;
    return push(new ChangeBrand(target(), tr("Rename brand"), std::move(*stored)));
}

core::Result<void> removeBrand(core::BrandId brand) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = brandById(workspace(), brand);
    if (!stored)
        return tl::unexpected(stored.error());
    return push(new RemoveBrand(target(), std::move(*stored)));
}

core::Result<core::ScenarioId> addScenario(const core::Scenario &scenario) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    auto fresh = scenario;
    fresh.id = {};
    auto *command = new AddScenario(target(), tr("Add scenario"), std::move(fresh));
    if (auto pushed = push(command); !pushed)
        return tl::unexpected(pushed.error());
    return command->scenarioId();
}

core::Result<core::ScenarioId> addPlanScenario(core::CampaignId campaign, const std::string &name) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    auto owner = workspace().campaign(campaign);
    if (!owner)
        return tl::unexpected(owner.error());
    auto activities = workspace().activities(campaign);
    if (!activities)
        return tl::unexpected(activities.error());
    core::Scenario scenario;
    scenario.campaignId = campaign;
    scenario.name = name;
    // Explicit hours, so that a later edit of the plan does not move the copy.
    for (const auto &activity : *activities)
        scenario.allocations.push_back({activity.id, core::plannedWeeklyEffort(activity, *owner)});
    return addScenario(scenario);
}

core::Result<core::ScenarioId>
duplicateScenario(core::CampaignId campaign, core::ScenarioId scenario, const std::string &name) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    auto stored = scenarioById(workspace(), campaign, scenario);
    if (!stored)
        return tl::unexpected(stored.error());
    stored->name = name;
    // addScenario() stores the copy under a new id.
    return addScenario(*stored);
}

core::Result<void> renameScenario(core::CampaignId campaign, core::ScenarioId scenario,
                                  const std::string &name) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = scenarioById(workspace(), campaign, scenario);
    if (!stored)
        return tl::unexpected(stored.error());
    if (stored->name == name)
        return {};
    stored->name = name;
    return push(new ChangeScenario(target(), tr("Rename scenario"), QStringLiteral("name"),
                                   std::move(*stored)));
}

core::Result<void> removeScenario(core::CampaignId campaign, core::ScenarioId scenario) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    auto stored = scenarioById(workspace(), campaign, scenario);
    if (!stored)
        return tl::unexpected(stored.error());
    return push(new RemoveScenario(target(), std::move(*stored)));
}

core::Result<void> setScenarioHours(core::CampaignId campaign, core::ScenarioId scenario,
                                    core::ActivityId activity, double hours) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    if (!std::isfinite(hours) || hours < 0.0)
        return core::fail("Scenario hours must be a number of 0 or more.", "hours");
    auto stored = scenarioById(workspace(), campaign, scenario);
    if (!stored)
        return tl::unexpected(stored.error());
    auto &allocations = stored->allocations;
    const auto found =
        std::find_if(allocations.begin(), allocations.end(),
                     [activity](const core::Allocation &a) { return a.activityId == activity; });
    if (found != allocations.end() && found->hours == hours)
        return {};
    if (found != allocations.end())
        found->hours = hours;
    else
        allocations.push_back({activity, hours});
    // The order the workspace returns, so that an undone merge compares equal.
    std::sort(allocations.begin(), allocations.end(),
              [](const core::Allocation &a, const core::Allocation &b) {
                  return a.activityId < b.activityId;
              });
    return push(new ChangeScenario(target(), tr("Change scenario hours"),
                                   QStringLiteral("hours %1").arg(activity.value()),
                                   std::move(*stored)));
}

core::Result<core::ActualsStored> importActuals(core::CampaignId campaign,
                                                const std::vector<core::Actual> &actuals) {
    if (auto ready = requireWorkspace(); !ready)
        return tl::unexpected(ready.error());
    if (actuals.empty())
        return core::ActualsStored{};
    auto *command = new ChangeActuals(target(), tr("Import actuals"), campaign, actuals, {});
    if (auto pushed = push(command); !pushed)
        return tl::unexpected(pushed.error());
    // Still alive: ChangeActuals never merges, so the stack holds it.
    return command->stored();
}

core::Result<void> setActual(core::CampaignId campaign, const core::Actual &actual) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    CASTNET_TRY(const core::Campaign owner, workspace().campaign(campaign));
    CASTNET_TRY_VOID(core::validate(actual, owner));
    CASTNET_TRY(const std::vector<core::Actual> stored, workspace().actuals(campaign));
    const auto same = std::find(stored.begin(), stored.end(), actual);
    if (same != stored.end())
        return {};
    return push(new ChangeActuals(target(), tr("Change actuals of week %1").arg(actual.week),
                                  campaign, {actual}, {}));
}

core::Result<void> clearActuals(core::CampaignId campaign, core::ActivityId activity,
                                const std::vector<int> &weeks) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    CASTNET_TRY(const std::vector<core::Actual> stored, workspace().actuals(campaign));
    std::vector<core::ActualWeek> held;
    for (const int week : weeks) {
        const bool has = std::any_of(stored.begin(), stored.end(), [&](const core::Actual &a) {
            return a.activityId == activity && a.week == week;
        });
        if (has)
            held.push_back({activity, week});
    }
    if (held.empty())
        return {};
    const QString text = held.size() == 1 ? tr("Clear actuals of week %1").arg(held.front().week)
                                          : tr("Clear actuals of %1 weeks").arg(held.size());
    return push(new ChangeActuals(target(), text, campaign, {}, std::move(held)));
}

core::Result<void> saveBaseline(core::CampaignId campaign, const std::string &name) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    return push(new SaveBaseline(target(), campaign, name));
}

core::Result<void> applyCalibrations(core::CampaignId campaign,
                                     const std::vector<core::CalibrationRecord> &records) {
    if (auto ready = requireWorkspace(); !ready)
        return ready;
    if (records.empty())
        return {};
    return push(new ApplyCalibrations(target(), campaign, records));
}

} // namespace castnet::ui::commands
