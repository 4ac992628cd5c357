// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include "core/domain/activity_field.h"
#include "tests/ui/workspace_fixture.h"
#include "ui/commands/commands.h"
#include "ui/editor/activity_table_model.h"

namespace castnet::ui::test {
namespace {

using core::ActivityField;

class UndoTest : public UiWorkspaceTest {
protected:
    std::vector<core::ActivityId> idsOf(core::CampaignId campaign) {
        std::vector<core::ActivityId> ids;
        for (const auto &activity : activitiesOf(campaign))
            ids.push_back(activity.id);
        return ids;
    }

    bool brandExists(const std::string &name) {
        auto found = workspace->findBrand(name);
        return found && found->has_value();
    }
};

TEST_F(UndoTest, UndoAndRedoOfAValueEditSwapTheStoredValue) {
    const auto photos = springActivities[0];
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::CadencePerWeek, "7"));
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::Goal, "sales"));
    EXPECT_EQ(stack.count(), 2);

    stack.undo();
    EXPECT_EQ(workspace->activity(photos)->goal, core::Goal::Awareness);
    EXPECT_EQ(workspace->activity(photos)->cadencePerWeek, 7.0);
    stack.undo();
    EXPECT_EQ(workspace->activity(photos)->cadencePerWeek, 3.0);
    stack.redo();
    stack.redo();
    EXPECT_EQ(workspace->activity(photos)->cadencePerWeek, 7.0);
    EXPECT_EQ(workspace->activity(photos)->goal, core::Goal::Sales);
}

TEST_F(UndoTest, UndoIsSavedInTheFileAtOnce) {
    const auto photos = springActivities[0];
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::Title, "Reels"));
    stack.undo();
    EXPECT_EQ(storedActivity(photos).title, "Product photos");
}

TEST_F(UndoTest, AnEditThatChangesNothingIsNotPushed) {
    // "3.0" reads as the stored 3; "IMAGE" as the stored image.
    ASSERT_TRUE(commands::setActivityField(spring, springActivities[0],
                                           ActivityField::CadencePerWeek, "3.0"));
    ASSERT_TRUE(
        commands::setActivityField(spring, springActivities[0], ActivityField::Format, "IMAGE"));
    ASSERT_TRUE(commands::editCampaign(campaignOf(spring)));
    ASSERT_TRUE(commands::renameBrand(acme, "Acme"));
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(UndoTest, ARefusedEditIsNotPushed) {
    const auto refused =
        commands::setActivityField(spring, springActivities[0], ActivityField::EndWeek, "30");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "end_week 30 is after the campaign's 12 weeks");
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(UndoTest, MovingAnActivitysWeeksIsOneUndoStepAndTwoMovesAreTwo) {
    const auto meetup = springActivities[2]; // weeks 1–12
    ASSERT_TRUE(commands::setActivityWeeks(spring, meetup, 1, 6));
    ASSERT_TRUE(commands::setActivityWeeks(spring, meetup, 3, 8));
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(stack.undoText(), QStringLiteral("Move activity"));
    EXPECT_EQ(storedActivity(meetup).startWeek, 3);
    EXPECT_EQ(storedActivity(meetup).endWeek, 8);
    stack.undo();
    EXPECT_EQ(storedActivity(meetup).startWeek, 1);
    EXPECT_EQ(storedActivity(meetup).endWeek, 6);
    stack.undo();
    EXPECT_EQ(storedActivity(meetup).endWeek, 12);
}

TEST_F(UndoTest, WeeksOutsideTheCampaignAreRefusedAndNothingIsStored) {
    const auto meetup = springActivities[2];
    const auto refused = commands::setActivityWeeks(spring, meetup, 0, 11);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "start_week");
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(storedActivity(meetup).startWeek, 1);
}

TEST_F(UndoTest, ConsecutiveEditsOfOneCellAreOneUndoStep) {
    const auto photos = springActivities[0];
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::HoursPerOccurrence, "2"));
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::HoursPerOccurrence, "3"));
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(workspace->activity(photos)->hoursPerOccurrence, 1.5);
}

TEST_F(UndoTest, EditsBackToTheOriginalValueLeaveNoUndoStep) {
    const auto photos = springActivities[0];
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::HoursPerOccurrence, "2"));
    ASSERT_TRUE(
        commands::setActivityField(spring, photos, ActivityField::HoursPerOccurrence, "1.5"));
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(UndoTest, UndoOfAddRemovesTheActivityAndRedoBringsItBackUnderTheSameId) {
    auto fresh = commands::newActivity(spring);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(fresh->endWeek, 12);
    auto added = commands::addActivity(spring, *fresh);
    ASSERT_TRUE(added);
    EXPECT_EQ(activitiesOf(spring).size(), 4u);

    stack.undo();
    EXPECT_EQ(activitiesOf(spring).size(), 3u);
    EXPECT_FALSE(workspace->activity(*added));
    stack.redo();
    ASSERT_TRUE(workspace->activity(*added));
    EXPECT_EQ(workspace->activity(*added)->title, "New activity");
}

TEST_F(UndoTest, UndoOfDeleteRestoresEveryActivityWithItsId) {
    const auto before = activitiesOf(spring);
    ASSERT_TRUE(commands::removeActivities(spring, {springActivities[0], springActivities[2]}));
    EXPECT_EQ(idsOf(spring), std::vector<core::ActivityId>{springActivities[1]});

    stack.undo();
    EXPECT_EQ(activitiesOf(spring), before);
    stack.redo();
    EXPECT_EQ(idsOf(spring), std::vector<core::ActivityId>{springActivities[1]});
}

TEST_F(UndoTest, EditsMadeAfterADeleteStillApplyAfterItsUndo) {
    const auto photos = springActivities[0];
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::Title, "Reels"));
    ASSERT_TRUE(commands::removeActivities(spring, {photos}));
    stack.undo(); // the delete
    stack.undo(); // the title, on the restored activity
    EXPECT_EQ(workspace->activity(photos)->title, "Product photos");
}

TEST_F(UndoTest, UndoOfDuplicateRemovesTheCopies) {
    auto copies = commands::duplicateActivities(spring, {springActivities[0], springActivities[1]});
    ASSERT_TRUE(copies);
    ASSERT_EQ(copies->size(), 2u);
    auto copy = *workspace->activity(copies->front());
    auto original = *workspace->activity(springActivities[0]);
    EXPECT_NE(copy.id, original.id);
    EXPECT_NE(copy.uid, original.uid); // a copy is another activity in a calendar too
    EXPECT_EQ(copy.revision, 1);
    copy.id = original.id;
    copy.uid = original.uid;
    copy.revision = original.revision;
    EXPECT_EQ(copy, original);
    EXPECT_EQ(stack.count(), 1);

    stack.undo();
    EXPECT_EQ(idsOf(spring), springActivities);
}

TEST_F(UndoTest, ImportedActivitiesAreOneUndoStep) {
    const std::string csv =
        "channel,title,format,interaction,goal,cadence_per_week,hours_per_occurrence,"
        "start_week,end_week\n"
        "Blog,Guide,article,broadcast,leads,1,4,1,12\n"
        "Forum,Replies,thread_reply,community,feedback,10,0.2,2,12\n";
    auto added = commands::importActivityCsv(spring, csv);
    ASSERT_TRUE(added) << added.error().message;
    EXPECT_EQ(added->size(), 2u);
    EXPECT_EQ(activitiesOf(spring).size(), 5u);
    stack.undo();
    EXPECT_EQ(idsOf(spring), springActivities);
}

TEST_F(UndoTest, ABadImportAddsNothingAndSaysWhere) {
    const std::string csv = "channel,title,format,interaction,goal,cadence_per_week,"
                            "hours_per_occurrence,start_week,end_week\n"
                            "Blog,Guide,article,broadcast,leads,1,4,1,12\n"
                            "Forum,Replies,thread_reply,community,feedback,-3,0.2,2,12\n";
    auto added = commands::importActivityCsv(spring, csv);
    ASSERT_FALSE(added);
    EXPECT_NE(added.error().message.find("line 3"), std::string::npos) << added.error().message;
    EXPECT_EQ(idsOf(spring), springActivities);
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(UndoTest, UndoOfACampaignFormEditRestoresTheFields) {
    const auto original = campaignOf(spring);
    auto edited = original;
    edited.weeks = 20;
    edited.budgetPerWeek = core::Cents(50000);
    edited.returnUnit = "qualified leads";
    ASSERT_TRUE(commands::editCampaign(edited));
    EXPECT_EQ(campaignOf(spring), edited);
    stack.undo();
    EXPECT_EQ(campaignOf(spring), original);
    stack.redo();
    EXPECT_EQ(campaignOf(spring), edited);
}

TEST_F(UndoTest, ACampaignTooShortForItsActivitiesIsRefused) {
    auto edited = campaignOf(spring);
    edited.weeks = 6; // the activities run to week 12
    const auto refused = commands::editCampaign(edited);
    ASSERT_FALSE(refused);
    EXPECT_FALSE(refused.error().message.empty());
    EXPECT_EQ(campaignOf(spring).weeks, 12);
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(UndoTest, UndoOfBrandDeleteRestoresItsCampaignsAndActivities) {
    const auto campaigns = *workspace->campaigns(acme);
    const auto springBefore = *workspace->snapshot(spring);
    const auto autumnBefore = *workspace->snapshot(autumn);
    ASSERT_TRUE(commands::removeBrand(acme));
    EXPECT_FALSE(brandExists("Acme"));
    EXPECT_FALSE(workspace->activity(springActivities[0]));

    stack.undo();
    ASSERT_TRUE(brandExists("Acme"));
    EXPECT_EQ(*workspace->campaigns(acme), campaigns);
    EXPECT_EQ(*workspace->snapshot(spring), springBefore);
    EXPECT_EQ(*workspace->snapshot(autumn), autumnBefore);
    stack.redo();
    EXPECT_FALSE(brandExists("Acme"));
}

TEST_F(UndoTest, UndoOfCampaignDeleteRestoresItWithItsIds) {
    const auto before = *workspace->snapshot(spring);
    ASSERT_TRUE(commands::removeCampaign(spring));
    EXPECT_FALSE(workspace->campaign(spring));
    stack.undo();
    EXPECT_EQ(*workspace->snapshot(spring), before);
}

TEST_F(UndoTest, BrandAndCampaignAddAndRenameAreUndoable) {
    core::Brand brand;
    brand.name = "Gamma";
    auto gamma = commands::addBrand(brand);
    ASSERT_TRUE(gamma);
    auto campaign = core::defaultCampaign("Winter", "2026-12-01");
    campaign.brandId = *gamma;
    auto winter = commands::addCampaign(campaign);
    ASSERT_TRUE(winter);
    ASSERT_TRUE(commands::renameBrand(*gamma, "Gamma Coffee"));
    ASSERT_TRUE(commands::renameCampaign(*winter, "Winter sale"));
    EXPECT_EQ(campaignOf(*winter).name, "Winter sale");

    stack.undo();
    EXPECT_EQ(campaignOf(*winter).name, "Winter");
    stack.undo();
    EXPECT_TRUE(brandExists("Gamma"));
    stack.undo();
    EXPECT_FALSE(workspace->campaign(*winter));
    stack.undo();
    EXPECT_FALSE(brandExists("Gamma"));
    stack.redo();
    stack.redo();
    EXPECT_EQ(campaignOf(*winter).brandId, *gamma);
}

TEST_F(UndoTest, ADuplicateBrandNameIsRefused) {
    const auto refused = commands::renameBrand(beta, "Acme");
    ASSERT_FALSE(refused);
    EXPECT_FALSE(refused.error().message.empty());
    EXPECT_TRUE(brandExists("Beta"));
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(UndoTest, UndoWorksAcrossCampaigns) {
    ActivityTableModel model(notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setCampaign(spring));
    const auto photos = springActivities[0];
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::Title, "Reels"));
    ASSERT_TRUE(commands::removeActivities(spring, {springActivities[1]}));

    // Now looking at Autumn, undo the delete and the title edit made in Spring.
    ASSERT_TRUE(model.setCampaign(autumn));
    ASSERT_TRUE(commands::setActivityField(autumn, autumnActivity, ActivityField::Notes, "weekly"));
    stack.undo(); // autumn's notes
    stack.undo(); // spring's delete
    stack.undo(); // spring's title
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ActivityTableModel::Notes).data().toString(), QString());

    ASSERT_TRUE(model.setCampaign(spring));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(model.rowOf(photos), ActivityTableModel::Title).data().toString(),
              QStringLiteral("Product photos"));
    EXPECT_EQ(model.rowOf(springActivities[1]), 1);

    // And redo while looking at Spring reaches it live.
    stack.redo();
    EXPECT_EQ(model.index(model.rowOf(photos), ActivityTableModel::Title).data().toString(),
              QStringLiteral("Reels"));
    stack.redo();
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(UndoTest, AnUndoTheWorkspaceRefusesIsReportedAndDropped) {
    ASSERT_TRUE(
        commands::setActivityField(spring, springActivities[0], ActivityField::Title, "Reels"));
    // Behind the history's back: the activity is gone, so the undo cannot apply.
    ASSERT_TRUE(workspace->removeActivities({springActivities[0]}));
    QString failure;
    QObject::connect(&notifier, &WorkspaceNotifier::editFailed,
                     [&failure](const QString &message) { failure = message; });
    stack.undo();
    EXPECT_FALSE(failure.isEmpty());
    EXPECT_EQ(stack.count(), 0);
}

// Issue 11, item 2: an undo of an add removes only what the add created.
class UndoBesideAnotherProgramTest : public UndoTest {
protected:
    void SetUp() override {
        UndoTest::SetUp();
        QObject::connect(&notifier, &WorkspaceNotifier::editFailed,
                         [this](const QString &message) { failure = message.toStdString(); });
    }

    // Another program's connection to the same file.
    std::unique_ptr<core::SqliteWorkspace> otherProgram() {
        auto other = core::SqliteWorkspace::open(path, core::SqliteWorkspace::OpenMode::MustExist);
        EXPECT_TRUE(other) << other.error().message;
        return other ? std::move(*other) : nullptr;
    }

    std::vector<core::Activity> manyActivities(int count) {
        std::vector<core::Activity> activities;
        for (int i = 0; i < count; ++i)
            activities.push_back(activity("Blog", "Post " + std::to_string(i), core::Format::Image,
                                          core::Interaction::Broadcast, core::Goal::Awareness, 1, 1,
                                          4));
        return activities;
    }

    std::string failure;
};

TEST_F(UndoBesideAnotherProgramTest, UndoOfAddCampaignKeepsActivitiesAnotherProgramAdded) {
    auto campaign = core::defaultCampaign("Winter", "2026-12-01");
    campaign.brandId = acme;
    const auto winter = commands::addCampaign(campaign);
    ASSERT_TRUE(winter);
    ASSERT_TRUE(otherProgram()->addActivities(*winter, manyActivities(1000)));

    stack.undo();
    EXPECT_NE(failure.find("activities were added to this campaign by another program since"),
              std::string::npos)
        << failure;
    EXPECT_EQ(activitiesOf(*winter).size(), 1000u);
    EXPECT_EQ(stack.count(), 0) << "the refused undo leaves the history";
}

TEST_F(UndoBesideAnotherProgramTest, UndoOfAddBrandKeepsCampaignsAnotherProgramAdded) {
    core::Brand brand;
    brand.name = "Gamma";
    const auto gamma = commands::addBrand(brand);
    ASSERT_TRUE(gamma);
    auto campaign = core::defaultCampaign("Imported", "2026-12-01");
    campaign.brandId = *gamma;
    ASSERT_TRUE(otherProgram()->addCampaign(campaign));

    stack.undo();
    EXPECT_NE(failure.find("campaigns were added to this brand by another program since"),
              std::string::npos)
        << failure;
    EXPECT_TRUE(brandExists("Gamma"));
    ASSERT_TRUE(workspace->campaigns(*gamma));
    EXPECT_EQ(workspace->campaigns(*gamma)->size(), 1u);
}

TEST_F(UndoBesideAnotherProgramTest, UndoOfAddActivityKeepsAScenarioAnotherProgramSaved) {
    const auto added = commands::addActivity(autumn, manyActivities(1).front());
    ASSERT_TRUE(added);
    core::Scenario scenario;
    scenario.campaignId = autumn;
    scenario.name = "Saved elsewhere";
    scenario.allocations = {{autumnActivity, 2.0}, {*added, 3.0}};
    const auto saved = otherProgram()->addScenario(scenario);
    ASSERT_TRUE(saved) << saved.error().message;

    stack.undo();
    EXPECT_NE(failure.find("another program"), std::string::npos) << failure;
    EXPECT_EQ(activitiesOf(autumn).size(), 2u);
    EXPECT_EQ(workspace->scenario(saved->id)->allocations.size(), 2u);
}

TEST_F(UndoBesideAnotherProgramTest, UndoOfAnAddNobodyBuiltOnStillRemovesIt) {
    auto campaign = core::defaultCampaign("Winter", "2026-12-01");
    campaign.brandId = acme;
    const auto winter = commands::addCampaign(campaign);
    ASSERT_TRUE(winter);
    stack.undo();
    EXPECT_TRUE(failure.empty()) << failure;
    EXPECT_FALSE(workspace->campaign(*winter));
}

TEST_F(UndoTest, DetachingClearsTheHistory) {
    ASSERT_TRUE(
        commands::setActivityField(spring, springActivities[0], ActivityField::Title, "Reels"));
    commands::detach();
    EXPECT_EQ(stack.count(), 0);
    EXPECT_FALSE(commands::isAttached());
    const auto refused =
        commands::setActivityField(spring, springActivities[0], ActivityField::Title, "Again");
    EXPECT_FALSE(refused);
}

} // namespace
} // namespace castnet::ui::test
