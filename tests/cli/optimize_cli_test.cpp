// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `castnet optimize`: the JSON shape of DESIGN §11, the
// limits it respects, --save-as followed by compare, and refusals (bad flags,
// infeasible requests) that exit 2 and leave the workspace as it was.
#include <algorithm>
#include <cmath>
#include <map>
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

// The demo activities that cost money.
const std::set<int> costedActivities{1, 4, 6, 7, 13, 20, 21, 22, 23, 27, 28};

class OptimizeCliTest : public castnet::test::DemoCliTest {
protected:
    std::map<int, std::string> tracks() {
        std::map<int, std::string> byId;
        for (const json &row : runJson({"classify"}))
            byId[row["id"].get<int>()] = row["track"].get<std::string>();
        return byId;
    }
};

const std::set<std::string> bindings{"upper_bound", "lower_bound", "lock",
                                     "capacity",    "budget",      "min_share"};

} // namespace

TEST_F(OptimizeCliTest, JsonHasTheSpecShapeAndStaysWithinTheCampaignLimits) {
    const json doc = runJson({"optimize"});
    EXPECT_EQ(keysOf(doc),
              (std::set<std::string>{"hours", "budget", "total_return", "gap",
                                     "full_capacity_weeks", "full_budget_weeks", "allocation"}));
    // A proven bound on how far the answer can fall short of the best mix.
    EXPECT_GE(doc["gap"].get<double>(), 0.0);
    EXPECT_LT(doc["gap"].get<double>(), 0.02);
    // The demo campaign: 60 h a week, 1,500 EUR a week.
    EXPECT_DOUBLE_EQ(doc["hours"].get<double>(), 60.0);
    EXPECT_DOUBLE_EQ(doc["budget"].get<double>(), 1500.0);
    ASSERT_EQ(doc["allocation"].size(), 31u);
    for (const json &a : doc["allocation"]) {
        EXPECT_EQ(keysOf(a),
                  (std::set<std::string>{"id", "title", "hours", "marginal_return", "binding"}));
        EXPECT_TRUE(a["binding"].is_null() || bindings.contains(a["binding"].get<std::string>()))
            << a["binding"];
        EXPECT_GE(a["hours"].get<double>(), 0.0);
        // Capacity holds week by week (DESIGN §6 version 2), so the sum over
        // activities running in different weeks may pass 60 h; one alone
        // never does.
        EXPECT_LE(a["hours"].get<double>(), 60.0 + 1e-9);
    }
    // The best mix beats the plan.
    EXPECT_GT(doc["total_return"].get<double>(),
              runJson({"project"})["total_return"].get<double>());
}

TEST_F(OptimizeCliTest, FlagsOverrideTheCapacityAndBudget) {
    const json doc = runJson({"optimize", "--hours", "30", "--budget", "0"});
    EXPECT_DOUBLE_EQ(doc["hours"].get<double>(), 30.0);
    EXPECT_DOUBLE_EQ(doc["budget"].get<double>(), 0.0);
    for (const json &a : doc["allocation"]) {
        EXPECT_LE(a["hours"].get<double>(), 30.0 + 1e-9);
        // --budget 0 allows no spending: whatever costs money gets no hours.
        if (costedActivities.contains(a["id"].get<int>())) {
            EXPECT_DOUBLE_EQ(a["hours"].get<double>(), 0.0) << a["title"];
        }
    }
}

TEST_F(OptimizeCliTest, StepSetsTheHourGrid) {
    const json doc = runJson({"optimize", "--step", "0.5"});
    for (const json &a : doc["allocation"]) {
        const double h = a["hours"].get<double>();
        // On the 0.5 h grid, or at the activity's exact upper bound (or its plan when locked).
        if (a["binding"] != "upper_bound" && a["binding"] != "lock") {
            EXPECT_DOUBLE_EQ(h, std::round(h * 2.0) / 2.0) << a["title"];
        }
    }
    EXPECT_NE(refusal({"optimize", "--step", "-0.25"})
                  .find("--step must be a number of hours, 0 or more, not \"-0.25\""),
              std::string::npos);
}

TEST_F(OptimizeCliTest, StepZeroPolishesTheGridOptimumOffTheGridKeepingEveryLimit) {
    const json grid = runJson({"optimize"});
    const json polished = runJson({"optimize", "--step", "0"});
    // Never below the grid optimum it starts from.
    EXPECT_GE(polished["total_return"].get<double>(),
              grid["total_return"].get<double>() * (1.0 - 1e-12));
    for (const json &a : polished["allocation"]) {
        EXPECT_GE(a["hours"].get<double>(), 0.0);
        EXPECT_LE(a["hours"].get<double>(), 60.0 + 1e-9);
    }
    // The project command agrees with the polished figures once saved.
    const json saved = runJson({"optimize", "--step", "0", "--save-as", "Polished"});
    EXPECT_NEAR(runJson({"project", "--scenario", "Polished"})["total_return"].get<double>(),
                saved["total_return"].get<double>(), 1e-6 * saved["total_return"].get<double>());
    EXPECT_TRUE(saved["full_capacity_weeks"].is_array());
}

TEST_F(OptimizeCliTest, TargetReturnTakesTheFewestRecurringHoursThatReachIt) {
    const json best = runJson({"optimize"});
    const double highest = best["total_return"].get<double>();
    const double target = std::round(0.5 * highest);
    const json doc = runJson({"optimize", "--target-return", std::to_string(target)});
    EXPECT_GE(doc["total_return"].get<double>(), target * (1.0 - 1e-9));
    EXPECT_DOUBLE_EQ(doc["target_return"].get<double>(), target);
    // Half the best return takes well under the hours of the best mix.
    double bestHours = 0.0, hours = 0.0;
    for (const json &a : best["allocation"])
        bestHours += a["hours"].get<double>();
    for (const json &a : doc["allocation"])
        hours += a["hours"].get<double>();
    EXPECT_LT(hours, bestHours);
    EXPECT_GT(doc["recurring_hours"].get<double>(), 0.0);
}

TEST_F(OptimizeCliTest, ATargetBeyondReachExitsTwoNamingTheHighestReturn) {
    const std::string refused =
        refusal({"optimize", "--target-return", "1e9", "--save-as", "Never"});
    EXPECT_NE(refused.find("the target return of 1000000000"), std::string::npos) << refused;
    EXPECT_NE(refused.find("is beyond reach: the highest reachable return is"), std::string::npos)
        << refused;
    EXPECT_NE(refusal({"optimize", "--target-return", "lots"})
                  .find("--target-return must be a return over the campaign, 0 or more, not "
                        "\"lots\""),
              std::string::npos);
}

TEST_F(OptimizeCliTest, LocksKeepThePlannedHoursAndSharesAreMet) {
    // Activity 1: 3 reels of 2.5 h, automated: 3 × 2.5 × 0.6 = 4.5 h a week.
    const json doc = runJson({"optimize", "--lock", "1", "--min-share", "media=0.6"});
    const std::map<int, std::string> track = tracks();
    double media = 0.0, all = 0.0;
    for (const json &a : doc["allocation"]) {
        const int id = a["id"].get<int>();
        if (id == 1) {
            EXPECT_DOUBLE_EQ(a["hours"].get<double>(), 4.5);
            EXPECT_EQ(a["binding"], "lock");
        }
        all += a["hours"].get<double>();
        if (track.at(id) == "media")
            media += a["hours"].get<double>();
    }
    EXPECT_GE(media, 0.6 * all - 1e-9);
}

TEST_F(OptimizeCliTest, SaveAsStoresTheProposalThatCompareThenShows) {
    const json proposal = runJson({"optimize", "--save-as", "Best mix"});
    const json doc = runJson({"compare", "--scenario", "plan", "--scenario", "Best mix"});
    ASSERT_EQ(doc["scenarios"].size(), 2u);
    EXPECT_EQ(doc["scenarios"][1]["name"], "Best mix");
    const double saved = doc["scenarios"][1]["total_return"].get<double>();
    EXPECT_NEAR(saved, proposal["total_return"].get<double>(), 1e-9 * saved);
    EXPECT_NEAR(doc["scenarios"][1]["difference"]["total_return"].get<double>(),
                saved - doc["scenarios"][0]["total_return"].get<double>(), 1e-6);
    // Every activity's hours were stored, zeros included: the marginal
    // returns of the saved scenario's projection are the optimizer's.
    const json projected = runJson({"project", "--scenario", "Best mix"});
    for (std::size_t i = 0; i < proposal["allocation"].size(); ++i) {
        EXPECT_NEAR(projected["activities"][i]["marginal_return"].get<double>(),
                    proposal["allocation"][i]["marginal_return"].get<double>(), 1e-9)
            << proposal["allocation"][i]["title"];
    }
}

TEST_F(OptimizeCliTest, ReadableTableSaysHowTheProposalWasFoundAndWhatWasSaved) {
    const CliRun table = run({"optimize", "--budget", "300", "--save-as", "Tight"});
    EXPECT_EQ(table.exitCode, 0) << table.err;
    EXPECT_TRUE(table.out.find("The global optimum on the 0.25 h grid.") != std::string::npos ||
                table.out.find("proven within") != std::string::npos)
        << table.out;
    EXPECT_NE(table.out.find("of 300.00 EUR a week"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("binding"), std::string::npos);
    EXPECT_NE(table.out.find("Saved as scenario \"Tight\"."), std::string::npos);
    const CliRun tiny = run({"optimize", "--hours", "0"});
    EXPECT_NE(tiny.out.find("The global optimum on the 0.25 h grid."), std::string::npos)
        << tiny.out;
}

TEST_F(OptimizeCliTest, SaveAsRefusesAnExistingNameOrThePlan) {
    ASSERT_EQ(run({"optimize", "--save-as", "Best mix"}).exitCode, 0);
    EXPECT_NE(refusal({"optimize", "--save-as", "Best mix"})
                  .find("campaign \"Lumen 2 launch\" already has a scenario named \"Best mix\""),
              std::string::npos);
    EXPECT_NE(refusal({"optimize", "--save-as", "plan"}).find("cannot be \"plan\""),
              std::string::npos);
    EXPECT_NE(refusal({"optimize", "--save-as", " Plan "}).find("cannot be \"plan\""),
              std::string::npos);
}

TEST_F(OptimizeCliTest, InfeasibleRequestsExitTwoAndSaveNothing) {
    // Activities 1 and 7 plan 4.5 h and 0.25 × 16 = 4 h, and one of them
    // has 8 h of setup in week 1: 16.5 h > 5 h.
    EXPECT_NE(refusal({"optimize", "--hours", "5", "--lock", "1", "--lock", "7", "--save-as",
                       "Never", "--json"})
                  .find("week 1: the locked activities with the setup of 1 activity need 16.5 h, "
                        "capacity 5 h"),
              std::string::npos);
    // Activity 6 plans 0.5 × 600 = 300 EUR a week.
    EXPECT_NE(refusal({"optimize", "--budget", "100", "--lock", "6", "--save-as", "Never"})
                  .find("more than the budget of 100.00"),
              std::string::npos);
    EXPECT_NE(refusal({"optimize", "--min-share", "media=0.7", "--min-share", "networking=0.5",
                       "--save-as", "Never"})
                  .find("the minimum shares add up to 120 %"),
              std::string::npos);
    const CliRun compare = run({"compare", "--scenario", "plan", "--scenario", "Never", "--json"});
    EXPECT_EQ(compare.exitCode, 2);
    EXPECT_NE(compare.err.find("no scenario named \"Never\""), std::string::npos);
}

TEST_F(OptimizeCliTest, RefusesBadFlagValues) {
    EXPECT_NE(refusal({"optimize", "--hours", "-1"})
                  .find("--hours must be a number of hours per week, 0 or more, not \"-1\""),
              std::string::npos);
    for (const char *bad : {"abc", "nan", "inf", "1e999", ""})
        EXPECT_NE(refusal({"optimize", "--hours", bad}).find("--hours must be"), std::string::npos)
            << bad;
    EXPECT_NE(refusal({"optimize", "--budget", "-5"})
                  .find("--budget must be an amount per week, 0 or more, not \"-5\""),
              std::string::npos);
    EXPECT_NE(refusal({"optimize", "--min-share", "networking"})
                  .find("--min-share must look like networking=0.3, not \"networking\""),
              std::string::npos);
    EXPECT_NE(refusal({"optimize", "--min-share", "social=0.3"})
                  .find("--min-share names a track as media, networking, not \"social\""),
              std::string::npos);
    EXPECT_NE(refusal({"optimize", "--min-share", "networking=1.5"})
                  .find("the share must be a fraction from 0 to 1, not \"1.5\""),
              std::string::npos);
    EXPECT_NE(
        refusal({"optimize", "--min-share", "networking=0.2", "--min-share", "Networking=0.3"})
            .find("--min-share gives networking twice"),
        std::string::npos);
    EXPECT_NE(refusal({"optimize", "--lock", "999"})
                  .find("--lock 999: campaign \"Lumen 2 launch\" has no activity with that id"),
              std::string::npos);
    EXPECT_NE(refusal({"optimize", "--lock", "one"}).find("--lock one:"), std::string::npos);
    EXPECT_NE(
        refusal({"optimize", "--hours", "10", "--hours", "20"}).find("--hours is given twice"),
        std::string::npos);
}
