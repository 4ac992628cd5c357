// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `castnet compare`: scenarios side by side in the order
// given, the JSON shape of DESIGN §11, differences to the first column, and
// refusals that leave the workspace as it was.
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

const std::set<std::string> figureKeys{
    "activity_count",           "total_effort",  "total_cost", "total_return", "return_per_hour",
    "return_per_currency_unit", "maturity_weeks"};

class CompareCliTest : public castnet::test::DemoCliTest {
protected:
    void SetUp() override {
        DemoCliTest::SetUp();
        // Two stored scenarios: the best mix, and a lean one on half the hours.
        ASSERT_EQ(run({"optimize", "--save-as", "Best mix"}).exitCode, 0);
        ASSERT_EQ(run({"optimize", "--hours", "30", "--save-as", "Lean"}).exitCode, 0);
    }
};

} // namespace

TEST_F(CompareCliTest, JsonHasTheSpecShapeInTheOrderGiven) {
    const json doc =
        runJson({"compare", "--scenario", "Lean", "--scenario", "plan", "--scenario", "Best mix"});
    EXPECT_EQ(keysOf(doc), (std::set<std::string>{"scenarios"}));
    ASSERT_EQ(doc["scenarios"].size(), 3u);
    EXPECT_EQ(doc["scenarios"][0]["name"], "Lean");
    EXPECT_EQ(doc["scenarios"][1]["name"], "plan");
    EXPECT_EQ(doc["scenarios"][2]["name"], "Best mix");
    std::set<std::string> scenarioKeys = figureKeys;
    scenarioKeys.insert({"name", "tracks", "channels", "difference"});
    std::set<std::string> differenceKeys = figureKeys;
    differenceKeys.insert({"tracks", "channels"});
    for (const json &scenario : doc["scenarios"]) {
        EXPECT_EQ(keysOf(scenario), scenarioKeys);
        EXPECT_EQ(keysOf(scenario["difference"]), differenceKeys);
        EXPECT_EQ(keysOf(scenario["tracks"]), (std::set<std::string>{"media", "networking"}));
        for (const char *track : {"media", "networking"})
            EXPECT_EQ(keysOf(scenario["tracks"][track]), figureKeys) << track;
        // Every channel of the demo, in every column.
        EXPECT_EQ(scenario["channels"].size(), 12u);
        for (const auto &[channel, figures] : scenario["channels"].items())
            EXPECT_EQ(keysOf(figures), figureKeys) << channel;
    }
}

TEST_F(CompareCliTest, ThePlanColumnHasTheFiguresOfProject) {
    const json doc = runJson({"compare", "--scenario", "plan", "--scenario", "Best mix"});
    const json project = runJson({"project"});
    const json &plan = doc["scenarios"][0];
    EXPECT_DOUBLE_EQ(plan["total_return"].get<double>(), project["total_return"].get<double>());
    for (const char *track : {"media", "networking"}) {
        for (const char *figure : {"total_effort", "total_cost", "total_return"}) {
            EXPECT_DOUBLE_EQ(plan["tracks"][track][figure].get<double>(),
                             project["tracks"][track][figure].get<double>())
                << track << " " << figure;
        }
    }
    // A stored scenario's column is its projection too.
    const json best = runJson({"project", "--scenario", "Best mix"});
    EXPECT_DOUBLE_EQ(doc["scenarios"][1]["total_return"].get<double>(),
                     best["total_return"].get<double>());
}

TEST_F(CompareCliTest, DifferencesAreToTheFirstColumn) {
    const json doc = runJson({"compare", "--scenario", "plan", "--scenario", "Lean"});
    const json &plan = doc["scenarios"][0];
    const json &lean = doc["scenarios"][1];
    for (const char *figure : {"total_effort", "total_cost", "total_return"}) {
        EXPECT_DOUBLE_EQ(plan["difference"][figure].get<double>(), 0.0) << figure;
        EXPECT_NEAR(lean["difference"][figure].get<double>(),
                    lean[figure].get<double>() - plan[figure].get<double>(), 1e-6)
            << figure;
    }
    EXPECT_NEAR(lean["difference"]["tracks"]["networking"]["total_return"].get<double>(),
                lean["tracks"]["networking"]["total_return"].get<double>() -
                    plan["tracks"]["networking"]["total_return"].get<double>(),
                1e-6);
    // The lean mix works half the capacity: 30 h a week against the plan's
    // 1,668.7 h over 39 weeks, setup included.
    EXPECT_LT(lean["total_effort"].get<double>(), plan["total_effort"].get<double>());
}

TEST_F(CompareCliTest, ReadableTableShowsEveryScenarioAndTheChange) {
    const std::string before = readBytes(db);
    const CliRun table = run({"compare", "--scenario", "plan", "--scenario", "Best mix"});
    EXPECT_EQ(table.exitCode, 0) << table.err;
    EXPECT_NE(table.out.find("Best mix"), std::string::npos);
    EXPECT_NE(table.out.find("change"), std::string::npos);
    EXPECT_NE(table.out.find("networking return"), std::string::npos);
    EXPECT_NE(table.out.find("Discord owners club: effort h"), std::string::npos);
    EXPECT_EQ(readBytes(db), before) << "compare only reads";
}

TEST_F(CompareCliTest, RefusesFewerThanTwoOrMoreThanFourScenarios) {
    EXPECT_NE(refusal({"compare", "--scenario", "plan"})
                  .find("compare takes 2 to 4 --scenario flags, not 1"),
              std::string::npos);
    EXPECT_NE(refusal({"compare"}).find("not 0"), std::string::npos);
    EXPECT_NE(refusal({"compare", "--scenario", "plan", "--scenario", "Lean", "--scenario",
                       "Best mix", "--scenario", "plan", "--scenario", "Lean"})
                  .find("not 5"),
              std::string::npos);
}

TEST_F(CompareCliTest, RefusesAnUnknownScenarioOrFlag) {
    EXPECT_NE(refusal({"compare", "--scenario", "plan", "--scenario", "Dream", "--json"})
                  .find("no scenario named \"Dream\""),
              std::string::npos);
    EXPECT_NE(refusal({"compare", "--scenarios", "plan"}).find("compare has no option --scenarios"),
              std::string::npos);
    EXPECT_NE(refusal({"compare", "--scenario", "plan", "--scenario", "Lean", "extra"})
                  .find("takes no argument"),
              std::string::npos);
}
