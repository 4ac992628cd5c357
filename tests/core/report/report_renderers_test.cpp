// SPDX-License-Identifier: GPL-3.0-or-later
#include <regex>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/report/html_renderer.h"
#include "core/report/markdown_renderer.h"
#include "core/report/report_model.h"
#include "tests/core/report/report_plan_fixture.h"

namespace castnet::core {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> lines(const std::string &text) {
    std::vector<std::string> result;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        result.push_back(line);
    return result;
}

// The titles of the `## ` headings of a Markdown document, in order.
std::vector<std::string> markdownSections(const std::string &markdown) {
    std::vector<std::string> titles;
    for (const std::string &line : lines(markdown)) {
        if (line.rfind("## ", 0) == 0)
            titles.push_back(line.substr(3));
    }
    return titles;
}

// The texts of the <h2> elements of an HTML document, in order.
std::vector<std::string> htmlSections(const std::string &html) {
    std::vector<std::string> titles;
    static const std::regex h2("<h2>([^<]*)</h2>");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), h2); it != std::sregex_iterator();
         ++it)
        titles.push_back((*it)[1].str());
    return titles;
}

class ReportRenderersTest : public ::testing::Test {
protected:
    Report build() const {
        ReportOptions options;
        options.date = "2026-03-01";
        return buildReport(plan.brand, plan.campaign, plan.activities, {}, options);
    }

    static std::string fakeSvg(const ReportChart &chart, const ReportUnits &) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
               "<svg width=\"200mm\" height=\"100mm\" viewBox=\"0 0 756 378\" "
               "xmlns=\"http://www.w3.org/2000/svg\" "
               "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.2\">"
               "<title>" +
               chart.title + "</title><g/></svg>\n";
    }

    test::ReportPlan plan;
};

TEST_F(ReportRenderersTest, MarkdownAndHtmlListTheSameSectionsInTheSameOrder) {
    const Report report = build();
    std::vector<std::string> expected;
    for (const ReportSection &section : report.sections)
        expected.push_back(section.title);
    EXPECT_EQ(markdownSections(renderMarkdown(report)), expected);
    EXPECT_EQ(htmlSections(renderHtml(report, fakeSvg)), expected);
}

TEST_F(ReportRenderersTest, AScriptInATitleIsShownAsTextInHtml) {
    plan.campaign.name = "<script>alert(1)</script>";
    plan.activities[0].title = "Tom & Jerry's \"best\" <b>reel</b>";
    const std::string html = renderHtml(build(), fakeSvg);
    EXPECT_THAT(html, Not(HasSubstr("<script")));
    EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_THAT(html, HasSubstr("Tom &amp; Jerry&#39;s &quot;best&quot; &lt;b&gt;reel&lt;/b&gt;"));
    EXPECT_THAT(html, Not(HasSubstr("<b>reel")));
}

TEST_F(ReportRenderersTest, AScriptInATitleIsEscapedInMarkdown) {
    plan.campaign.name = "<script>alert(1)</script>";
    const std::string markdown = renderMarkdown(build());
    EXPECT_THAT(markdown, Not(HasSubstr("<script>")));
    EXPECT_THAT(markdown, HasSubstr("\\<script\\>alert(1)\\</script\\>"));
}

TEST_F(ReportRenderersTest, AHashTitleDoesNotBecomeAHeading) {
    plan.brand.name = "# not a heading";
    plan.activities[0].title = "# not a heading either";
    plan.activities[0].channel = "## channel";
    const Report report = build();
    const std::string markdown = renderMarkdown(report);
    // Only the report's own headings start a line with #; the user's text
    // is escaped wherever it starts a line or a table cell.
    for (const std::string &line : lines(markdown)) {
        EXPECT_THAT(line, Not(::testing::StartsWith("# not"))) << line;
        EXPECT_THAT(line, Not(::testing::StartsWith("## channel"))) << line;
    }
    EXPECT_THAT(markdown, HasSubstr("**\\# not a heading**"));
    EXPECT_THAT(markdown, HasSubstr("| \\# not a heading either | \\## channel |"));
    EXPECT_THAT(markdown, HasSubstr("\\# not a heading"));
    EXPECT_EQ(markdownSections(markdown).size(), report.sections.size());
    const std::string html = renderHtml(report, fakeSvg);
    EXPECT_EQ(htmlSections(html).size(), report.sections.size());
}

TEST_F(ReportRenderersTest, MarkdownTableCellsEscapePipesAndEmphasis) {
    plan.activities[0].title = "a | b *c* _d_ [e](f) `g` \\h";
    const std::string markdown = renderMarkdown(build());
    EXPECT_THAT(markdown, HasSubstr("a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\\\h"));
}

TEST_F(ReportRenderersTest, MarkdownEscapesWhatWouldStartABlock) {
    EXPECT_EQ(escapeMarkdown("# title"), "\\# title");
    EXPECT_EQ(escapeMarkdown("- item"), "\\- item");
    EXPECT_EQ(escapeMarkdown("+ item"), "\\+ item");
    EXPECT_EQ(escapeMarkdown("> quote"), "\\> quote");
    EXPECT_EQ(escapeMarkdown("= rule"), "\\= rule");
    EXPECT_EQ(escapeMarkdown("12. item"), "12\\. item");
    EXPECT_EQ(escapeMarkdown("3) item"), "3\\) item");
    EXPECT_EQ(escapeMarkdown("12.5 hours"), "12.5 hours") << "a number is not a list";
    EXPECT_EQ(escapeMarkdown("    code"), "code") << "leading blanks would make code";
    EXPECT_EQ(escapeMarkdown("two\nlines"), "two lines");
    EXPECT_EQ(escapeMarkdown("C#, R&D, AT&amp;T"), "C#, R&D, AT\\&amp;T");
    EXPECT_EQ(escapeMarkdown("é 中文 🚲"), "é 中文 🚲");
}

TEST_F(ReportRenderersTest, BareAddressesInUserTextDoNotBecomeLinksInMarkdown) {
    // GitHub links "https://…", "www.…" and "name@host" by themselves; the
    // escaped character shows the same and links nothing.
    EXPECT_EQ(escapeMarkdown("see https://lumen.example/spring"),
              "see https\\://lumen.example/spring");
    EXPECT_EQ(escapeMarkdown("www.lumen.example"), "www\\.lumen.example");
    EXPECT_EQ(escapeMarkdown("ask ana@lumen.example"), "ask ana\\@lumen.example");
    EXPECT_EQ(escapeMarkdown("a flowww.test or 10:30"), "a flowww.test or 10:30")
        << "only an address is escaped";
}

TEST_F(ReportRenderersTest, HtmlEscapesTheFiveSpecialCharacters) {
    EXPECT_EQ(escapeHtml("<a href=\"x\">Tom's & co</a>"),
              "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;");
    EXPECT_EQ(escapeHtml("é 中文"), "é 中文");
}

TEST_F(ReportRenderersTest, HtmlIsSelfContained) {
    const std::string html = renderHtml(build(), fakeSvg);
    EXPECT_THAT(html, HasSubstr("<!DOCTYPE html>"));
    EXPECT_THAT(html, HasSubstr("<meta charset=\"utf-8\">"));
    EXPECT_THAT(html, HasSubstr("<style>"));
    EXPECT_THAT(html, Not(HasSubstr("<script")));
    EXPECT_THAT(html, Not(HasSubstr("http://")));
    EXPECT_THAT(html, Not(HasSubstr("https://")));
    EXPECT_THAT(html, Not(HasSubstr("<link")));
    EXPECT_THAT(html, Not(HasSubstr("src=")));
}

TEST_F(ReportRenderersTest, HtmlInlinesEachChartsSvg) {
    const std::string html = renderHtml(build(), fakeSvg);
    std::size_t count = 0;
    for (std::size_t at = html.find("<svg"); at != std::string::npos;
         at = html.find("<svg", at + 1))
        ++count;
    // The five charts of §5 and the schedule's Gantt chart (no scenarios, so
    // no chart of them).
    EXPECT_EQ(count, 6u);
    EXPECT_THAT(html, Not(HasSubstr("<?xml")));
    EXPECT_THAT(html, HasSubstr("<svg width=\"200mm\" height=\"100mm\" viewBox=\"0 0 756 378\" "
                                "version=\"1.2\">"));
    EXPECT_THAT(html, HasSubstr("<title>Cumulative expected return</title>"));
}

TEST_F(ReportRenderersTest, WithoutADrawingAChartShowsItsFigures) {
    const std::string html = renderHtml(build());
    EXPECT_THAT(html, Not(HasSubstr("<svg")));
    EXPECT_THAT(html, Not(HasSubstr("<details>")));
    EXPECT_THAT(html, HasSubstr("<th class=\"num\">Plan effort (h/week)</th>"));
}

TEST_F(ReportRenderersTest, InlineSvgDropsTheXmlPrologAndNamespaces) {
    EXPECT_EQ(inlineSvg("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg "
                        "xmlns=\"http://www.w3.org/2000/svg\" width=\"1\"><g/></svg>\n"),
              "<svg width=\"1\"><g/></svg>");
    EXPECT_EQ(inlineSvg("not svg"), "");
}

TEST_F(ReportRenderersTest, MarkdownTablesHaveAHeaderRowAndAlignment) {
    const std::string markdown = renderMarkdown(build());
    EXPECT_THAT(markdown, HasSubstr("| Track | Activities | Effort (h) |"));
    EXPECT_THAT(markdown, HasSubstr("| :--- | ---: | ---: |"));
    EXPECT_THAT(markdown, HasSubstr("| **Both tracks** |"));
}

TEST_F(ReportRenderersTest, NonLatinTitlesPassThroughUnchanged) {
    plan.campaign.name = "Été 中文 🚲";
    const Report report = build();
    EXPECT_THAT(renderMarkdown(report), HasSubstr("# Strategy report: Été 中文 🚲"));
    EXPECT_THAT(renderHtml(report), HasSubstr("<h1>Strategy report: Été 中文 🚲</h1>"));
}

} // namespace
} // namespace castnet::core
