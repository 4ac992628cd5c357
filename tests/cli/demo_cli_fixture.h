// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixtures the end-to-end command-line tests share: a temporary folder
// with a workspace path in it, runs of the built castnet on the demo
// campaign, and what every refusal must look like.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_runner.h"

namespace castnet::test {

inline std::set<std::string> keysOf(const nlohmann::json &object) {
    std::set<std::string> keys;
    for (const auto &item : object.items())
        keys.insert(item.key());
    return keys;
}

// A user error: exit 2, nothing on stdout, one line on stderr starting
// "castnet: ".
inline void expectOneLineError(const CliRun &run) {
    EXPECT_EQ(run.exitCode, 2) << run.err;
    EXPECT_TRUE(run.out.empty()) << run.out;
    ASSERT_FALSE(run.err.empty());
    EXPECT_EQ(run.err.rfind("castnet: ", 0), 0u) << run.err;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "one line: " << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
}

// A temporary folder holding the path of a workspace (not created).
class CliTest : public ::testing::Test {
protected:
    static constexpr const char *demoCampaign = "Lumen 2 launch";

    // castnet `args` on the demo campaign of the workspace.
    CliRun run(std::vector<std::string> args) {
        args.insert(args.end(), {"--db", db, "--campaign", demoCampaign});
        return runCastnet(args);
    }

    // The same with --json, which must succeed with only JSON on stdout.
    nlohmann::json runJson(std::vector<std::string> args) {
        args.push_back("--json");
        const CliRun result = run(args);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_TRUE(result.err.empty()) << result.err;
        return nlohmann::json::parse(result.out);
    }

    // A refused command on the demo campaign: a one-line error, and the
    // workspace byte for byte as it was. Returns stderr.
    std::string refusal(const std::vector<std::string> &args) {
        const std::string before = readBytes(db);
        const CliRun result = run(args);
        EXPECT_EQ(result.exitCode, 2) << result.out;
        EXPECT_TRUE(result.out.empty()) << result.out;
        EXPECT_EQ(readBytes(db), before) << "a refused command writes nothing";
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        return result.err;
    }

    TempDir dir;
    std::string db = dir.file("demo.db");
};

// The same with the demo workspace created first.
class DemoCliTest : public CliTest {
protected:
    void SetUp() override { ASSERT_EQ(runCastnet({"demo", "--db", db}).exitCode, 0); }
};

} // namespace castnet::test
