// SPDX-License-Identifier: GPL-3.0-or-later
// The strategy report of a 1,000-activity, 52-week campaign over 40
// channels: building the model, and writing it as PDF, HTML and Markdown
// (charts included). Targets: PDF within 3 s, HTML within 1 s. And a small
// campaign whose one title is a single word of N characters — longer than
// Castnet accepts, as a file written behind its back may hold — to show the
// PDF's layout grows linearly with it (it was quadratic: 1.6 MB took 113 s).
#include <cstdint>
#include <string>
#include <vector>

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "tests/bench/bench_sequence.h"

#include "core/report/report_model.h"
#include "ui/report/report_export.h"

namespace {

using namespace castnet;

struct LargePlan {
    core::Brand brand;
    core::Campaign campaign;
    std::vector<core::Activity> activities;
    std::vector<core::Scenario> scenarios;
};

// Both tracks, a third automated, realistic titles and a few scenarios.
LargePlan largePlan(int count) {
    LargePlan plan;
    plan.brand.id = core::BrandId{1};
    plan.brand.name = "Benchmark brand";
    plan.campaign.id = core::CampaignId{1};
    plan.campaign.brandId = core::BrandId{1};
    plan.campaign.name = "Large campaign";
    plan.campaign.startDate = "2026-01-05";
    plan.campaign.weeks = 52;
    plan.campaign.capacityHoursPerWeek = 2000.0;
    castnet::bench::Sequence random(20261125);
    for (int i = 0; i < count; ++i) {
        core::Activity a;
        a.id = core::ActivityId{i + 1};
        a.campaignId = core::CampaignId{1};
        a.channel = "Channel " + std::to_string(i % 40);
        a.title = "Activity number " + std::to_string(i + 1) + " with a descriptive title";
        a.interaction = static_cast<core::Interaction>(random.below(3));
        a.format = static_cast<core::Format>(random.below(17));
        a.goal = static_cast<core::Goal>(random.below(7));
        a.automated = random.next() < 0.33;
        a.cadencePerWeek = 0.5 + 4.5 * random.next();
        a.hoursPerOccurrence = 0.25 + 3.75 * random.next();
        a.costPerOccurrence = core::Cents(random.below(20000));
        a.startWeek = 1 + random.below(52);
        a.endWeek = a.startWeek + random.below(52 - a.startWeek + 1);
        plan.activities.push_back(a);
    }
    for (int s = 0; s < 3; ++s) {
        core::Scenario scenario{
            core::ScenarioId{s + 1}, core::CampaignId{1}, "variant " + std::to_string(s + 1), {}};
        for (int i = s; i < count; i += 7)
            scenario.allocations.push_back({core::ActivityId{i + 1}, 1.0 + s});
        plan.scenarios.push_back(std::move(scenario));
    }
    return plan;
}

const LargePlan &plan() {
    static const LargePlan large = largePlan(1000);
    return large;
}

core::Report report() {
    const LargePlan &p = plan();
    return core::buildReport(p.brand, p.campaign, p.activities, p.scenarios, {});
}

void BM_BuildReport(benchmark::State &state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(report());
}
BENCHMARK(BM_BuildReport)->Unit(benchmark::kMillisecond);

// From the campaign to the file, as `castnet report` does it.
void writeFormat(benchmark::State &state, core::ReportFormat format, const char *name) {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QString::fromLatin1(name)).toStdString();
    for (auto _ : state) {
        const auto written = ui::writeReport(report(), format, path);
        if (!written)
            state.SkipWithError(written.error().message.c_str());
    }
}

void BM_WritePdf(benchmark::State &state) {
    writeFormat(state, core::ReportFormat::Pdf, "report.pdf");
}
BENCHMARK(BM_WritePdf)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_WriteHtml(benchmark::State &state) {
    writeFormat(state, core::ReportFormat::Html, "report.html");
}
BENCHMARK(BM_WriteHtml)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_WriteMarkdown(benchmark::State &state) {
    writeFormat(state, core::ReportFormat::Markdown, "report.md");
}
BENCHMARK(BM_WriteMarkdown)->Unit(benchmark::kMillisecond);

// Five activities, the first titled with one word of `length` characters.
void BM_WritePdfWithALongWord(benchmark::State &state) {
    LargePlan small = largePlan(5);
    small.activities.front().title = std::string(static_cast<std::size_t>(state.range(0)), 'w');
    small.scenarios.clear();
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("long.pdf")).toStdString();
    for (auto _ : state) {
        const core::Report built =
            core::buildReport(small.brand, small.campaign, small.activities, {}, {});
        const auto written = ui::writeReport(built, core::ReportFormat::Pdf, path);
        if (!written)
            state.SkipWithError(written.error().message.c_str());
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_WritePdfWithALongWord)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Arg(25'000)
    ->Arg(50'000)
    ->Arg(100'000)
    ->Arg(200'000)
    ->Complexity();

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
