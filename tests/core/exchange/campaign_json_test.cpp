// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/campaign_json.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace castnet::core;
using nlohmann::ordered_json;

namespace {

std::string fixture(const std::string &name) {
    std::ifstream in(std::string(CASTNET_FIXTURES_DIR) + "/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

Brand sampleBrand() {
    Brand brand;
    brand.id = BrandId{3};
    brand.name = "Fjord Coffee";
    brand.industry = "Food & drink";
    brand.audience = "Remote workers, 25–40";
    brand.notes = "Line one\nline \"two\"";
    return brand;
}

CampaignSnapshot sampleSnapshot() {
    CampaignSnapshot s;
    s.campaign = defaultCampaign("Autumn roast", "2026-09-07");
    s.campaign.id = CampaignId{11};
    s.campaign.brandId = BrandId{3};
    s.campaign.objective = Objective::Community;
    s.campaign.weeks = 26;
    s.campaign.capacityHoursPerWeek = 37.5;
    s.campaign.budgetPerWeek = Cents(125'050); // 1250.50
    s.campaign.currency = "NOK";
    s.campaign.returnUnit = "qualified leads";
    s.campaign.automationSaving = 0.35;

    Activity reel;
    reel.id = ActivityId{101};
    reel.campaignId = CampaignId{11};
    reel.channel = "Instagram";
    reel.title = "Roastery reel 🎬";
    reel.format = Format::Video;
    reel.interaction = Interaction::Broadcast;
    reel.automated = true;
    reel.goal = Goal::Awareness;
    reel.cadencePerWeek = 1.0 / 3.0; // unrounded on purpose
    reel.hoursPerOccurrence = 2.5;
    reel.setupHours = 6;
    reel.costPerOccurrence = Cents(1205); // 12.05
    reel.startWeek = 1;
    reel.endWeek = 26;
    reel.notes = "=SUM(A1) stays text in JSON";
    reel.uid = "6f1c2a7e-3b9d-4c5e-8f10-2a3b4c5d6e7f";
    reel.revision = 3;

    Activity forum;
    forum.id = ActivityId{102};
    forum.campaignId = CampaignId{11};
    forum.channel = "Reddit r/coffee";
    forum.title = "Answer brewing questions";
    forum.format = Format::ThreadReply;
    forum.interaction = Interaction::Community;
    forum.goal = Goal::Relationships;
    forum.cadencePerWeek = 4;
    forum.hoursPerOccurrence = 0.75;
    forum.startWeek = 3;
    forum.endWeek = 20;
    forum.response.maxWeeklyReturn = 80;
    forum.response.halfSaturationHours = 2.2;
    forum.response.shape = 1.7;
    forum.response.carryover = 0.85;
    forum.trackOverride = Track::Networking;
    forum.uid = "0b8e0d4a-91f2-4e6b-a7c3-5d4e3f2a1b0c";
    forum.revision = 1;

    s.activities = {reel, forum};

    Scenario heavy;
    heavy.id = ScenarioId{5};
    heavy.campaignId = CampaignId{11};
    heavy.name = "Networking heavy";
    heavy.allocations = {{ActivityId{102}, 6.25}, {ActivityId{101}, 0.0}};
    Scenario empty;
    empty.id = ScenarioId{6};
    empty.campaignId = CampaignId{11};
    empty.name = "Nothing changed";
    s.scenarios = {heavy, empty};
    return s;
}

// The sample document with one value replaced, given as a JSON pointer.
std::string withValue(const std::string &pointer, const ordered_json &value) {
    ordered_json document = ordered_json::parse(writeCampaignJson(sampleBrand(), sampleSnapshot()));
    document[ordered_json::json_pointer(pointer)] = value;
    return document.dump();
}

std::string without(const std::string &pointer) {
    ordered_json document = ordered_json::parse(writeCampaignJson(sampleBrand(), sampleSnapshot()));
    const ordered_json::json_pointer path(pointer);
    document[path.parent_pointer()].erase(path.back());
    return document.dump();
}

std::string refusal(std::string_view text) {
    auto snapshot = readCampaignJson(text);
    return snapshot ? std::string("accepted") : snapshot.error().message;
}

} // namespace

TEST(CampaignJsonTest, WholeCampaignRoundTrips) {
    const CampaignSnapshot original = sampleSnapshot();
    auto read = readCampaignJson(writeCampaignJson(sampleBrand(), original));
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(*read, original);
}

TEST(CampaignJsonTest, WriteReadWriteGivesTheSameBytes) {
    const std::string first = writeCampaignJson(sampleBrand(), sampleSnapshot());
    auto read = readCampaignJson(first);
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(writeCampaignJson(sampleBrand(), *read), first);
}

TEST(CampaignJsonTest, ExportWritesTheDocumentedFormat) {
    // The fixture is the reviewed shape of the file; a change here changes
    // what users' exports look like.
    const std::string file = fixture("campaign_rich.json");
    ASSERT_FALSE(file.empty());
    EXPECT_EQ(writeCampaignJson(sampleBrand(), sampleSnapshot()), file);
    auto read = readCampaignJson(file);
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(*read, sampleSnapshot());
}

TEST(CampaignJsonTest, MoneyIsWrittenInCurrencyUnitsAndNumbersUnrounded) {
    const ordered_json document =
        ordered_json::parse(writeCampaignJson(sampleBrand(), sampleSnapshot()));
    EXPECT_EQ(document["campaign"]["budget_per_week"].get<double>(), 1250.5);
    EXPECT_EQ(document["activities"][0]["cost_per_occurrence"].get<double>(), 12.05);
    EXPECT_EQ(document["activities"][0]["cadence_per_week"].get<double>(), 1.0 / 3.0);
    EXPECT_EQ(document["activities"][0]["automated"], true);
    EXPECT_TRUE(document["activities"][0]["track"].is_null());
    EXPECT_TRUE(document["activities"][0]["shape"].is_null());
    EXPECT_EQ(document["activities"][1]["track"], "networking");
    EXPECT_EQ(document["scenarios"][0]["allocations"][0]["activity_id"], 102);
}

TEST(CampaignJsonTest, NoBudgetIsNull) {
    CampaignSnapshot snapshot = sampleSnapshot();
    snapshot.campaign.budgetPerWeek.reset();
    const std::string text = writeCampaignJson(sampleBrand(), snapshot);
    EXPECT_TRUE(ordered_json::parse(text)["campaign"]["budget_per_week"].is_null());
    auto read = readCampaignJson(text);
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_FALSE(read->campaign.budgetPerWeek.has_value());
}

TEST(CampaignJsonTest, WholeNumbersWrittenAsDecimalsAreRead) {
    auto read = readCampaignJson(withValue("/activities/0/start_week", 2.0));
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(read->activities[0].startWeek, 2);
}

TEST(CampaignJsonTest, EnumWordsAreReadInAnyCase) {
    auto read = readCampaignJson(withValue("/activities/0/format", " Video "));
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(read->activities[0].format, Format::Video);
}

TEST(CampaignJsonTest, TextThatIsNotJsonIsRefused) {
    EXPECT_EQ(refusal("{\"format\": NaN}"),
              "not valid JSON at line 1, column 12: syntax error while parsing value - invalid "
              "literal; last read: '\"format\": N'");
    EXPECT_TRUE(refusal("").starts_with("not valid JSON at line 1, column 1")) << refusal("");
    EXPECT_EQ(refusal("[]"), "the file must hold a JSON object, not a list");
}

TEST(CampaignJsonTest, FileOfAnotherKindIsRefused) {
    EXPECT_EQ(refusal(withValue("/format", "castnet.report")),
              "format: \"castnet.report\" is not a Castnet campaign file (\"castnet.campaign\")");
    EXPECT_EQ(refusal(without("/format")), "format: is missing");
}

TEST(CampaignJsonTest, NewerVersionIsRefused) {
    EXPECT_EQ(refusal(withValue("/version", 3)),
              "version: the file was written by a newer Castnet (version 3); this one reads "
              "version 2");
}

TEST(CampaignJsonTest, AnActivitysUidAndRevisionAreKept) {
    auto read = readCampaignJson(writeCampaignJson(sampleBrand(), sampleSnapshot()));
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(read->activities[0].uid, "6f1c2a7e-3b9d-4c5e-8f10-2a3b4c5d6e7f");
    EXPECT_EQ(read->activities[0].revision, 3);
}

TEST(CampaignJsonTest, AFileWithoutUidsIsReadAndTheWorkspaceGivesThem) {
    ordered_json document = ordered_json::parse(writeCampaignJson(sampleBrand(), sampleSnapshot()));
    document["version"] = 1; // written before activities had uids
    for (auto &activity : document["activities"]) {
        activity.erase("uid");
        activity.erase("revision");
    }
    auto read = readCampaignJson(document.dump());
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(read->activities[0].uid, "");
    EXPECT_EQ(read->activities[0].revision, 0);
}

TEST(CampaignJsonTest, AnUppercaseUidIsReadInLowercase) {
    auto read =
        readCampaignJson(withValue("/activities/0/uid", "6F1C2A7E-3B9D-4C5E-8F10-2A3B4C5D6E7F"));
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(read->activities[0].uid, "6f1c2a7e-3b9d-4c5e-8f10-2a3b4c5d6e7f");
}

TEST(CampaignJsonTest, AUidThatIsNotAUuidIsRefusedByItsPath) {
    EXPECT_EQ(refusal(withValue("/activities/1/uid", "reel-1")),
              "activities[1].uid: \"reel-1\" is not a UUID (8-4-4-4-12 hex digits)");
    EXPECT_EQ(refusal(withValue("/activities/1/uid", 7)),
              "activities[1].uid: must be text, not a number");
    EXPECT_EQ(refusal(withValue("/activities/1/revision", 0)),
              "activities[1].revision: must be at least 1, not 0");
}

TEST(CampaignJsonTest, TwoActivitiesWithOneUidAreRefused) {
    EXPECT_EQ(refusal(withValue("/activities/1/uid", "6f1c2a7e-3b9d-4c5e-8f10-2a3b4c5d6e7f")),
              "activities[1].uid: 6f1c2a7e-3b9d-4c5e-8f10-2a3b4c5d6e7f is the uid of an earlier "
              "activity");
}

TEST(CampaignJsonTest, MissingFieldIsNamedByItsPath) {
    EXPECT_EQ(refusal(without("/activities/1/title")), "activities[1].title: is missing");
    EXPECT_EQ(refusal(without("/campaign/weeks")), "campaign.weeks: is missing");
    EXPECT_EQ(refusal(without("/scenarios")), "scenarios: is missing");
    EXPECT_EQ(refusal(without("/scenarios/0/allocations/1/hours")),
              "scenarios[0].allocations[1].hours: is missing");
    EXPECT_EQ(refusal(without("/activities/0/track")), "activities[0].track: is missing");
}

TEST(CampaignJsonTest, WrongTypeIsRefused) {
    EXPECT_EQ(refusal(withValue("/activities/0/cadence_per_week", "2")),
              "activities[0].cadence_per_week: must be a number, not text");
    EXPECT_EQ(refusal(withValue("/activities/0/automated", "yes")),
              "activities[0].automated: must be true or false, not text");
    EXPECT_EQ(refusal(withValue("/activities/0/title", 5)),
              "activities[0].title: must be text, not a number");
    EXPECT_EQ(refusal(withValue("/activities/0/cost_per_occurrence", nullptr)),
              "activities[0].cost_per_occurrence: must be a number, not null");
    EXPECT_EQ(refusal(withValue("/activities", ordered_json::object())),
              "activities: must be a list, not an object");
    EXPECT_EQ(refusal(withValue("/activities/1", ordered_json::array())),
              "activities[1]: must be an object, not a list");
    EXPECT_EQ(refusal(withValue("/brand/name", false)), "brand.name: must be text, not false");
}

TEST(CampaignJsonTest, UnknownEnumWordIsRefused) {
    EXPECT_EQ(refusal(withValue("/activities/1/interaction", "chat")),
              "activities[1].interaction: \"chat\" is not one of: broadcast, dialogue, community");
    EXPECT_EQ(refusal(withValue("/activities/1/track", "both")),
              "activities[1].track: \"both\" is not one of: media, networking");
    EXPECT_EQ(refusal(withValue("/campaign/objective", "fame")),
              "campaign.objective: \"fame\" is not one of: awareness, leads, sales, community, "
              "feedback");
}

TEST(CampaignJsonTest, NumberBeyondADoubleIsRefused) {
    std::string text = withValue("/activities/0/hours_per_occurrence", 1.0);
    const std::string needle = "\"hours_per_occurrence\":1.0";
    ASSERT_NE(text.find(needle), std::string::npos);
    text.replace(text.find(needle), needle.size(), "\"hours_per_occurrence\":1e999");
    EXPECT_EQ(refusal(text), "not valid JSON: number overflow parsing '1e999'");
}

TEST(CampaignJsonTest, BytesThatAreNotUtf8AreRefused) {
    std::string text = writeCampaignJson(sampleBrand(), sampleSnapshot());
    const auto at = text.find("Roastery reel");
    ASSERT_NE(at, std::string::npos);
    text[at + 1] = '\xE9'; // a Latin-1 e acute where UTF-8 is required
    EXPECT_TRUE(refusal(text).starts_with("not valid JSON at line ")) << refusal(text);
}

TEST(CampaignJsonTest, OverlongOrNulTextIsRefusedNamingItsPath) {
    EXPECT_EQ(refusal(withValue("/brand/name", std::string(200, 'b'))), "accepted");
    EXPECT_EQ(refusal(withValue("/brand/name", std::string(201, 'b'))),
              "brand.name: must be at most 200 characters long, not 201");
    EXPECT_EQ(refusal(withValue("/brand/industry", std::string(201, 'i'))),
              "brand.industry: must be at most 200 characters long, not 201");
    EXPECT_EQ(refusal(withValue("/brand/notes", std::string(10'001, 'n'))),
              "brand.notes: must be at most 10000 characters long, not 10001");
    EXPECT_EQ(refusal(withValue("/campaign/name", std::string(201, 'c'))),
              "campaign.name: must be at most 200 characters long, not 201");
    EXPECT_EQ(refusal(withValue("/campaign/currency", std::string(51, 'c'))),
              "campaign.currency: must be at most 50 characters long, not 51");
    EXPECT_EQ(refusal(withValue("/activities/0/title", std::string(201, 't'))),
              "activities[0].title: must be at most 200 characters long, not 201");
    EXPECT_EQ(refusal(withValue("/activities/0/notes", std::string(10'000, 'n'))), "accepted");
    EXPECT_EQ(refusal(withValue("/activities/0/notes", std::string(10'001, 'n'))),
              "activities[0].notes: must be at most 10000 characters long, not 10001");
    EXPECT_EQ(refusal(withValue("/scenarios/0/name", std::string(201, 's'))),
              "scenarios[0].name: must be at most 200 characters long, not 201");
    EXPECT_EQ(refusal(withValue("/activities/0/title", std::string("Po\0st", 6))),
              "activities[0].title: must not contain a NUL character");
}

TEST(CampaignJsonTest, LimitsCountCharactersNotBytes) {
    std::string chinese;
    for (int i = 0; i < 200; ++i)
        chinese += "咖"; // 3 bytes each: 600 bytes, 200 characters
    EXPECT_EQ(refusal(withValue("/activities/0/title", chinese)), "accepted");
    EXPECT_EQ(refusal(withValue("/activities/0/title", chinese + "啡")),
              "activities[0].title: must be at most 200 characters long, not 201");
}

TEST(CampaignJsonTest, AKeyGivenTwiceIsRefusedNamingIt) {
    std::string text = writeCampaignJson(sampleBrand(), sampleSnapshot());
    // A second "title" in the second activity: parsers differ on which one
    // counts, so neither may be taken silently.
    const std::size_t second = text.find("\"title\"", text.find("\"title\"") + 1);
    ASSERT_NE(second, std::string::npos);
    text.insert(second, "\"title\": \"Sneaky\", ");
    EXPECT_EQ(refusal(text),
              "activities[1].title: this key is given twice in the same object; give it once");
    EXPECT_EQ(refusal(R"({"format": "castnet.campaign", "format": "castnet.campaign"})"),
              "format: this key is given twice in the same object; give it once");
    EXPECT_EQ(refusal(R"({"scenarios": [{}, {"allocations": [[], {"hours": 1, "hours": 2}]}]})"),
              "scenarios[1].allocations[1].hours: this key is given twice in the same object; "
              "give it once");
}

TEST(CampaignJsonTest, TheSameKeyInDifferentObjectsIsFine) {
    // Every activity has a "title"; only a repeat within one object counts.
    EXPECT_EQ(refusal(writeCampaignJson(sampleBrand(), sampleSnapshot())), "accepted");
}

TEST(CampaignJsonTest, ScenarioHoursOutOfRangeAreNamedByTheirPath) {
    // Not "hours for activity 102": after the import the workspace knows the
    // activity under another id, which the user has never seen.
    EXPECT_EQ(refusal(withValue("/scenarios/0/allocations/0/hours", 1e13)),
              "scenarios[0].allocations[0].hours: must be between 0 and 1e+12, not 1e+13");
}

TEST(CampaignJsonTest, WeeksMustBeWholeNumbers) {
    EXPECT_EQ(refusal(withValue("/activities/0/end_week", 2.5)),
              "activities[0].end_week: must be a whole number, not 2.5");
    EXPECT_EQ(refusal(withValue("/campaign/weeks", 26.5)),
              "campaign.weeks: must be a whole number, not 26.5");
}

TEST(CampaignJsonTest, DomainRulesNameTheFieldByItsPath) {
    EXPECT_EQ(refusal(withValue("/activities/1/cadence_per_week", -3)),
              "activities[1].cadence_per_week: must be between 0 and 1000, not -3");
    EXPECT_EQ(refusal(withValue("/activities/0/end_week", 27)),
              "activities[0].end_week: 27 is after the campaign's 26 weeks");
    EXPECT_EQ(refusal(withValue("/activities/1/carryover", 1)),
              "activities[1].carryover: must be at least 0 and below 1, not 1");
    EXPECT_EQ(refusal(withValue("/campaign/weeks", 300)),
              "campaign.weeks: must be between 1 and 260, not 300");
    EXPECT_EQ(refusal(withValue("/campaign/automation_saving", 1)),
              "campaign.automation_saving: must be at least 0 and below 1, not 1");
    EXPECT_EQ(refusal(withValue("/brand/name", " ")), "brand.name: must not be empty");
}

TEST(CampaignJsonTest, MoneyNeedsAtMostTwoDecimalsAndNoSign) {
    EXPECT_EQ(refusal(withValue("/activities/0/cost_per_occurrence", 12.345)),
              "activities[0].cost_per_occurrence: must have at most 2 decimals, not 12.345");
    EXPECT_EQ(refusal(withValue("/activities/0/cost_per_occurrence", -1)),
              "activities[0].cost_per_occurrence: must be between 0 and 1000000000, not -1");
    EXPECT_EQ(refusal(withValue("/campaign/budget_per_week", 1e10)),
              "campaign.budget_per_week: must be between 0 and 1000000000, not 10000000000");
}

TEST(CampaignJsonTest, UnknownFieldIsRefused) {
    EXPECT_EQ(refusal(withValue("/activities/0/cadence", 2)),
              "activities[0].cadence: is not a field Castnet knows");
    EXPECT_EQ(refusal(withValue("/extra", true)), "extra: is not a field Castnet knows");
}

TEST(CampaignJsonTest, ActivityIdsMustBeUniqueAndPositive) {
    EXPECT_EQ(refusal(withValue("/activities/1/id", 101)),
              "activities[1].id: 101 is the id of an earlier activity");
    EXPECT_EQ(refusal(withValue("/activities/0/id", 0)),
              "activities[0].id: must be at least 1, not 0");
}

TEST(CampaignJsonTest, ScenarioRulesAreChecked) {
    EXPECT_EQ(refusal(withValue("/scenarios/0/allocations/0/activity_id", 999)),
              "scenarios[0].allocations[0].activity_id: no activity in the file has the id 999");
    EXPECT_EQ(refusal(withValue("/scenarios/0/allocations/1/activity_id", 102)),
              "scenarios[0].allocations[1].activity_id: activity 102 already has hours in this "
              "scenario");
    EXPECT_EQ(refusal(withValue("/scenarios/0/allocations/0/hours", -1)),
              "scenarios[0].allocations[0].hours: must be between 0 and 1e+12, not -1");
    EXPECT_EQ(refusal(withValue("/scenarios/1/name", "Plan")),
              "scenarios[1].name: \"plan\" is the plan itself; give the scenario another name");
    EXPECT_EQ(refusal(withValue("/scenarios/1/name", "Networking heavy")),
              "scenarios[1].name: \"Networking heavy\" is the name of an earlier scenario");
    EXPECT_EQ(refusal(withValue("/scenarios/1/name", "")), "scenarios[1].name: must not be empty");
}

TEST(CampaignJsonTest, ErrorMessagesAreOneLine) {
    const std::string message = refusal(withValue("/activities/0/format", "vid\neo"));
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_TRUE(message.starts_with("activities[0].format: \"vid\\neo\" is not one of")) << message;
}
