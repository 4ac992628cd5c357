// SPDX-License-Identifier: GPL-3.0-or-later
// exportCampaign(): the one export of a stored campaign that the command
// line and the window share.
#include <gtest/gtest.h>

#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_export.h"
#include "core/exchange/campaign_json.h"
#include "core/workspace/demo.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"

namespace castnet::core {
namespace {

using testing::must;

class CampaignExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = testing::openWorkspace(dir.file("castnet.db"));
        ASSERT_NE(workspace, nullptr);
        campaign = must(createDemo(*workspace, "2024-03-04"));
    }

    testing::TempDir dir;
    std::unique_ptr<SqliteWorkspace> workspace;
    Campaign campaign;
};

TEST_F(CampaignExportTest, CsvHoldsTheStoredActivities) {
    const std::string csv = must(exportCampaign(*workspace, campaign.id, ExchangeFormat::Csv));
    EXPECT_EQ(csv, writeActivityCsv(must(workspace->activities(campaign.id))));
    const auto read = must(readActivityCsv(csv, campaign));
    EXPECT_EQ(read.size(), must(workspace->activities(campaign.id)).size());
}

TEST_F(CampaignExportTest, JsonHoldsTheWholeCampaignUnderItsBrand) {
    const std::string json = must(exportCampaign(*workspace, campaign.id, ExchangeFormat::Json));
    const CampaignSnapshot snapshot = must(workspace->snapshot(campaign.id));
    const auto brands = must(workspace->brands());
    ASSERT_EQ(brands.size(), 1u);
    EXPECT_EQ(json, writeCampaignJson(brands.front(), snapshot));
    const CampaignSnapshot read = must(readCampaignJson(json));
    EXPECT_EQ(read.campaign.name, campaign.name);
    EXPECT_EQ(read.activities.size(), snapshot.activities.size());
}

TEST_F(CampaignExportTest, AnUnknownCampaignIsAnError) {
    EXPECT_FALSE(exportCampaign(*workspace, CampaignId{campaign.id.value() + 100}, ExchangeFormat::Csv));
    EXPECT_FALSE(exportCampaign(*workspace, CampaignId{campaign.id.value() + 100}, ExchangeFormat::Json));
}

TEST_F(CampaignExportTest, FormatsAreNamedAsOnTheCommandLine) {
    EXPECT_EQ(parseExchangeFormat("csv"), ExchangeFormat::Csv);
    EXPECT_EQ(parseExchangeFormat("json"), ExchangeFormat::Json);
    EXPECT_EQ(parseExchangeFormat("xlsx"), std::nullopt);
    EXPECT_EQ(parseExchangeFormat("CSV"), std::nullopt);
}

} // namespace
} // namespace castnet::core
