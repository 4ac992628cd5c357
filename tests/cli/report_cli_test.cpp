// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `castnet report`: every format on the demo, and the
// refusals that must leave nothing behind.
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cli/demo_cli_fixture.h"

using castnet::test::CliRun;
using castnet::test::expectOneLineError;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using castnet::test::TempDir;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace {

class ReportCliTest : public castnet::test::DemoCliTest {
protected:
    CliRun report(const std::string &format, const std::string &out,
                  std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"report", "--format", format, "--out", out};
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    }

    // Every file under the temporary directory but the workspace.
    std::vector<std::string> filesBesideTheWorkspace() const {
        std::vector<std::string> files;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(dir.path())) {
            const std::string name = entry.path().filename().string();
            if (name.rfind("demo.db", 0) != 0)
                files.push_back(entry.path().string());
        }
        return files;
    }
};

} // namespace

// PDF and HTML are drawn by the Qt part of Castnet; a build without the GUI
// (the sanitizer preset) writes Markdown only.
#ifdef CASTNET_WITH_GUI
#define SKIP_WITHOUT_QT_REPORTS()
#else
#define SKIP_WITHOUT_QT_REPORTS() GTEST_SKIP() << "built without the Qt report renderers"
#endif

TEST_F(ReportCliTest, MarkdownReportOfTheDemo) {
    const CliRun run = report("md", dir.file("report.md"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(run.err.empty()) << run.err;
    const std::string md = readBytes(dir.file("report.md"));
    EXPECT_THAT(md, StartsWith("# Strategy report: Lumen 2 launch\n"));
    EXPECT_THAT(md, HasSubstr("\n## Summary\n"));
    EXPECT_THAT(md, HasSubstr("\n## Risks and recommendations\n"));
}

TEST_F(ReportCliTest, HtmlReportOfTheDemoCarriesItsChartsInline) {
    SKIP_WITHOUT_QT_REPORTS();
    const CliRun run = report("html", dir.file("report.html"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(run.err.empty()) << run.err;
    const std::string html = readBytes(dir.file("report.html"));
    EXPECT_THAT(html, StartsWith("<!DOCTYPE html>"));
    EXPECT_THAT(html, HasSubstr("<h2>Summary</h2>"));
    std::size_t charts = 0;
    for (std::size_t at = html.find("<svg"); at != std::string::npos;
         at = html.find("<svg", at + 1))
        ++charts;
    // The five charts of §5, the chart of the launch's stored scenarios and
    // the schedule's Gantt chart.
    EXPECT_EQ(charts, 7u);
    EXPECT_THAT(html, ::testing::Not(HasSubstr("<script")));
    EXPECT_THAT(html, ::testing::Not(HasSubstr("http")));
}

TEST_F(ReportCliTest, PdfReportOfTheDemoWithoutADisplay) {
    SKIP_WITHOUT_QT_REPORTS();
    // cli_runner starts castnet with no display; the report needs none.
    const CliRun run = report("pdf", dir.file("report.pdf"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(run.err.empty()) << run.err;
    EXPECT_THAT(readBytes(dir.file("report.pdf")), StartsWith("%PDF-"));
}

TEST_F(ReportCliTest, LetterPaperIsAccepted) {
    SKIP_WITHOUT_QT_REPORTS();
    const CliRun run = report("pdf", dir.file("letter.pdf"), {"--paper", "letter"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    // Letter is 8.5 × 11 in = 612 × 792 pt.
    const std::string pdf = readBytes(dir.file("letter.pdf"));
    EXPECT_NE(pdf.find("/MediaBox [0 0 612.000000 792.000000]"), std::string::npos);
}

TEST_F(ReportCliTest, AnUnwritablePathExitsTwoAndLeavesNothing) {
    SKIP_WITHOUT_QT_REPORTS();
    for (const std::string format : {"md", "html", "pdf"}) {
        const std::string out = dir.file("no-such-folder/report." + format);
        const CliRun run = report(format, out);
        expectOneLineError(run);
        EXPECT_THAT(run.err, HasSubstr("no-such-folder")) << format;
        EXPECT_TRUE(filesBesideTheWorkspace().empty()) << format;
    }
}

TEST_F(ReportCliTest, AFolderAsTheOutputExitsTwo) {
    std::filesystem::create_directory(dir.file("folder"));
    for (const std::string format : {"md", "pdf"}) {
        const CliRun run = report(format, dir.file("folder"));
        expectOneLineError(run);
        EXPECT_TRUE(std::filesystem::is_empty(dir.file("folder"))) << format;
    }
}

TEST_F(ReportCliTest, ABadFormatExitsTwo) {
    const CliRun run = report("docx", dir.file("report.docx"));
    expectOneLineError(run);
    EXPECT_THAT(run.err, HasSubstr("--format must be pdf, html, md or xlsx, not \"docx\""));
    EXPECT_TRUE(filesBesideTheWorkspace().empty());
}

TEST_F(ReportCliTest, ABadPaperExitsTwo) {
    const CliRun run = report("pdf", dir.file("report.pdf"), {"--paper", "a3"});
    expectOneLineError(run);
    EXPECT_THAT(run.err, HasSubstr("--paper must be a4 or letter"));
    EXPECT_TRUE(filesBesideTheWorkspace().empty());
}

TEST_F(ReportCliTest, MissingFlagsExitTwo) {
    expectOneLineError(
        runCastnet({"report", "--db", db, "--campaign", "Lumen 2 launch", "--format", "md"}));
    expectOneLineError(runCastnet(
        {"report", "--db", db, "--campaign", "Lumen 2 launch", "--out", dir.file("x.md")}));
    expectOneLineError(runCastnet(
        {"report", "--db", db, "--campaign", "Nope", "--format", "md", "--out", dir.file("x.md")}));
    EXPECT_TRUE(filesBesideTheWorkspace().empty());
}

TEST_F(ReportCliTest, AFailedReportKeepsTheFileItWouldHaveReplaced) {
    const std::string out = dir.file("report.md");
    castnet::test::writeBytes(out, "last week's report");
    const CliRun run = castnet::test::runCastnet(
        {"report", "--db", db, "--campaign", "No such campaign", "--format", "md", "--out", out});
    expectOneLineError(run);
    EXPECT_EQ(readBytes(out), "last week's report");
}

TEST_F(ReportCliTest, AnExistingReportIsReplacedWhole) {
    castnet::test::writeBytes(dir.file("report.md"), "old");
    ASSERT_EQ(report("md", dir.file("report.md")).exitCode, 0);
    EXPECT_THAT(readBytes(dir.file("report.md")), StartsWith("# Strategy report"));
}
