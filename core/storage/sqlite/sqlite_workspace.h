// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "core/workspace/workspace.h"

namespace castnet::core {

namespace sqlite {
class Connection;
}

// The workspace as one SQLite file (DESIGN §10). Opening checks the file
// (quick_check, schema version, no foreign triggers), migrates an older
// schema after a backup copy, and refuses anything it cannot trust without
// touching it (sqlite_open.h). The destructor checkpoints the WAL and closes
// cleanly (sqlite_connection.h). This file maps each call to its SQL.
// A workspace is used from one thread at a time.
class SqliteWorkspace final : public Workspace {
public:
    static constexpr int schemaVersion = 4;

    enum class OpenMode {
        CreateIfMissing, // a missing file is created, empty
        MustExist        // a missing file is an error
    };

    static Result<std::unique_ptr<SqliteWorkspace>> open(const std::string &path, OpenMode mode);

    ~SqliteWorkspace() override;
    SqliteWorkspace(const SqliteWorkspace &) = delete;
    SqliteWorkspace &operator=(const SqliteWorkspace &) = delete;

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

    // sqlite_workspace_actuals.cpp
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

    // Whether the workspace holds no brand (a new file, or one emptied).
    Result<bool> isEmpty();
    // SQLite's data_version for this connection: it changes when, and only
    // when, another connection (another program) commits to the file.
    Result<std::int64_t> dataVersion();

    // For tests of the full-disk path, which cannot rely on file modes (the
    // tests may run as root): caps the file at `pages` pages, or at its
    // current size when that is larger (PRAGMA max_page_count), for this
    // connection only. Nothing is written; the next write that needs room
    // fails as it would on a full disk.
    Result<void> limitPageCountForTesting(int pages);

private:
    explicit SqliteWorkspace(std::unique_ptr<sqlite::Connection> db);

    std::unique_ptr<sqlite::Connection> m_db;
};

} // namespace castnet::core
