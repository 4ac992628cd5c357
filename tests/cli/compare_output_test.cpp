// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/compare_output.h"

#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/core/analysis/comparison_fixture.h"

namespace castnet::cli {
namespace {

using core::ActivityId;
using core::CampaignId;
using core::Comparison;
using core::planScenario;

class CompareOutputTest : public core::test::ComparisonTest {};

TEST_F(CompareOutputTest, JsonHoldsEveryScenarioInOrderWithBothTracks) {
    const Comparison c =
        compareOk({planScenario(CampaignId{5}), scenario("No thread", {{ActivityId{2}, 0.0}})});
    const nlohmann::json doc = nlohmann::json::parse(comparisonJson(c));
    ASSERT_EQ(doc["scenarios"].size(), 2u);
    const nlohmann::json &second = doc["scenarios"][1];
    EXPECT_EQ(second["name"], "No thread");
    std::set<std::string> keys;
    for (const auto &item : second.items())
        keys.insert(item.key());
    EXPECT_EQ(keys,
              (std::set<std::string>{"name", "activity_count", "total_effort", "total_cost",
                                     "total_return", "return_per_hour", "return_per_currency_unit",
                                     "maturity_weeks", "tracks", "channels", "difference"}));
    EXPECT_TRUE(second["tracks"]["networking"]["return_per_hour"].is_null());
    EXPECT_DOUBLE_EQ(second["difference"]["total_return"].get<double>(), -(2.0 + 18.0 / 7.0));
    EXPECT_TRUE(second["channels"].contains("Forum"));
}

TEST_F(CompareOutputTest, TableShowsEachScenarioAndItsChange) {
    const Comparison c =
        compareOk({planScenario(CampaignId{5}), scenario("More posts", {{ActivityId{1}, 4.0}})});
    const std::string table = comparisonTable(campaign, c);
    EXPECT_NE(table.find("More posts"), std::string::npos);
    EXPECT_NE(table.find("change"), std::string::npos);
    EXPECT_NE(table.find("+12.00"), std::string::npos) << table; // the extra cost
    EXPECT_NE(table.find("Instagram: effort h"), std::string::npos) << table;
}

} // namespace
} // namespace castnet::cli
