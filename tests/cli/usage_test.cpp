// SPDX-License-Identifier: GPL-3.0-or-later
// The README's usage block is what `castnet --help` prints, line for line.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli/cli_runner.h"

namespace {

std::vector<std::string> linesOf(const std::string &text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// The synopsis lines of `castnet --help`: the indented lines after "usage:".
std::vector<std::string> helpSynopsis(const std::string &help) {
    std::vector<std::string> synopsis;
    for (const std::string &line : linesOf(help)) {
        if (line.starts_with("  "))
            synopsis.push_back(line.substr(2));
    }
    return synopsis;
}

// The first fenced block of the README's "## Command line" section.
std::vector<std::string> readmeSynopsis(const std::string &readme) {
    const std::size_t section = readme.find("## Command line");
    const std::size_t open = readme.find("```\n", section);
    const std::size_t close = readme.find("```", open + 4);
    if (section == std::string::npos || open == std::string::npos || close == std::string::npos)
        return {};
    return linesOf(readme.substr(open + 4, close - open - 4));
}

TEST(UsageTest, TheReadmeUsageBlockIsWhatHelpPrints) {
    const castnet::test::CliRun help = castnet::test::runCastnet({"--help"});
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_EQ(readmeSynopsis(castnet::test::readBytes(CASTNET_README)), helpSynopsis(help.out));
}

} // namespace
