// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/workspace/computed_scenario.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"

namespace castnet::core {
namespace {

using testing::must;

// `optimize --save-as` beside an import by another program (issue 11,
// item 4): the import's connection tries to land between the read and the
// write, from inside the computation, which runs between the two.
class ComputedScenarioTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.file("castnet.db");
        window = testing::openWorkspace(path);
        ASSERT_NE(window, nullptr);
        const Brand brand = must(window->addBrand(testing::makeBrand("Acme Coffee")));
        campaign = must(window->addCampaign(testing::makeCampaign(brand.id, "Launch"))).id;
        must(window->addActivities(campaign, {testing::makeActivity("Reel")}));
        importer = testing::openWorkspace(path, SqliteWorkspace::OpenMode::MustExist);
        ASSERT_NE(importer, nullptr);
    }

    // Whether another program could commit right now: its write lock is
    // tried once, without waiting.
    bool anotherProgramCanWrite() const {
        sqlite3 *db = nullptr;
        EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        sqlite3_busy_timeout(db, 0);
        const bool locked =
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (locked)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return locked;
    }

    testing::TempDir dir;
    std::string path;
    std::unique_ptr<SqliteWorkspace> window;
    std::unique_ptr<SqliteWorkspace> importer;
    CampaignId campaign;
};

TEST_F(ComputedScenarioTest, AnImportCannotLandBetweenTheReadAndTheWrite) {
    bool imported = false;
    const auto saved = saveComputedScenario(
        *window, campaign,
        [&](const Campaign &read, const std::vector<Activity> &activities) -> Result<Scenario> {
            if (anotherProgramCanWrite()) {
                must(importer->addActivities(campaign, {testing::makeActivity("Imported")}));
                imported = true;
            }
            Scenario scenario;
            scenario.campaignId = read.id;
            scenario.name = "Q";
            for (const Activity &activity : activities)
                scenario.allocations.push_back({activity.id, 1.0});
            return scenario;
        });
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_FALSE(imported) << "the write lock is held from the read to the write";
    // Every activity the campaign holds once the scenario is stored has its
    // hours in it: 1 activity, 1 allocation.
    const auto activities = must(window->activities(campaign));
    EXPECT_EQ(must(window->scenario(saved->id)).allocations.size(), activities.size());
}

TEST_F(ComputedScenarioTest, NothingIsStoredWhenTheComputationFails) {
    const auto saved = saveComputedScenario(
        *window, campaign, [](const Campaign &, const std::vector<Activity> &) -> Result<Scenario> {
            return fail("the request is infeasible");
        });
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().message, "the request is infeasible");
    EXPECT_TRUE(must(window->scenarios(campaign)).empty());
}

} // namespace
} // namespace castnet::core
