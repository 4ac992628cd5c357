// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/undo_commands.h"

#include <algorithm>

#include <QCoreApplication>

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/workspace/activity_edit.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

std::vector<core::ActivityId> idsOf(const std::vector<core::Activity> &activities) {
    std::vector<core::ActivityId> ids;
    ids.reserve(activities.size());
    for (const auto &activity : activities)
        ids.push_back(activity.id);
    return ids;
}

QString tr(const char *text) {
    return QCoreApplication::translate("castnet::ui::UndoCommands", text);
}

} // namespace

// The interface's "no brand with id N" is worded for the window: the row was
// removed (by an undo, or by another program) while the command waited.
core::Result<core::Brand> brandById(core::Workspace &workspace, core::BrandId id) {
    auto brand = workspace.brand(id);
    if (!brand && brand.error().kind == core::Error::Kind::User)
        return core::fail("This brand no longer exists.", "brand");
    return brand;
}

core::Result<core::Scenario> scenarioById(core::Workspace &workspace, core::CampaignId campaign,
                                          core::ScenarioId id) {
    auto scenario = workspace.scenario(id);
    if (scenario && scenario->campaignId != campaign)
        return core::fail("This scenario no longer exists.", "scenario");
    if (!scenario && scenario.error().kind == core::Error::Kind::User)
        return core::fail("This scenario no longer exists.", "scenario");
    return scenario;
}

namespace {

// An undo that would remove rows this command did not create: refused, in
// the words WorkspaceNotifier::editFailed shows.
tl::unexpected<core::Error> refuseUndo(const char *reason) {
    return core::fail(fmt::format("Cannot undo: {}.", reason));
}

// Removing activities removes the allocations below them; only those the
// command added with them (none) may go.
core::Result<void> refuseAllocationsOf(core::Workspace &workspace, core::CampaignId campaign,
                                       const std::vector<core::ActivityId> &ids) {
    CASTNET_TRY(const auto scenarios, workspace.scenarios(campaign));
    for (const core::Scenario &scenario : scenarios) {
        for (const core::Allocation &allocation : scenario.allocations) {
            if (std::find(ids.begin(), ids.end(), allocation.activityId) != ids.end())
                return refuseUndo(
                    "a scenario holding these activities was saved by another program since");
        }
    }
    return {};
}

} // namespace

WorkspaceCommand::WorkspaceCommand(CommandTarget target, const QString &text)
    : QUndoCommand(text)
    , m_target(target) {}

void WorkspaceCommand::redo() {
    settle(apply());
    m_pushed = true;
}

void WorkspaceCommand::undo() {
    settle(revert());
}

void WorkspaceCommand::settle(const core::Result<void> &result) {
    if (result)
        return;
    setObsolete(true);
    if (!m_pushed && m_target.pushFailure != nullptr)
        *m_target.pushFailure = result.error();
    else
        emit m_target.notifier->editFailed(toQString(result.error().message));
}

// --- ChangeActivityField -------------------------------------------------------------------

ChangeActivityField::ChangeActivityField(CommandTarget target, core::CampaignId campaign,
                                         core::ActivityId activity, core::ActivityField field,
                                         std::string text)
    : ChangeValue(target,
                  tr("Change %1").arg(toQString(core::columnName(field)).replace(u'_', u' ')),
                  UndoId::ActivityValue, activity, std::move(text))
    , m_campaign(campaign)
    , m_field(field) {}

core::Result<std::string> ChangeActivityField::getValue() const {
    auto activity = workspace().activity(objectId());
    if (!activity)
        return tl::unexpected(activity.error());
    return core::readField(*activity, m_field);
}

core::Result<void> ChangeActivityField::setValue(const std::string &text) {
    if (auto stored = core::setActivityField(workspace(), objectId(), m_field, text); !stored)
        return stored;
    notifier().report(ActivityChanged{m_campaign, objectId()});
    return {};
}

bool ChangeActivityField::mergesWith(const ChangeValue &next) const {
    return static_cast<const ChangeActivityField &>(next).m_field == m_field;
}

// --- ChangeActivityWeeks -------------------------------------------------------------------

ChangeActivityWeeks::ChangeActivityWeeks(CommandTarget target, const QString &text,
                                         core::CampaignId campaign, core::ActivityId activity,
                                         WeekSpan weeks)
    : ChangeValue(target, text, UndoId::ActivityWeeks, activity, weeks)
    , m_campaign(campaign) {}

core::Result<WeekSpan> ChangeActivityWeeks::getValue() const {
    auto activity = workspace().activity(objectId());
    if (!activity)
        return tl::unexpected(activity.error());
    return WeekSpan{activity->startWeek, activity->endWeek};
}

core::Result<void> ChangeActivityWeeks::setValue(const WeekSpan &weeks) {
    auto activity = workspace().activity(objectId());
    if (!activity)
        return tl::unexpected(activity.error());
    activity->startWeek = weeks.startWeek;
    activity->endWeek = weeks.endWeek;
    if (auto stored = workspace().updateActivity(*activity); !stored)
        return stored;
    notifier().report(ActivityChanged{m_campaign, objectId()});
    return {};
}

bool ChangeActivityWeeks::mergesWith(const ChangeValue & /*next*/) const {
    return false;
}

// --- ChangeCampaign ------------------------------------------------------------------------

ChangeCampaign::ChangeCampaign(CommandTarget target, const QString &what, core::Campaign edited)
    : ChangeValue(target, tr("Change campaign %1").arg(what), UndoId::CampaignValue, edited.id,
                  std::move(edited))
    , m_what(what) {}

core::Result<core::Campaign> ChangeCampaign::getValue() const {
    return workspace().campaign(objectId());
}

core::Result<void> ChangeCampaign::setValue(const core::Campaign &campaign) {
    if (auto stored = workspace().updateCampaign(campaign); !stored)
        return stored;
    notifier().report(CampaignChanged{campaign.id});
    return {};
}

bool ChangeCampaign::mergesWith(const ChangeValue &next) const {
    return static_cast<const ChangeCampaign &>(next).m_what == m_what;
}

// --- ChangeBrand ---------------------------------------------------------------------------

ChangeBrand::ChangeBrand(CommandTarget target, const QString &text, core::Brand edited)
    : ChangeValue(target, text, UndoId::BrandValue, edited.id, std::move(edited)) {}

core::Result<core::Brand> ChangeBrand::getValue() const {
    return brandById(workspace(), objectId());
}

core::Result<void> ChangeBrand::setValue(const core::Brand &brand) {
    if (auto stored = workspace().updateBrand(brand); !stored)
        return stored;
    notifier().report(BrandChanged{brand.id});
    return {};
}

bool ChangeBrand::mergesWith(const ChangeValue &) const {
    return true;
}

// --- AddActivities -------------------------------------------------------------------------

AddActivities::AddActivities(CommandTarget target, const QString &text, core::CampaignId campaign,
                             std::vector<core::Activity> activities)
    : WorkspaceCommand(target, text)
    , m_campaign(campaign)
    , m_activities(std::move(activities)) {}

std::vector<core::ActivityId> AddActivities::ids() const {
    std::vector<core::ActivityId> ids;
    ids.reserve(m_activities.size());
    for (const auto &activity : m_activities)
        ids.push_back(activity.id);
    return ids;
}

core::Result<void> AddActivities::apply() {
    auto added = workspace().addActivities(m_campaign, m_activities);
    if (!added)
        return tl::unexpected(added.error());
    m_activities = std::move(*added);
    notifier().report(ActivitiesAdded{m_campaign, ids()});
    return {};
}

core::Result<void> AddActivities::revert() {
    const auto activityIds = ids();
    // Checked and removed in one transaction, so that nothing another
    // program stores meanwhile is removed with them.
    auto removed = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY_VOID(refuseAllocationsOf(workspace(), m_campaign, activityIds));
        return workspace().removeActivities(activityIds);
    });
    if (!removed)
        return removed;
    notifier().report(ActivitiesRemoved{m_campaign, activityIds});
    return {};
}

// --- RemoveActivities ----------------------------------------------------------------------

RemoveActivities::RemoveActivities(CommandTarget target, core::CampaignId campaign,
                                   std::vector<core::ActivityId> ids)
    : WorkspaceCommand(target, ids.size() == 1 ? tr("Delete activity")
                                               : tr("Delete %1 activities").arg(ids.size()))
    , m_campaign(campaign)
    , m_ids(std::move(ids)) {}

core::Result<void> RemoveActivities::apply() {
    // Kept whole so that undo restores every field under the same id.
    // Read and removed in one transaction, so that undo restores exactly
    // what went, even with another program writing meanwhile.
    std::vector<core::Activity> removed;
    removed.reserve(m_ids.size());
    auto done = workspace().transact([&]() -> core::Result<void> {
        for (const auto id : m_ids) {
            CASTNET_TRY(core::Activity activity, workspace().activity(id));
            removed.push_back(std::move(activity));
        }
        return workspace().removeActivities(m_ids);
    });
    if (!done)
        return done;
    m_removed = std::move(removed);
    notifier().report(ActivitiesRemoved{m_campaign, m_ids});
    return {};
}

core::Result<void> RemoveActivities::revert() {
    auto restored = workspace().addActivities(m_campaign, m_removed);
    if (!restored)
        return tl::unexpected(restored.error());
    notifier().report(ActivitiesAdded{m_campaign, idsOf(*restored)});
    return {};
}

// --- Brands --------------------------------------------------------------------------------

AddBrand::AddBrand(CommandTarget target, core::Brand brand)
    : WorkspaceCommand(target, tr("Add brand"))
    , m_brand(std::move(brand)) {}

core::Result<void> AddBrand::apply() {
    auto added = workspace().addBrand(m_brand);
    if (!added)
        return tl::unexpected(added.error());
    m_brand = std::move(*added);
    notifier().report(BrandAdded{m_brand.id});
    return {};
}

core::Result<void> AddBrand::revert() {
    auto removed = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY(const auto campaigns, workspace().campaigns(m_brand.id));
        if (!campaigns.empty())
            return refuseUndo("campaigns were added to this brand by another program since");
        return workspace().removeBrand(m_brand.id);
    });
    if (!removed)
        return removed;
    notifier().report(BrandRemoved{m_brand.id});
    return {};
}

RemoveBrand::RemoveBrand(CommandTarget target, core::Brand brand)
    : WorkspaceCommand(target, tr("Delete brand"))
    , m_brand(std::move(brand)) {}

core::Result<void> RemoveBrand::apply() {
    // Read and removed in one transaction: a campaign another program adds
    // meanwhile is either in the snapshots (and restored by undo) or kept.
    std::vector<core::CampaignSnapshot> snapshots;
    auto removed = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY(const auto campaigns, workspace().campaigns(m_brand.id));
        snapshots.reserve(campaigns.size());
        for (const auto &campaign : campaigns) {
            CASTNET_TRY(core::CampaignSnapshot snapshot, workspace().snapshot(campaign.id));
            snapshots.push_back(std::move(snapshot));
        }
        return workspace().removeBrand(m_brand.id);
    });
    if (!removed)
        return removed;
    m_campaigns = std::move(snapshots);
    for (const auto &snapshot : m_campaigns)
        notifier().report(CampaignRemoved{snapshot.campaign.id});
    notifier().report(BrandRemoved{m_brand.id});
    return {};
}

core::Result<void> RemoveBrand::revert() {
    auto restored = workspace().transact([this]() -> core::Result<void> {
        if (auto brand = workspace().addBrand(m_brand); !brand)
            return tl::unexpected(brand.error());
        for (const auto &snapshot : m_campaigns) {
            if (auto campaign = workspace().restore(snapshot, true); !campaign)
                return tl::unexpected(campaign.error());
        }
        return {};
    });
    if (!restored)
        return restored;
    notifier().report(BrandAdded{m_brand.id});
    return {};
}

// --- Campaigns -----------------------------------------------------------------------------

AddCampaign::AddCampaign(CommandTarget target, core::Campaign campaign)
    : WorkspaceCommand(target, tr("Add campaign"))
    , m_campaign(std::move(campaign)) {}

core::Result<void> AddCampaign::apply() {
    auto added = workspace().addCampaign(m_campaign);
    if (!added)
        return tl::unexpected(added.error());
    m_campaign = std::move(*added);
    notifier().report(CampaignAdded{m_campaign.id});
    return {};
}

core::Result<void> AddCampaign::revert() {
    auto removed = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY(const auto activities, workspace().activities(m_campaign.id));
        if (!activities.empty())
            return refuseUndo("activities were added to this campaign by another program since");
        CASTNET_TRY(const auto scenarios, workspace().scenarios(m_campaign.id));
        if (!scenarios.empty())
            return refuseUndo("scenarios were added to this campaign by another program since");
        return workspace().removeCampaign(m_campaign.id);
    });
    if (!removed)
        return removed;
    notifier().report(CampaignRemoved{m_campaign.id});
    return {};
}

RemoveCampaign::RemoveCampaign(CommandTarget target, core::Campaign campaign)
    : WorkspaceCommand(target, tr("Delete campaign"))
    , m_campaign(std::move(campaign)) {}

core::Result<void> RemoveCampaign::apply() {
    // Read and removed in one transaction, so that undo restores all of it.
    std::optional<core::CampaignSnapshot> snapshot;
    auto removed = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY(snapshot, workspace().snapshot(m_campaign.id));
        return workspace().removeCampaign(m_campaign.id);
    });
    if (!removed)
        return removed;
    m_snapshot = std::move(*snapshot);
    notifier().report(CampaignRemoved{m_campaign.id});
    return {};
}

core::Result<void> RemoveCampaign::revert() {
    if (auto restored = workspace().restore(*m_snapshot, true); !restored)
        return tl::unexpected(restored.error());
    notifier().report(CampaignAdded{m_campaign.id});
    return {};
}

// --- Scenarios -----------------------------------------------------------------------------

ChangeScenario::ChangeScenario(CommandTarget target, const QString &text, QString what,
                               core::Scenario edited)
    : ChangeValue(target, text, UndoId::ScenarioValue, edited.id, edited)
    , m_campaign(edited.campaignId)
    , m_what(std::move(what)) {}

core::Result<core::Scenario> ChangeScenario::getValue() const {
    return scenarioById(workspace(), m_campaign, objectId());
}

core::Result<void> ChangeScenario::setValue(const core::Scenario &scenario) {
    if (auto stored = workspace().updateScenario(scenario); !stored)
        return stored;
    notifier().report(ScenariosChanged{m_campaign});
    return {};
}

bool ChangeScenario::mergesWith(const ChangeValue &next) const {
    return static_cast<const ChangeScenario &>(next).m_what == m_what;
}

AddScenario::AddScenario(CommandTarget target, const QString &text, core::Scenario scenario)
    : WorkspaceCommand(target, text)
    , m_scenario(std::move(scenario)) {}

core::Result<void> AddScenario::apply() {
    auto added = workspace().addScenario(m_scenario);
    if (!added)
        return tl::unexpected(added.error());
    m_scenario = std::move(*added);
    notifier().report(ScenariosChanged{m_scenario.campaignId});
    return {};
}

core::Result<void> AddScenario::revert() {
    auto removed = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY(const core::Scenario stored, workspace().scenario(m_scenario.id));
        if (stored.allocations != m_scenario.allocations)
            return refuseUndo("this scenario was changed by another program since");
        return workspace().removeScenario(m_scenario.id);
    });
    if (!removed)
        return removed;
    notifier().report(ScenariosChanged{m_scenario.campaignId});
    return {};
}

RemoveScenario::RemoveScenario(CommandTarget target, core::Scenario scenario)
    : WorkspaceCommand(target, tr("Delete scenario"))
    , m_scenario(std::move(scenario)) {}

core::Result<void> RemoveScenario::apply() {
    // What undo restores is what was removed, read in the same transaction.
    auto removed = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY(m_scenario, workspace().scenario(m_scenario.id));
        return workspace().removeScenario(m_scenario.id);
    });
    if (!removed)
        return removed;
    notifier().report(ScenariosChanged{m_scenario.campaignId});
    return {};
}

core::Result<void> RemoveScenario::revert() {
    if (auto added = workspace().addScenario(m_scenario); !added)
        return tl::unexpected(added.error());
    notifier().report(ScenariosChanged{m_scenario.campaignId});
    return {};
}

// --- Actuals -------------------------------------------------------------------------------

ChangeActuals::ChangeActuals(CommandTarget target, const QString &text, core::CampaignId campaign,
                             std::vector<core::Actual> store, std::vector<core::ActualWeek> clear)
    : WorkspaceCommand(target, text)
    , m_campaign(campaign)
    , m_store(std::move(store))
    , m_clear(std::move(clear)) {}

std::vector<core::ActualWeek> ChangeActuals::touchedWeeks() const {
    std::vector<core::ActualWeek> weeks = m_clear;
    for (const core::Actual &actual : m_store)
        weeks.push_back({actual.activityId, actual.week});
    return weeks;
}

core::Result<void> ChangeActuals::apply() {
    const auto touched = touchedWeeks();
    std::vector<core::Actual> before;
    core::ActualsStored stored;
    auto done = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY(const std::vector<core::Actual> current, workspace().actuals(m_campaign));
        for (const core::Actual &actual : current) {
            const core::ActualWeek week{actual.activityId, actual.week};
            if (std::find(touched.begin(), touched.end(), week) != touched.end())
                before.push_back(actual);
        }
        if (!m_clear.empty())
            CASTNET_TRY_VOID(workspace().removeActuals(m_campaign, m_clear));
        if (!m_store.empty()) {
            CASTNET_TRY(stored, workspace().storeActuals(m_campaign, m_store));
        }
        return {};
    });
    if (!done)
        return done;
    m_before = std::move(before);
    m_stored = stored;
    notifier().report(ActualsChanged{m_campaign});
    return {};
}

core::Result<void> ChangeActuals::revert() {
    auto done = workspace().transact([&]() -> core::Result<void> {
        CASTNET_TRY_VOID(workspace().removeActuals(m_campaign, touchedWeeks()));
        if (!m_before.empty())
            CASTNET_TRY_VOID(workspace().storeActuals(m_campaign, m_before));
        return {};
    });
    if (!done)
        return done;
    notifier().report(ActualsChanged{m_campaign});
    return {};
}

// --- Baselines -----------------------------------------------------------------------------

SaveBaseline::SaveBaseline(CommandTarget target, core::CampaignId campaign, std::string name)
    : WorkspaceCommand(target, tr("Save baseline"))
    , m_campaign(campaign)
    , m_name(std::move(name)) {}

core::Result<void> SaveBaseline::apply() {
    if (auto saved = workspace().saveBaseline(m_campaign, m_name); !saved)
        return tl::unexpected(saved.error());
    notifier().report(BaselinesChanged{m_campaign});
    return {};
}

core::Result<void> SaveBaseline::revert() {
    CASTNET_TRY_VOID(workspace().removeBaseline(m_campaign, m_name));
    notifier().report(BaselinesChanged{m_campaign});
    return {};
}

// --- Calibrations --------------------------------------------------------------------------

ApplyCalibrations::ApplyCalibrations(CommandTarget target, core::CampaignId campaign,
                                     std::vector<core::CalibrationRecord> records)
    : WorkspaceCommand(target, records.size() == 1
                                   ? tr("Apply calibration")
                                   : tr("Apply %1 calibrations").arg(records.size()))
    , m_campaign(campaign)
    , m_records(std::move(records)) {}

core::Result<void> ApplyCalibrations::apply() {
    std::vector<core::ResponseParameters> before;
    auto done = workspace().transact([&]() -> core::Result<void> {
        for (const core::CalibrationRecord &record : m_records) {
            CASTNET_TRY(const core::Activity activity, workspace().activity(record.activityId));
            before.push_back(activity.response);
        }
        return workspace().applyCalibrations(m_campaign, m_records);
    });
    if (!done)
        return done;
    m_before = std::move(before);
    for (const core::CalibrationRecord &record : m_records)
        notifier().report(ActivityChanged{m_campaign, record.activityId});
    return {};
}

core::Result<void> ApplyCalibrations::revert() {
    std::vector<core::ActivityId> ids;
    for (const core::CalibrationRecord &record : m_records)
        ids.push_back(record.activityId);
    auto done = workspace().transact([&]() -> core::Result<void> {
        // Another program's calibration since would be the newest record.
        CASTNET_TRY(const auto stored, workspace().calibrations(m_campaign));
        for (const core::CalibrationRecord &record : m_records) {
            const auto newest =
                std::find_if(stored.rbegin(), stored.rend(), [&](const core::CalibrationRecord &c) {
                    return c.activityId == record.activityId;
                });
            if (newest == stored.rend() || newest->calibratedAt != record.calibratedAt ||
                newest->parameters != record.parameters)
                return refuseUndo("this activity was calibrated by another program since");
        }
        CASTNET_TRY_VOID(workspace().removeLatestCalibrations(m_campaign, ids));
        for (std::size_t i = 0; i < m_records.size(); ++i) {
            CASTNET_TRY(core::Activity activity, workspace().activity(ids[i]));
            activity.response = m_before[i];
            CASTNET_TRY_VOID(workspace().updateActivity(activity));
        }
        return {};
    });
    if (!done)
        return done;
    for (const core::ActivityId id : ids)
        notifier().report(ActivityChanged{m_campaign, id});
    return {};
}

} // namespace castnet::ui
