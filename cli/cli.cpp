// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include <fmt/format.h>

#include "cli/classify_output.h"
#include "cli/compare_output.h"
#include "cli/optimize_output.h"
#include "cli/project_output.h"
#include "core/analysis/comparison.h"
#include "core/analysis/scenario_projection.h"
#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_import.h"
#include "core/exchange/campaign_json.h"
#include "core/exchange/file_io.h"
#include "core/optimizer/optimizer.h"
#include "core/report/markdown_renderer.h"
#include "core/report/report_format.h"
#include "core/report/report_model.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "core/text/number_format.h"
#include "core/workspace/campaign_lookup.h"
#include "core/workspace/demo.h"

#ifdef CASTNET_WITH_GUI
#include <QApplication>

#include "ui/report/report_export.h"
#endif

namespace castnet::cli {

namespace {

using core::Error;
using core::Result;
namespace fs = std::filesystem;

constexpr const char *usage = R"(usage:
  castnet [--db FILE]                                   open the window
  castnet demo     --db FILE                            create a demo workspace
  castnet import   --db FILE --brand B --campaign C [--weeks N] FILE.csv|FILE.json
  castnet export   --db FILE --campaign C --format csv|json --out PATH
  castnet classify --db FILE --campaign C [--json]
  castnet project  --db FILE --campaign C [--scenario S] [--json]
  castnet compare  --db FILE --campaign C --scenario S1 --scenario S2 [...] [--json]
  castnet optimize --db FILE --campaign C [--hours H] [--budget B] [--min-share TRACK=F]...
                   [--lock ID]... [--save-as S] [--json]
  castnet report   --db FILE --campaign C --format pdf|html|md --out PATH [--paper a4|letter]
Every subcommand also takes --brand B to pick among campaigns of the same name.
The scenario "plan" is the plan itself. compare shows 2 to 4 scenarios in the order given.
optimize proposes weekly hours per activity within the capacity and weekly budget (by
default the campaign's), each activity's bounds, the locked activities' plans and minimum
shares such as --min-share networking=0.3; --save-as stores the proposal as a scenario.
Exit codes: 0 success, 2 a problem you can fix (message on stderr), 1 internal failure.
)";

// The flags of one subcommand: which take a value, which may repeat, which
// are plain switches.
struct FlagSpec {
    std::set<std::string> values;
    std::set<std::string> repeated;
    std::set<std::string> switches;
    int positionals = 0;
};

// A parsed command line for one subcommand.
class Options {
public:
    std::optional<std::string> value(const std::string &flag) const {
        const auto it = m_values.find(flag);
        return it == m_values.end() ? std::nullopt : std::optional(it->second.front());
    }
    std::vector<std::string> values(const std::string &flag) const {
        const auto it = m_values.find(flag);
        return it == m_values.end() ? std::vector<std::string>{} : it->second;
    }
    Result<std::string> required(const std::string &flag) const {
        if (auto v = value(flag))
            return *v;
        return core::fail(fmt::format("--{} is required", flag), flag);
    }
    bool has(const std::string &flag) const { return m_switches.contains(flag); }
    const std::vector<std::string> &positionals() const { return m_positionals; }

    static Result<Options> parse(const std::string &command, const FlagSpec &spec,
                                 const std::vector<std::string> &args);

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_switches;
    std::vector<std::string> m_positionals;
};

Result<Options> Options::parse(const std::string &command, const FlagSpec &spec,
                               const std::vector<std::string> &args) {
    Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.size() < 3 || arg.rfind("--", 0) != 0) {
            options.m_positionals.push_back(arg);
            continue;
        }
        std::string flag = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = flag.find('='); eq != std::string::npos) {
            inlineValue = flag.substr(eq + 1);
            flag.resize(eq);
        }
        if (spec.switches.contains(flag) && !inlineValue) {
            options.m_switches.insert(flag);
            continue;
        }
        if (!spec.values.contains(flag))
            return core::fail(fmt::format("{} has no option --{}", command, flag), flag);
        if (!inlineValue && i + 1 >= args.size())
            return core::fail(fmt::format("--{} needs a value", flag), flag);
        auto &slot = options.m_values[flag];
        if (!slot.empty() && !spec.repeated.contains(flag))
            return core::fail(fmt::format("--{} is given twice", flag), flag);
        slot.push_back(inlineValue ? *inlineValue : args[++i]);
    }
    if (static_cast<int>(options.m_positionals.size()) != spec.positionals) {
        if (spec.positionals == 0) {
            return core::fail(
                fmt::format("{} takes no argument \"{}\"", command, options.m_positionals.front()));
        }
        return core::fail(
            fmt::format("{} needs exactly {} file argument", command, spec.positionals));
    }
    return options;
}

// Opens the workspace named by --db. Reading commands need an existing file;
// `create` lets import start a new one.
Result<std::unique_ptr<core::SqliteWorkspace>> openWorkspace(const Options &options,
                                                             bool create = false) {
    auto path = options.required("db");
    if (!path)
        return tl::unexpected(path.error());
    using Mode = core::SqliteWorkspace::OpenMode;
    return core::SqliteWorkspace::open(*path, create ? Mode::CreateIfMissing : Mode::MustExist);
}

Result<core::Campaign> campaignFrom(core::Workspace &workspace, const Options &options) {
    auto name = options.required("campaign");
    if (!name)
        return tl::unexpected(name.error());
    return core::findCampaign(workspace, *name, options.value("brand"));
}

// Removes a workspace file this command created, with its journal files, so
// a failed command leaves nothing behind.
void removeCreatedWorkspace(const std::string &path) {
    std::error_code ignored;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix, ignored);
}

Result<void> runDemo(const Options &options) {
    auto path = options.required("db");
    if (!path)
        return tl::unexpected(path.error());
    std::error_code ec;
    if (fs::exists(*path, ec) && (fs::is_directory(*path, ec) || fs::file_size(*path, ec) > 0)) {
        return core::fail(fmt::format("{} already exists; demo only writes a new workspace", *path),
                          "db");
    }
    const bool existed = fs::exists(*path, ec);
    Result<core::Campaign> campaign = [&]() -> Result<core::Campaign> {
        auto workspace = openWorkspace(options, /*create*/ true);
        if (!workspace)
            return tl::unexpected(workspace.error());
        return core::createDemo(**workspace, core::todayIsoDate());
    }();
    if (!campaign) {
        if (!existed)
            removeCreatedWorkspace(*path);
        return tl::unexpected(campaign.error());
    }
    fmt::print("Created the demo workspace {} with campaign \"{}\" (id {}).\n", *path,
               campaign->name, campaign->id);
    return {};
}

Result<std::optional<int>> weeksFrom(const Options &options) {
    const auto text = options.value("weeks");
    if (!text)
        return std::optional<int>{};
    const auto weeks = core::parseInt(*text);
    if (!weeks || *weeks < core::Campaign::minWeeks || *weeks > core::Campaign::maxWeeks) {
        return core::fail(fmt::format("--weeks must be a whole number from {} to {}, not \"{}\"",
                                      core::Campaign::minWeeks, core::Campaign::maxWeeks, *text),
                          "weeks");
    }
    return std::optional<int>(*weeks);
}

Result<void> runImport(const Options &options) {
    core::ImportRequest request;
    for (auto [flag, target] :
         {std::pair{"brand", &request.brandName}, std::pair{"campaign", &request.campaignName}}) {
        auto value = options.required(flag);
        if (!value)
            return tl::unexpected(value.error());
        *target = *value;
    }
    auto weeks = weeksFrom(options);
    if (!weeks)
        return tl::unexpected(weeks.error());
    request.weeks = *weeks;
    request.path = options.positionals().front();

    const std::string db = options.value("db").value_or("");
    std::error_code ec;
    const bool existed = !db.empty() && fs::exists(db, ec);
    Result<core::ImportResult> imported = [&]() -> Result<core::ImportResult> {
        auto workspace = openWorkspace(options, /*create*/ true);
        if (!workspace)
            return tl::unexpected(workspace.error());
        return core::importCampaignFile(**workspace, request);
    }();
    if (!imported) {
        if (!existed && !db.empty())
            removeCreatedWorkspace(db);
        return tl::unexpected(imported.error());
    }
    fmt::print("Imported {} activities into campaign \"{}\" (id {}{}).\n",
               imported->activitiesAdded, imported->campaign.name, imported->campaign.id,
               imported->campaignCreated ? ", new" : "");
    return {};
}

Result<void> runExport(const Options &options) {
    auto format = options.required("format");
    if (!format)
        return tl::unexpected(format.error());
    if (*format != "csv" && *format != "json")
        return core::fail(fmt::format("--format must be csv or json, not \"{}\"", *format),
                          "format");
    auto out = options.required("out");
    if (!out)
        return tl::unexpected(out.error());
    auto workspace = openWorkspace(options);
    if (!workspace)
        return tl::unexpected(workspace.error());
    auto campaign = campaignFrom(**workspace, options);
    if (!campaign)
        return tl::unexpected(campaign.error());
    auto snapshot = (*workspace)->snapshot(campaign->id);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    std::string bytes;
    if (*format == "csv") {
        bytes = core::writeActivityCsv(snapshot->activities);
    } else {
        auto brands = (*workspace)->brands();
        if (!brands)
            return tl::unexpected(brands.error());
        const auto brand = std::find_if(brands->begin(), brands->end(),
                                        [&](const auto &b) { return b.id == campaign->brandId; });
        if (brand == brands->end())
            return core::failInternal("the campaign's brand is missing");
        bytes = core::writeCampaignJson(*brand, *snapshot);
    }
    return core::writeFileAtomically(*out, bytes);
}

// The campaign a reading command works on, with its activities.
struct LoadedCampaign {
    std::unique_ptr<core::SqliteWorkspace> workspace;
    core::Campaign campaign;
    std::vector<core::Activity> activities;
};

Result<LoadedCampaign> loadCampaign(const Options &options) {
    auto workspace = openWorkspace(options);
    if (!workspace)
        return tl::unexpected(workspace.error());
    auto campaign = campaignFrom(**workspace, options);
    if (!campaign)
        return tl::unexpected(campaign.error());
    auto activities = (*workspace)->activities(campaign->id);
    if (!activities)
        return tl::unexpected(activities.error());
    return LoadedCampaign{std::move(*workspace), std::move(*campaign), std::move(*activities)};
}

Result<void> runClassify(const Options &options) {
    auto loaded = loadCampaign(options);
    if (!loaded)
        return tl::unexpected(loaded.error());
    const auto objective = loaded->campaign.objective;
    fmt::print("{}", options.has("json")
                         ? core::classificationJson(loaded->activities, objective)
                         : core::classificationTable(loaded->activities, objective));
    return {};
}

// The scenario named by --scenario, or std::nullopt for the plan itself.
Result<std::optional<core::Scenario>>
scenarioFrom(core::Workspace &workspace, const core::Campaign &campaign, const std::string &name) {
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

Result<void> runProject(const Options &options) {
    auto loaded = loadCampaign(options);
    if (!loaded)
        return tl::unexpected(loaded.error());
    auto scenario = scenarioFrom(*loaded->workspace, loaded->campaign,
                                 options.value("scenario").value_or(core::Scenario::planName));
    if (!scenario)
        return tl::unexpected(scenario.error());
    std::vector<core::Activity> activities =
        *scenario ? core::applyScenario(loaded->campaign, loaded->activities, **scenario)
                  : loaded->activities;
    const core::Projection projection = core::project(loaded->campaign, activities);
    fmt::print("{}", options.has("json")
                         ? core::projectionJson(projection, activities)
                         : core::projectionTable(loaded->campaign, projection, activities));
    return {};
}

// --- compare and optimize ------------------------------------------------

Result<void> runCompare(const Options &options) {
    const std::vector<std::string> names = options.values("scenario");
    if (names.size() < core::minComparedScenarios || names.size() > core::maxComparedScenarios) {
        return core::fail(fmt::format("compare takes {} to {} --scenario flags, not {} (\"plan\" "
                                      "is the plan itself)",
                                      core::minComparedScenarios, core::maxComparedScenarios,
                                      names.size()),
                          "scenario");
    }
    auto loaded = loadCampaign(options);
    if (!loaded)
        return tl::unexpected(loaded.error());
    std::vector<core::Scenario> scenarios;
    for (const std::string &name : names) {
        auto scenario = scenarioFrom(*loaded->workspace, loaded->campaign, name);
        if (!scenario)
            return tl::unexpected(scenario.error());
        scenarios.push_back(*scenario ? std::move(**scenario)
                                      : core::planScenario(loaded->campaign.id));
    }
    auto comparison = core::compare(loaded->campaign, loaded->activities, scenarios);
    if (!comparison)
        return tl::unexpected(comparison.error());
    fmt::print("{}", options.has("json") ? core::comparisonJson(*comparison)
                                         : core::comparisonTable(loaded->campaign, *comparison));
    return {};
}

// A flag holding a finite number, 0 or more; std::nullopt when absent.
Result<std::optional<double>> amountFrom(const Options &options, const std::string &flag,
                                         const char *what) {
    const auto text = options.value(flag);
    if (!text)
        return std::optional<double>{};
    const auto value = core::parseDouble(*text);
    if (!value || *value < 0.0)
        return core::fail(fmt::format("--{} must be {}, 0 or more, not \"{}\"", flag, what, *text),
                          flag);
    return std::optional<double>(*value);
}

// --min-share TRACK=F, each track at most once.
Result<std::map<core::Track, double>> minSharesFrom(const Options &options) {
    std::map<core::Track, double> shares;
    for (const std::string &text : options.values("min-share")) {
        const auto eq = text.find('=');
        if (eq == std::string::npos) {
            return core::fail(
                fmt::format("--min-share must look like networking=0.3, not \"{}\"", text),
                "min-share");
        }
        const auto track = core::parseEnum<core::Track>(std::string_view(text).substr(0, eq));
        if (!track) {
            return core::fail(fmt::format("--min-share names a track as {}, not \"{}\"",
                                          core::acceptedWords<core::Track>(), text.substr(0, eq)),
                              "min-share");
        }
        const auto share = core::parseDouble(std::string_view(text).substr(eq + 1));
        if (!share || *share < 0.0 || *share > 1.0) {
            return core::fail(fmt::format("--min-share {}: the share must be a fraction from 0 to "
                                          "1, not \"{}\"",
                                          core::toString(*track), text.substr(eq + 1)),
                              "min-share");
        }
        if (!shares.emplace(*track, *share).second) {
            return core::fail(fmt::format("--min-share gives {} twice", core::toString(*track)),
                              "min-share");
        }
    }
    return shares;
}

// --lock ID..., each the id of one of the campaign's activities.
Result<std::vector<core::ActivityId>> locksFrom(const Options &options,
                                                const LoadedCampaign &loaded) {
    std::vector<core::ActivityId> locks;
    for (const std::string &text : options.values("lock")) {
        core::ActivityId id = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        const bool known = ec == std::errc() && end == text.data() + text.size() &&
                           std::any_of(loaded.activities.begin(), loaded.activities.end(),
                                       [id](const core::Activity &a) { return a.id == id; });
        if (!known) {
            return core::fail(fmt::format("--lock {}: campaign \"{}\" has no activity with that id",
                                          text, loaded.campaign.name),
                              "lock");
        }
        locks.push_back(id);
    }
    return locks;
}

Result<core::OptimizeRequest> optimizeRequestFrom(const Options &options,
                                                  const LoadedCampaign &loaded) {
    core::OptimizeRequest request;
    auto hours = amountFrom(options, "hours", "a number of hours per week");
    if (!hours)
        return tl::unexpected(hours.error());
    request.hours = *hours;
    auto budget = amountFrom(options, "budget", "an amount per week");
    if (!budget)
        return tl::unexpected(budget.error());
    request.budget = *budget;
    auto shares = minSharesFrom(options);
    if (!shares)
        return tl::unexpected(shares.error());
    request.minShares = std::move(*shares);
    auto locks = locksFrom(options, loaded);
    if (!locks)
        return tl::unexpected(locks.error());
    request.locks = std::move(*locks);
    return request;
}

// Refuses a --save-as name the workspace would refuse, before any work.
Result<void> checkNewScenarioName(core::Workspace &workspace, const core::Campaign &campaign,
                                  const std::string &name) {
    std::string word(core::trim(name));
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (word == core::Scenario::planName) {
        return core::fail("--save-as cannot be \"plan\", the name of the plan itself; choose "
                          "another name",
                          "save-as");
    }
    auto scenarios = workspace.scenarios(campaign.id);
    if (!scenarios)
        return tl::unexpected(scenarios.error());
    for (const core::Scenario &scenario : *scenarios) {
        if (scenario.name == name) {
            return core::fail(fmt::format("campaign \"{}\" already has a scenario named \"{}\"; "
                                          "choose another --save-as name",
                                          campaign.name, name),
                              "save-as");
        }
    }
    return {};
}

Result<void> runOptimize(const Options &options) {
    auto loaded = loadCampaign(options);
    if (!loaded)
        return tl::unexpected(loaded.error());
    auto request = optimizeRequestFrom(options, *loaded);
    if (!request)
        return tl::unexpected(request.error());
    const auto saveAs = options.value("save-as");
    if (saveAs) {
        if (auto ok = checkNewScenarioName(*loaded->workspace, loaded->campaign, *saveAs); !ok)
            return ok;
    }
    auto proposal = core::optimize(loaded->campaign, loaded->activities, *request);
    if (!proposal)
        return tl::unexpected(proposal.error());
    if (saveAs) {
        core::Workspace &workspace = *loaded->workspace;
        auto saved = workspace.transact([&]() -> Result<void> {
            if (auto ok = checkNewScenarioName(workspace, loaded->campaign, *saveAs); !ok)
                return ok;
            auto stored = workspace.addScenario(
                core::proposalScenario(*proposal, loaded->campaign.id, *saveAs));
            if (!stored)
                return tl::unexpected(stored.error());
            return {};
        });
        if (!saved)
            return saved;
    }
    if (options.has("json")) {
        fmt::print("{}", core::optimizationJson(*proposal, loaded->activities));
        return {};
    }
    fmt::print("{}", core::optimizationTable(loaded->campaign, *proposal, loaded->activities));
    if (saveAs)
        fmt::print("Saved as scenario \"{}\".\n", *saveAs);
    return {};
}

// --- report ---------------------------------------------------------------

Result<core::ReportFormat> reportFormatFrom(const Options &options) {
    auto word = options.required("format");
    if (!word)
        return tl::unexpected(word.error());
    if (const auto format = core::parseReportFormat(*word))
        return *format;
    return core::fail(fmt::format("--format must be pdf, html or md, not \"{}\"", *word), "format");
}

Result<core::PaperSize> paperFrom(const Options &options) {
    const std::string paper = options.value("paper").value_or("a4");
    if (paper == "a4" || paper == "A4")
        return core::PaperSize::A4;
    if (paper == "letter" || paper == "Letter")
        return core::PaperSize::Letter;
    return core::fail(fmt::format("--paper must be a4 or letter, not \"{}\"", paper), "paper");
}

Result<core::Report> buildReportFrom(const Options &options, core::PaperSize paper) {
    auto loaded = loadCampaign(options);
    if (!loaded)
        return tl::unexpected(loaded.error());
    auto brands = loaded->workspace->brands();
    if (!brands)
        return tl::unexpected(brands.error());
    const auto brand = std::find_if(brands->begin(), brands->end(), [&](const core::Brand &b) {
        return b.id == loaded->campaign.brandId;
    });
    if (brand == brands->end())
        return core::failInternal("the campaign's brand is missing");
    auto scenarios = loaded->workspace->scenarios(loaded->campaign.id);
    if (!scenarios)
        return tl::unexpected(scenarios.error());
    // The optimizer's proposal (ReportOptions::proposal) is left out: a
    // proposal the user keeps is a stored scenario, compared like the others.
    core::ReportOptions reportOptions;
    reportOptions.paper = paper;
    return core::buildReport(*brand, loaded->campaign, loaded->activities, *scenarios,
                             reportOptions);
}

#ifdef CASTNET_WITH_GUI
// PDF and HTML draw their charts with the window's Qt Charts code, which
// needs an application object but no display.
Result<void> writeReportWithCharts(const core::Report &report, core::ReportFormat format,
                                   const std::string &out) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's notes about the environment (no XDG_RUNTIME_DIR, say) are not
    // the user's business; stderr keeps its one line for a failure.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            fmt::print(stderr, "castnet: {}\n", message.toStdString());
    });
    std::unique_ptr<QApplication> application;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "castnet";
        static char *argv[] = {name, nullptr};
        application = std::make_unique<QApplication>(argc, argv);
    }
    return ui::writeReport(report, format, out);
}
#endif

Result<void> runReport(const Options &options) {
    auto format = reportFormatFrom(options);
    if (!format)
        return tl::unexpected(format.error());
    auto out = options.required("out");
    if (!out)
        return tl::unexpected(out.error());
    auto paper = paperFrom(options);
    if (!paper)
        return tl::unexpected(paper.error());
    auto report = buildReportFrom(options, *paper);
    if (!report)
        return tl::unexpected(report.error());
    if (*format == core::ReportFormat::Markdown)
        return core::writeFileAtomically(*out, core::renderMarkdown(*report));
#ifdef CASTNET_WITH_GUI
    return writeReportWithCharts(*report, *format, *out);
#else
    return core::fail(
        "this castnet was built without Qt, so it writes reports only with --format md", "format");
#endif
}

struct Command {
    FlagSpec flags;
    std::function<Result<void>(const Options &)> run;
};

const std::map<std::string, Command> &commands() {
    static const std::map<std::string, Command> table{
        {"demo", {{{"db"}, {}, {}, 0}, runDemo}},
        {"import", {{{"db", "brand", "campaign", "weeks"}, {}, {}, 1}, runImport}},
        {"export", {{{"db", "brand", "campaign", "format", "out"}, {}, {}, 0}, runExport}},
        {"classify", {{{"db", "brand", "campaign"}, {}, {"json"}, 0}, runClassify}},
        {"project", {{{"db", "brand", "campaign", "scenario"}, {}, {"json"}, 0}, runProject}},
        {"compare",
         {{{"db", "brand", "campaign", "scenario"}, {"scenario"}, {"json"}, 0}, runCompare}},
        {"optimize",
         {{{"db", "brand", "campaign", "hours", "budget", "min-share", "lock", "save-as"},
           {"min-share", "lock"},
           {"json"},
           0},
          runOptimize}},
        {"report", {{{"db", "brand", "campaign", "format", "out", "paper"}, {}, {}, 0}, runReport}},
    };
    return table;
}

int report(const Error &error) {
    // One line: a message never carries a line break onto the terminal.
    std::string message = error.message;
    for (char &c : message) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    fmt::print(stderr, "castnet: {}\n", message);
    return error.kind == Error::Kind::User ? UserError : InternalFailure;
}

} // namespace

Invocation classify(const std::vector<std::string> &args) {
    if (args.empty())
        return {true, std::nullopt};
    if (args.size() == 2 && args[0] == "--db")
        return {true, args[1]};
    if (args.size() == 1 && args[0].rfind("--db=", 0) == 0)
        return {true, args[0].substr(5)};
    return {false, std::nullopt};
}

int runCli(const std::vector<std::string> &args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::fputs(usage, stdout);
        return Success;
    }
    if (args[0] == "--version") {
        fmt::print("castnet {}\n", CASTNET_VERSION);
        return Success;
    }
    const auto command = commands().find(args[0]);
    if (command == commands().end()) {
        return report(Error::user(
            fmt::format("unknown subcommand \"{}\"; run castnet --help for the list", args[0])));
    }
    try {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        auto options = Options::parse(args[0], command->second.flags, rest);
        if (!options)
            return report(options.error());
        if (auto done = command->second.run(*options); !done)
            return report(done.error());
        return Success;
    } catch (const std::exception &e) {
        return report(Error::internal(fmt::format("internal error: {}", e.what())));
    }
}

} // namespace castnet::cli
