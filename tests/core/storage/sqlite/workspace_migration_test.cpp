// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <csignal>
#include <filesystem>

#include <sys/resource.h>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/domain/uuid.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"
#include "tests/support/file_size_limit.h"

namespace castnet::core {
namespace {

using testing::RawDatabase;
using testing::readBytes;
using testing::TempDir;
using testing::fs::exists;

// Builds a workspace of schema version 1 from the hand-written script in
// tests/data, as a Castnet of that version would have left it.
class WorkspaceMigrationTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.file("castnet.db");
        const std::string script =
            readBytes(std::string(CASTNET_WORKSPACE_FIXTURES_DIR) + "/workspace_v1.sql");
        ASSERT_FALSE(script.empty());
        RawDatabase(path).exec(script);
        original = readBytes(path);
    }

    // Column and index definitions of every Castnet table, to compare a
    // migrated file with a new one.
    static std::vector<std::string> shapeOf(const std::string &file) {
        RawDatabase raw(file);
        std::vector<std::string> shape;
        for (const char *table :
             {"brand", "campaign", "activity", "scenario", "scenario_allocation"}) {
            for (const auto &column :
                 raw.column(std::string(
                                "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || "
                                "coalesce(dflt_value, '-') || ' ' || pk FROM pragma_table_info('") +
                            table + "')"))
                shape.push_back(std::string(table) + "." + column);
        }
        for (const auto &index : raw.column("SELECT tbl_name || ' ' || name FROM sqlite_schema "
                                            "WHERE type = 'index' ORDER BY name"))
            shape.push_back("index " + index);
        return shape;
    }

    TempDir dir;
    std::string path;
    std::string original;
};

TEST_F(WorkspaceMigrationTest, AVersion1FileWithAChangedDefinitionIsRefusedAndKeptAsItWas) {
    RawDatabase(path).exec(
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_schema SET sql = replace(sql, \"DEFAULT 'EUR'\", \"DEFAULT (hex(1))\") "
        "WHERE name = 'campaign';"
        "PRAGMA writable_schema = OFF;");
    const std::string tampered = readBytes(path);
    ASSERT_NE(tampered, original);
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_FALSE(workspace.has_value());
    EXPECT_NE(workspace.error().message.find("definition of table campaign that Castnet did not "
                                             "write"),
              std::string::npos)
        << workspace.error().message;
    EXPECT_EQ(readBytes(path), tampered);
    EXPECT_FALSE(exists(path + ".v1.bak"));
}

TEST_F(WorkspaceMigrationTest, AVersion1WorkspaceOpensWithItsDataIntact) {
    auto workspace = testing::openWorkspace(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_NE(workspace, nullptr);

    auto brand = workspace->findBrand("Acme Coffee");
    ASSERT_TRUE(brand.has_value() && brand->has_value());
    EXPECT_EQ((*brand)->audience, "home baristas");

    auto campaign = workspace->campaign(CampaignId{1});
    ASSERT_TRUE(campaign.has_value()) << campaign.error().message;
    EXPECT_EQ(campaign->name, "Spring launch");
    EXPECT_EQ(campaign->objective, Objective::Community);
    EXPECT_EQ(campaign->budgetPerWeek, Cents(25050));
    EXPECT_EQ(campaign->returnUnit, "qualified leads");

    auto activities = workspace->activities(CampaignId{1});
    ASSERT_TRUE(activities.has_value()) << activities.error().message;
    ASSERT_EQ(activities->size(), 3u);
    EXPECT_EQ((*activities)[0].title, "Product photos");
    EXPECT_EQ((*activities)[0].costPerOccurrence, Cents(1250));
    EXPECT_TRUE((*activities)[0].automated);
    EXPECT_EQ((*activities)[1].title, "Latte art evening");
    EXPECT_EQ((*activities)[1].response.carryover, 0.8);
    EXPECT_EQ((*activities)[1].trackOverride, Track::Networking);
    EXPECT_EQ((*activities)[1].notes, "bring cups");
    EXPECT_EQ((*activities)[2].id, ActivityId{5});
    EXPECT_EQ((*activities)[2].format, Format::ThreadReply);

    auto scenarios = workspace->scenarios(CampaignId{1});
    ASSERT_TRUE(scenarios.has_value());
    ASSERT_EQ(scenarios->size(), 1u);
    EXPECT_EQ(scenarios->front().allocations,
              (std::vector<Allocation>{{ActivityId{2}, 3.0}, {ActivityId{5}, 0.0}}));
}

TEST_F(WorkspaceMigrationTest, MigrationSetsPositionsAndTheVersion) {
    testing::openWorkspace(path).reset();
    RawDatabase raw(path);
    EXPECT_EQ(raw.integer("PRAGMA user_version"), SqliteWorkspace::schemaVersion);
    // position = id keeps the order the rows had (by id), gap included.
    EXPECT_EQ(raw.column("SELECT id || '=' || position FROM activity ORDER BY id"),
              (std::vector<std::string>{"1=1.0", "2=2.0", "5=5.0"}));
}

TEST_F(WorkspaceMigrationTest, TheOldFileIsKeptAsABackupCopy) {
    testing::openWorkspace(path).reset();
    const std::string backup = path + ".v1.bak";
    ASSERT_TRUE(exists(backup));
    EXPECT_EQ(readBytes(backup), original);
    EXPECT_EQ(RawDatabase(backup).integer("PRAGMA user_version"), 1);
}

TEST_F(WorkspaceMigrationTest, AnExistingBackupIsNeverOverwritten) {
    testing::writeBytes(path + ".v1.bak", "an older backup");
    testing::openWorkspace(path).reset();
    EXPECT_EQ(readBytes(path + ".v1.bak"), "an older backup");
    EXPECT_EQ(readBytes(path + ".v1-2.bak"), original);
}

TEST_F(WorkspaceMigrationTest, AnIdenticalBackupLeftByAnInterruptedMigrationIsReused) {
    // A migration killed after its copy: the file is still version 1, and
    // its copy is there. Opening again adds no second copy.
    testing::writeBytes(path + ".v1.bak", original);
    testing::openWorkspace(path).reset();
    EXPECT_EQ(RawDatabase(path).integer("PRAGMA user_version"), SqliteWorkspace::schemaVersion);
    EXPECT_EQ(readBytes(path + ".v1.bak"), original);
    EXPECT_FALSE(exists(path + ".v1-2.bak"));
}

TEST_F(WorkspaceMigrationTest, ABackupCutShortIsNeverLeftUnderTheBackupName) {
    // The process dies of the file size limit half-way through the copy, as
    // when it is killed; nothing is flushed or cleaned up.
    const auto size = testing::fs::file_size(path);
    EXPECT_EXIT(
        {
            std::signal(SIGXFSZ, SIG_DFL);
            rlimit limit{};
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = size / 2;
            ::setrlimit(RLIMIT_FSIZE, &limit);
            auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
            std::exit(workspace ? 1 : 2);
        },
        ::testing::KilledBySignal(SIGXFSZ), "");
    EXPECT_EQ(readBytes(path), original);
    EXPECT_FALSE(exists(path + ".v1.bak"));

    // The next run makes the whole copy under its name and removes what the
    // killed one left.
    testing::openWorkspace(path).reset();
    EXPECT_EQ(readBytes(path + ".v1.bak"), original);
    std::vector<std::string> names;
    for (const auto &entry : testing::fs::directory_iterator(dir.path()))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"castnet.db", "castnet.db.v1.bak"}));
}

TEST_F(WorkspaceMigrationTest, AMigratedWorkspaceHasTheShapeOfANewOne) {
    testing::openWorkspace(path).reset();
    const std::string fresh = dir.file("fresh.db");
    testing::openWorkspace(fresh).reset();
    EXPECT_EQ(shapeOf(path), shapeOf(fresh));
}

TEST_F(WorkspaceMigrationTest, NewActivitiesGoAfterTheMigratedOnes) {
    auto workspace = testing::openWorkspace(path);
    ASSERT_NE(workspace, nullptr);
    auto added = workspace->addActivities(CampaignId{1}, {testing::makeActivity("Newsletter")});
    ASSERT_TRUE(added.has_value()) << added.error().message;
    EXPECT_EQ(added->front().id, ActivityId{6}); // after the highest id ever used, 5
    auto activities = workspace->activities(CampaignId{1});
    ASSERT_EQ(activities->size(), 4u);
    EXPECT_EQ(activities->back().title, "Newsletter");
}

TEST_F(WorkspaceMigrationTest, AMigrationThatFailsLeavesTheFileAsItWas) {
    {
        // A table of the user's named like the index the migration is about
        // to create makes it fail after the column was already added.
        RawDatabase raw(path);
        raw.exec("CREATE TABLE activity_order (note TEXT)");
    }
    const std::string before = readBytes(path);
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_FALSE(workspace.has_value());
    EXPECT_EQ(workspace.error().kind, Error::Kind::User);
    EXPECT_EQ(workspace.error().message,
              fmt::format("{} could not be brought from schema 1 to {} (there is already a "
                          "table named activity_order); it was left unchanged",
                          path, SqliteWorkspace::schemaVersion));
    EXPECT_EQ(readBytes(path), before);
    EXPECT_FALSE(exists(path + ".v1.bak"));
    EXPECT_EQ(RawDatabase(path).integer("PRAGMA user_version"), 1);
}

TEST_F(WorkspaceMigrationTest, ABackupThatCannotBeWrittenStopsTheMigration) {
    auto workspace = [&] {
        // As on a full disk: the copy stops after a few kilobytes.
        const testing::FileSizeLimit limit(8 * 1024);
        return SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    }();
    ASSERT_FALSE(workspace.has_value());
    EXPECT_EQ(workspace.error().kind, Error::Kind::User);
    EXPECT_NE(workspace.error().message.find("cannot write the backup copy " + path + ".v1.bak"),
              std::string::npos)
        << workspace.error().message;
    EXPECT_EQ(readBytes(path), original);
    EXPECT_FALSE(exists(path + ".v1.bak"));
}

TEST_F(WorkspaceMigrationTest, AMigratedFileOpensAgainWithoutAnotherBackup) {
    testing::openWorkspace(path).reset();
    testing::fs::remove(path + ".v1.bak");
    auto workspace = testing::openWorkspace(path);
    ASSERT_NE(workspace, nullptr);
    EXPECT_EQ(workspace->activities(CampaignId{1})->size(), 3u);
    EXPECT_FALSE(exists(path + ".v1.bak"));
    EXPECT_FALSE(exists(path + ".v2.bak"));
}

TEST_F(WorkspaceMigrationTest, EveryMigratedActivityGetsItsOwnUidAndRevision1) {
    testing::openWorkspace(path).reset();
    RawDatabase raw(path);
    const std::vector<std::string> uids = raw.column("SELECT uid FROM activity ORDER BY id");
    ASSERT_EQ(uids.size(), 3u);
    for (const std::string &uid : uids) {
        EXPECT_TRUE(isUuid(uid)) << uid;
        EXPECT_EQ(uid[14], '4') << uid; // a version 4 (random) UUID
    }
    EXPECT_NE(uids[0], uids[1]);
    EXPECT_NE(uids[1], uids[2]);
    EXPECT_NE(uids[0], uids[2]);
    EXPECT_EQ(raw.column("SELECT DISTINCT revision FROM activity"), std::vector<std::string>{"1"});
}

// A file of schema version 2: the version 1 fixture with the one change
// version 2 made (activity.position), as Castnet 2 would have left it.
class WorkspaceVersion2MigrationTest : public WorkspaceMigrationTest {
protected:
    void SetUp() override {
        WorkspaceMigrationTest::SetUp();
        RawDatabase(path).exec("ALTER TABLE activity ADD COLUMN position REAL NOT NULL DEFAULT 0;"
                               "UPDATE activity SET position = id;"
                               "DROP INDEX IF EXISTS activity_campaign;"
                               "CREATE INDEX activity_order ON activity (campaign_id, position);"
                               "PRAGMA user_version = 2;");
        original = readBytes(path);
    }
};

TEST_F(WorkspaceVersion2MigrationTest, AVersion2FileIsBackedUpThenGetsUidsAndRevisions) {
    auto workspace = testing::openWorkspace(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_NE(workspace, nullptr);
    auto activities = workspace->activities(CampaignId{1});
    ASSERT_TRUE(activities.has_value()) << activities.error().message;
    ASSERT_EQ(activities->size(), 3u);
    for (const Activity &activity : *activities) {
        EXPECT_TRUE(isUuid(activity.uid)) << activity.uid;
        EXPECT_EQ(activity.revision, 1);
    }
    EXPECT_EQ((*activities)[1].title, "Latte art evening");
    workspace.reset();
    EXPECT_EQ(readBytes(path + ".v2.bak"), original);
    EXPECT_EQ(RawDatabase(path).integer("PRAGMA user_version"), SqliteWorkspace::schemaVersion);
}

TEST_F(WorkspaceVersion2MigrationTest, AMigratedVersion2FileHasTheShapeOfANewOne) {
    testing::openWorkspace(path).reset();
    const std::string fresh = dir.file("fresh.db");
    testing::openWorkspace(fresh).reset();
    EXPECT_EQ(shapeOf(path), shapeOf(fresh));
}

TEST_F(WorkspaceVersion2MigrationTest, AMigratedActivityKeepsItsUidWhenChanged) {
    auto workspace = testing::openWorkspace(path);
    ASSERT_NE(workspace, nullptr);
    Activity activity = workspace->activity(ActivityId{2}).value();
    activity.title = "Latte art night";
    ASSERT_TRUE(workspace->updateActivity(activity));
    const Activity changed = workspace->activity(ActivityId{2}).value();
    EXPECT_EQ(changed.uid, activity.uid);
    EXPECT_EQ(changed.revision, 2);
}

// A file of schema version 3: version 2 with activity.uid and revision, as
// Castnet 3 would have left it (before actuals, baselines and calibrations).
class WorkspaceVersion3MigrationTest : public WorkspaceVersion2MigrationTest {
protected:
    void SetUp() override {
        WorkspaceVersion2MigrationTest::SetUp();
        testing::openWorkspace(path).reset(); // to version 4, then back to 3
        RawDatabase(path).exec("DROP TABLE actual; DROP TABLE calibration;"
                               "DROP TABLE baseline_activity; DROP TABLE baseline;"
                               "PRAGMA user_version = 3;");
        std::filesystem::remove(path + ".v2.bak");
        original = readBytes(path);
    }
};

TEST_F(WorkspaceVersion3MigrationTest, AVersion3FileIsBackedUpThenGetsTheActualsTables) {
    auto workspace = testing::openWorkspace(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_NE(workspace, nullptr);
    auto actuals = workspace->actuals(CampaignId{1});
    ASSERT_TRUE(actuals.has_value()) << actuals.error().message;
    EXPECT_TRUE(actuals->empty());
    EXPECT_TRUE(workspace->baselines(CampaignId{1}).value().empty());
    ASSERT_TRUE(workspace->saveBaseline(CampaignId{1}, "before").has_value());
    workspace.reset();
    EXPECT_EQ(readBytes(path + ".v3.bak"), original);
    EXPECT_EQ(RawDatabase(path).integer("PRAGMA user_version"), SqliteWorkspace::schemaVersion);
    const std::string fresh = dir.file("fresh.db");
    testing::openWorkspace(fresh).reset();
    EXPECT_EQ(shapeOf(path), shapeOf(fresh));
}

} // namespace
} // namespace castnet::core
