// SPDX-License-Identifier: GPL-3.0-or-later
// A second program writing to a workspace through Castnet's core, the way
// the window does: the reliability tests run it in child processes, kill it
// at random moments and run two of it at once. It prints "done N" once the
// transaction of step N has been committed.
//
//   castnet_workspace_writer steps FILE CAMPAIGN_ID
//       Forever: step N sets the first activity's title and the second's
//       notes to "step N", adds an activity "added N" and removes
//       "added N-1", all in one transaction. Continues from the stored N.
//   castnet_workspace_writer count FILE ACTIVITY_ID TIMES NAME
//       TIMES times: adds one hour to the activity's setup_hours (a read
//       and a write) and adds an activity "NAME N", in one transaction,
//       then pauses a moment, as a person between two edits would.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "core/storage/sqlite/sqlite_workspace.h"
#include "core/text/number_format.h"
#include "core/workspace/activity_edit.h"
#include "tests/reliability/reliability_support.h"

namespace {

using namespace castnet::core;
using castnet::test::reliabilityActivity;

[[noreturn]] void quit(const Error &error) {
    std::fprintf(stderr, "%s\n", error.message.c_str());
    std::exit(error.kind == Error::Kind::User ? 2 : 1);
}

template<class T> T must(Result<T> result) {
    if (!result)
        quit(result.error());
    return std::move(*result);
}

void must(const Result<void> &result) {
    if (!result)
        quit(result.error());
}

void announce(long step) {
    std::printf("done %ld\n", step);
    std::fflush(stdout);
}

int runSteps(Workspace &workspace, CampaignId campaign) {
    const auto activities = must(workspace.activities(campaign));
    if (activities.size() < 2)
        quit(Error::user("the campaign needs two activities"));
    const ActivityId first = activities[0].id;
    const ActivityId second = activities[1].id;
    const std::string title = activities[0].title;
    long step = title.starts_with("step ") ? std::atol(title.c_str() + 5) : 0;
    while (true) {
        ++step;
        const std::string text = "step " + std::to_string(step);
        must(workspace.transact([&]() -> Result<void> {
            if (auto ok = setActivityField(workspace, first, ActivityField::Title, text); !ok)
                return ok;
            if (auto ok = setActivityField(workspace, second, ActivityField::Notes, text); !ok)
                return ok;
            auto added = workspace.addActivities(
                campaign, {reliabilityActivity("added " + std::to_string(step))});
            if (!added)
                return tl::unexpected(added.error());
            auto all = workspace.activities(campaign);
            if (!all)
                return tl::unexpected(all.error());
            for (const Activity &activity : *all) {
                if (activity.title == "added " + std::to_string(step - 1))
                    return workspace.removeActivities({activity.id});
            }
            return {};
        }));
        announce(step);
    }
}

int runCount(Workspace &workspace, ActivityId counter, long times, const std::string &name) {
    const CampaignId campaign = must(workspace.activity(counter)).campaignId;
    for (long step = 1; step <= times; ++step) {
        must(workspace.transact([&]() -> Result<void> {
            auto current = workspace.activity(counter);
            if (!current)
                return tl::unexpected(current.error());
            const std::string hours = formatDouble(current->setupHours + 1);
            if (auto ok = setActivityField(workspace, counter, ActivityField::SetupHours, hours);
                !ok)
                return ok;
            auto added = workspace.addActivities(
                campaign, {reliabilityActivity(name + " " + std::to_string(step))});
            if (!added)
                return tl::unexpected(added.error());
            return {};
        }));
        announce(step);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (!((mode == "steps" && argc == 4) || (mode == "count" && argc == 6))) {
        std::fprintf(stderr,
                     "usage: %s steps FILE CAMPAIGN_ID | count FILE ACTIVITY_ID TIMES "
                     "NAME\n",
                     argv[0]);
        return 2;
    }
    auto workspace = must(SqliteWorkspace::open(argv[2], SqliteWorkspace::OpenMode::MustExist));
    if (mode == "steps")
        return runSteps(*workspace, CampaignId{std::atoll(argv[3])});
    return runCount(*workspace, ActivityId{std::atoll(argv[3])}, std::atol(argv[4]), argv[5]);
}
