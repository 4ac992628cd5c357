// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `castnet export --format ics`, run on the built
// executable as a user would. The events themselves are read back with
// libical in tests/core/calendar.
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_runner.h"

using castnet::test::CliRun;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using castnet::test::TempDir;
using castnet::test::writeBytes;

namespace {

// The values of every content line that starts with `name:`.
std::vector<std::string> values(const std::string &ics, const std::string &name) {
    std::vector<std::string> found;
    std::istringstream lines(ics);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.rfind(name + ":", 0) == 0)
            found.push_back(line.substr(name.size() + 1));
    }
    return found;
}

class CalendarCliTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(runCastnet({"demo", "--db", db}).exitCode, 0); }

    std::string exportAs(const std::string &format, const std::string &name) {
        const std::string out = dir.file(name);
        const CliRun run = runCastnet({"export", "--db", db, "--campaign", "Lumen 2 launch",
                                       "--format", format, "--out", out});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        EXPECT_EQ(run.out, "");
        return readBytes(out);
    }

    TempDir dir;
    std::string db = dir.file("plan.db");
};

} // namespace

TEST_F(CalendarCliTest, EveryActivityThatHappensIsOneEventWithItsUidAndRevision) {
    const auto campaign = nlohmann::json::parse(exportAs("json", "plan.json"));
    std::set<std::string> uids;
    for (const auto &activity : campaign["activities"]) {
        if (activity["cadence_per_week"].get<double>() > 0)
            uids.insert(activity["uid"].get<std::string>());
    }
    ASSERT_FALSE(uids.empty());
    const std::string ics = exportAs("ics", "plan.ics");
    EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    EXPECT_EQ(values(ics, "VERSION"), std::vector<std::string>{"2.0"});
    const std::vector<std::string> eventUids = values(ics, "UID");
    EXPECT_EQ(std::set<std::string>(eventUids.begin(), eventUids.end()), uids);
    EXPECT_EQ(eventUids.size(), uids.size());
    // A demo workspace is new: every activity is at its first revision.
    for (const std::string &sequence : values(ics, "SEQUENCE"))
        EXPECT_EQ(sequence, "1");
}

TEST_F(CalendarCliTest, TwoExportsGiveTheSameUids) {
    EXPECT_EQ(values(exportAs("ics", "a.ics"), "UID"), values(exportAs("ics", "b.ics"), "UID"));
}

TEST_F(CalendarCliTest, AnUnknownFormatNamesTheThreeFormats) {
    const std::string out = dir.file("plan.xml");
    const CliRun run = runCastnet(
        {"export", "--db", db, "--campaign", "Lumen 2 launch", "--format", "xml", "--out", out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("--format must be csv, json or ics, not \"xml\""), std::string::npos)
        << run.err;
}
