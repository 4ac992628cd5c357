// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `castnet classify` and `castnet project`: the JSON
// shapes of DESIGN §11 and the readable tables.
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli/demo_cli_fixture.h"

using castnet::test::CliRun;
using castnet::test::keysOf;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using castnet::test::TempDir;
using nlohmann::json;

namespace {

class TracksCliTest : public castnet::test::DemoCliTest {};

} // namespace

TEST_F(TracksCliTest, ClassifyJsonHasTheSpecShapeForEveryActivity) {
    const json rows = runJson({"classify"});
    ASSERT_TRUE(rows.is_array());
    ASSERT_EQ(rows.size(), 31u);
    std::set<std::string> tracks;
    for (const json &row : rows) {
        EXPECT_EQ(keysOf(row), (std::set<std::string>{"id", "title", "track", "computed_track",
                                                      "confidence", "reasons", "overridden"}));
        EXPECT_TRUE(row["reasons"].is_array());
        EXPECT_GE(row["confidence"].get<double>(), 0.0);
        EXPECT_LE(row["confidence"].get<double>(), 1.0);
        tracks.insert(row["track"].get<std::string>());
    }
    EXPECT_EQ(tracks, (std::set<std::string>{"media", "networking"}))
        << "the demo covers both tracks";
}

TEST_F(TracksCliTest, ClassifyGivesTheScoreOfTheSpecForAKnownActivity) {
    const json rows = runJson({"classify"});
    // Activity 1, "Launch reel series": broadcast +3, video +2, awareness +1,
    // automated +1 = 7 → media, confidence 7 / 8 = 0.875.
    const json &reel = rows[0];
    EXPECT_EQ(reel["title"], "Launch reel series");
    EXPECT_EQ(reel["track"], "media");
    EXPECT_DOUBLE_EQ(reel["confidence"].get<double>(), 0.875);
    EXPECT_EQ(reel["reasons"].size(), 4u);
    EXPECT_FALSE(reel["overridden"].get<bool>());
}

TEST_F(TracksCliTest, ProjectJsonHasTheSpecShapeAndConsistentTotals) {
    const json doc = runJson({"project"});
    EXPECT_EQ(keysOf(doc),
              (std::set<std::string>{"weeks", "tracks", "activities", "total_return"}));
    const int weeks = doc["weeks"].get<int>();
    EXPECT_EQ(weeks, 39);
    EXPECT_EQ(keysOf(doc["tracks"]), (std::set<std::string>{"media", "networking"}));
    double trackReturns = 0.0;
    for (const auto &[name, track] : doc["tracks"].items()) {
        EXPECT_EQ(keysOf(track), (std::set<std::string>{"effort", "cost", "return", "total_effort",
                                                        "total_cost", "total_return"}))
            << name;
        for (const char *series : {"effort", "cost", "return"})
            EXPECT_EQ(track[series].size(), static_cast<std::size_t>(weeks)) << name << series;
        trackReturns += track["total_return"].get<double>();
    }
    EXPECT_NEAR(trackReturns, doc["total_return"].get<double>(), 1e-9);
    ASSERT_EQ(doc["activities"].size(), 31u);
    for (const json &a : doc["activities"]) {
        EXPECT_EQ(keysOf(a),
                  (std::set<std::string>{"id", "title", "track", "effort", "return", "total_effort",
                                         "total_return", "maturity_weeks", "marginal_return"}));
        EXPECT_EQ(a["effort"].size(), static_cast<std::size_t>(weeks));
    }
}

TEST_F(TracksCliTest, ProjectJsonIsStreamedAsTheDocumentDumpedWhole) {
    // Written one activity at a time, the text is still exactly what
    // nlohmann writes of the whole document with an indent of 2.
    const CliRun result = run({"project", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json doc = json::parse(result.out);
    EXPECT_EQ(doc.dump(2) + "\n", result.out);
    double activities = 0.0;
    for (const json &a : doc["activities"])
        activities += a["total_return"].get<double>();
    EXPECT_NEAR(activities, doc["total_return"].get<double>(),
                1e-9 * doc["total_return"].get<double>());
}

TEST_F(TracksCliTest, ProjectOfThePlanScenarioIsThePlan) {
    const json plain = runJson({"project"});
    const json plan = runJson({"project", "--scenario", "plan"});
    EXPECT_EQ(plain, plan);
}

TEST_F(TracksCliTest, AnUnknownScenarioIsAOneLineError) {
    const CliRun run = runCastnet(
        {"project", "--db", db, "--campaign", "Lumen 2 launch", "--scenario", "dream", "--json"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.empty()) << "nothing on stdout when --json fails";
    EXPECT_NE(run.err.find("no scenario named \"dream\""), std::string::npos) << run.err;
}

TEST_F(TracksCliTest, ReadableTablesNameTracksAndWarnings) {
    const std::string before = readBytes(db);
    const CliRun classify = runCastnet({"classify", "--db", db, "--campaign-id", "1"});
    EXPECT_EQ(classify.exitCode, 0);
    EXPECT_NE(classify.out.find("computed"), std::string::npos);
    EXPECT_NE(classify.out.find("networking has no shortcut"), std::string::npos);
    const CliRun project = runCastnet({"project", "--db", db, "--campaign-id", "1"});
    EXPECT_EQ(project.exitCode, 0);
    EXPECT_NE(project.out.find("engagement points"), std::string::npos);
    EXPECT_NE(project.out.find("Over capacity"), std::string::npos);
    // Each overloaded week is listed with its days: "3 (16 Mar \u2013 22 Mar)".
    const std::string overload = project.out.substr(project.out.find("Over capacity"));
    EXPECT_NE(overload.find(" \u2013 "), std::string::npos) << overload;
    EXPECT_EQ(readBytes(db), before) << "reading commands leave the workspace as it was";
}
