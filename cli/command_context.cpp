// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_context.h"

#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/exchange/file_io.h"
#include "core/storage/postgres/postgres_workspace.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "core/text/number_format.h"
#include "core/workspace/campaign_lookup.h"
#include "core/workspace/workspace_address.h"

namespace castnet::cli {

using core::Result;

CommandContext::CommandContext(std::string name, CLI::App &command)
    : m_name(std::move(name))
    , m_command(command) {
    // Unknown flags and stray arguments are left for check() to word.
    m_command.allow_extras();
}

void CommandContext::addValue(const std::string &flag, const std::string &placeholder,
                              const std::string &description, bool repeated) {
    // Every occurrence is kept, one value each, so check() can tell a flag
    // given twice from one that may repeat.
    m_command.add_option("--" + flag, m_values[flag], description)
        ->type_name(placeholder)
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    if (repeated)
        m_repeated.insert(flag);
}

void CommandContext::addSwitch(const std::string &flag, const std::string &description) {
    m_command.add_flag("--" + flag, m_switches[flag], description)->disable_flag_override();
}

void CommandContext::addFile(const std::string &placeholder, const std::string &description) {
    m_command.add_option("file", m_files, description)
        ->type_name(placeholder)
        ->expected(1)
        ->allow_extra_args(false);
    m_takesFile = true;
}

void CommandContext::addCampaignFlags() {
    addValue("db", "FILE", "the workspace file, or a team workspace's postgresql:// URI");
    addValue("brand", "B", "the brand, to pick among campaigns of the same name");
    addValue("campaign", "C", "the campaign's name (digits too are a name)");
    addValue("campaign-id", "N", "the campaign's id, instead of --campaign");
}

Result<void> CommandContext::check() const {
    std::vector<std::string> strays = m_files;
    for (const std::string &arg : m_command.remaining()) {
        if (arg.size() >= 3 && arg.rfind("--", 0) == 0)
            return core::fail(
                fmt::format("{} has no option {}", m_name, arg.substr(0, arg.find('='))),
                arg.substr(2, arg.find('=') - 2));
        strays.push_back(arg);
    }
    for (const auto &[flag, given] : m_values) {
        if (given.size() > 1 && !m_repeated.contains(flag))
            return core::fail(fmt::format("--{} is given twice", flag), flag);
    }
    if (!m_takesFile && !strays.empty())
        return core::fail(fmt::format("{} takes no argument \"{}\"", m_name, strays.front()));
    if (m_takesFile && strays.size() != 1)
        return core::fail(fmt::format("{} needs exactly 1 file argument", m_name));
    return {};
}

std::optional<std::string> CommandContext::value(const std::string &flag) const {
    const auto it = m_values.find(flag);
    if (it == m_values.end() || it->second.empty())
        return std::nullopt;
    return it->second.front();
}

std::vector<std::string> CommandContext::values(const std::string &flag) const {
    const auto it = m_values.find(flag);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

Result<std::string> CommandContext::required(const std::string &flag) const {
    if (auto v = value(flag))
        return *v;
    return core::fail(fmt::format("--{} is required", flag), flag);
}

bool CommandContext::has(const std::string &flag) const {
    const auto it = m_switches.find(flag);
    return it != m_switches.end() && it->second;
}

Result<std::string> CommandContext::outputPath() const {
    CASTNET_TRY(std::string out, required("out"));
    if (const auto db = value("db"))
        CASTNET_TRY_VOID(core::refuseSameFile(out, *db, "out"));
    return out;
}

Result<std::unique_ptr<core::Workspace>> CommandContext::openWorkspace(bool create) const {
    CASTNET_TRY(const std::string db, required("db"));
    return castnet::cli::openWorkspace(db, create);
}

Result<std::optional<core::CampaignId>> CommandContext::campaignId() const {
    const auto text = value("campaign-id");
    if (!text)
        return std::optional<core::CampaignId>{};
    const auto number = core::parseInt(*text);
    if (!number || *number < 1 || std::to_string(*number) != *text) {
        return core::fail(
            fmt::format("--campaign-id must be a campaign's id (a whole number from 1), not \"{}\"",
                        *text),
            "campaign-id");
    }
    return std::optional<core::CampaignId>(core::CampaignId{*number});
}

Result<core::CampaignChoice> CommandContext::campaignChoice() const {
    CASTNET_TRY(const std::optional<core::CampaignId> id, campaignId());
    const auto name = value("campaign");
    if (id && name)
        return core::fail("give --campaign or --campaign-id, not both", "campaign-id");
    if (!id && !name)
        return core::fail("--campaign (or --campaign-id) is required", "campaign");
    return core::CampaignChoice{name, id};
}

Result<core::Campaign> CommandContext::findCampaign(core::Workspace &workspace) const {
    CASTNET_TRY(const core::CampaignChoice choice, campaignChoice());
    return core::findCampaign(workspace, choice, value("brand"));
}

Result<LoadedCampaign> CommandContext::loadCampaign() const {
    auto workspace = openWorkspace();
    if (!workspace)
        return tl::unexpected(workspace.error());
    auto campaign = findCampaign(**workspace);
    if (!campaign)
        return tl::unexpected(campaign.error());
    auto activities = (*workspace)->activities(campaign->id);
    if (!activities)
        return tl::unexpected(activities.error());
    return LoadedCampaign{std::move(*workspace), std::move(*campaign), std::move(*activities)};
}

Result<std::unique_ptr<core::Workspace>> openWorkspace(const std::string &db, bool create) {
    CASTNET_TRY(const core::WorkspaceAddress address, core::parseWorkspaceAddress(db));
    switch (address.backend) {
    case core::WorkspaceBackend::File: {
        using Mode = core::SqliteWorkspace::OpenMode;
        CASTNET_TRY(auto file,
                    core::SqliteWorkspace::open(address.location,
                                                create ? Mode::CreateIfMissing : Mode::MustExist));
        return std::unique_ptr<core::Workspace>(std::move(file));
    }
    case core::WorkspaceBackend::PostgreSql: {
        CASTNET_TRY(auto server, core::PostgresWorkspace::open(address.location));
        return std::unique_ptr<core::Workspace>(std::move(server));
    }
    }
    return tl::unexpected(core::unsupportedBackend(address));
}

Result<std::optional<core::Scenario>>
findScenario(core::Workspace &workspace, const core::Campaign &campaign, const std::string &name) {
    if (name == core::Scenario::planName)
        return std::optional<core::Scenario>{};
    auto scenarios = workspace.scenarios(campaign.id);
    if (!scenarios)
        return tl::unexpected(scenarios.error());
    for (core::Scenario &scenario : *scenarios) {
        if (scenario.name == name)
            return std::optional<core::Scenario>(std::move(scenario));
    }
    return core::fail(
        fmt::format("campaign \"{}\" has no scenario named \"{}\"", campaign.name, name),
        "scenario");
}

} // namespace castnet::cli
