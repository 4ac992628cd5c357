// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_model.h"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/actuals/actual.h"
#include "core/analysis/projection.h"
#include "core/report/report_text.h"
#include "tests/core/report/report_plan_fixture.h"

namespace castnet::core {
namespace {

using ::testing::HasSubstr;

// A calibration of `activity` from `weeks` weeks of results.
CalibrationRecord calibratedRecord(ActivityId activity, int weeks) {
    CalibrationRecord record;
    record.activityId = activity;
    record.weeksWithResults = weeks;
    return record;
}

class ReportModelTest : public ::testing::Test {
protected:
    Report build(const std::vector<Scenario> &scenarios = {}) const {
        return buildReport(plan.brand, plan.campaign, plan.activities, scenarios, options);
    }

    static const ReportSection &section(const Report &report, const std::string &id) {
        const auto found = std::find_if(report.sections.begin(), report.sections.end(),
                                        [&](const ReportSection &s) { return s.id == id; });
        if (found == report.sections.end())
            throw std::out_of_range(id);
        return *found;
    }

    template<class Block> static std::vector<const Block *> blocks(const ReportSection &section) {
        std::vector<const Block *> found;
        for (const ReportBlock &block : section.blocks) {
            if (const auto *b = std::get_if<Block>(&block))
                found.push_back(b);
        }
        return found;
    }

    // Every paragraph, bullet and cell of a section, for looking up phrases.
    static std::string textOf(const ReportSection &section) {
        std::string text;
        for (const ReportBlock &block : section.blocks) {
            if (const auto *p = std::get_if<ReportParagraph>(&block))
                text += p->text + "\n";
            if (const auto *h = std::get_if<ReportSubheading>(&block))
                text += h->text + "\n";
            if (const auto *l = std::get_if<ReportBulletList>(&block)) {
                for (const std::string &item : l->items)
                    text += item + "\n";
            }
            if (const auto *t = std::get_if<ReportTable>(&block)) {
                for (const auto &row : t->rows) {
                    for (const std::string &cell : row)
                        text += cell + "|";
                    text += "\n";
                }
            }
        }
        return text;
    }

    test::ReportPlan plan;
    ReportOptions options = [] {
        ReportOptions dated;
        dated.date = "2026-03-01";
        return dated;
    }();
};

TEST_F(ReportModelTest, SectionsComeInTheOrderOfTheSpec) {
    const Report report = build();
    std::vector<std::string> ids;
    std::vector<std::string> titles;
    for (const ReportSection &s : report.sections) {
        ids.push_back(s.id);
        titles.push_back(s.title);
    }
    EXPECT_EQ(ids, (std::vector<std::string>(reportSectionIds.begin(), reportSectionIds.end())));
    EXPECT_EQ(titles,
              (std::vector<std::string>{"Summary", "The two tracks", "Activities by track",
                                        "Effort against expected returns", "Scenarios",
                                        "Week-by-week schedule", "Risks and recommendations"}));
}

TEST_F(ReportModelTest, AnEmptyCampaignStillHasEverySection) {
    plan.activities.clear();
    const Report report = build();
    EXPECT_EQ(report.sections.size(), reportSectionIds.size());
    EXPECT_THAT(textOf(section(report, "summary")), HasSubstr("0 activities"));
}

TEST_F(ReportModelTest, TitlePageNamesBrandCampaignObjectiveAndDate) {
    const Report report = build();
    EXPECT_EQ(report.titlePage.title, "Strategy report: Spring");
    EXPECT_EQ(report.titlePage.subtitle, "Lumen Bikes");
    EXPECT_EQ(report.titlePage.date, "2026-03-01");
    const auto fact = [&](const std::string &label) {
        for (const ReportFact &f : report.titlePage.facts) {
            if (f.label == label)
                return f.value;
        }
        return std::string("(missing)");
    };
    EXPECT_EQ(fact("Brand"), "Lumen Bikes");
    EXPECT_EQ(fact("Campaign"), "Spring");
    EXPECT_EQ(fact("Objective"), "Leads");
    // 20 weeks from Monday 2026-03-02 end on Sunday 2026-07-19 (+139 days).
    EXPECT_EQ(fact("Runs"), "20 weeks, 2026-03-02 to 2026-07-19");
    EXPECT_EQ(fact("Budget"), "no money limit");
    EXPECT_EQ(fact("Report date"), "2026-03-01");
}

TEST_F(ReportModelTest, SummaryTotalsMatchTheProjection) {
    const Report report = build();
    const auto tables = blocks<ReportTable>(section(report, "summary"));
    ASSERT_EQ(tables.size(), 1u);
    const ReportTable &table = *tables[0];
    ASSERT_EQ(table.rows.size(), 3u); // media, networking, both
    EXPECT_EQ(table.rows[0][0], "Broadcast media");
    EXPECT_EQ(table.rows[1][0], "Relationship networking");
    EXPECT_TRUE(table.totalRows[2]);
    // Media effort: (2.4 + 1.8) × 20 weeks = 84 h; networking 7 × 20 = 140 h.
    EXPECT_EQ(table.rows[0][2], "84.0");
    EXPECT_EQ(table.rows[1][2], "140.0");
    EXPECT_EQ(table.rows[2][2], "224.0");
    // Shares of effort: 84 / 224 = 37.5 % → "38 %"; 140 / 224 = 62.5 % → "62 %"
    // (fmt rounds half to even).
    EXPECT_EQ(table.rows[0][3], "38 %");
    EXPECT_EQ(table.rows[1][3], "62 %");
    const Projection projection = project(plan.campaign, plan.activities);
    EXPECT_EQ(table.rows[2][5], reportNumber(projection.totalReturn, 1));
}

TEST_F(ReportModelTest, TracksSectionExplainsTheArticlesPointsWithTheCampaignsFigures) {
    const Report report = build();
    const auto tables = blocks<ReportTable>(section(report, "tracks"));
    ASSERT_EQ(tables.size(), 1u);
    std::vector<std::string> points;
    for (const auto &row : tables[0]->rows)
        points.push_back(row[0]);
    // Named as the article's headings read, never numbered.
    EXPECT_EQ(points,
              (std::vector<std::string>{"Communication", "End goals", "Content", "Efforts needed",
                                        "Benefits", "Disadvantages", "Returns"}));
    const std::string text = textOf(section(report, "tracks"));
    EXPECT_THAT(text, HasSubstr("Here 2 of 2 media activities broadcast."));
    // Automation saves (4 − 2.4 + 3 − 1.8) × 20 = 56 h of the team's time.
    EXPECT_THAT(text, HasSubstr("Here 2 of 2 media activities are automated, saving 56.0 h"));
    EXPECT_THAT(text, HasSubstr("Here 140.0 h over the campaign, 7.0 h a week on average."));
}

TEST_F(ReportModelTest, ActivityTablesListEachTrackWithItsReasons) {
    plan.activity("Meetup").trackOverride = Track::Media;
    const Report report = build();
    const ReportSection &activities = section(report, "activities");
    const auto tables = blocks<ReportTable>(activities);
    ASSERT_EQ(tables.size(), 2u);
    // Media: Reels, Letter, then Meetup (overridden); networking: Forum replies.
    ASSERT_EQ(tables[0]->rows.size(), 4u); // three and a total
    ASSERT_EQ(tables[1]->rows.size(), 2u);
    EXPECT_EQ(tables[0]->rows[2][0], "Meetup");
    // Meetup: community −3, event 0, relationships −2, by hand −1 = −6 → 6 / 8 = 75 %.
    EXPECT_EQ(tables[0]->rows[2].back(),
              "Set by hand; computed networking, 75 % sure: many-to-many community; aims at "
              "relationships; done by hand.");
    // Forum replies: −3 − 2 − 2 − 1 = −8 → 100 %.
    EXPECT_EQ(tables[1]->rows[0].back(),
              "100 % sure: many-to-many community; a thread reply is conversation; aims at "
              "relationships; done by hand.");
    EXPECT_EQ(tables[1]->rows[0][2], "1–20");
    EXPECT_TRUE(tables[0]->totalRows.back());
    const auto headings = blocks<ReportSubheading>(activities);
    ASSERT_EQ(headings.size(), 2u);
    EXPECT_EQ(headings[0]->text, "Broadcast media: 3 activities");
    EXPECT_EQ(headings[1]->text, "Relationship networking: 1 activity");
}

TEST_F(ReportModelTest, AnEmptyTrackSaysSoInsteadOfAnEmptyTable) {
    plan.activities.resize(2); // media only
    const Report report = build();
    EXPECT_EQ(blocks<ReportTable>(section(report, "activities")).size(), 1u);
    EXPECT_THAT(textOf(section(report, "activities")), HasSubstr("No activity is on this track."));
}

TEST_F(ReportModelTest, ChartSectionCarriesTheFourChartsOfSection5) {
    const Report report = build();
    const auto charts = blocks<ReportChart>(section(report, "charts"));
    ASSERT_EQ(charts.size(), 5u);
    EXPECT_EQ(charts[0]->kind, ReportChartKind::ResponseCurves);
    EXPECT_EQ(charts[1]->kind, ReportChartKind::CumulativeReturn);
    EXPECT_EQ(charts[2]->kind, ReportChartKind::WeeklyEffort);
    EXPECT_EQ(charts[3]->kind, ReportChartKind::TrackSplit);
    EXPECT_EQ(charts[4]->kind, ReportChartKind::ChannelSplit);
    for (const ReportChart *chart : charts) {
        ASSERT_TRUE(chart->data);
        EXPECT_EQ(chart->data, charts[0]->data) << "one ChartData for the whole report";
        EXPECT_FALSE(chart->figures.rows.empty()) << chart->title;
    }
    EXPECT_EQ(charts[0]->data->weeks, 20);
    // The channel split lists each of the four channels once.
    EXPECT_EQ(charts[4]->figures.rows.size(), 4u);
}

TEST_F(ReportModelTest, WithoutScenariosTheSectionSaysNoScenariosYet) {
    const Report report = build();
    const ReportSection &scenarios = section(report, "scenarios");
    EXPECT_TRUE(blocks<ReportTable>(scenarios).empty());
    EXPECT_THAT(textOf(scenarios), HasSubstr("No scenarios yet."));
}

TEST_F(ReportModelTest, StoredScenariosAreComparedWithThePlan) {
    Scenario lessForum{ScenarioId{1},
                       CampaignId{7},
                       "less forum",
                       {{ActivityId{3}, 2.0}}}; // Forum replies 4 h → 2 h a week
    const Report report = build({lessForum});
    const auto tables = blocks<ReportTable>(section(report, "scenarios"));
    ASSERT_EQ(tables.size(), 2u);
    ASSERT_EQ(tables[0]->rows.size(), 2u);
    EXPECT_EQ(tables[0]->rows[0][0], "plan (today)");
    EXPECT_EQ(tables[0]->rows[1][0], "less forum");
    // Effort: 224 − 2 × 20 = 184 h.
    EXPECT_EQ(tables[0]->rows[1][1], "184.0");
    EXPECT_THAT(tables[0]->rows[1][4], HasSubstr("-")) << "less effort, less return";
}

TEST_F(ReportModelTest, SummariesProjectEachScenario) {
    const Scenario dropMeetup{ScenarioId{2}, CampaignId{7}, "no meetup", {{ActivityId{4}, 0.0}}};
    const auto summaries =
        summarizeScenarios(plan.campaign, plan.activities, {dropMeetup}, std::nullopt);
    ASSERT_EQ(summaries.size(), 2u);
    EXPECT_EQ(summaries[0].kind, ScenarioSummary::Kind::Plan);
    // Dropping the meetup removes its 3 h × 20 weeks from networking: 140 − 60 = 80 h.
    EXPECT_DOUBLE_EQ(summaries[1].trackEffort[trackIndex(Track::Networking)], 80.0);
    EXPECT_DOUBLE_EQ(summaries[1].trackEffort[trackIndex(Track::Media)],
                     summaries[0].trackEffort[trackIndex(Track::Media)]);
    EXPECT_LT(summaries[1].returns, summaries[0].returns);
}

TEST_F(ReportModelTest, AnOptimizerProposalGetsItsOwnRowAndChanges) {
    options.proposal = ScenarioProposal{Scenario{ScenarioId{},
                                                 CampaignId{7},
                                                 "proposal",
                                                 {{ActivityId{1}, 2.4},
                                                  {ActivityId{2}, 1.8},
                                                  {ActivityId{3}, 6.0},
                                                  {ActivityId{4}, 3.0}}},
                                        "Found on a grid of 0.25 h."};
    const Report report = build();
    const ReportSection &scenarios = section(report, "scenarios");
    const auto tables = blocks<ReportTable>(scenarios);
    ASSERT_EQ(tables.size(), 3u);
    EXPECT_EQ(tables[0]->rows.back()[0], "proposal (optimizer)");
    // Only the forum replies change: 4 → 6 h a week.
    ASSERT_EQ(tables[2]->rows.size(), 1u);
    EXPECT_EQ(tables[2]->rows[0][0], "Forum replies");
    EXPECT_EQ(tables[2]->rows[0][3], "6.00");
    EXPECT_THAT(textOf(scenarios), HasSubstr("Found on a grid of 0.25 h."));
}

TEST_F(ReportModelTest, ScheduleKeepsEveryWeekOfALongCampaignInQuarterBlocks) {
    plan.campaign.weeks = 60;
    const Report report = build();
    const ReportSection &schedule = section(report, "schedule");
    const auto tables = blocks<ReportTable>(schedule);
    ASSERT_EQ(tables.size(), 5u); // 13 + 13 + 13 + 13 + 8 weeks
    std::vector<int> weeks;
    for (const ReportTable *table : tables) {
        for (std::size_t r = 0; r < table->rows.size(); ++r) {
            if (!table->totalRows[r])
                weeks.push_back(std::stoi(table->rows[r][0]));
        }
        EXPECT_TRUE(table->totalRows.back()) << "each block ends with its subtotal";
    }
    ASSERT_EQ(weeks.size(), 60u);
    for (int week = 1; week <= 60; ++week)
        EXPECT_EQ(weeks[static_cast<std::size_t>(week - 1)], week);
    const auto headings = blocks<ReportSubheading>(schedule);
    ASSERT_EQ(headings.size(), 5u);
    EXPECT_EQ(headings.back()->text, "Weeks 53–60 (2027-03-01 to 2027-04-25)");
}

TEST_F(ReportModelTest, ScheduleRowShowsTheWeeksFigures) {
    plan.campaign.weeks = 4;
    for (Activity &a : plan.activities)
        a.endWeek = 4;
    const Report report = build();
    const auto tables = blocks<ReportTable>(section(report, "schedule"));
    ASSERT_EQ(tables.size(), 1u) << "a short campaign is one table";
    const auto &week2 = tables[0]->rows[1];
    EXPECT_EQ(week2[0], "2");
    EXPECT_EQ(week2[1], "9 Mar \u2013 15 Mar"); // 2026-03-02 + 7 days, + 6 more
    EXPECT_EQ(week2[2], "4.2");                 // media hours
    EXPECT_EQ(week2[3], "7.0");                 // networking hours
    EXPECT_EQ(week2[4], "11.2");
    EXPECT_EQ(week2[5], "28 %"); // 11.2 / 40
}

TEST_F(ReportModelTest, RecommendationsAreGroupedIntoRisksAndAdvice) {
    plan.activity("Reels").automated = false;
    plan.activity("Letter").response.maxWeeklyReturn.reset();
    const Report report = build();
    const ReportSection &recommendations = section(report, "recommendations");
    const auto headings = blocks<ReportSubheading>(recommendations);
    ASSERT_EQ(headings.size(), 2u);
    EXPECT_EQ(headings[0]->text, "Risks");
    EXPECT_EQ(headings[1]->text, "Recommendations");
    const auto lists = blocks<ReportBulletList>(recommendations);
    ASSERT_EQ(lists.size(), 2u);
    EXPECT_THAT(lists[0]->items[0], HasSubstr("(the article's “Returns”)."));
    EXPECT_THAT(lists[1]->items[0], HasSubstr("(the article's “Efforts needed”)."));
}

TEST_F(ReportModelTest, APlanWithoutRisksSaysSo) {
    const Report report = build();
    EXPECT_THAT(textOf(section(report, "recommendations")), HasSubstr("No rule finds a risk"));
}

TEST_F(ReportModelTest, DefaultReturnsAreMarkedInTheFigures) {
    plan.activity("Letter").response.maxWeeklyReturn.reset();
    const Report report = build();
    const auto tables = blocks<ReportTable>(section(report, "activities"));
    EXPECT_THAT(tables[0]->rows[1][5], HasSubstr("†"));
    EXPECT_THAT(tables[0]->rows[0][5], ::testing::Not(HasSubstr("†")));
    // The † is explained in plain words where it is used.
    EXPECT_THAT(textOf(section(report, "summary")),
                HasSubstr("† A return marked † rests on Castnet's default assumption"));
}

// The first paragraph of the summary: the mix to run.
std::string verdict(const Report &report) {
    const ReportSection &summary = report.sections.front();
    return std::get<ReportParagraph>(summary.blocks.at(1)).text;
}

TEST_F(ReportModelTest, TheSummaryOpensWithTheMixToRun) {
    // Forum replies 4 → 6 h a week for 20 weeks: 224 + 40 = 264 h, 40 / 224 = +18 %.
    const Scenario moreForum{
        ScenarioId{1},
        CampaignId{7},
        "more forum",
        {{ActivityId{3}, 6.0}, {ActivityId{1}, 2.4}, {ActivityId{2}, 1.8}, {ActivityId{4}, 3.0}}};
    const Report report = build({moreForum});
    const ReportSection &summary = report.sections.front();
    EXPECT_EQ(std::get<ReportSubheading>(summary.blocks.at(0)).text, "What to do");
    const std::string text = verdict(report);
    EXPECT_THAT(text, HasSubstr("Run the scenario “more forum” instead of the plan: it is "
                                "expected to return "));
    EXPECT_THAT(text, HasSubstr("more than the plan, for 40.0 h more of the team's time (+18 %) "
                                "and at the same cost."));
}

TEST_F(ReportModelTest, AMixThatOverloadsTheTeamIsNotRecommendedButNamed) {
    // Forum replies 40 h a week: 2.4 + 1.8 + 40 + 3 = 47.2 h > 40 h in each of the 20 weeks.
    const Scenario allForum{ScenarioId{1}, CampaignId{7}, "all forum", {{ActivityId{3}, 40.0}}};
    const std::string text = verdict(build({allForum}));
    EXPECT_THAT(text, HasSubstr("Keep the plan: the one other mix compared does not return more"));
    EXPECT_THAT(text, HasSubstr("The scenario “all forum” would return more"));
    EXPECT_THAT(text, HasSubstr("it overloads the team in 20 weeks (weeks 1–20)"));
}

TEST_F(ReportModelTest, WithoutOtherMixesTheSummarySaysToRunThePlan) {
    EXPECT_THAT(verdict(build()), HasSubstr("Run the plan as it stands"));
}

TEST_F(ReportModelTest, TheSummaryNamesTheRisksThatMatterMost) {
    // 30 setup hours in week 1: 30 + 11.2 = 41.2 h > 40 h; Forum replies ends in week 8,
    // 3 weeks short of the 11 networking needs to mature.
    plan.activity("Reels").setupHours = 30.0;
    plan.activity("Forum replies").endWeek = 8;
    const Report report = build();
    const auto lists = blocks<ReportBulletList>(section(report, "summary"));
    ASSERT_FALSE(lists.empty());
    EXPECT_EQ(lists[0]->items,
              (std::vector<std::string>{
                  "The team is overbooked in 1 week (week 1), up to 41.2 h against 40.0 h.",
                  "1 networking activity ends before it pays."}));
}

TEST_F(ReportModelTest, TheSummaryPutsSpendAgainstTheBudget) {
    // Reels 2 × 10 EUR a week for 20 weeks = 400 EUR; Letter 1 × 15 EUR in weeks 1–2 = 30 EUR.
    // Budget 30 EUR × 20 weeks = 600 EUR; 430 / 600 = 72 %. Weeks 1–2 spend 35 EUR > 30 EUR.
    plan.campaign.budgetPerWeek = Cents{3000};
    plan.campaign.currency = "EUR";
    plan.activity("Reels").costPerOccurrence = Cents{1000};
    plan.activity("Letter").costPerOccurrence = Cents{1500};
    plan.activity("Letter").endWeek = 2;
    EXPECT_THAT(textOf(section(build(), "summary")),
                HasSubstr("Spend: the plan costs 430.00 EUR against a budget of 600.00 EUR (30.00 "
                          "EUR a week for 20 weeks), 72 % of it. 2 weeks spend more than the "
                          "week's budget (weeks 1–2)."));
    // One week over: Letter in week 1 only, 415 / 600 = 69 %.
    plan.activity("Letter").endWeek = 1;
    EXPECT_THAT(textOf(section(build(), "summary")),
                HasSubstr("69 % of it. 1 week spends more than the week's budget (week 1)."));
}

TEST_F(ReportModelTest, WithoutABudgetTheSummarySaysNoneIsSet) {
    EXPECT_THAT(textOf(section(build(), "summary")),
                HasSubstr("The campaign sets no budget, so no week is checked against one"));
}

TEST_F(ReportModelTest, TheSummarySaysHowFarTheFiguresCanBeTrusted) {
    for (Activity &activity : plan.activities)
        activity.response.maxWeeklyReturn.reset();
    EXPECT_THAT(textOf(section(build(), "summary")),
                HasSubstr("Trust: low. 100 % of the expected return rests on Castnet's default "
                          "assumptions"));

    ReportHistory history;
    history.calibrations.push_back(
        calibratedRecord(ActivityId{3}, 6));
    Report one = buildReport(plan.brand, plan.campaign, plan.activities, {}, options, history);
    EXPECT_THAT(textOf(section(one, "summary")),
                HasSubstr("Trust: 1 of 4 activities is calibrated from 6 weeks of the brand's "
                          "own results"));
    history.calibrations.push_back(
        calibratedRecord(ActivityId{4}, 9));
    Report two = buildReport(plan.brand, plan.campaign, plan.activities, {}, options, history);
    EXPECT_THAT(textOf(section(two, "summary")),
                HasSubstr("Trust: 2 of 4 activities are calibrated from 6–9 weeks"));
}

TEST_F(ReportModelTest, NoSymbolALayReaderMustLookUpAppears) {
    plan.activity("Letter").response.maxWeeklyReturn.reset();
    plan.activity("Forum replies").endWeek = 8;
    const Report report = build();
    for (const ReportSection &s : report.sections) {
        const std::string text = s.title + "\n" + textOf(s);
        EXPECT_THAT(text, ::testing::Not(HasSubstr("R ="))) << s.id;
        EXPECT_THAT(text, ::testing::Not(HasSubstr("γ"))) << s.id;
        EXPECT_THAT(text, ::testing::Not(HasSubstr("θ"))) << s.id;
        EXPECT_THAT(text, ::testing::Not(HasSubstr("article point"))) << s.id;
    }
}

TEST_F(ReportModelTest, ScenariosSayWhereTheyOverloadAndWhatWasAddedSince) {
    // "all forum" holds hours for Forum replies only: the 3 others were added since.
    const Scenario allForum{ScenarioId{1}, CampaignId{7}, "all forum", {{ActivityId{3}, 40.0}}};
    const Report report = build({allForum});
    const ReportSection &scenarios = section(report, "scenarios");
    const std::string text = textOf(scenarios);
    EXPECT_THAT(text, HasSubstr("“all forum” overloads the team in 20 weeks: weeks 1–20."));
    EXPECT_THAT(text, HasSubstr("3 activities added since “all forum” was saved keep their "
                                "planned hours in it: “Reels”, “Letter” and “Meetup”."));
    const auto charts = blocks<ReportChart>(scenarios);
    ASSERT_EQ(charts.size(), 1u);
    EXPECT_EQ(charts[0]->kind, ReportChartKind::Scenarios);
    ASSERT_EQ(charts[0]->mixes.size(), 2u);
    // Forum replies 40 h instead of 4: 224 + 36 × 20 = 944 h.
    EXPECT_DOUBLE_EQ(charts[0]->mixes[1].hours, 944.0);
    EXPECT_EQ(charts[0]->mixes[1].overloadWeeks, 20u);

    const Scenario one{ScenarioId{2},
                       CampaignId{7},
                       "one added",
                       {{ActivityId{1}, 2.4}, {ActivityId{2}, 1.8}, {ActivityId{3}, 4.0}}};
    EXPECT_THAT(textOf(section(build({one}), "scenarios")),
                HasSubstr("1 activity added since “one added” was saved keeps its planned hours "
                          "in it: “Meetup”."));
}

TEST_F(ReportModelTest, TheScheduleDrawsABarPerActivityWithTheLoadUnderIt) {
    plan.activity("Meetup").startWeek = 5;
    plan.activity("Meetup").endWeek = 9;
    const Report report = build();
    const auto charts = blocks<ReportChart>(section(report, "schedule"));
    ASSERT_EQ(charts.size(), 1u);
    ASSERT_TRUE(charts[0]->gantt);
    const ReportGantt &gantt = *charts[0]->gantt;
    ASSERT_EQ(gantt.rows.size(), 4u);
    EXPECT_EQ(gantt.rows[3].label, "Meetups: Meetup");
    EXPECT_EQ(gantt.rows[3].firstWeek, 5);
    EXPECT_EQ(gantt.rows[3].lastWeek, 9);
    EXPECT_EQ(gantt.startDate, "2026-03-02");
    ASSERT_EQ(gantt.load.size(), 20u);
    EXPECT_DOUBLE_EQ(gantt.load[0], 8.2);  // 2.4 + 1.8 + 4, no meetup yet
    EXPECT_DOUBLE_EQ(gantt.load[4], 11.2); // the meetup's 3 h join in week 5
    // The figures table dates each bar: week 5 starts 2026-03-30, week 9 ends 2026-05-03.
    EXPECT_EQ(charts[0]->figures.rows[3][3], "2026-03-30 to 2026-05-03");
}

TEST_F(ReportModelTest, ActualsAddProgressAndCalibrationAfterTheSummary) {
    ReportHistory history;
    Actual week1;
    week1.activityId = ActivityId{3};
    week1.week = 1;
    week1.hours = 4.0;
    week1.result = 10.0;
    Actual week2 = week1;
    week2.week = 2;
    history.actuals = {week1, week2};
    const Report report =
        buildReport(plan.brand, plan.campaign, plan.activities, {}, options, history);
    ASSERT_GE(report.sections.size(), 3u);
    EXPECT_EQ(report.sections[1].id, "progress");
    EXPECT_EQ(report.sections[2].id, "calibration");
    // Planned weeks 1–2: 11.2 h × 2 = 22.4 h; only the forum's 4 h × 2 = 8 h were recorded.
    // Week 2 ends on 2026-03-02 + 13 days = 2026-03-15.
    EXPECT_THAT(textOf(report.sections[1]),
                HasSubstr("Actuals are recorded up to week 2 (2026-03-15), compared with the "
                          "current plan (no baseline is saved). The team spent 8.0 h against "
                          "22.4 h planned"));
    EXPECT_THAT(textOf(report.sections[1]), HasSubstr("In the 2 weeks with a measured result"));
    EXPECT_THAT(textOf(report.sections[2]), HasSubstr("No response curve is calibrated yet"));
}

} // namespace
} // namespace castnet::core
