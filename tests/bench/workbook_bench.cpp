// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook (DESIGN §16) of a 1,000-activity, 52-week campaign over 40
// channels with three scenarios: 104,000 weekly cells, every total a
// formula, the charts, written through libxlsxwriter and the atomic writer.
// Target: within 2 s, as a report is.
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/analysis/projection.h"
#include "core/analysis/scenario_projection.h"
#include "core/report/campaign_workbook.h"
#include "core/report/workbook_writer.h"
#include "tests/bench/bench_sequence.h"

namespace {

using namespace castnet;

core::CampaignWorkbook largeWorkbook(int count) {
    core::CampaignWorkbook book;
    book.brand.id = core::BrandId{1};
    book.brand.name = "Benchmark brand";
    core::Campaign &campaign = book.plan.campaign;
    campaign.id = core::CampaignId{1};
    campaign.brandId = core::BrandId{1};
    campaign.name = "Large campaign";
    campaign.startDate = "2026-01-05";
    campaign.weeks = 52;
    campaign.capacityHoursPerWeek = 2000.0;
    castnet::bench::Sequence random(20261204);
    for (int i = 0; i < count; ++i) {
        core::Activity a;
        a.id = core::ActivityId{i + 1};
        a.campaignId = campaign.id;
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
        book.plan.activities.push_back(a);
    }
    const core::ProjectionOptions seriesOnly{.marginalReturns = false};
    book.projection = core::project(campaign, book.plan.activities);
    book.scenarios.push_back({"plan", core::WorkbookScenario::Kind::Plan,
                              core::project(campaign, book.plan.activities, seriesOnly), 0});
    for (int s = 0; s < 3; ++s) {
        core::Scenario scenario{
            core::ScenarioId{s + 1}, campaign.id, "variant " + std::to_string(s + 1), {}};
        for (int i = s; i < count; i += 7)
            scenario.allocations.push_back({core::ActivityId{i + 1}, 1.0 + s});
        book.scenarios.push_back(
            {scenario.name, core::WorkbookScenario::Kind::Stored,
             core::projectScenario(campaign, book.plan.activities, scenario, seriesOnly), 0});
    }
    book.date = "2026-12-04";
    return book;
}

void BM_WriteLargeWorkbook(benchmark::State &state) {
    const core::CampaignWorkbook book = largeWorkbook(1000);
    const std::string path =
        (std::filesystem::temp_directory_path() / "castnet-bench-workbook.xlsx").string();
    for (auto _ : state) {
        const auto written = core::writeWorkbook(book, path);
        if (!written)
            state.SkipWithError(written.error().message.c_str());
    }
    state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
    std::filesystem::remove(path);
}
BENCHMARK(BM_WriteLargeWorkbook)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
