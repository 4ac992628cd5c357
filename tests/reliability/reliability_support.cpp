// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/reliability_support.h"

#include <sqlite3.h>

#include "core/storage/sqlite/sqlite_workspace.h"

namespace castnet::test {

namespace {

using core::SqliteWorkspace;

std::string integrityOf(const std::string &path) {
    sqlite3 *db = nullptr;
    std::string report = "cannot open";
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *check = nullptr;
        report = "cannot check";
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr) == SQLITE_OK) {
            report.clear();
            while (sqlite3_step(check) == SQLITE_ROW) {
                const auto *line = sqlite3_column_text(check, 0);
                report += (report.empty() ? "" : "\n") +
                          std::string(line ? reinterpret_cast<const char *>(line) : "");
            }
        }
        sqlite3_finalize(check);
    }
    sqlite3_close(db);
    return report;
}

} // namespace

WorkspaceState inspectWorkspace(const std::string &path) {
    WorkspaceState state;
    {
        auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
        if (!workspace) {
            state.openError = workspace.error().message;
        } else if (auto campaigns = (*workspace)->campaigns(std::nullopt); !campaigns) {
            state.openError = campaigns.error().message;
        } else {
            state.opensInCastnet = true;
            for (const core::Campaign &campaign : *campaigns) {
                auto activities = (*workspace)->activities(campaign.id);
                state.activitiesByCampaign[campaign.name] =
                    activities ? static_cast<int>(activities->size()) : -1;
            }
        }
    }
    state.integrity = integrityOf(path);
    return state;
}

StepState inspectSteps(const std::string &path, const std::string &campaignId) {
    StepState state;
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    if (!workspace)
        return state;
    auto activities = (*workspace)->activities(core::CampaignId{std::stoll(campaignId)});
    if (!activities || activities->size() < 2)
        return state;
    state.firstTitle = (*activities)[0].title;
    state.secondNotes = (*activities)[1].notes;
    if (state.firstTitle.starts_with("step "))
        state.step = std::stol(state.firstTitle.substr(5));
    for (const core::Activity &activity : *activities) {
        if (activity.title.starts_with("added "))
            state.added.push_back(activity.title);
    }
    return state;
}

std::string demoCampaignId(const std::string &path) {
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    if (!workspace)
        return {};
    auto campaigns = (*workspace)->campaigns(std::nullopt);
    if (!campaigns)
        return {};
    // The demo's plan; its second campaign is the one half-way through.
    for (const core::Campaign &campaign : *campaigns) {
        if (campaign.name == "Lumen 2 launch")
            return std::to_string(campaign.id.value());
    }
    return {};
}

core::Activity reliabilityActivity(std::string title) {
    core::Activity activity;
    activity.channel = "Newsletter";
    activity.title = std::move(title);
    activity.format = core::Format::Newsletter;
    activity.interaction = core::Interaction::Broadcast;
    activity.goal = core::Goal::Awareness;
    activity.cadencePerWeek = 1;
    activity.hoursPerOccurrence = 1;
    activity.startWeek = 1;
    activity.endWeek = 1;
    return activity;
}

std::vector<core::Activity> reliabilityActivities(int count) {
    std::vector<core::Activity> activities;
    for (int i = 0; i < count; ++i) {
        core::Activity activity = reliabilityActivity("Activity " + std::to_string(i + 1));
        if (i % 2 == 0) {
            activity.channel = "Community forum";
            activity.format = core::Format::CommunityPost;
            activity.interaction = core::Interaction::Community;
            activity.goal = core::Goal::Relationships;
        }
        activity.cadencePerWeek = 1 + i % 5;
        activity.hoursPerOccurrence = 0.5 + (i % 4) * 0.25;
        activity.endWeek = 10;
        activity.notes = "Row " + std::to_string(i + 1);
        activities.push_back(activity);
    }
    return activities;
}

} // namespace castnet::test
