// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the command line's usage: `castnet --help`, each
// subcommand's --help, the README's copy of the usage, and the one-line
// words of a command line that does not parse.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/cli/demo_cli_fixture.h"

using castnet::test::CliRun;
using castnet::test::expectOneLineError;
using castnet::test::runCastnet;

namespace {

const std::vector<std::string> subcommands{"demo",    "import",  "export",   "classify",
                                           "project", "compare", "optimize", "report"};

// The synopsis lines of `castnet --help`, without their indent.
std::string helpSynopsis() {
    const CliRun help = runCastnet({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    std::istringstream lines(help.out);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "usage:");
    std::string synopsis;
    while (std::getline(lines, line) && line.rfind("  ", 0) == 0)
        synopsis += line.substr(2) + '\n';
    return synopsis;
}

// The first code block under "## Command line" in README.md.
std::string readmeUsage() {
    std::ifstream in(CASTNET_SOURCE_DIR "/README.md", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string readme = text.str();
    const auto section = readme.find("\n## Command line\n");
    if (section == std::string::npos)
        return "no \"## Command line\" section in README.md";
    const auto open = readme.find("\n```\n", section);
    const auto close = readme.find("\n```", open + 4);
    if (open == std::string::npos || close == std::string::npos)
        return "no code block under \"## Command line\" in README.md";
    return readme.substr(open + 5, close + 1 - (open + 5));
}

} // namespace

TEST(UsageTest, TheReadmeShowsTheUsageThatHelpPrints) {
    const std::string synopsis = helpSynopsis();
    ASSERT_NE(synopsis.find("castnet demo"), std::string::npos) << synopsis;
    EXPECT_EQ(readmeUsage(), synopsis)
        << "README.md's usage block must be `castnet --help`'s synopsis, unindented";
}

TEST(UsageTest, HelpListsEverySubcommandAndExitsZero) {
    const CliRun help = runCastnet({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.err.empty()) << help.err;
    for (const std::string &name : subcommands)
        EXPECT_NE(help.out.find("castnet " + name + " "), std::string::npos) << name;
    for (const char *other : {"-h", "help"}) {
        const CliRun again = runCastnet({other});
        EXPECT_EQ(again.exitCode, 0) << other;
        EXPECT_EQ(again.out, help.out) << other;
    }
}

TEST(UsageTest, EverySubcommandHasItsOwnHelp) {
    const std::string synopsis = helpSynopsis();
    for (const std::string &name : subcommands) {
        for (const char *flag : {"--help", "-h"}) {
            const CliRun help = runCastnet({name, flag});
            EXPECT_EQ(help.exitCode, 0) << name << " " << flag << ": " << help.err;
            EXPECT_TRUE(help.err.empty()) << help.err;
            EXPECT_EQ(help.out.rfind("usage:\n  castnet " + name + " ", 0), 0u) << help.out;
            EXPECT_NE(help.out.find("--db FILE"), std::string::npos) << help.out;
        }
    }
    // Help wins over flags that are missing or wrong.
    const CliRun help = runCastnet({"export", "--format", "xml", "--help"});
    EXPECT_EQ(help.exitCode, 0) << help.err;
}

TEST(UsageTest, VersionNamesTheProgram) {
    const CliRun version = runCastnet({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("castnet ", 0), 0u) << version.out;
    EXPECT_EQ(std::count(version.out.begin(), version.out.end(), '\n'), 1) << version.out;
}

TEST(UsageTest, ParseErrorsAreOneLineInCastnetsWords) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"frobnicate"}, "unknown subcommand \"frobnicate\"; run castnet --help for the list"},
        {{"export", "--db", "x.db", "--colour", "red"}, "export has no option --colour"},
        {{"export", "--colour=red"}, "export has no option --colour"},
        {{"export", "--db"}, "--db needs a value"},
        {{"classify", "--db", "x.db", "--db", "y.db"}, "--db is given twice"},
        {{"classify", "--db", "x.db", "--json=1"}, "classify has no option --json"},
        {{"classify", "--db", "x.db", "extra"}, "classify takes no argument \"extra\""},
        {{"demo", "--db", "x.db", "report"}, "demo takes no argument \"report\""},
        {{"import", "--db", "x.db", "a.csv", "b.csv"}, "import needs exactly 1 file argument"},
        {{"import", "--db", "x.db"}, "import needs exactly 1 file argument"},
        {{"classify", "--campaign", "1"}, "--db is required"},
    };
    for (const auto &[args, message] : cases) {
        const CliRun run = runCastnet(args);
        expectOneLineError(run);
        EXPECT_EQ(run.err, "castnet: " + message + "\n") << args.front();
    }
}
