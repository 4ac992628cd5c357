// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/domain/scenario.h"
#include "core/workspace/campaign_lookup.h"
#include "core/workspace/workspace.h"

namespace CLI {
class App;
}

namespace castnet::cli {

// A campaign a reading subcommand works on, with its activities and the
// workspace it came from.
struct LoadedCampaign {
    std::unique_ptr<core::Workspace> workspace;
    core::Campaign campaign;
    std::vector<core::Activity> activities;
};

// What one subcommand runs with: the flags it was given and the workspace
// and campaign they name. A subcommand declares its flags here; CLI11 fills
// them in; check() then refuses what CLI11 lets through (unknown flags,
// flags given twice, stray or missing file arguments) in castnet's own
// one-line words, and the subcommand reads the flags back by name.
//
// CLI11 writes into storage held here, so a context never moves; flags are
// named without their leading "--".
class CommandContext {
public:
    // `command` is the subcommand's CLI11 app, which outlives the context.
    CommandContext(std::string name, CLI::App &command);
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    // A flag with a value (`--flag VALUE` or `--flag=VALUE`); given twice it
    // is refused unless `repeated`.
    void addValue(const std::string &flag, const std::string &placeholder,
                  const std::string &description, bool repeated = false);
    // A flag without a value, such as --json.
    void addSwitch(const std::string &flag, const std::string &description);
    // The one file argument a subcommand needs.
    void addFile(const std::string &placeholder, const std::string &description);
    // --db, --brand, --campaign and --campaign-id: the flags of every
    // subcommand that works on a campaign.
    void addCampaignFlags();

    // Refuses, after parsing, what the subcommand does not take.
    core::Result<void> check() const;

    const std::string &name() const { return m_name; }
    std::optional<std::string> value(const std::string &flag) const;
    std::vector<std::string> values(const std::string &flag) const;
    core::Result<std::string> required(const std::string &flag) const;
    bool has(const std::string &flag) const;
    // The file named by --out: required, and never the workspace named by
    // --db (DESIGN §11), also through a link or a hard link to it.
    core::Result<std::string> outputPath() const;
    const std::string &file() const { return m_files.front(); }

    // Opens the workspace named by --db: a file, or a team workspace on a
    // server (postgresql://…, DESIGN §15). Reading subcommands need an
    // existing file; `create` lets demo and import start a new one. A
    // server's workspace is made by `castnet server init`, never here.
    core::Result<std::unique_ptr<core::Workspace>> openWorkspace(bool create = false) const;
    // The campaign named by --campaign (always a name) or picked by
    // --campaign-id (DESIGN §11 v2), within --brand.
    core::Result<core::CampaignChoice> campaignChoice() const;
    // --campaign-id, checked; std::nullopt when absent.
    core::Result<std::optional<core::CampaignId>> campaignId() const;
    core::Result<core::Campaign> findCampaign(core::Workspace &workspace) const;
    // The workspace, the campaign and its activities.
    core::Result<LoadedCampaign> loadCampaign() const;

private:
    std::string m_name;
    CLI::App &m_command;
    // Every occurrence of each value flag, in order; std::map keeps the
    // addresses CLI11 writes to stable.
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_repeated;
    std::map<std::string, bool> m_switches;
    std::vector<std::string> m_files;
    bool m_takesFile = false;
};

// Opens the workspace `db` names (a file path or a postgresql:// URI), as
// --db does; `create` lets a missing file be created.
core::Result<std::unique_ptr<core::Workspace>> openWorkspace(const std::string &db,
                                                             bool create = false);

// The scenario named `name` of the campaign, or std::nullopt for "plan",
// the plan itself.
core::Result<std::optional<core::Scenario>>
findScenario(core::Workspace &workspace, const core::Campaign &campaign, const std::string &name);

// One subcommand: its name, its lines of the usage text, its flags and what
// it does.
struct Command {
    std::string name;
    std::string summary;  // one line, under the synopsis of `castnet NAME --help`
    std::string synopsis; // its lines of `castnet --help`, without the indent
    std::function<void(CommandContext &)> addFlags;
    std::function<core::Result<void>(const CommandContext &)> run;
};

} // namespace castnet::cli
