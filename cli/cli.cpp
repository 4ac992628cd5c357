// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <algorithm>
#include <exception>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/actuals_command.h"
#include "cli/baseline_command.h"
#include "cli/calibrate_command.h"
#include "cli/classify_command.h"
#include "cli/compare_command.h"
#include "cli/copy_command.h"
#include "cli/demo_command.h"
#include "cli/export_command.h"
#include "cli/import_command.h"
#include "cli/optimize_command.h"
#include "cli/progress_command.h"
#include "cli/project_command.h"
#include "cli/server_command.h"
#include "core/text/one_line_message.h"

namespace castnet::cli {

namespace {

using core::Error;

// The subcommands in the order `castnet --help` lists them.
std::vector<Command> commands(const ReportWriter &writeWithCharts) {
    std::vector<Command> list;
    list.push_back(demoCommand());
    list.push_back(importCommand());
    list.push_back(exportCommand());
    list.push_back(classifyCommand());
    list.push_back(projectCommand());
    list.push_back(compareCommand());
    list.push_back(optimizeCommand());
    list.push_back(reportCommand(writeWithCharts));
    list.push_back(actualsImportCommand());
    list.push_back(actualsExportCommand());
    list.push_back(baselineSaveCommand());
    list.push_back(baselineListCommand());
    list.push_back(baselineDeleteCommand());
    list.push_back(progressCommand());
    list.push_back(calibrateCommand());
    list.push_back(copyCommand());
    list.push_back(serverInitCommand());
    return list;
}

// A command named "GROUP ACTION" ("actuals import") is the subcommand
// ACTION of the subcommand GROUP; the others are named by one word.
struct CommandName {
    std::string group; // empty for a one-word command
    std::string action;
};

CommandName splitName(const std::string &name) {
    const std::size_t space = name.find(' ');
    if (space == std::string::npos)
        return {std::string(), name};
    return {name.substr(0, space), name.substr(space + 1)};
}

bool names(const Command &command, const std::vector<std::string> &args) {
    const CommandName name = splitName(command.name);
    if (name.group.empty())
        return command.name == args[0];
    return args.size() >= 2 && name.group == args[0] && name.action == args[1];
}

// The actions of `group` ("import, export"), empty when it is not a group.
std::string actionsOf(const std::vector<Command> &list, const std::string &group) {
    std::string actions;
    for (const Command &command : list) {
        const CommandName name = splitName(command.name);
        if (!name.group.empty() && name.group == group)
            actions += (actions.empty() ? "" : ", ") + name.action;
    }
    return actions;
}

// The command name of a CLI11 app: "actuals import" for a nested one.
std::string fullName(const CLI::App *app) {
    const CLI::App *parent = app->get_parent();
    if (parent != nullptr && parent->get_parent() != nullptr)
        return parent->get_name() + " " + app->get_name();
    return app->get_name();
}

constexpr const char *windowSynopsis =
    "castnet [--db FILE]                                   open the window";

constexpr const char *usageNotes =
    R"(Every subcommand also takes --brand B to pick among campaigns of the same name.
--db (and copy's --from, --to) takes a workspace file or a team workspace on a server,
postgresql://user@host:port/database; the password comes from ~/.pgpass or PGPASSFILE.
--campaign C is always a name, digits too; --campaign-id N picks a campaign by its id.
The scenario "plan" is the plan itself. compare shows 2 to 4 scenarios in the order given.
optimize proposes weekly hours per activity within the capacity and weekly budget (by
default the campaign's), each activity's bounds, the locked activities' plans and minimum
shares such as --min-share networking=0.3; --save-as stores the proposal as a scenario.
Exit codes: 0 success, 2 a problem you can fix (message on stderr), 1 internal failure.
)";

// Each line of `text` indented by two spaces, each ending in '\n'.
std::string indented(const std::string &text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        out += "  " + text.substr(start, end - start) + '\n';
        start = end + 1;
    }
    return out;
}

std::string usageOf(const std::vector<Command> &list) {
    std::string text = "usage:\n" + indented(windowSynopsis);
    // The actions of one group may share their synopsis; it is shown once.
    const std::string *previous = nullptr;
    for (const Command &command : list) {
        if (previous == nullptr || *previous != command.synopsis)
            text += indented(command.synopsis);
        previous = &command.synopsis;
    }
    return text + usageNotes;
}

// `castnet --help` prints the usage text; `castnet NAME --help` the
// subcommand's synopsis and summary, then its flags as CLI11 lists them.
class UsageFormatter : public CLI::Formatter {
public:
    explicit UsageFormatter(const std::vector<Command> &list)
        : m_commands(list) {}

    std::string make_help(const CLI::App *app, std::string,
                          CLI::AppFormatMode mode) const override {
        const auto command =
            std::find_if(m_commands.begin(), m_commands.end(),
                         [&](const Command &c) { return c.name == fullName(app); });
        if (app->get_parent() == nullptr || command == m_commands.end())
            return usageOf(m_commands);
        return "usage:\n" + indented(command->synopsis) + '\n' + command->summary + '\n' +
               make_positionals(app) + make_groups(app, mode);
    }

private:
    const std::vector<Command> &m_commands;
};

// CLI11 words a value flag given without its value as "--db: 1 required
// FILE missing" and a switch given a value as "json was given a disallowed
// flag override"; castnet says it as it always has.
std::string reworded(const CLI::ArgumentMismatch &mismatch, const std::string &command) {
    const std::string what = mismatch.what();
    if (what.ends_with(" was given a disallowed flag override"))
        return fmt::format("{} has no option --{}", command, what.substr(0, what.find(' ')));
    const std::string flag = what.substr(0, what.find(':'));
    if (flag.rfind("--", 0) == 0 && flag.find(' ') == std::string::npos)
        return fmt::format("{} needs a value", flag);
    return what;
}

int report(const Error &error) {
    fmt::print(stderr, "castnet: {}\n", core::oneLineMessage(error.message));
    return error.kind == Error::Kind::User ? UserError : InternalFailure;
}

} // namespace

Invocation invocationFor(const std::vector<std::string> &args) {
    if (args.empty())
        return {true, std::nullopt};
    if (args.size() == 2 && args[0] == "--db")
        return {true, args[1]};
    if (args.size() == 1 && args[0].rfind("--db=", 0) == 0)
        return {true, args[0].substr(5)};
    return {false, std::nullopt};
}

std::string usage() {
    return usageOf(commands({}));
}

int runCli(const std::vector<std::string> &args, const ReportWriter &writeWithCharts) {
    const std::vector<Command> list = commands(writeWithCharts);
    if (args.empty() || args[0] == "help") {
        fmt::print("{}", usageOf(list));
        return Success;
    }
    const auto named = [&](const Command &c) { return names(c, args); };
    const std::string actions = actionsOf(list, args[0]);
    const bool groupHelp = args.size() >= 2 && (args[1] == "--help" || args[1] == "-h");
    if (!actions.empty() && !groupHelp && std::none_of(list.begin(), list.end(), named)) {
        return report(Error::user(fmt::format("{} needs one of: {}", args[0], actions)));
    }
    if (args[0] != "--help" && args[0] != "-h" && args[0] != "--version" && actions.empty() &&
        std::none_of(list.begin(), list.end(), named)) {
        return report(Error::user(
            fmt::format("unknown subcommand \"{}\"; run castnet --help for the list", args[0])));
    }
    try {
        CLI::App app("Castnet plans brand marketing campaigns.", "castnet");
        app.formatter(std::make_shared<UsageFormatter>(list));
        app.set_version_flag("--version", fmt::format("castnet {}", CASTNET_VERSION));
        // One subcommand a run: a later argument that names another one is
        // an argument of the first.
        app.require_subcommand(0, 1);
        std::vector<std::unique_ptr<CommandContext>> contexts;
        std::map<std::string, CLI::App *> groups;
        for (const Command &command : list) {
            const CommandName name = splitName(command.name);
            CLI::App *parent = &app;
            if (!name.group.empty()) {
                parent = groups[name.group];
                if (parent == nullptr) {
                    parent = app.add_subcommand(name.group,
                                                name.group + ": " + actionsOf(list, name.group));
                    parent->require_subcommand(0, 1);
                    groups[name.group] = parent;
                }
            }
            contexts.push_back(std::make_unique<CommandContext>(
                command.name, *parent->add_subcommand(name.action, command.summary)));
            command.addFlags(*contexts.back());
        }
        const auto chosen = std::find_if(list.begin(), list.end(), named);
        const std::string name = chosen == list.end() ? std::string("castnet") : chosen->name;
        try {
            std::vector<std::string> reversed(args.rbegin(), args.rend());
            app.parse(reversed);
        } catch (const CLI::CallForHelp &) {
            fmt::print("{}", app.help());
            return Success;
        } catch (const CLI::CallForVersion &version) {
            fmt::print("{}\n", version.what());
            return Success;
        } catch (const CLI::ArgumentMismatch &mismatch) {
            return report(Error::user(reworded(mismatch, name)));
        } catch (const CLI::ParseError &error) {
            return report(Error::user(error.what()));
        }
        if (chosen == list.end()) // only --help and --version come without a subcommand
            return report(Error::internal("no subcommand to run"));
        const CommandContext &context = *contexts[static_cast<std::size_t>(chosen - list.begin())];
        if (auto checked = context.check(); !checked)
            return report(checked.error());
        if (auto done = chosen->run(context); !done)
            return report(done.error());
        return Success;
    } catch (const std::exception &e) {
        return report(Error::internal(fmt::format("internal error: {}", e.what())));
    }
}

} // namespace castnet::cli
