// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/campaign_import.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_json.h"
#include "core/exchange/file_io.h"

namespace castnet::core {

namespace {

enum class FileKind { Csv, Json };

Result<FileKind> fileKindOf(const std::string &path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    if (extension == ".csv")
        return FileKind::Csv;
    if (extension == ".json")
        return FileKind::Json;
    return fail(fmt::format("\"{}\" is neither a .csv nor a .json file", path), "file");
}

// What the import found in the workspace before it changed anything.
struct Target {
    Brand brand;
    std::optional<Campaign> campaign;
};

// The existing campaign --campaign-id picks, within --brand when given.
Result<Target> findTargetById(Workspace &workspace, const ImportRequest &request) {
    CASTNET_TRY(const Campaign campaign, workspace.campaign(*request.campaignId));
    CASTNET_TRY(const Brand brand, workspace.brand(campaign.brandId));
    if (!request.brandName.empty() && brand.name != request.brandName) {
        return fail(fmt::format("campaign {} is in brand \"{}\", not \"{}\"", campaign.id.value(),
                                brand.name, request.brandName),
                    "campaign-id");
    }
    return Target{brand, campaign};
}

Result<Target> findTarget(Workspace &workspace, const ImportRequest &request) {
    if (request.campaignId)
        return findTargetById(workspace, request);
    auto brand = workspace.findBrand(request.brandName);
    if (!brand)
        return tl::unexpected(brand.error());
    if (!*brand) {
        Brand created;
        created.name = request.brandName;
        auto stored = workspace.addBrand(created);
        if (!stored)
            return tl::unexpected(stored.error());
        return Target{*stored, std::nullopt};
    }
    auto campaigns = workspace.campaigns((*brand)->id);
    if (!campaigns)
        return tl::unexpected(campaigns.error());
    const auto found = std::find_if(campaigns->begin(), campaigns->end(), [&](const Campaign &c) {
        return c.name == request.campaignName;
    });
    if (found == campaigns->end())
        return Target{**brand, std::nullopt};
    return Target{**brand, *found};
}

Result<void> checkWeeks(const ImportRequest &request, int weeks, std::string_view whose) {
    if (request.weeks && *request.weeks != weeks)
        return fail(
            fmt::format("--weeks {} differs from {} {} weeks", *request.weeks, whose, weeks),
            "--weeks");
    return {};
}

Result<Campaign> createCampaign(Workspace &workspace, const ImportRequest &request, BrandId brand) {
    Campaign campaign = defaultCampaign(request.campaignName, todayIsoDate());
    campaign.brandId = brand;
    campaign.weeks = request.weeks.value_or(campaign.weeks);
    return workspace.addCampaign(campaign);
}

Result<int> appendActivities(Workspace &workspace, const Campaign &campaign,
                             std::vector<Activity> activities) {
    const int count = static_cast<int>(activities.size());
    auto added = workspace.addActivities(campaign.id, std::move(activities));
    if (!added)
        return tl::unexpected(added.error());
    return count;
}

// "activities[3].end_week: 30 is after the campaign's 26 weeks", as the
// JSON reader words its own errors (validate() starts with the field name).
tl::unexpected<Error> refuseActivity(std::size_t index, const Error &error) {
    std::string_view reason = error.message;
    if (!error.field.empty() && reason.starts_with(error.field))
        reason.remove_prefix(error.field.size());
    while (reason.starts_with(' ') || reason.starts_with(':'))
        reason.remove_prefix(1);
    const std::string path = fmt::format("activities[{}].{}", index, error.field);
    return fail(fmt::format("{}: {}", path, reason), path);
}

} // namespace

Result<void> checkAppend(const CampaignSnapshot &snapshot, const Campaign &campaign,
                         const std::vector<Scenario> &existing) {
    for (std::size_t i = 0; i < snapshot.activities.size(); ++i) {
        if (auto valid = validate(snapshot.activities[i], campaign); !valid)
            return refuseActivity(i, valid.error());
    }
    for (const Scenario &scenario : snapshot.scenarios) {
        const bool taken = std::any_of(existing.begin(), existing.end(),
                                       [&](const Scenario &s) { return s.name == scenario.name; });
        if (taken)
            return fail(fmt::format("campaign \"{}\" already has a scenario named \"{}\"; rename "
                                    "it in the file or delete it first",
                                    campaign.name, scenario.name),
                        "scenarios");
    }
    return {};
}

ExchangeContent exchangeContentOf(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    const auto first = text.find_first_not_of(" \t\r\n");
    // A CSV starts with its header's first column name, never with "{".
    return first != std::string_view::npos && text[first] == '{' ? ExchangeContent::Json
                                                                 : ExchangeContent::Csv;
}

namespace {

// A JSON campaign appended to an existing one: its activities are added
// (checked against the existing campaign's weeks) and its scenarios follow
// them with their allocations remapped to the new ids. The file's campaign
// settings are not applied: the existing campaign keeps its own.
Result<int> appendSnapshot(Workspace &workspace, const Campaign &campaign,
                           CampaignSnapshot snapshot) {
    auto existing = workspace.scenarios(campaign.id);
    if (!existing)
        return tl::unexpected(existing.error());
    if (auto ok = checkAppend(snapshot, campaign, *existing); !ok)
        return tl::unexpected(ok.error());
    std::vector<ActivityId> fileIds;
    fileIds.reserve(snapshot.activities.size());
    for (Activity &activity : snapshot.activities) {
        fileIds.push_back(activity.id);
        activity.id = {};
        activity.campaignId = campaign.id;
    }

    auto added = workspace.addActivities(campaign.id, std::move(snapshot.activities));
    if (!added)
        return tl::unexpected(added.error());
    if (added->size() != fileIds.size())
        return failInternal("the workspace stored a different number of activities");
    std::unordered_map<ActivityId, ActivityId> newIds;
    for (std::size_t i = 0; i < fileIds.size(); ++i)
        newIds.emplace(fileIds[i], (*added)[i].id);
    for (Scenario &scenario : snapshot.scenarios) {
        scenario.id = {};
        scenario.campaignId = campaign.id;
        for (Allocation &allocation : scenario.allocations)
            allocation.activityId = newIds.at(allocation.activityId);
        if (auto stored = workspace.addScenario(scenario); !stored)
            return tl::unexpected(stored.error());
    }
    return static_cast<int>(fileIds.size());
}

Result<ImportResult> importCsv(Workspace &workspace, const ImportRequest &request,
                               std::string_view text) {
    auto target = findTarget(workspace, request);
    if (!target)
        return tl::unexpected(target.error());
    ImportResult result;
    if (target->campaign) {
        if (auto ok = checkWeeks(request, target->campaign->weeks, "the campaign's"); !ok)
            return tl::unexpected(ok.error());
        result.campaign = *target->campaign;
    } else {
        auto created = createCampaign(workspace, request, target->brand.id);
        if (!created)
            return tl::unexpected(created.error());
        result.campaign = *created;
        result.campaignCreated = true;
    }
    auto activities = readActivityCsv(text, result.campaign);
    if (!activities)
        return tl::unexpected(activities.error());
    auto added = appendActivities(workspace, result.campaign, std::move(*activities));
    if (!added)
        return tl::unexpected(added.error());
    result.activitiesAdded = *added;
    return result;
}

Result<ImportResult> importJson(Workspace &workspace, const ImportRequest &request,
                                std::string_view text) {
    auto snapshot = readCampaignJson(text);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    auto target = findTarget(workspace, request);
    if (!target)
        return tl::unexpected(target.error());

    ImportResult result;
    if (target->campaign) {
        if (auto ok = checkWeeks(request, target->campaign->weeks, "the campaign's"); !ok)
            return tl::unexpected(ok.error());
        result.campaign = *target->campaign;
        auto added = appendSnapshot(workspace, result.campaign, std::move(*snapshot));
        if (!added)
            return tl::unexpected(added.error());
        result.activitiesAdded = *added;
        return result;
    }
    if (auto ok = checkWeeks(request, snapshot->campaign.weeks, "the file's"); !ok)
        return tl::unexpected(ok.error());
    snapshot->campaign.id = {};
    snapshot->campaign.brandId = target->brand.id;
    snapshot->campaign.name = request.campaignName;
    auto restored = workspace.restore(*snapshot, /*keepIds=*/false);
    if (!restored)
        return tl::unexpected(restored.error());
    result.campaign = restored->campaign;
    result.activitiesAdded = static_cast<int>(restored->activities.size());
    result.campaignCreated = true;
    return result;
}

// Runs `action` as one transaction and gives its own result: its error when
// it failed (so the user reads why), the workspace's when the commit failed.
template<class T, class Action> Result<T> inTransaction(Workspace &workspace, Action action) {
    // Empty when the transaction never began (the file busy, say).
    std::optional<Result<T>> result;
    auto done = workspace.transact([&]() -> Result<void> {
        result = action();
        if (!*result)
            return tl::unexpected(result->error());
        return {};
    });
    if (!done)
        return tl::unexpected(result && !*result ? result->error() : done.error());
    return std::move(*result);
}

} // namespace

Result<ImportResult> importCampaignFile(Workspace &workspace, const ImportRequest &request) {
    auto kind = fileKindOf(request.path);
    if (!kind)
        return tl::unexpected(kind.error());
    if (request.weeks &&
        (*request.weeks < Campaign::minWeeks || *request.weeks > Campaign::maxWeeks))
        return fail(fmt::format("--weeks must be between {} and {}, not {}", Campaign::minWeeks,
                                Campaign::maxWeeks, *request.weeks),
                    "--weeks");
    auto text = readFile(request.path);
    if (!text)
        return tl::unexpected(text.error());

    return inTransaction<ImportResult>(workspace, [&] {
        return *kind == FileKind::Csv ? importCsv(workspace, request, *text)
                                      : importJson(workspace, request, *text);
    });
}

Result<int> importActivityCsv(Workspace &workspace, CampaignId campaign, std::string_view csv) {
    return inTransaction<int>(workspace, [&]() -> Result<int> {
        auto target = workspace.campaign(campaign);
        if (!target)
            return tl::unexpected(target.error());
        auto activities = readActivityCsv(csv, *target);
        if (!activities)
            return tl::unexpected(activities.error());
        return appendActivities(workspace, *target, std::move(*activities));
    });
}

} // namespace castnet::core
