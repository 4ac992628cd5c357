// SPDX-License-Identifier: GPL-3.0-or-later
// buildCampaignWorkbook() and writeWorkbook(): the figures of the workbook
// of DESIGN §16 and how it is written. The cells themselves are read back
// by workbook_readback_test.py.
#include <filesystem>
#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "core/optimizer/optimizer.h"
#include "core/report/campaign_workbook.h"
#include "core/report/workbook_writer.h"
#include "core/workspace/demo.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"

namespace castnet::core {
namespace {

using testing::must;
namespace fs = std::filesystem;

class CampaignWorkbookTest : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = testing::openWorkspace(dir.file("castnet.db"));
        ASSERT_NE(workspace, nullptr);
        campaign = must(createDemo(*workspace, "2024-03-04"));
        options.date = "2024-03-05";
    }

    Campaign fleet() {
        for (const Campaign &c : must(workspace->campaigns(std::nullopt))) {
            if (c.id != campaign.id)
                return c;
        }
        ADD_FAILURE() << "the demo has a second campaign";
        return {};
    }

    std::string bytesOf(const std::string &path) {
        std::ifstream in(path, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    testing::TempDir dir;
    std::unique_ptr<SqliteWorkspace> workspace;
    Campaign campaign;
    WorkbookOptions options;
};

TEST_F(CampaignWorkbookTest, ThePlanComesFirstThenTheStoredScenariosThenTheProposal) {
    const auto activities = must(workspace->activities(campaign.id));
    const Optimization best = must(optimize(campaign, activities, OptimizeRequest{}));
    must(workspace->addScenario(proposalScenario(best, campaign.id, "Best mix")));
    options.proposal = proposalScenario(best, campaign.id, "proposal");
    const CampaignWorkbook book = must(buildCampaignWorkbook(*workspace, campaign.id, options));
    // The plan, the demo's three stored mixes and "Best mix", the proposal.
    ASSERT_EQ(book.scenarios.size(), 6u);
    EXPECT_EQ(book.scenarios[0].name, "plan");
    EXPECT_EQ(book.scenarios[0].kind, WorkbookScenario::Kind::Plan);
    const auto stored = std::find_if(book.scenarios.begin(), book.scenarios.end(),
                                     [](const auto &s) { return s.name == "Best mix"; });
    ASSERT_NE(stored, book.scenarios.end());
    EXPECT_EQ(stored->kind, WorkbookScenario::Kind::Stored);
    EXPECT_EQ(book.scenarios.back().kind, WorkbookScenario::Kind::Proposal);
    // The stored mix is the optimizer's, so it returns what the proposal does.
    EXPECT_DOUBLE_EQ(stored->projection.totalReturn, book.scenarios.back().projection.totalReturn);
    EXPECT_DOUBLE_EQ(book.scenarios[0].projection.totalReturn, book.projection.totalReturn);
    EXPECT_EQ(book.date, "2024-03-05");
}

TEST_F(CampaignWorkbookTest, AnActivityAddedAfterAScenarioIsCountedAsKeepingItsPlan) {
    const auto activities = must(workspace->activities(campaign.id));
    const Optimization best = must(optimize(campaign, activities, OptimizeRequest{}));
    must(workspace->addScenario(proposalScenario(best, campaign.id, "Best mix")));
    Activity late = activities.front();
    late.id = {};
    late.uid.clear();
    late.revision = 0;
    late.title = "Added later";
    must(workspace->addActivities(campaign.id, {late}));
    const CampaignWorkbook book = must(buildCampaignWorkbook(*workspace, campaign.id, options));
    EXPECT_EQ(book.scenarios[1].activitiesAddedSince, 1u);
    EXPECT_EQ(book.scenarios[0].activitiesAddedSince, 0u);
}

TEST_F(CampaignWorkbookTest, ProgressAndCalibrationOnlyWithActuals) {
    const CampaignWorkbook planned = must(buildCampaignWorkbook(*workspace, campaign.id, options));
    EXPECT_FALSE(planned.actuals);
    const Campaign halfWay = fleet();
    const CampaignWorkbook running = must(buildCampaignWorkbook(*workspace, halfWay.id, options));
    ASSERT_TRUE(running.actuals);
    EXPECT_EQ(running.actuals->baselineName, "signed off");
    EXPECT_EQ(running.actuals->progress.asOfWeek, 20); // the demo's 20 weeks of actuals
    EXPECT_EQ(running.actuals->calibration.activities.size(), running.plan.activities.size());
}

TEST_F(CampaignWorkbookTest, AnUnknownCampaignIsAnError) {
    EXPECT_FALSE(buildCampaignWorkbook(*workspace, CampaignId{campaign.id.value() + 100}, options));
}

TEST_F(CampaignWorkbookTest, IsWrittenAsAZipAndReplacesAnOldFileWhole) {
    const CampaignWorkbook book = must(buildCampaignWorkbook(*workspace, campaign.id, options));
    const std::string path = dir.file("book.xlsx");
    {
        std::ofstream old(path);
        old << "an older file";
    }
    ASSERT_TRUE(writeWorkbook(book, path));
    EXPECT_EQ(bytesOf(path).rfind("PK\x03\x04", 0), 0u);
}

TEST_F(CampaignWorkbookTest, AFolderIsRefusedAndLeftAsItWas) {
    const CampaignWorkbook book = must(buildCampaignWorkbook(*workspace, campaign.id, options));
    fs::create_directory(dir.file("folder"));
    const auto written = writeWorkbook(book, dir.file("folder"));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind, Error::Kind::User);
    EXPECT_NE(written.error().message.find("folder"), std::string::npos) << written.error().message;
    EXPECT_TRUE(fs::is_empty(dir.file("folder")));
}

TEST_F(CampaignWorkbookTest, AMissingFolderIsAUserErrorNamingThePath) {
    const CampaignWorkbook book = must(buildCampaignWorkbook(*workspace, campaign.id, options));
    const auto written = writeWorkbook(book, dir.file("missing/book.xlsx"));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind, Error::Kind::User);
    EXPECT_NE(written.error().message.find("missing"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir.file("missing")));
}

// Past the file size limit every write fails with EFBIG: whether that hits
// libxlsxwriter's scratch files or the final file, nothing is left behind.
TEST_F(CampaignWorkbookTest, AFailedWriteLeavesNeitherTheFileNorScratchFiles) {
    const CampaignWorkbook book = must(buildCampaignWorkbook(*workspace, campaign.id, options));
    const std::string scratch = dir.file("scratch");
    fs::create_directory(scratch);
    const char *previous = std::getenv("TMPDIR");
    const std::optional<std::string> saved =
        previous ? std::optional<std::string>(previous) : std::nullopt;
    setenv("TMPDIR", scratch.c_str(), 1);
    const auto oldHandler = signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    const rlimit small{8192, limit.rlim_max};
    setrlimit(RLIMIT_FSIZE, &small);
    const auto written = writeWorkbook(book, dir.file("big.xlsx"));
    setrlimit(RLIMIT_FSIZE, &limit);
    signal(SIGXFSZ, oldHandler);
    if (saved)
        setenv("TMPDIR", saved->c_str(), 1);
    else
        unsetenv("TMPDIR");
    EXPECT_FALSE(written);
    EXPECT_FALSE(fs::exists(dir.file("big.xlsx")));
    EXPECT_TRUE(fs::is_empty(scratch));
}

} // namespace
} // namespace castnet::core
