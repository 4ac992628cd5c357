// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"

namespace castnet::ui::test {

// A workspace in a temporary directory with two brands:
//   Acme: "Spring launch" (12 weeks, 3 activities), "Autumn" (8 weeks, 1 activity)
//   Beta: "Launch" (52 weeks, no activity)
// attached to the commands with its own undo stack and notifier.
class UiWorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        path = m_dir.filePath(QStringLiteral("workspace.db")).toStdString();
        open();
        seed();
        commands::attach(*workspace, stack, notifier);
    }

    void TearDown() override {
        commands::detach();
        workspace.reset();
    }

    void open() {
        auto opened =
            core::SqliteWorkspace::open(path, core::SqliteWorkspace::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened) << opened.error().message;
        workspace = std::move(*opened);
    }

    // Closes the workspace (the WAL checkpointed into the file) and opens it
    // again; the history goes with the old connection.
    void reopen() {
        commands::detach();
        workspace.reset();
        open();
        commands::attach(*workspace, stack, notifier);
    }

    // The file as it is on disk with the workspace closed.
    QByteArray closedFileBytes() {
        commands::detach();
        workspace.reset();
        QFile file(QString::fromStdString(path));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    // What another connection reads from the file now.
    core::Activity storedActivity(core::ActivityId id) {
        auto other = core::SqliteWorkspace::open(path, core::SqliteWorkspace::OpenMode::MustExist);
        EXPECT_TRUE(other) << other.error().message;
        auto activity = (*other)->activity(id);
        EXPECT_TRUE(activity) << activity.error().message;
        return activity ? *activity : core::Activity{};
    }

    std::vector<core::Activity> activitiesOf(core::CampaignId campaign) {
        auto activities = workspace->activities(campaign);
        EXPECT_TRUE(activities) << activities.error().message;
        return activities ? *activities : std::vector<core::Activity>{};
    }

    core::Campaign campaignOf(core::CampaignId id) {
        auto campaign = workspace->campaign(id);
        EXPECT_TRUE(campaign) << campaign.error().message;
        return campaign ? *campaign : core::Campaign{};
    }

    static core::Activity activity(std::string channel, std::string title, core::Format format,
                                   core::Interaction interaction, core::Goal goal, double cadence,
                                   double hours, int endWeek) {
        core::Activity a;
        a.channel = std::move(channel);
        a.title = std::move(title);
        a.format = format;
        a.interaction = interaction;
        a.goal = goal;
        a.cadencePerWeek = cadence;
        a.hoursPerOccurrence = hours;
        a.startWeek = 1;
        a.endWeek = endWeek;
        return a;
    }

    std::string path;
    std::unique_ptr<core::SqliteWorkspace> workspace;
    QUndoStack stack;
    WorkspaceNotifier notifier;
    core::BrandId acme;
    core::BrandId beta;
    core::CampaignId spring;
    core::CampaignId autumn;
    core::CampaignId launch;
    std::vector<core::ActivityId> springActivities; // photos, questions, meetup
    core::ActivityId autumnActivity;

private:
    core::CampaignId addCampaign(core::BrandId brand, std::string name, int weeks) {
        auto campaign = core::defaultCampaign(std::move(name), "2026-03-02");
        campaign.brandId = brand;
        campaign.weeks = weeks;
        auto stored = workspace->addCampaign(campaign);
        EXPECT_TRUE(stored) << stored.error().message;
        return stored ? stored->id : core::CampaignId{};
    }

    void seed() {
        core::Brand brand;
        brand.name = "Acme";
        brand.industry = "Coffee";
        auto stored = workspace->addBrand(brand);
        ASSERT_TRUE(stored) << stored.error().message;
        acme = stored->id;
        brand.name = "Beta";
        stored = workspace->addBrand(brand);
        ASSERT_TRUE(stored) << stored.error().message;
        beta = stored->id;

        spring = addCampaign(acme, "Spring launch", 12);
        autumn = addCampaign(acme, "Autumn", 8);
        launch = addCampaign(beta, "Launch", 52);

        auto photos = activity("Instagram", "Product photos", core::Format::Image,
                               core::Interaction::Broadcast, core::Goal::Awareness, 3, 1.5, 12);
        photos.automated = true;
        photos.costPerOccurrence = core::Cents(2000);
        auto questions =
            activity("LinkedIn group", "Answer questions", core::Format::ThreadReply,
                     core::Interaction::Community, core::Goal::Relationships, 5, 0.5, 12);
        auto meetup = activity("Meetup", "Monthly meetup", core::Format::Event,
                               core::Interaction::Dialogue, core::Goal::Relationships, 0.25, 4, 12);
        meetup.setupHours = 6;
        auto added = workspace->addActivities(spring, {photos, questions, meetup});
        ASSERT_TRUE(added) << added.error().message;
        for (const auto &a : *added)
            springActivities.push_back(a.id);

        auto newsletter = activity("Email", "Newsletter", core::Format::Newsletter,
                                   core::Interaction::Broadcast, core::Goal::Leads, 1, 3, 8);
        added = workspace->addActivities(autumn, {newsletter});
        ASSERT_TRUE(added) << added.error().message;
        autumnActivity = added->front().id;
    }

    QTemporaryDir m_dir;
};

} // namespace castnet::ui::test
