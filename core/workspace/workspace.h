// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actuals/actual.h"
#include "core/actuals/baseline.h"
#include "core/actuals/calibration_record.h"
#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/scenario.h"

namespace castnet::core {

// What storing a file of actuals did, counted in activity-weeks: a week of
// an activity that had no actual yet was added, one that had was replaced.
struct ActualsStored {
    int addedWeeks = 0;
    int replacedWeeks = 0;
};

// Whether `error` is the refusal of a change made on a revision that is no
// longer the stored one (Workspace::changeActivity).
inline bool isStaleChange(const Error &error) {
    return error.kind == Error::Kind::User && error.field == "revision";
}

// What Castnet needs from a workspace: a file (storage/sqlite/) or a team
// server (storage/postgres/).
//
// Every mutating call is atomic: it either succeeds completely or leaves the
// workspace as it was and returns the error. Every call validates its input
// with the core's validate() first, so the error names the field. Calls
// inside transact() join its one transaction, which is how a user action that
// touches several rows (an import creating brand, campaign and activities)
// stays one transaction.
class Workspace {
public:
    virtual ~Workspace() = default;

    // A human-readable location (the file path), for titles and messages.
    virtual std::string location() const = 0;

    // Runs `action` as one transaction: committed when it returns a value,
    // rolled back (including every call made inside it) when it returns an
    // error or throws. It is serializable: what `action` reads is what its
    // writes apply to, since no other program commits in between, so a
    // read-modify-write (optimize --save-as, an undo's check before it
    // removes) runs inside one call.
    virtual Result<void> transact(const std::function<Result<void>()> &action) = 0;

    // Brands, ordered by name.
    virtual Result<std::vector<Brand>> brands() = 0;
    // One brand; an id that names none is the user error "no brand with id N".
    virtual Result<Brand> brand(BrandId id) = 0;
    virtual Result<std::optional<Brand>> findBrand(const std::string &name) = 0;
    // Stores a new brand; `brand.id` is ignored unless non-zero, in which case
    // that id is used (restoring a deleted brand). Returns the stored brand.
    virtual Result<Brand> addBrand(const Brand &brand) = 0;
    virtual Result<void> updateBrand(const Brand &brand) = 0;
    // Removes the brand with its campaigns, activities and scenarios.
    virtual Result<void> removeBrand(BrandId id) = 0;

    // Campaigns of one brand (or of all brands), ordered by brand, then name.
    virtual Result<std::vector<Campaign>> campaigns(std::optional<BrandId> brand = {}) = 0;
    virtual Result<Campaign> campaign(CampaignId id) = 0;
    // As addBrand(): a non-zero id is kept.
    virtual Result<Campaign> addCampaign(const Campaign &campaign) = 0;
    // Refused when an activity's weeks no longer fit a shorter campaign.
    virtual Result<void> updateCampaign(const Campaign &campaign) = 0;
    virtual Result<void> removeCampaign(CampaignId id) = 0;

    // Activities of a campaign in their stored order (by id).
    virtual Result<std::vector<Activity>> activities(CampaignId campaign) = 0;
    virtual Result<Activity> activity(ActivityId id) = 0;
    // Appends activities to a campaign (each validated against it); a
    // non-zero id is kept (undo of a delete). Returns them with their ids.
    virtual Result<std::vector<Activity>> addActivities(CampaignId campaign,
                                                        std::vector<Activity> activities) = 0;
    virtual Result<void> updateActivity(const Activity &activity) = 0;
    // Applies `activity` as a change of the revision it was read at
    // (`activity.revision`; optimistic concurrency, DESIGN §15) and returns
    // it as stored, its revision one more. When the stored activity has
    // another revision, someone else changed it since it was read: the
    // change is refused, nothing is written, and the error's field is
    // "revision" (isStaleChange()), so the caller reloads the row.
    virtual Result<Activity> changeActivity(const Activity &activity) = 0;
    virtual Result<void> removeActivities(const std::vector<ActivityId> &ids) = 0;

    // Scenarios of a campaign, ordered by name; "plan" is never stored.
    virtual Result<std::vector<Scenario>> scenarios(CampaignId campaign) = 0;
    // One scenario with its allocations (ordered by activity id, as in
    // scenarios()); scenario ids are unique across campaigns. An id that names
    // none is the user error "no scenario with id N".
    virtual Result<Scenario> scenario(ScenarioId id) = 0;
    // Stores a scenario with its allocations; the name must be unique in the
    // campaign and pass validate(const Scenario &) (so it is not "plan").
    virtual Result<Scenario> addScenario(const Scenario &scenario) = 0;
    // Replaces name and allocations.
    virtual Result<void> updateScenario(const Scenario &scenario) = 0;
    virtual Result<void> removeScenario(ScenarioId id) = 0;

    // The campaign with everything in it.
    virtual Result<CampaignSnapshot> snapshot(CampaignId id) = 0;
    // Stores a snapshot under an existing brand, as one transaction. With
    // `keepIds` the stored ids are reused (undo of a delete); otherwise new
    // ids are assigned and scenario allocations are remapped to them.
    virtual Result<CampaignSnapshot> restore(const CampaignSnapshot &snapshot, bool keepIds) = 0;

    // ---- actuals (DESIGN §12) ----
    // Stores actuals of the campaign's activities, each validated against it;
    // at most one per activity and week (add up rows first). A week of an
    // activity that already has an actual is replaced whole; the others stay.
    // All or nothing.
    virtual Result<ActualsStored> storeActuals(CampaignId campaign,
                                               const std::vector<Actual> &actuals) = 0;
    // The campaign's actuals, by activity (in the activities' order), then week.
    virtual Result<std::vector<Actual>> actuals(CampaignId campaign) = 0;

    // ---- baselines (DESIGN §12) ----
    // Freezes the campaign and every activity's fields under a new name.
    virtual Result<BaselineSummary> saveBaseline(CampaignId campaign, const std::string &name) = 0;
    // The campaign's baselines, oldest first (the last is the latest).
    virtual Result<std::vector<BaselineSummary>> baselines(CampaignId campaign) = 0;
    // One baseline with its frozen copy; a name that names none is a user error.
    virtual Result<Baseline> baseline(CampaignId campaign, const std::string &name) = 0;
    virtual Result<void> removeBaseline(CampaignId campaign, const std::string &name) = 0;
    // Stores a baseline exactly as given (its name, time and frozen rows),
    // as copying a workspace needs; the name must be new in the campaign.
    virtual Result<void> restoreBaseline(CampaignId campaign, const Baseline &baseline) = 0;

    // ---- calibrations (DESIGN §13) ----
    // Writes each record's fitted parameters into its activity (of this
    // campaign) and stores the records, as one write.
    virtual Result<void> applyCalibrations(CampaignId campaign,
                                           const std::vector<CalibrationRecord> &records) = 0;
    // Every calibration applied to the campaign's activities, oldest first.
    virtual Result<std::vector<CalibrationRecord>> calibrations(CampaignId campaign) = 0;
    // Stores records of calibrations applied elsewhere without applying them
    // again (copying a workspace): the activities keep their parameters.
    virtual Result<void> restoreCalibrations(CampaignId campaign,
                                             const std::vector<CalibrationRecord> &records) = 0;
};

} // namespace castnet::core
