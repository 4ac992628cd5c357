// SPDX-License-Identifier: GPL-3.0-or-later
// Several people editing the same rows at once (DESIGN §15): every change
// is either applied or refused as stale, none is lost, and the result is
// what applying the applied ones one after the other gives.

#include <algorithm>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/storage/postgres/postgres_workspace.h"
#include "tests/support/postgres_server.h"
#include "tests/support/sample_records.h"

namespace castnet::core {
namespace {

using testing::PostgresEnvironment;
using testing::PostgresServer;

constexpr int clients = 16;
constexpr int editsPerClient = 500;
constexpr int rows = 8;

// One edit: one more occurrence a week, and a note naming who made it. It
// reads the value it changes, so a change applied over another (a lost
// update) would show in the count.
Activity edited(Activity activity, const std::string &tag) {
    activity.cadencePerWeek += 1;
    activity.notes = tag;
    return activity;
}

struct Applied {
    int row = 0;
    std::int64_t revision = 0; // the revision the change produced
    std::string tag;
};

// The row a client edits: pairs of edits on the same row, and every client
// starting elsewhere, so that all of them overlap on all rows.
int rowOf(int client, int edit) {
    return (client + edit / 2) % rows;
}

TEST(PostgresConcurrency, SixteenClientsEditingTheSameRowsLoseNothing) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createWorkspaceDatabase();
    const std::string uri = server.uri(database, PostgresServer::editor);
    auto setup = PostgresWorkspace::open(uri);
    ASSERT_TRUE(setup.has_value()) << setup.error().message;
    auto &ws = **setup;
    const Brand brand = *ws.addBrand(testing::makeBrand("Acme Coffee"));
    const auto addCampaign = [&](const std::string &name) {
        const Campaign campaign = *ws.addCampaign(testing::makeCampaign(brand.id, name));
        std::vector<Activity> batch;
        for (int row = 0; row < rows; ++row)
            batch.push_back(testing::makeActivity(fmt::format("Row {}", row)));
        return *ws.addActivities(campaign.id, batch);
    };
    const std::vector<Activity> initial = addCampaign("Shared");

    std::mutex mutex;
    std::vector<Applied> applied;
    std::vector<std::string> failures;
    int stale = 0;
    int staleOnPurpose = 0;
    std::vector<std::thread> threads;
    for (int client = 0; client < clients; ++client) {
        threads.emplace_back([&, client] {
            auto opened = PostgresWorkspace::open(uri);
            if (!opened) {
                std::lock_guard lock(mutex);
                failures.push_back(opened.error().message);
                return;
            }
            PostgresWorkspace &mine = **opened;
            Activity previousRead;
            bool previousApplied = false;
            for (int edit = 0; edit < editsPerClient; ++edit) {
                const int row = rowOf(client, edit);
                auto read = mine.activity(initial[static_cast<std::size_t>(row)].id);
                if (!read) {
                    std::lock_guard lock(mutex);
                    failures.push_back(read.error().message);
                    return;
                }
                // Every tenth edit is made on the copy read before this
                // client's own previous change of the same row: when that
                // change applied, this one is certainly stale.
                const bool onPurpose = edit % 10 == 9;
                const Activity base = onPurpose ? previousRead : *read;
                const std::string tag = fmt::format("client {} edit {}", client, edit);
                auto changed = mine.changeActivity(edited(base, tag));
                std::lock_guard lock(mutex);
                if (changed) {
                    if (onPurpose && previousApplied)
                        failures.push_back(tag + " was applied on a revision it overwrote");
                    applied.push_back({row, changed->revision, tag});
                } else if (isStaleChange(changed.error())) {
                    ++stale;
                    staleOnPurpose += onPurpose && previousApplied ? 1 : 0;
                } else {
                    failures.push_back(changed.error().message);
                }
                previousRead = *read;
                previousApplied = changed.has_value();
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    ASSERT_TRUE(failures.empty()) << failures.front();

    // Every change was either applied or refused, none vanished.
    EXPECT_EQ(static_cast<int>(applied.size()) + stale, clients * editsPerClient);
    EXPECT_GT(staleOnPurpose, 0);
    EXPECT_GE(stale, staleOnPurpose);

    std::map<int, std::vector<Applied>> byRow;
    for (const Applied &change : applied)
        byRow[change.row].push_back(change);
    const std::vector<Activity> replayRows = addCampaign("Replay");
    for (int row = 0; row < rows; ++row) {
        auto &changes = byRow[row];
        std::sort(changes.begin(), changes.end(),
                  [](const Applied &a, const Applied &b) { return a.revision < b.revision; });
        // Revisions 2, 3, ... with no gap and no repeat: each applied change
        // made exactly one revision, none overwrote another.
        for (std::size_t i = 0; i < changes.size(); ++i)
            ASSERT_EQ(changes[i].revision, static_cast<std::int64_t>(i) + 2) << "row " << row;
        const Activity final = *ws.activity(initial[static_cast<std::size_t>(row)].id);
        EXPECT_EQ(final.revision, static_cast<std::int64_t>(changes.size()) + 1);
        // Each applied change added one occurrence to what it read.
        EXPECT_EQ(final.cadencePerWeek, initial[static_cast<std::size_t>(row)].cadencePerWeek +
                                            static_cast<double>(changes.size()));

        // The same changes applied one after the other, in the order their
        // revisions say, give the same row.
        const ActivityId replayId = replayRows[static_cast<std::size_t>(row)].id;
        for (const Applied &change : changes) {
            auto replayed = ws.changeActivity(edited(*ws.activity(replayId), change.tag));
            ASSERT_TRUE(replayed.has_value()) << replayed.error().message;
        }
        Activity replay = *ws.activity(replayId);
        replay.id = final.id;
        replay.campaignId = final.campaignId;
        replay.uid = final.uid;
        EXPECT_EQ(replay, final) << "row " << row;
    }
}

TEST(PostgresLiveUpdates, AChangeByOneClientReachesAnotherWithinASecond) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createWorkspaceDatabase();
    const std::string uri = server.uri(database, PostgresServer::editor);
    auto a = PostgresWorkspace::open(uri);
    auto b = PostgresWorkspace::open(server.uri(database, PostgresServer::viewer));
    ASSERT_TRUE(a.has_value()) << a.error().message;
    ASSERT_TRUE(b.has_value()) << b.error().message;
    ASSERT_TRUE((*a)->listenForChanges());
    ASSERT_TRUE((*b)->listenForChanges());
    const Brand brand = *(*a)->addBrand(testing::makeBrand("Acme Coffee"));
    const Campaign campaign = *(*a)->addCampaign(testing::makeCampaign(brand.id, "Launch"));
    const Activity reel =
        (*a)->addActivities(campaign.id, {testing::makeActivity("Reel")})->front();
    // What came before the edit is not what this test waits for.
    ASSERT_TRUE((*b)->waitForChanges(std::chrono::milliseconds(1000)));
    while (!(*b)->takeChanges()->empty()) {
    }

    Activity changed = reel;
    changed.title = "Weekly reel";
    ASSERT_TRUE((*a)->changeActivity(changed));
    // B waits on its socket (as a window's notifier does) for up to a
    // second; the change must be among what arrives.
    std::vector<WorkspaceChange> seen;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    bool found = false;
    while (!found && std::chrono::steady_clock::now() < deadline) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        auto changes = (*b)->waitForChanges(left);
        ASSERT_TRUE(changes.has_value()) << changes.error().message;
        for (const WorkspaceChange &change : *changes) {
            found = found || (change.table == "activity" && change.operation == "update" &&
                              change.rows == 1 &&
                              change.keys == std::vector<std::int64_t>{reel.id.value()} &&
                              change.campaigns == std::vector<std::int64_t>{campaign.id.value()});
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ((*b)->activity(reel.id)->title, "Weekly reel");
    // A connection never hears its own changes.
    EXPECT_TRUE((*a)->takeChanges()->empty());
}

TEST(PostgresLiveUpdates, AnImportIsAnnouncedOnceWithoutListingEveryRow) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createWorkspaceDatabase();
    auto a = PostgresWorkspace::open(server.uri(database, PostgresServer::editor));
    auto b = PostgresWorkspace::open(server.uri(database, PostgresServer::editor));
    ASSERT_TRUE(a && b);
    const Brand brand = *(*a)->addBrand(testing::makeBrand("Acme Coffee"));
    const Campaign campaign = *(*a)->addCampaign(testing::makeCampaign(brand.id, "Launch"));
    ASSERT_TRUE((*b)->listenForChanges());
    std::vector<Activity> batch(250, testing::makeActivity("Post"));
    ASSERT_TRUE((*a)->addActivities(campaign.id, batch));
    std::vector<WorkspaceChange> activityChanges;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    while (activityChanges.empty() && std::chrono::steady_clock::now() < deadline) {
        const auto changes = (*b)->waitForChanges(std::chrono::milliseconds(200));
        ASSERT_TRUE(changes.has_value()) << changes.error().message;
        for (const WorkspaceChange &change : *changes) {
            if (change.table == "activity")
                activityChanges.push_back(change);
        }
    }
    ASSERT_EQ(activityChanges.size(), 1u);
    EXPECT_EQ(activityChanges[0].operation, "insert");
    EXPECT_EQ(activityChanges[0].rows, 250);
    EXPECT_TRUE(activityChanges[0].keys.empty()); // past 100 rows: reload the campaign
    EXPECT_EQ(activityChanges[0].campaigns, std::vector<std::int64_t>{campaign.id.value()});
}

} // namespace
} // namespace castnet::core
