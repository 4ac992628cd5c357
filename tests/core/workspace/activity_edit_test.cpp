// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/workspace/activity_edit.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"

namespace castnet::core {
namespace {

using testing::must;

// Two connections to one file stand for two Castnet windows.
class ActivityEditTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.file("castnet.db");
        first = testing::openWorkspace(path);
        ASSERT_NE(first, nullptr);
        const Brand brand = must(first->addBrand(testing::makeBrand("Acme Coffee")));
        const Campaign campaign =
            must(first->addCampaign(testing::makeCampaign(brand.id, "Launch")));
        id = must(first->addActivities(campaign.id, {testing::makeActivity("Reel")})).front().id;
        second = testing::openWorkspace(path, SqliteWorkspace::OpenMode::MustExist);
        ASSERT_NE(second, nullptr);
    }

    testing::TempDir dir;
    std::string path;
    std::unique_ptr<SqliteWorkspace> first;
    std::unique_ptr<SqliteWorkspace> second;
    ActivityId id;
};

TEST_F(ActivityEditTest, ChangesOnlyTheNamedField) {
    ASSERT_TRUE(setActivityField(*first, id, ActivityField::CadencePerWeek, "3.5"));
    const Activity stored = must(first->activity(id));
    EXPECT_EQ(stored.cadencePerWeek, 3.5);
    EXPECT_EQ(stored.title, "Reel");
    EXPECT_EQ(stored.hoursPerOccurrence, 1.5);
}

TEST_F(ActivityEditTest, KeepsAnotherWindowsChangeToOtherFields) {
    // The second window reads the activity, then the first changes its
    // title; the second window's edit of the cadence keeps that title.
    const Activity seenBySecond = must(second->activity(id));
    ASSERT_TRUE(setActivityField(*first, id, ActivityField::Title, "Reel, final cut"));
    ASSERT_TRUE(setActivityField(*second, id, ActivityField::CadencePerWeek, "4"));
    EXPECT_EQ(seenBySecond.title, "Reel");
    const Activity stored = must(first->activity(id));
    EXPECT_EQ(stored.title, "Reel, final cut");
    EXPECT_EQ(stored.cadencePerWeek, 4);
}

TEST_F(ActivityEditTest, ARefusedValueNamesTheFieldAndChangesNothing) {
    auto refused = setActivityField(*first, id, ActivityField::CadencePerWeek, "-1");
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().message.find("cadence_per_week"), std::string::npos)
        << refused.error().message;
    EXPECT_EQ(must(second->activity(id)).cadencePerWeek, 2);
}

TEST_F(ActivityEditTest, AnActivityThatNoLongerExistsIsReported) {
    ASSERT_TRUE(second->removeActivities({id}));
    auto missing = setActivityField(*first, id, ActivityField::Title, "Reel");
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().kind, Error::Kind::User);
}

} // namespace
} // namespace castnet::core
