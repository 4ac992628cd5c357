// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/workspace/workspace.h"

namespace castnet::core {

namespace postgres {
class Connection;
}

// A change another person committed, as the triggers of the schema announce
// it: which table, what kind of change, and the rows and campaigns it
// touched (empty `keys` or `campaigns` with `rows` > 0 means "too many to
// list: reload").
struct WorkspaceChange {
    std::string table;     // "activity", "campaign", ...
    std::string operation; // "insert", "update" or "delete"
    std::int64_t rows = 0;
    std::vector<std::int64_t> keys;      // ids of the changed rows (activity_id for actuals)
    std::vector<std::int64_t> campaigns; // campaigns they belong to, where the table says
};

// What the connected role may do, as the server's GRANTs decide.
enum class WorkspaceAccess { Editor, Viewer };

// The team workspace on a PostgreSQL server (DESIGN §15): the tables of the
// file in the schema `castnet`, created by `castnet server init`
// (pg_schema.h). Every value goes to the server as a bound parameter. A
// single call runs in one READ COMMITTED transaction whose row locks keep
// rules across tables (an activity's weeks within its campaign) whole
// against concurrent writers; transact() is SERIALIZABLE, so what its action
// reads is what its writes apply to. A workspace is used from one thread
// at a time; each thread opens its own.
class PostgresWorkspace final : public Workspace {
public:
    // Connects with `uri` and checks the schema: a database without one, or
    // with an older or newer one, is refused naming `castnet server init`.
    static Result<std::unique_ptr<PostgresWorkspace>> open(const std::string &uri);

    // Creates or migrates the schema and the roles (pg_schema.h) through
    // `uri`, which must name a role that may; says what it did.
    struct InitReport {
        bool changed = false;
        std::string summary; // one line for the user
    };
    static Result<InitReport> initServer(const std::string &uri);

    ~PostgresWorkspace() override;
    PostgresWorkspace(const PostgresWorkspace &) = delete;
    PostgresWorkspace &operator=(const PostgresWorkspace &) = delete;

    // The URI without its password.
    std::string location() const override;
    Result<void> transact(const std::function<Result<void>()> &action) override;

    Result<std::vector<Brand>> brands() override;
    Result<Brand> brand(BrandId id) override;
    Result<std::optional<Brand>> findBrand(const std::string &name) override;
    Result<Brand> addBrand(const Brand &brand) override;
    Result<void> updateBrand(const Brand &brand) override;
    Result<void> removeBrand(BrandId id) override;

    Result<std::vector<Campaign>> campaigns(std::optional<BrandId> brand) override;
    Result<Campaign> campaign(CampaignId id) override;
    Result<Campaign> addCampaign(const Campaign &campaign) override;
    Result<void> updateCampaign(const Campaign &campaign) override;
    Result<void> removeCampaign(CampaignId id) override;

    Result<std::vector<Activity>> activities(CampaignId campaign) override;
    Result<Activity> activity(ActivityId id) override;
    Result<std::vector<Activity>> addActivities(CampaignId campaign,
                                                std::vector<Activity> activities) override;
    Result<void> updateActivity(const Activity &activity) override;
    Result<Activity> changeActivity(const Activity &activity) override;
    Result<void> removeActivities(const std::vector<ActivityId> &ids) override;

    Result<std::vector<Scenario>> scenarios(CampaignId campaign) override;
    Result<Scenario> scenario(ScenarioId id) override;
    Result<Scenario> addScenario(const Scenario &scenario) override;
    Result<void> updateScenario(const Scenario &scenario) override;
    Result<void> removeScenario(ScenarioId id) override;

    Result<CampaignSnapshot> snapshot(CampaignId id) override;
    Result<CampaignSnapshot> restore(const CampaignSnapshot &snapshot, bool keepIds) override;

    // postgres_workspace_actuals.cpp
    Result<ActualsStored> storeActuals(CampaignId campaign,
                                       const std::vector<Actual> &actuals) override;
    Result<std::vector<Actual>> actuals(CampaignId campaign) override;
    Result<BaselineSummary> saveBaseline(CampaignId campaign, const std::string &name) override;
    Result<std::vector<BaselineSummary>> baselines(CampaignId campaign) override;
    Result<Baseline> baseline(CampaignId campaign, const std::string &name) override;
    Result<void> removeBaseline(CampaignId campaign, const std::string &name) override;
    Result<void> restoreBaseline(CampaignId campaign, const Baseline &baseline) override;
    Result<void> applyCalibrations(CampaignId campaign,
                                   const std::vector<CalibrationRecord> &records) override;
    Result<std::vector<CalibrationRecord>> calibrations(CampaignId campaign) override;
    Result<void> restoreCalibrations(CampaignId campaign,
                                     const std::vector<CalibrationRecord> &records) override;

    // Whether the workspace holds no brand.
    Result<bool> isEmpty();
    WorkspaceAccess access() const { return m_access; }
    // The role the connection logged in as.
    std::string user() const;

    // ---- live updates (DESIGN §15) ----
    // Starts listening for the others' changes. From then on the socket
    // becomes readable when one arrives (a window watches it with a
    // QSocketNotifier) and takeChanges() returns them.
    Result<void> listenForChanges();
    int changeSocket() const;
    // The changes other connections committed since the last call, without
    // waiting; this connection's own changes are never among them.
    Result<std::vector<WorkspaceChange>> takeChanges();
    // Waits up to `timeout` for the others' changes and returns them (empty
    // when none came in time).
    Result<std::vector<WorkspaceChange>> waitForChanges(std::chrono::milliseconds timeout);

private:
    PostgresWorkspace(std::unique_ptr<postgres::Connection> db, WorkspaceAccess access);

    std::unique_ptr<postgres::Connection> m_db;
    WorkspaceAccess m_access = WorkspaceAccess::Editor;
};

} // namespace castnet::core
