// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_workspace.h"

#include <stdexcept>

#include <fmt/format.h>

#include <gtest/gtest.h>


#include "tests/core/storage/sqlite/workspace_test_support.h"

namespace castnet::core {
namespace {

using testing::makeActivity;
using testing::makeBrand;
using testing::makeCampaign;
using testing::must;
using testing::RawDatabase;
using testing::readBytes;
using testing::TempDir;

std::vector<std::string> titles(const std::vector<Activity> &activities) {
    std::vector<std::string> result;
    for (const Activity &activity : activities)
        result.push_back(activity.title);
    return result;
}

class SqliteWorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.file("castnet.db");
        workspace = testing::openWorkspace(path);
        ASSERT_NE(workspace, nullptr);
    }

    // A brand with one 26-week campaign.
    CampaignId addCampaign(const std::string &brandName = "Acme Coffee",
                           const std::string &campaignName = "Spring launch") {
        auto brand = workspace->findBrand(brandName);
        EXPECT_TRUE(brand.has_value());
        BrandId brandId;
        if (brand && *brand) {
            brandId = (*brand)->id;
        } else {
            auto added = workspace->addBrand(makeBrand(brandName));
            EXPECT_TRUE(added.has_value()) << added.error().message;
            brandId = added ? added->id : BrandId{};
        }
        auto campaign = workspace->addCampaign(makeCampaign(brandId, campaignName));
        EXPECT_TRUE(campaign.has_value()) << campaign.error().message;
        return campaign ? campaign->id : CampaignId{};
    }

    std::vector<Activity> addActivities(CampaignId campaign, std::vector<std::string> names) {
        std::vector<Activity> activities;
        for (auto &name : names)
            activities.push_back(makeActivity(std::move(name)));
        auto added = workspace->addActivities(campaign, std::move(activities));
        EXPECT_TRUE(added.has_value()) << added.error().message;
        return added ? *added : std::vector<Activity>{};
    }

    std::vector<std::string> storedTitles(CampaignId campaign) {
        auto activities = workspace->activities(campaign);
        EXPECT_TRUE(activities.has_value()) << activities.error().message;
        return activities ? titles(*activities) : std::vector<std::string>{};
    }

    void reopen() {
        workspace.reset();
        workspace = testing::openWorkspace(path);
        ASSERT_NE(workspace, nullptr);
    }

    TempDir dir;
    std::string path;
    std::unique_ptr<SqliteWorkspace> workspace;
};

// ---- a new file ------------------------------------------------------------

TEST_F(SqliteWorkspaceTest, ANewFileIsEmptyAndHasTheLatestSchema) {
    EXPECT_EQ(workspace->location(), path);
    EXPECT_EQ(workspace->isEmpty(), true);
    workspace.reset();
    RawDatabase raw(path);
    EXPECT_EQ(raw.integer("PRAGMA user_version"), SqliteWorkspace::schemaVersion);
    EXPECT_EQ(
        raw.column("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                   "'sqlite%' ORDER BY name"),
        (std::vector<std::string>{"activity", "actual", "baseline", "baseline_activity", "brand",
                                  "calibration", "campaign", "scenario", "scenario_allocation"}));
}

TEST_F(SqliteWorkspaceTest, TheFileIsInWalModeAfterTheFirstWrite) {
    // The schema was written at open, so the file is a WAL database now.
    workspace.reset();
    RawDatabase raw(path);
    EXPECT_EQ(raw.column("PRAGMA journal_mode").front(), "wal");
}

TEST_F(SqliteWorkspaceTest, ClosingRemovesTheWalAndShmFiles) {
    addCampaign();
    EXPECT_TRUE(testing::fs::exists(path + "-wal"));
    workspace.reset();
    EXPECT_FALSE(testing::fs::exists(path + "-wal"));
    EXPECT_FALSE(testing::fs::exists(path + "-shm"));
}

TEST_F(SqliteWorkspaceTest, ReopeningKeepsEverything) {
    const CampaignId campaign = addCampaign();
    addActivities(campaign, {"Reel", "Story", "Meetup"});
    auto before = workspace->snapshot(campaign);
    ASSERT_TRUE(before.has_value());
    reopen();
    EXPECT_EQ(must(workspace->snapshot(campaign)), *before);
}

// ---- brands ----------------------------------------------------------------

TEST_F(SqliteWorkspaceTest, BrandsAreListedByName) {
    ASSERT_TRUE(workspace->addBrand(makeBrand("Zeta Tea")));
    ASSERT_TRUE(workspace->addBrand(makeBrand("acme Coffee")));
    ASSERT_TRUE(workspace->addBrand(makeBrand("Bolt Bikes")));
    auto brands = workspace->brands();
    ASSERT_TRUE(brands.has_value());
    std::vector<std::string> names;
    for (const Brand &brand : *brands)
        names.push_back(brand.name);
    // Case does not split the list: "acme" sorts with the A's.
    EXPECT_EQ(names, (std::vector<std::string>{"acme Coffee", "Bolt Bikes", "Zeta Tea"}));
    EXPECT_EQ(workspace->isEmpty(), false);
}

TEST_F(SqliteWorkspaceTest, ABrandReadsBackAsStoredAndCanBeFoundByName) {
    Brand brand = makeBrand("Acme Coffee");
    brand.notes = "Café owners, ☕ and \"quotes\"";
    auto added = workspace->addBrand(brand);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    EXPECT_TRUE(added->id.isStored());
    brand.id = added->id;
    EXPECT_EQ(*added, brand);
    EXPECT_EQ(must(workspace->findBrand("Acme Coffee")), std::optional<Brand>(brand));
    EXPECT_EQ(must(workspace->findBrand("acme coffee")), std::optional<Brand>());
}

TEST_F(SqliteWorkspaceTest, UpdatingABrandChangesItsFields) {
    auto added = workspace->addBrand(makeBrand("Acme Coffee"));
    ASSERT_TRUE(added.has_value());
    Brand changed = *added;
    changed.name = "Acme Roasters";
    changed.audience = "cafés";
    ASSERT_TRUE(workspace->updateBrand(changed));
    EXPECT_EQ(must(workspace->findBrand("Acme Roasters")), std::optional<Brand>(changed));
    EXPECT_EQ(must(workspace->findBrand("Acme Coffee")), std::optional<Brand>());
}

TEST_F(SqliteWorkspaceTest, ASecondBrandWithTheSameNameIsRefused) {
    ASSERT_TRUE(workspace->addBrand(makeBrand("Acme Coffee")));
    auto second = workspace->addBrand(makeBrand("Acme Coffee"));
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().kind, Error::Kind::User);
    EXPECT_EQ(second.error().message, "a brand named \"Acme Coffee\" already exists");
    EXPECT_EQ(second.error().field, "name");

    auto other = workspace->addBrand(makeBrand("Zeta Tea"));
    ASSERT_TRUE(other.has_value());
    Brand renamed = *other;
    renamed.name = "Acme Coffee";
    auto update = workspace->updateBrand(renamed);
    ASSERT_FALSE(update.has_value());
    EXPECT_EQ(update.error().message, "a brand named \"Acme Coffee\" already exists");
    EXPECT_EQ(workspace->brands()->size(), 2u);
}

TEST_F(SqliteWorkspaceTest, ABrandWithoutANameIsRefusedNamingTheField) {
    auto added = workspace->addBrand(makeBrand("   "));
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().field, "name");
    EXPECT_EQ(workspace->isEmpty(), true);
}

TEST_F(SqliteWorkspaceTest, UpdatingOrRemovingAMissingBrandIsAnError) {
    Brand ghost = makeBrand("Ghost");
    ghost.id = BrandId{42};
    EXPECT_EQ(workspace->updateBrand(ghost).error().message, "no brand with id 42");
    EXPECT_EQ(workspace->removeBrand(BrandId{42}).error().message, "no brand with id 42");
}

TEST_F(SqliteWorkspaceTest, ABrandAddedWithAnIdKeepsIt) {
    Brand brand = makeBrand("Acme Coffee");
    brand.id = BrandId{17};
    auto added = workspace->addBrand(brand);
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->id, BrandId{17});
    Brand clash = makeBrand("Other");
    clash.id = BrandId{17};
    EXPECT_EQ(workspace->addBrand(clash).error().message, "a brand with id 17 already exists");
}

// ---- campaigns -------------------------------------------------------------

TEST_F(SqliteWorkspaceTest, ACampaignReadsBackWithEveryField) {
    auto brand = workspace->addBrand(makeBrand("Acme Coffee"));
    ASSERT_TRUE(brand.has_value());
    Campaign campaign = makeCampaign(brand->id, "Spring launch", 30);
    campaign.objective = Objective::Feedback;
    campaign.capacityHoursPerWeek = 37.5;
    campaign.budgetPerWeek = Cents(123456); // 1234.56 a week
    campaign.currency = "CHF";
    campaign.returnUnit = "qualified leads";
    campaign.automationSaving = 0.25;
    auto added = workspace->addCampaign(campaign);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    campaign.id = added->id;
    EXPECT_EQ(*added, campaign);
    EXPECT_EQ(workspace->campaign(campaign.id), campaign);

    campaign.budgetPerWeek.reset(); // no money limit is NULL, not 0
    campaign.name = "Spring relaunch";
    ASSERT_TRUE(workspace->updateCampaign(campaign));
    EXPECT_EQ(workspace->campaign(campaign.id), campaign);
}

TEST_F(SqliteWorkspaceTest, CampaignsAreListedByBrandThenName) {
    const CampaignId summer = addCampaign("Bolt Bikes", "Summer");
    const CampaignId spring = addCampaign("Acme Coffee", "Spring");
    const CampaignId autumn = addCampaign("Acme Coffee", "Autumn");
    auto all = workspace->campaigns({});
    ASSERT_TRUE(all.has_value());
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ((*all)[0].id, autumn);
    EXPECT_EQ((*all)[1].id, spring);
    EXPECT_EQ((*all)[2].id, summer);

    const BrandId bolt = (*workspace->findBrand("Bolt Bikes"))->id;
    auto ofBolt = workspace->campaigns(bolt);
    ASSERT_TRUE(ofBolt.has_value());
    ASSERT_EQ(ofBolt->size(), 1u);
    EXPECT_EQ(ofBolt->front().id, summer);
}

TEST_F(SqliteWorkspaceTest, ACampaignNameIsUniqueWithinItsBrandOnly) {
    addCampaign("Acme Coffee", "Launch");
    auto brand = *workspace->findBrand("Acme Coffee");
    auto duplicate = workspace->addCampaign(makeCampaign(brand->id, "Launch"));
    ASSERT_FALSE(duplicate.has_value());
    EXPECT_EQ(duplicate.error().message,
              "brand \"Acme Coffee\" already has a campaign named \"Launch\"");
    EXPECT_EQ(duplicate.error().field, "name");
    EXPECT_TRUE(addCampaign("Bolt Bikes", "Launch").isStored());
}

TEST_F(SqliteWorkspaceTest, ACampaignOfAMissingBrandIsRefused) {
    auto added = workspace->addCampaign(makeCampaign(BrandId{99}, "Orphan"));
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().message, "no brand with id 99");
}

TEST_F(SqliteWorkspaceTest, AnInvalidCampaignIsRefusedNamingTheField) {
    auto brand = workspace->addBrand(makeBrand("Acme Coffee"));
    Campaign campaign = makeCampaign(brand->id, "Too long", 261);
    auto added = workspace->addCampaign(campaign);
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().field, "weeks");
    EXPECT_TRUE(workspace->campaigns({})->empty());
}

TEST_F(SqliteWorkspaceTest, ACampaignCannotBeShortenedBelowAnActivity) {
    const CampaignId id = addCampaign();
    Activity late = makeActivity("Closing webinar", 10, 20);
    Activity early = makeActivity("Teaser", 1, 4);
    ASSERT_TRUE(workspace->addActivities(id, {early, late}));
    Campaign campaign = *workspace->campaign(id);
    campaign.weeks = 12;
    auto shortened = workspace->updateCampaign(campaign);
    ASSERT_FALSE(shortened.has_value());
    EXPECT_EQ(shortened.error().field, "weeks");
    EXPECT_EQ(shortened.error().message,
              "weeks cannot be 12: activity \"Closing webinar\" ends in week 20; shorten it first");
    EXPECT_EQ(workspace->campaign(id)->weeks, 26);

    campaign.weeks = 20; // exactly the last week used is fine
    EXPECT_TRUE(workspace->updateCampaign(campaign));
}

// ---- activities ------------------------------------------------------------

TEST_F(SqliteWorkspaceTest, BlankParametersAndNoOverrideStayBlank) {
    const CampaignId campaign = addCampaign();
    const Activity plain = addActivities(campaign, {"Reel"}).front();
    auto stored = workspace->activity(plain.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->response, ResponseParameters{});
    EXPECT_EQ(stored->trackOverride, std::nullopt);
    workspace.reset();
    RawDatabase raw(path);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM activity WHERE max_weekly_return IS NULL AND "
                          "half_saturation_hours IS NULL AND shape IS NULL AND carryover IS NULL "
                          "AND track IS NULL"),
              1);
}

TEST_F(SqliteWorkspaceTest, EveryEnumerationWordIsAcceptedByTheSchema) {
    const CampaignId campaign = addCampaign();
    std::vector<Activity> activities;
    for (const Format format : allValues<Format>()) {
        Activity activity = makeActivity("format");
        activity.format = format;
        activities.push_back(activity);
    }
    for (const Interaction interaction : allValues<Interaction>()) {
        Activity activity = makeActivity("interaction");
        activity.interaction = interaction;
        activities.push_back(activity);
    }
    for (const Goal goal : allValues<Goal>()) {
        Activity activity = makeActivity("goal");
        activity.goal = goal;
        activities.push_back(activity);
    }
    for (const Track track : allValues<Track>()) {
        Activity activity = makeActivity("track");
        activity.trackOverride = track;
        activities.push_back(activity);
    }
    auto added = workspace->addActivities(campaign, activities);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    EXPECT_EQ(workspace->activities(campaign), *added);

    Campaign stored = *workspace->campaign(campaign);
    for (const Objective objective : allValues<Objective>()) {
        stored.objective = objective;
        ASSERT_TRUE(workspace->updateCampaign(stored));
        EXPECT_EQ(workspace->campaign(campaign)->objective, objective);
    }
}

TEST_F(SqliteWorkspaceTest, AnInvalidActivityIsRefusedNamingTheColumn) {
    const CampaignId campaign = addCampaign();
    Activity activity = makeActivity("Reel");
    activity.cadencePerWeek = -1;
    auto added = workspace->addActivities(campaign, {activity});
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().kind, Error::Kind::User);
    EXPECT_EQ(added.error().field, "cadence_per_week");
    EXPECT_NE(added.error().message.find("cadence_per_week"), std::string::npos);
    EXPECT_TRUE(workspace->activities(campaign)->empty());
}

TEST_F(SqliteWorkspaceTest, AnActivityBeyondTheCampaignIsRefused) {
    const CampaignId campaign = addCampaign(); // 26 weeks
    auto added = workspace->addActivities(campaign, {makeActivity("Late", 20, 27)});
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().field, "end_week");
}

TEST_F(SqliteWorkspaceTest, AddingActivitiesIsAllOrNothingAndNamesTheBadOne) {
    const CampaignId campaign = addCampaign();
    Activity bad = makeActivity("Broken");
    bad.hoursPerOccurrence = 200;
    auto added = workspace->addActivities(campaign, {makeActivity("Good"), bad});
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().field, "hours_per_occurrence");
    EXPECT_EQ(added.error().message.rfind("activity 2 of 2 (\"Broken\"): ", 0), 0u)
        << added.error().message;
    EXPECT_TRUE(workspace->activities(campaign)->empty());
}

TEST_F(SqliteWorkspaceTest, AStoredUidThatIsNotAUuidIsReportedAsDamageWhenOpened) {
    const CampaignId campaign = addCampaign();
    addActivities(campaign, {"Reel"});
    workspace.reset();
    RawDatabase(path).exec("UPDATE activity SET uid = 'not-a-uuid'");
    auto reopened = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_FALSE(reopened.has_value());
    EXPECT_EQ(reopened.error().message,
              path + " is damaged (activity 1 has a uid that is not a UUID: \"not-a-uuid\")");
}

TEST_F(SqliteWorkspaceTest, ActivitiesOfAMissingCampaignAreAnError) {
    EXPECT_EQ(workspace->activities(CampaignId{5}).error().message, "no campaign with id 5");
    EXPECT_EQ(workspace->addActivities(CampaignId{5}, {makeActivity("Reel")}).error().message,
              "no campaign with id 5");
    EXPECT_EQ(workspace->activity(ActivityId{5}).error().message, "no activity with id 5");
}

TEST_F(SqliteWorkspaceTest, UpdatingAnActivityChangesItAndKeepsItsRow) {
    const CampaignId campaign = addCampaign();
    auto added = addActivities(campaign, {"Reel", "Story", "Thread"});
    Activity story = added[1];
    story.title = "Daily story";
    story.cadencePerWeek = 7;
    ASSERT_TRUE(workspace->updateActivity(story));
    story.revision = 2; // 1 when added, 2 after one change
    EXPECT_EQ(workspace->activity(story.id), story);
    EXPECT_EQ(storedTitles(campaign), (std::vector<std::string>{"Reel", "Daily story", "Thread"}));

    story.endWeek = 40; // beyond the 26 weeks
    auto refused = workspace->updateActivity(story);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().field, "end_week");
    EXPECT_EQ(workspace->activity(story.id)->endWeek, 10);
}

TEST_F(SqliteWorkspaceTest, RemovingActivitiesIsAllOrNothing) {
    const CampaignId campaign = addCampaign();
    auto added = addActivities(campaign, {"Reel", "Story", "Thread"});
    auto removed = workspace->removeActivities({added[0].id, ActivityId{999}});
    ASSERT_FALSE(removed.has_value());
    EXPECT_EQ(removed.error().message, "no activity with id 999");
    EXPECT_EQ(storedTitles(campaign).size(), 3u);

    ASSERT_TRUE(workspace->removeActivities({added[0].id, added[2].id}));
    EXPECT_EQ(storedTitles(campaign), std::vector<std::string>{"Story"});
}

TEST_F(SqliteWorkspaceTest, NewActivitiesAreAppendedAtTheEnd) {
    const CampaignId campaign = addCampaign();
    addActivities(campaign, {"Reel", "Story"});
    addActivities(campaign, {"Thread", "Poll"});
    EXPECT_EQ(storedTitles(campaign),
              (std::vector<std::string>{"Reel", "Story", "Thread", "Poll"}));
}

TEST_F(SqliteWorkspaceTest, ActivitiesFollowTheirStoredPositionThenId) {
    const CampaignId campaign = addCampaign();
    auto added = addActivities(campaign, {"A", "B", "C", "D"});
    workspace.reset();
    {
        // As a reordering edit would store it: D first, B and C tied.
        RawDatabase raw(path);
        raw.exec("UPDATE activity SET position = 0.5 WHERE title = 'D';"
                 "UPDATE activity SET position = 7 WHERE title IN ('B', 'C');");
    }
    reopen();
    EXPECT_EQ(storedTitles(campaign), (std::vector<std::string>{"D", "A", "B", "C"}));
    addActivities(campaign, {"E"});
    EXPECT_EQ(storedTitles(campaign), (std::vector<std::string>{"D", "A", "B", "C", "E"}));
}

TEST_F(SqliteWorkspaceTest, AnActivityRestoredWithItsIdReturnsToItsRow) {
    const CampaignId campaign = addCampaign();
    auto added = addActivities(campaign, {"Reel", "Story", "Thread"});
    ASSERT_TRUE(workspace->removeActivities({added[1].id}));
    addActivities(campaign, {"Poll"});
    // Undo of the delete: the same activity, id included.
    auto restored = workspace->addActivities(campaign, {added[1]});
    ASSERT_TRUE(restored.has_value()) << restored.error().message;
    EXPECT_EQ(restored->front(), added[1]);
    EXPECT_EQ(storedTitles(campaign),
              (std::vector<std::string>{"Reel", "Story", "Thread", "Poll"}));
    EXPECT_EQ(workspace->addActivities(campaign, {added[0]}).error().message,
              fmt::format("an activity with id {} already exists", added[0].id));
}

TEST_F(SqliteWorkspaceTest, ALargeBatchIsStoredInOrder) {
    // 100 = three statements of 32 rows and 4 single rows.
    const CampaignId campaign = addCampaign();
    std::vector<Activity> batch;
    for (int i = 0; i < 100; ++i) {
        batch.push_back(makeActivity(fmt::format("Post {}", i)));
        batch.back().cadencePerWeek = i;
    }
    auto added = workspace->addActivities(campaign, batch);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    auto stored = workspace->activities(campaign);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(*stored, *added);
    for (std::size_t i = 0; i < batch.size(); ++i) {
        EXPECT_EQ((*stored)[i].title, batch[i].title);
        EXPECT_EQ((*stored)[i].cadencePerWeek, batch[i].cadencePerWeek);
        if (i > 0) {
            EXPECT_GT((*stored)[i].id, (*stored)[i - 1].id);
        }
    }
}

TEST_F(SqliteWorkspaceTest, AClashingIdInALargeBatchIsNamedAndNothingIsStored) {
    const CampaignId campaign = addCampaign();
    const Activity existing = addActivities(campaign, {"Reel"}).front();
    std::vector<Activity> batch(40, makeActivity("Post"));
    batch[10] = existing; // inside the first 32-row statement
    auto added = workspace->addActivities(campaign, batch);
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().message,
              fmt::format("an activity with id {} already exists", existing.id));
    EXPECT_EQ(storedTitles(campaign), std::vector<std::string>{"Reel"});
}

TEST_F(SqliteWorkspaceTest, AnIdSequenceSetToItsLimitWhileOpenIsAUserErrorNotAnOverflow) {
    const CampaignId campaign = addCampaign();
    addActivities(campaign, {"Reel"});
    // Another program, while this one has the file open.
    RawDatabase(path).exec(
        "UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'activity'");
    auto added = workspace->addActivities(campaign, {makeActivity("Story")});
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().kind, Error::Kind::User);
    EXPECT_EQ(added.error().message,
              fmt::format("{} has no activity ids left (the last one handed out is beyond "
                          "9007199254740991)",
                          path));
    EXPECT_EQ(storedTitles(campaign), std::vector<std::string>{"Reel"});
}

TEST_F(SqliteWorkspaceTest, TheIdOfADeletedActivityIsNeverReused) {
    const CampaignId campaign = addCampaign();
    auto added = addActivities(campaign, {"Reel", "Story"});
    ASSERT_TRUE(workspace->removeActivities({added[1].id}));
    reopen();
    auto again = addActivities(campaign, {"Thread"});
    EXPECT_GT(again.front().id, added[1].id);
}

// ---- scenarios -------------------------------------------------------------

class SqliteWorkspaceScenarioTest : public SqliteWorkspaceTest {
protected:
    void SetUp() override {
        SqliteWorkspaceTest::SetUp();
        campaign = addCampaign();
        activities = addActivities(campaign, {"Reel", "Story", "Meetup"});
    }

    Scenario makeScenario(std::string name) {
        Scenario scenario;
        scenario.campaignId = campaign;
        scenario.name = std::move(name);
        scenario.allocations = {{activities[0].id, 2.5}, {activities[2].id, 0}};
        return scenario;
    }

    CampaignId campaign;
    std::vector<Activity> activities;
};

TEST_F(SqliteWorkspaceScenarioTest, AScenarioReadsBackWithItsAllocations) {
    Scenario scenario = makeScenario("More meetups");
    auto added = workspace->addScenario(scenario);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    scenario.id = added->id;
    EXPECT_EQ(*added, scenario);
    ASSERT_TRUE(workspace->addScenario(makeScenario("All media")));
    auto stored = workspace->scenarios(campaign);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->size(), 2u);
    EXPECT_EQ((*stored)[0].name, "All media"); // by name
    EXPECT_EQ((*stored)[1], scenario);
}

TEST_F(SqliteWorkspaceScenarioTest, UpdatingAScenarioReplacesNameAndAllocations) {
    auto added = workspace->addScenario(makeScenario("Draft"));
    ASSERT_TRUE(added.has_value());
    Scenario changed = *added;
    changed.name = "Final";
    changed.allocations = {{activities[1].id, 4}};
    ASSERT_TRUE(workspace->updateScenario(changed));
    EXPECT_EQ(workspace->scenarios(campaign)->front(), changed);
}

TEST_F(SqliteWorkspaceScenarioTest, ThePlanNameIsReservedForThePlan) {
    for (const char *name : {"plan", " Plan ", "PLAN"}) {
        auto added = workspace->addScenario(makeScenario(name));
        ASSERT_FALSE(added.has_value()) << name;
        EXPECT_EQ(added.error().field, "name");
        EXPECT_EQ(added.error().message,
                  "\"plan\" is the name of the plan itself; choose another scenario name");
    }
    EXPECT_TRUE(workspace->scenarios(campaign)->empty());
}

TEST_F(SqliteWorkspaceScenarioTest, AScenarioNameIsUniqueInItsCampaign) {
    ASSERT_TRUE(workspace->addScenario(makeScenario("Lean")));
    auto duplicate = workspace->addScenario(makeScenario("Lean"));
    ASSERT_FALSE(duplicate.has_value());
    EXPECT_EQ(duplicate.error().message,
              "a scenario named \"Lean\" already exists in this campaign");
    EXPECT_EQ(duplicate.error().field, "name");
}

TEST_F(SqliteWorkspaceScenarioTest, AllocationsMustBelongToTheCampaign) {
    const CampaignId other = addCampaign("Acme Coffee", "Other");
    const Activity foreign = addActivities(other, {"Elsewhere"}).front();
    Scenario scenario = makeScenario("Mixed");
    scenario.allocations.push_back({foreign.id, 1});
    auto added = workspace->addScenario(scenario);
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().message,
              fmt::format("scenario \"Mixed\" gives hours to activity {}, which is not in its "
                          "campaign",
                          foreign.id));
    EXPECT_TRUE(workspace->scenarios(campaign)->empty());

    Scenario negative = makeScenario("Negative");
    negative.allocations[0].hours = -1;
    EXPECT_EQ(workspace->addScenario(negative).error().field, "hours");
}

TEST_F(SqliteWorkspaceScenarioTest, RemovingAnActivityRemovesItsAllocations) {
    ASSERT_TRUE(workspace->addScenario(makeScenario("Lean")));
    ASSERT_TRUE(workspace->removeActivities({activities[0].id}));
    const Scenario stored = workspace->scenarios(campaign)->front();
    EXPECT_EQ(stored.allocations, (std::vector<Allocation>{{activities[2].id, 0}}));
}

TEST_F(SqliteWorkspaceScenarioTest, RemovingAScenarioLeavesTheOthers) {
    auto lean = workspace->addScenario(makeScenario("Lean"));
    ASSERT_TRUE(workspace->addScenario(makeScenario("Bold")));
    ASSERT_TRUE(workspace->removeScenario(lean->id));
    ASSERT_EQ(workspace->scenarios(campaign)->size(), 1u);
    EXPECT_EQ(workspace->removeScenario(lean->id).error().message,
              fmt::format("no scenario with id {}", lean->id));
}

// ---- cascades --------------------------------------------------------------

TEST_F(SqliteWorkspaceScenarioTest, RemovingABrandRemovesEverythingUnderIt) {
    ASSERT_TRUE(workspace->addScenario(makeScenario("Lean")));
    const CampaignId kept = addCampaign("Bolt Bikes", "Summer");
    addActivities(kept, {"Ride"});
    const BrandId acme = (*workspace->findBrand("Acme Coffee"))->id;
    ASSERT_TRUE(workspace->removeBrand(acme));
    EXPECT_FALSE(workspace->campaign(campaign).has_value());
    EXPECT_FALSE(workspace->activity(activities[0].id).has_value());
    EXPECT_EQ(storedTitles(kept), std::vector<std::string>{"Ride"});
    workspace.reset();
    RawDatabase raw(path);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM campaign"), 1);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM activity"), 1);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM scenario"), 0);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM scenario_allocation"), 0);
}

TEST_F(SqliteWorkspaceScenarioTest, RemovingACampaignRemovesItsActivitiesAndScenarios) {
    ASSERT_TRUE(workspace->addScenario(makeScenario("Lean")));
    ASSERT_TRUE(workspace->removeCampaign(campaign));
    EXPECT_EQ(workspace->campaign(campaign).error().message,
              fmt::format("no campaign with id {}", campaign));
    EXPECT_EQ(workspace->isEmpty(), false); // the brand stays
    workspace.reset();
    RawDatabase raw(path);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM activity"), 0);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM scenario"), 0);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM scenario_allocation"), 0);
}

// ---- snapshots -------------------------------------------------------------

TEST_F(SqliteWorkspaceScenarioTest, ARemovedCampaignIsRestoredWithItsIds) {
    ASSERT_TRUE(workspace->addScenario(makeScenario("Lean")));
    auto before = workspace->snapshot(campaign);
    ASSERT_TRUE(before.has_value());
    EXPECT_EQ(before->activities, activities);
    ASSERT_EQ(before->scenarios.size(), 1u);
    ASSERT_TRUE(workspace->removeCampaign(campaign));

    auto restored = workspace->restore(*before, true);
    ASSERT_TRUE(restored.has_value()) << restored.error().message;
    EXPECT_EQ(*restored, *before);
    EXPECT_EQ(must(workspace->snapshot(campaign)), *before);
}

TEST_F(SqliteWorkspaceScenarioTest, ACopyGetsNewIdsAndRemappedAllocations) {
    ASSERT_TRUE(workspace->addScenario(makeScenario("Lean")));
    CampaignSnapshot copy = *workspace->snapshot(campaign);
    copy.campaign.name = "Spring launch (copy)";
    auto stored = workspace->restore(copy, false);
    ASSERT_TRUE(stored.has_value()) << stored.error().message;
    EXPECT_NE(stored->campaign.id, campaign);
    ASSERT_EQ(stored->activities.size(), 3u);
    EXPECT_EQ(titles(stored->activities), titles(activities));
    for (std::size_t i = 0; i < activities.size(); ++i) {
        EXPECT_NE(stored->activities[i].id, activities[i].id);
        EXPECT_NE(stored->activities[i].uid, activities[i].uid); // a copy is another activity
        EXPECT_EQ(stored->activities[i].campaignId, stored->campaign.id);
    }
    ASSERT_EQ(stored->scenarios.size(), 1u);
    EXPECT_EQ(
        stored->scenarios[0].allocations,
        (std::vector<Allocation>{{stored->activities[0].id, 2.5}, {stored->activities[2].id, 0}}));
    EXPECT_EQ(must(workspace->snapshot(stored->campaign.id)), *stored);
    // The original is untouched.
    EXPECT_EQ(workspace->activities(campaign), activities);
}

TEST_F(SqliteWorkspaceScenarioTest, ARestoreThatFailsStoresNothing) {
    CampaignSnapshot copy = *workspace->snapshot(campaign);
    copy.campaign.name = "Copy";
    copy.activities.back().cadencePerWeek = 5000;
    auto stored = workspace->restore(copy, false);
    ASSERT_FALSE(stored.has_value());
    EXPECT_EQ(stored.error().field, "cadence_per_week");
    EXPECT_EQ(workspace->campaigns({})->size(), 1u);
}

// ---- transactions ----------------------------------------------------------

TEST_F(SqliteWorkspaceTest, ATransactionCommitsEveryCallInIt) {
    auto done = workspace->transact([&]() -> Result<void> {
        auto brand = workspace->addBrand(makeBrand("Acme Coffee"));
        if (!brand)
            return tl::unexpected(brand.error());
        auto campaign = workspace->addCampaign(makeCampaign(brand->id, "Launch"));
        if (!campaign)
            return tl::unexpected(campaign.error());
        return workspace->addActivities(campaign->id, {makeActivity("Reel")}).map([](auto) {});
    });
    ASSERT_TRUE(done.has_value()) << done.error().message;
    reopen();
    ASSERT_EQ(workspace->campaigns({})->size(), 1u);
}

TEST_F(SqliteWorkspaceTest, AnErrorInsideATransactionUndoesEveryCallInIt) {
    auto done = workspace->transact([&]() -> Result<void> {
        auto brand = workspace->addBrand(makeBrand("Acme Coffee"));
        EXPECT_TRUE(brand.has_value());
        auto campaign = workspace->addCampaign(makeCampaign(brand->id, "Launch"));
        EXPECT_TRUE(campaign.has_value());
        // The activity is refused, so the whole import is.
        Activity bad = makeActivity("Bad");
        bad.startWeek = 0;
        return workspace->addActivities(campaign->id, {bad}).map([](auto) {});
    });
    ASSERT_FALSE(done.has_value());
    EXPECT_EQ(done.error().field, "start_week");
    EXPECT_EQ(workspace->isEmpty(), true);
    EXPECT_TRUE(workspace->campaigns({})->empty());
}

TEST_F(SqliteWorkspaceTest, AnExceptionInsideATransactionUndoesItAndPropagates) {
    EXPECT_THROW(static_cast<void>(workspace->transact([&]() -> Result<void> {
                     EXPECT_TRUE(workspace->addBrand(makeBrand("Acme Coffee")));
                     throw std::runtime_error("boom");
                 })),
                 std::runtime_error);
    EXPECT_EQ(workspace->isEmpty(), true);
    // The workspace is still usable afterwards.
    EXPECT_TRUE(workspace->addBrand(makeBrand("Acme Coffee")));
}

TEST_F(SqliteWorkspaceTest, AFailedCallInsideATransactionUndoesOnlyItself) {
    auto done = workspace->transact([&]() -> Result<void> {
        EXPECT_TRUE(workspace->addBrand(makeBrand("Acme Coffee")));
        EXPECT_FALSE(workspace->addBrand(makeBrand("Acme Coffee")));
        return workspace->addBrand(makeBrand("Bolt Bikes")).map([](auto) {});
    });
    ASSERT_TRUE(done.has_value()) << done.error().message;
    EXPECT_EQ(workspace->brands()->size(), 2u);
}

TEST_F(SqliteWorkspaceTest, TransactionsNest) {
    auto done = workspace->transact([&]() -> Result<void> {
        EXPECT_TRUE(workspace->addBrand(makeBrand("Acme Coffee")));
        auto inner = workspace->transact([&]() -> Result<void> {
            EXPECT_TRUE(workspace->addBrand(makeBrand("Bolt Bikes")));
            return fail("changed my mind");
        });
        EXPECT_FALSE(inner.has_value());
        return {};
    });
    ASSERT_TRUE(done.has_value());
    auto brands = workspace->brands();
    ASSERT_EQ(brands->size(), 1u);
    EXPECT_EQ(brands->front().name, "Acme Coffee");
}

// ---- the file on disk ------------------------------------------------------

TEST_F(SqliteWorkspaceTest, ACommandThatOnlyReadsLeavesTheFileByteForByte) {
    const CampaignId campaign = addCampaign();
    addActivities(campaign, {"Reel", "Story"});
    workspace.reset();
    const std::string before = readBytes(path);

    reopen();
    EXPECT_TRUE(workspace->snapshot(campaign));
    EXPECT_TRUE(workspace->brands());
    EXPECT_FALSE(workspace->campaign(CampaignId{campaign.value() + 100})); // the command fails here
    EXPECT_FALSE(workspace->addBrand(makeBrand("")));                      // or here
    workspace.reset();
    EXPECT_EQ(readBytes(path), before);
}

TEST_F(SqliteWorkspaceTest, AFileInRollbackModeIsSwitchedToWalOnlyByAWrite) {
    const CampaignId campaign = addCampaign();
    workspace.reset();
    RawDatabase(path).exec("PRAGMA journal_mode = DELETE");
    const std::string before = readBytes(path);

    reopen();
    EXPECT_TRUE(workspace->snapshot(campaign));
    workspace.reset();
    EXPECT_EQ(readBytes(path), before);

    reopen();
    ASSERT_TRUE(workspace->addBrand(makeBrand("Bolt Bikes")));
    workspace.reset();
    EXPECT_EQ(RawDatabase(path).column("PRAGMA journal_mode").front(), "wal");
}

// The journal mode is part of the header (bytes 18 and 19): a write that
// fails must not have switched it either.
TEST_F(SqliteWorkspaceTest, AFailedWriteLeavesAFileInEitherJournalModeByteForByte) {
    const CampaignId campaign = addCampaign();
    const Activity existing = addActivities(campaign, {"Reel"}).front();
    workspace.reset();
    for (const char *mode : {"DELETE", "WAL"}) {
        RawDatabase(path).exec(fmt::format("PRAGMA journal_mode = {}", mode));
        const std::string before = readBytes(path);

        reopen();
        std::vector<Activity> batch{makeActivity("Post"), existing}; // the second id is taken
        ASSERT_FALSE(workspace->addActivities(campaign, batch).has_value()) << mode;
        workspace.reset();
        EXPECT_EQ(readBytes(path), before) << mode;
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            EXPECT_FALSE(testing::fs::exists(path + suffix)) << mode << suffix;
    }
}

TEST_F(SqliteWorkspaceTest, AFullDiskIsAUserErrorAndChangesNothing) {
    const CampaignId campaign = addCampaign();
    addActivities(campaign, {"Reel", "Story"});
    workspace.reset();
    const std::string before = readBytes(path);

    reopen();
    ASSERT_TRUE(workspace->limitPageCountForTesting(1));
    std::vector<Activity> many(2000, makeActivity("Long notes"));
    for (Activity &activity : many)
        activity.notes = std::string(2000, 'x'); // about 4 MB: far beyond the cap
    auto added = workspace->addActivities(campaign, many);
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().kind, Error::Kind::User);
    EXPECT_EQ(added.error().message, fmt::format("cannot save to {}: the disk is full", path));
    EXPECT_EQ(storedTitles(campaign), (std::vector<std::string>{"Reel", "Story"}));
    workspace.reset();
    EXPECT_EQ(readBytes(path), before);
}

} // namespace
} // namespace castnet::core
