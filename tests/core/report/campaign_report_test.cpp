// SPDX-License-Identifier: GPL-3.0-or-later
// buildCampaignReport(): the one report of a stored campaign that the
// command line and the window share.
#include <gtest/gtest.h>

#include "core/optimizer/optimizer.h"
#include "core/report/campaign_report.h"
#include "core/report/markdown_renderer.h"
#include "core/workspace/demo.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"

namespace castnet::core {
namespace {

using testing::must;

class CampaignReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = testing::openWorkspace(dir.file("castnet.db"));
        ASSERT_NE(workspace, nullptr);
        campaign = must(createDemo(*workspace, "2024-03-04"));
        options.date = "2024-03-05";
    }

    testing::TempDir dir;
    std::unique_ptr<SqliteWorkspace> workspace;
    Campaign campaign;
    ReportOptions options;
};

TEST_F(CampaignReportTest, IsTheReportOfWhatIsStored) {
    const auto activities = must(workspace->activities(campaign.id));
    const Report report = must(buildCampaignReport(*workspace, campaign.id, options));
    const Brand brand = must(workspace->brands()).front();
    const Report expected =
        buildReport(brand, campaign, activities, must(workspace->scenarios(campaign.id)), options);
    EXPECT_EQ(renderMarkdown(report), renderMarkdown(expected));
    EXPECT_EQ(report.titlePage.subtitle, brand.name);
}

TEST_F(CampaignReportTest, ShowsEveryStoredScenario) {
    const auto activities = must(workspace->activities(campaign.id));
    const Optimization best = must(optimize(campaign, activities, OptimizeRequest{}));
    must(workspace->addScenario(proposalScenario(best, campaign.id, "Best mix")));
    const Report report = must(buildCampaignReport(*workspace, campaign.id, options));
    EXPECT_NE(renderMarkdown(report).find("Best mix"), std::string::npos);
}

TEST_F(CampaignReportTest, KeepsTheOptions) {
    options.paper = PaperSize::Letter;
    const Report report = must(buildCampaignReport(*workspace, campaign.id, options));
    EXPECT_EQ(report.paper, PaperSize::Letter);
    EXPECT_EQ(report.titlePage.date, "2024-03-05");
}

TEST_F(CampaignReportTest, AnUnknownCampaignIsAnError) {
    EXPECT_FALSE(buildCampaignReport(*workspace, CampaignId{campaign.id.value() + 100}, options));
}

} // namespace
} // namespace castnet::core
