// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/campaign_import.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_json.h"
#include "core/storage/sqlite/sqlite_workspace.h"

using namespace castnet::core;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view minimalHeader = "channel,title,format,interaction,goal,"
                                           "cadence_per_week,hours_per_occurrence,start_week,"
                                           "end_week\n";

std::string bytesOf(const fs::path &file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

class CampaignImportTest : public ::testing::Test {
protected:
    void SetUp() override {
        char pattern[] = "/tmp/castnet-import-XXXXXX";
        ASSERT_NE(::mkdtemp(pattern), nullptr);
        dir = pattern;
        dbPath = (dir / "castnet.db").string();
        reopen();
    }
    void TearDown() override {
        workspace.reset();
        fs::remove_all(dir);
    }

    void reopen() {
        workspace.reset();
        auto opened = SqliteWorkspace::open(dbPath, SqliteWorkspace::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.has_value()) << opened.error().message;
        workspace = std::move(*opened);
    }

    std::string file(const std::string &name, std::string_view bytes) const {
        const std::string path = (dir / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    std::string fixturePath(const std::string &name) const {
        return std::string(CASTNET_FIXTURES_DIR) + "/" + name;
    }

    ImportResult imported(const ImportRequest &request) {
        auto result = importCampaignFile(*workspace, request);
        EXPECT_TRUE(result.has_value()) << result.error().message;
        return result ? *result : ImportResult{};
    }

    // Runs a failing import on a closed-and-reopened workspace and checks
    // that the file is byte-for-byte what it was. Returns the message.
    std::string refusalLeavingFileUnchanged(const ImportRequest &request) {
        workspace.reset();
        const std::string before = bytesOf(dbPath);
        reopen();
        auto result = importCampaignFile(*workspace, request);
        workspace.reset();
        EXPECT_EQ(bytesOf(dbPath), before) << "a failed import changed the workspace file";
        EXPECT_FALSE(fs::exists(dbPath + "-wal") && fs::file_size(dbPath + "-wal") > 0);
        reopen();
        return result ? std::string("accepted") : result.error().message;
    }

    std::vector<Activity> activitiesOf(CampaignId campaign) {
        auto activities = workspace->activities(campaign);
        EXPECT_TRUE(activities.has_value()) << activities.error().message;
        return activities ? *activities : std::vector<Activity>{};
    }

    // A campaign with the rich fixture's activities and two scenarios,
    // exported as JSON.
    std::string exportedJson() {
        const ImportResult base =
            imported({"Fjord Coffee", "Autumn", 52, fixturePath("activities_rich.csv")});
        const auto activities = activitiesOf(base.campaign.id);
        Scenario heavy;
        heavy.campaignId = base.campaign.id;
        heavy.name = "Networking heavy";
        heavy.allocations = {{activities[1].id, 6.5}, {activities[0].id, 0.0}};
        EXPECT_TRUE(workspace->addScenario(heavy).has_value());
        Scenario light;
        light.campaignId = base.campaign.id;
        light.name = "Light";
        light.allocations = {{activities[2].id, 1.25}};
        EXPECT_TRUE(workspace->addScenario(light).has_value());
        auto snapshot = workspace->snapshot(base.campaign.id);
        auto brand = workspace->findBrand("Fjord Coffee");
        EXPECT_TRUE(snapshot.has_value() && brand.has_value() && brand->has_value());
        return writeCampaignJson(**brand, *snapshot);
    }

    fs::path dir;
    std::string dbPath;
    std::unique_ptr<SqliteWorkspace> workspace;
};

// Allocations in activity order: the workspace need not keep the file's order.
std::vector<Allocation> sorted(std::vector<Allocation> allocations) {
    std::sort(allocations.begin(), allocations.end(),
              [](const Allocation &a, const Allocation &b) { return a.activityId < b.activityId; });
    return allocations;
}

// What must survive an import: everything but ids.
// A copy in the same workspace is another activity: it gets its own uid.
Activity withoutIds(Activity activity) {
    activity.id = {};
    activity.campaignId = {};
    activity.uid.clear();
    activity.revision = 0;
    return activity;
}

} // namespace

// -------------------------------------------------------------------- CSV

TEST_F(CampaignImportTest, CsvCreatesBrandAndCampaignWithDefaults) {
    const ImportResult result =
        imported({"Fjord Coffee", "Spring", std::nullopt, fixturePath("activities_rich.csv")});
    EXPECT_TRUE(result.campaignCreated);
    EXPECT_EQ(result.activitiesAdded, 7);
    EXPECT_EQ(result.campaign.name, "Spring");
    EXPECT_EQ(result.campaign.weeks, 52);
    EXPECT_EQ(result.campaign.startDate, todayIsoDate());
    EXPECT_EQ(result.campaign.objective, Objective::Awareness);
    EXPECT_EQ(result.campaign.currency, "EUR");

    auto brand = workspace->findBrand("Fjord Coffee");
    ASSERT_TRUE(brand.has_value() && brand->has_value());
    EXPECT_EQ(result.campaign.brandId, (*brand)->id);
    const auto activities = activitiesOf(result.campaign.id);
    ASSERT_EQ(activities.size(), 7U);
    EXPECT_EQ(activities[2].title, "Café Zürich — meetup 🎉");
    // What was imported exports to the same bytes.
    EXPECT_EQ(writeActivityCsv(activities), bytesOf(fixturePath("activities_rich.csv")));
}

TEST_F(CampaignImportTest, WeeksSetTheLengthOfANewCampaign) {
    const ImportResult result =
        imported({"Fjord Coffee", "Long", 104, fixturePath("activities_rich.csv")});
    EXPECT_EQ(result.campaign.weeks, 104);
}

TEST_F(CampaignImportTest, UppercaseExtensionIsAccepted) {
    const std::string path = file(
        "PLAN.CSV", std::string(minimalHeader) + "Blog,Post,article,broadcast,awareness,1,1,1,2\n");
    EXPECT_EQ(imported({"Fjord Coffee", "Spring", std::nullopt, path}).activitiesAdded, 1);
}

TEST_F(CampaignImportTest, CsvAppendsToAnExistingCampaign) {
    const ImportRequest request{"Fjord Coffee", "Spring", std::nullopt,
                                fixturePath("activities_rich.csv")};
    const ImportResult first = imported(request);
    const ImportResult second = imported(request);
    EXPECT_FALSE(second.campaignCreated);
    EXPECT_EQ(second.campaign.id, first.campaign.id);
    EXPECT_EQ(second.activitiesAdded, 7);
    EXPECT_EQ(activitiesOf(first.campaign.id).size(), 14U);
}

TEST_F(CampaignImportTest, WeeksMatchingAnExistingCampaignAreAccepted) {
    const std::string path = fixturePath("activities_rich.csv");
    imported({"Fjord Coffee", "Spring", std::nullopt, path});
    EXPECT_FALSE(imported({"Fjord Coffee", "Spring", 52, path}).campaignCreated);
}

TEST_F(CampaignImportTest, WeeksDifferingFromAnExistingCampaignAreRefused) {
    const std::string path = fixturePath("activities_rich.csv");
    imported({"Fjord Coffee", "Spring", std::nullopt, path});
    EXPECT_EQ(refusalLeavingFileUnchanged({"Fjord Coffee", "Spring", 26, path}),
              "--weeks 26 differs from the campaign's 52 weeks");
}

TEST_F(CampaignImportTest, WeeksOutOfRangeAreRefused) {
    EXPECT_EQ(refusalLeavingFileUnchanged(
                  {"Fjord Coffee", "Spring", 300, fixturePath("activities_rich.csv")}),
              "--weeks must be between 1 and 260, not 300");
}

TEST_F(CampaignImportTest, BadCsvStoresNothing) {
    imported({"Existing", "Kept", std::nullopt, fixturePath("activities_rich.csv")});
    const std::string path = file("bad.csv", std::string(minimalHeader) +
                                                 "Blog,Good,article,broadcast,awareness,1,1,1,2\n"
                                                 "Blog,Bad,article,broadcast,awareness,1,1,1,99\n");
    EXPECT_EQ(refusalLeavingFileUnchanged({"New brand", "New campaign", std::nullopt, path}),
              "line 3, column end_week: 99 is after the campaign's 52 weeks");
    auto brand = workspace->findBrand("New brand");
    ASSERT_TRUE(brand.has_value());
    EXPECT_FALSE(brand->has_value());
}

TEST_F(CampaignImportTest, CsvIsCheckedAgainstTheNewCampaignsWeeks) {
    EXPECT_EQ(refusalLeavingFileUnchanged(
                  {"Fjord Coffee", "Short", 10, fixturePath("activities_rich.csv")}),
              "line 2, column end_week: 52 is after the campaign's 10 weeks");
}

TEST_F(CampaignImportTest, EmptyCsvIsRefused) {
    EXPECT_EQ(refusalLeavingFileUnchanged(
                  {"Fjord Coffee", "Spring", std::nullopt, file("empty.csv", "")}),
              "line 1: the header row is missing");
}

TEST_F(CampaignImportTest, OtherExtensionsAreRefused) {
    const std::string path = file("plan.txt", minimalHeader);
    EXPECT_EQ(refusalLeavingFileUnchanged({"Fjord Coffee", "Spring", std::nullopt, path}),
              "\"" + path + "\" is neither a .csv nor a .json file");
    const std::string bare = file("plan", minimalHeader);
    EXPECT_EQ(refusalLeavingFileUnchanged({"Fjord Coffee", "Spring", std::nullopt, bare}),
              "\"" + bare + "\" is neither a .csv nor a .json file");
}

TEST_F(CampaignImportTest, MissingFileIsNamed) {
    const std::string path = (dir / "gone.csv").string();
    EXPECT_EQ(refusalLeavingFileUnchanged({"Fjord Coffee", "Spring", std::nullopt, path}),
              "cannot read \"" + path + "\": it does not exist");
}

TEST_F(CampaignImportTest, ActivityCsvAppendsToACampaign) {
    const ImportResult base =
        imported({"Fjord Coffee", "Spring", std::nullopt, fixturePath("activities_rich.csv")});
    auto added = importActivityCsv(*workspace, base.campaign.id,
                                   std::string(minimalHeader) +
                                       "Blog,Post,article,broadcast,awareness,1,1,1,2\n");
    ASSERT_TRUE(added.has_value()) << added.error().message;
    EXPECT_EQ(*added, 1);
    EXPECT_EQ(activitiesOf(base.campaign.id).size(), 8U);
}

TEST_F(CampaignImportTest, BadActivityCsvAppendsNothing) {
    const ImportResult base =
        imported({"Fjord Coffee", "Spring", std::nullopt, fixturePath("activities_rich.csv")});
    workspace.reset();
    const std::string before = bytesOf(dbPath);
    reopen();
    auto added = importActivityCsv(*workspace, base.campaign.id,
                                   std::string(minimalHeader) +
                                       "Blog,Post,article,broadcast,awareness,1,1,1,2\n"
                                       "Blog,Post,article,broadcast,awareness,1,1,1,2,3\n");
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().message, "line 3: 10 fields, the header has 9");
    workspace.reset();
    EXPECT_EQ(bytesOf(dbPath), before);
}

// ------------------------------------------------------------------- JSON

TEST_F(CampaignImportTest, JsonCreatesTheWholeCampaignUnderTheGivenNames) {
    const std::string json = exportedJson();
    auto original = readCampaignJson(json);
    ASSERT_TRUE(original.has_value()) << original.error().message;

    const ImportResult result =
        imported({"Other brand", "Copy", std::nullopt, file("autumn.json", json)});
    EXPECT_TRUE(result.campaignCreated);
    EXPECT_EQ(result.activitiesAdded, 7);
    EXPECT_EQ(result.campaign.name, "Copy");
    EXPECT_NE(result.campaign.id, original->campaign.id);

    auto copy = workspace->snapshot(result.campaign.id);
    ASSERT_TRUE(copy.has_value()) << copy.error().message;
    Campaign expectedCampaign = original->campaign;
    expectedCampaign.id = copy->campaign.id;
    expectedCampaign.brandId = copy->campaign.brandId;
    expectedCampaign.name = "Copy";
    EXPECT_EQ(copy->campaign, expectedCampaign);
    ASSERT_EQ(copy->activities.size(), original->activities.size());
    for (std::size_t i = 0; i < copy->activities.size(); ++i)
        EXPECT_EQ(withoutIds(copy->activities[i]), withoutIds(original->activities[i])) << i;

    // Scenarios come along with their allocations pointing at the new activities.
    ASSERT_EQ(copy->scenarios.size(), 2U);
    const auto byName = [&](const std::string &name) {
        return *std::find_if(copy->scenarios.begin(), copy->scenarios.end(),
                             [&](const Scenario &s) { return s.name == name; });
    };
    const Scenario heavy = byName("Networking heavy");
    EXPECT_EQ(sorted(heavy.allocations), (std::vector<Allocation>{{copy->activities[0].id, 0.0},
                                                                  {copy->activities[1].id, 6.5}}));
    EXPECT_EQ(byName("Light").allocations,
              (std::vector<Allocation>{{copy->activities[2].id, 1.25}}));
}

TEST_F(CampaignImportTest, JsonIntoAnExistingCampaignAppendsActivitiesAndScenarios) {
    const std::string json = exportedJson();
    nlohmann::ordered_json document = nlohmann::ordered_json::parse(json);
    for (auto &scenario : document["scenarios"])
        scenario["name"] = "Imported " + scenario["name"].get<std::string>();
    const std::string path = file("more.json", document.dump());

    auto campaign = workspace->campaigns(std::nullopt);
    ASSERT_TRUE(campaign.has_value() && campaign->size() == 1U);
    const CampaignId id = campaign->front().id;
    const ImportResult result = imported({"Fjord Coffee", "Autumn", std::nullopt, path});
    EXPECT_FALSE(result.campaignCreated);
    EXPECT_EQ(result.campaign.id, id);
    EXPECT_EQ(result.activitiesAdded, 7);

    auto snapshot = workspace->snapshot(id);
    ASSERT_TRUE(snapshot.has_value());
    ASSERT_EQ(snapshot->activities.size(), 14U);
    ASSERT_EQ(snapshot->scenarios.size(), 4U);
    const auto copied = std::find_if(snapshot->scenarios.begin(), snapshot->scenarios.end(),
                                     [](const Scenario &s) { return s.name == "Imported Light"; });
    ASSERT_NE(copied, snapshot->scenarios.end());
    // "Light" gave hours to the third activity; its copy is the tenth (7 + 3).
    EXPECT_EQ(copied->allocations, (std::vector<Allocation>{{snapshot->activities[9].id, 1.25}}));
}

TEST_F(CampaignImportTest, JsonWhoseScenarioNameIsTakenStoresNothing) {
    const std::string path = file("again.json", exportedJson());
    EXPECT_EQ(refusalLeavingFileUnchanged({"Fjord Coffee", "Autumn", std::nullopt, path}),
              "campaign \"Autumn\" already has a scenario named \"Light\"; rename it "
              "in the file or delete it first");
}

TEST_F(CampaignImportTest, JsonActivitiesMustFitAnExistingCampaign) {
    const std::string json = exportedJson();
    imported({"Fjord Coffee", "Short", 20,
              file("short.csv", std::string(minimalHeader) +
                                    "Blog,Post,article,broadcast,awareness,1,1,1,2\n")});
    nlohmann::ordered_json document = nlohmann::ordered_json::parse(json);
    document["scenarios"] = nlohmann::ordered_json::array();
    EXPECT_EQ(refusalLeavingFileUnchanged(
                  {"Fjord Coffee", "Short", std::nullopt, file("long.json", document.dump())}),
              "activities[0].end_week: 52 is after the campaign's 20 weeks");
}

TEST_F(CampaignImportTest, WeeksDifferingFromTheJsonFileAreRefused) {
    const std::string path = file("autumn.json", exportedJson());
    EXPECT_EQ(refusalLeavingFileUnchanged({"Fjord Coffee", "Copy", 26, path}),
              "--weeks 26 differs from the file's 52 weeks");
}

TEST_F(CampaignImportTest, BadJsonStoresNothing) {
    nlohmann::ordered_json document = nlohmann::ordered_json::parse(exportedJson());
    document["activities"][4]["shape"] = 0;
    EXPECT_EQ(refusalLeavingFileUnchanged(
                  {"New brand", "Copy", std::nullopt, file("bad.json", document.dump())}),
              "activities[4].shape: must be greater than 0, not 0");
    EXPECT_EQ(refusalLeavingFileUnchanged(
                  {"New brand", "Copy", std::nullopt, file("broken.json", "{\"format\":")}),
              "not valid JSON at line 1, column 11: syntax error while parsing value - "
              "unexpected end of input; expected '[', '{', or a literal");
}
