// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "core/storage/sqlite/sqlite_workspace.h"
#include "core/workspace/demo.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/editor/activities_page.h"
#include "ui/window/campaign_tabs.h"

namespace castnet::ui::test {

// The demo workspace in a temporary directory, its half-way campaign
// ("Lumen for fleets": a baseline and 20 weeks of actuals) shown in the
// window's campaign tabs, attached to the commands with its own history.
class DemoCampaignTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        auto opened =
            core::SqliteWorkspace::open(m_dir.filePath(QStringLiteral("demo.db")).toStdString(),
                                        core::SqliteWorkspace::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened) << opened.error().message;
        workspace = std::move(*opened);
        ASSERT_TRUE(core::createDemo(*workspace, "2026-12-04"));
        auto campaigns = workspace->campaigns(std::nullopt);
        ASSERT_TRUE(campaigns);
        for (const auto &campaign : *campaigns) {
            if (campaign.name == "Lumen for fleets")
                fleet = campaign.id;
        }
        ASSERT_NE(fleet, core::CampaignId{});
        commands::attach(*workspace, stack, notifier);
        tabs = std::make_unique<CampaignTabs>(notifier);
        tabs->resize(1200, 800);
        ASSERT_TRUE(tabs->activitiesPage()->setCampaign(fleet));
    }

    void TearDown() override {
        tabs.reset();
        commands::detach();
        workspace.reset();
    }

    void showTab(QWidget *page) {
        tabs->setCurrentWidget(page);
        tabs->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(tabs.get()));
        settle();
    }

    // The refresh after a change runs on the next pass of the event loop.
    static void settle() {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    std::unique_ptr<core::SqliteWorkspace> workspace;
    QUndoStack stack;
    WorkspaceNotifier notifier;
    core::CampaignId fleet;
    std::unique_ptr<CampaignTabs> tabs;

private:
    QTemporaryDir m_dir;
};

} // namespace castnet::ui::test
