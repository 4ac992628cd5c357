// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/demo.h"

#include <chrono>
#include <cmath>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "core/analysis/projection.h"
#include "core/domain/try.h"
#include "core/domain/week_dates.h"
#include "core/optimizer/optimizer.h"

namespace castnet::core {

namespace {

// One row of the demo plan. Costs are in cents; a response parameter left
// out uses the track default, as a new user's plan would.
struct DemoActivity {
    const char *channel;
    const char *title;
    Format format;
    Interaction interaction;
    bool automated;
    Goal goal;
    double cadence;
    double hours;
    double setup;
    std::int64_t costCents;
    int startWeek;
    int endWeek;
    std::optional<double> maxWeeklyReturn = std::nullopt;
    const char *notes = "";
};

using F = Format;
using I = Interaction;
using G = Goal;

// A 39-week spring-to-autumn launch of a city e-bike: heavy media at launch,
// relationship work that starts early and runs long.
const DemoActivity demoPlan[] = {
    {"Instagram", "Launch reel series", F::Video, I::Broadcast, true, G::Awareness, 3, 2.5, 12,
     4000, 1, 12, 140, "Shot in batches; scheduled in Later"},
    {"Instagram", "Commuter carousel posts", F::Image, I::Broadcast, true, G::Awareness, 2, 1.5, 4,
     0, 1, 39},
    {"Instagram", "Stories: ride of the week", F::Story, I::Broadcast, false, G::Awareness, 5, 0.25,
     0, 0, 3, 39},
    {"Instagram", "Paid reach: spring offer", F::Ad, I::Broadcast, true, G::Sales, 1, 1, 3, 25000,
     4, 16, 180, "Budget from the launch pot"},
    {"TikTok", "Street-test clips", F::Video, I::Broadcast, true, G::Awareness, 4, 1.5, 8, 0, 1,
     20},
    {"TikTok", "Creator collaborations", F::Video, I::Broadcast, false, G::Leads, 0.5, 3, 6, 60000,
     6, 30, 160},
    {"YouTube", "Long-form review: 1,000 km test", F::Video, I::Broadcast, false, G::Leads, 0.25,
     16, 20, 15000, 2, 30},
    {"YouTube", "Maintenance how-tos", F::Video, I::Broadcast, true, G::Data, 0.5, 6, 4, 0, 8, 39},
    {"LinkedIn", "Fleet programme white paper", F::WhitePaper, I::Broadcast, true, G::Leads, 0.1,
     20, 10, 0, 4, 14, 90, "Gated download for HR managers"},
    {"LinkedIn", "Sustainability infographics", F::Infographic, I::Broadcast, true, G::Awareness, 1,
     2, 2, 0, 1, 26},
    {"LinkedIn", "Comment on mobility managers' posts", F::ThreadReply, I::Dialogue, false,
     G::Relationships, 5, 0.4, 0, 0, 1, 39},
    {"LinkedIn", "DMs to fleet buyers", F::DirectMessage, I::Dialogue, false, G::Leads, 10, 0.2, 2,
     0, 6, 39, 70},
    {"Newsletter", "Monthly rider letter", F::Newsletter, I::Broadcast, true, G::Data, 0.25, 6, 8,
     3000, 1, 39},
    {"Newsletter", "Reader question of the month", F::Question, I::Dialogue, false, G::Feedback,
     0.25, 2, 0, 0, 5, 39},
    {"Reddit r/ebikes", "Answer range and battery questions", F::ThreadReply, I::Community, false,
     G::Relationships, 6, 0.5, 0, 0, 1, 39},
    {"Reddit r/ebikes", "AMA with the lead engineer", F::Event, I::Community, false, G::Feedback,
     0.1, 6, 10, 0, 10, 39},
    {"Reddit r/ebikes", "Poll: what should v2 fix?", F::Poll, I::Community, false, G::Feedback,
     0.25, 1, 0, 0, 12, 39},
    {"Discord owners club", "Weekly owners' thread", F::CommunityPost, I::Community, false,
     G::Relationships, 1, 1.5, 6, 0, 2, 39},
    {"Discord owners club", "Answer support questions", F::ThreadReply, I::Community, false,
     G::Referrals, 8, 0.3, 0, 0, 2, 39},
    {"Discord owners club", "Beta-tester feedback sessions", F::Event, I::Dialogue, false,
     G::Feedback, 0.5, 3, 4, 2000, 10, 39},
    {"City meetups", "Saturday group rides", F::Event, I::Community, false, G::Relationships, 0.5,
     4, 6, 15000, 8, 39, 120, "Coffee and a mechanic on site"},
    {"City meetups", "Test-ride evenings", F::Event, I::Dialogue, false, G::Sales, 0.25, 5, 8,
     40000, 10, 36},
    {"City meetups", "Bike-commuter breakfast", F::Event, I::Community, false, G::Referrals, 0.25,
     3, 2, 8000, 14, 39},
    {"Strava club", "Monthly distance challenge", F::CommunityPost, I::Community, true,
     G::Relationships, 0.25, 2, 5, 0, 4, 39, std::nullopt, "Scheduled post; replies are manual"},
    {"Strava club", "Kudos and comments on members' rides", F::ThreadReply, I::Dialogue, false,
     G::Relationships, 4, 0.25, 0, 0, 4, 39},
    {"Podcasts", "Guest spots on cycling podcasts", F::Podcast, I::Dialogue, false, G::Awareness,
     0.25, 4, 3, 0, 6, 30},
    {"Podcasts", "Own show: The Quiet Commute", F::Podcast, I::Broadcast, true, G::Awareness, 0.5,
     8, 24, 6000, 10, 39},
    {"Webinars", "Fleet buyers' webinar", F::Webinar, I::Broadcast, false, G::Leads, 0.25, 10, 12,
     5000, 8, 32, 110},
    {"Webinars", "Q&A clinic for new owners", F::Webinar, I::Dialogue, false, G::Feedback, 0.5, 2,
     3, 0, 14, 39},
    {"Blog", "Route guides for 12 cities", F::Article, I::Broadcast, true, G::Awareness, 1, 3, 6, 0,
     1, 39},
    {"Blog", "Reply to comments under guides", F::ThreadReply, I::Dialogue, false, G::Relationships,
     3, 0.3, 0, 0, 2, 39},
};

Activity toActivity(const DemoActivity &row) {
    Activity a;
    a.channel = row.channel;
    a.title = row.title;
    a.format = row.format;
    a.interaction = row.interaction;
    a.automated = row.automated;
    a.goal = row.goal;
    a.cadencePerWeek = row.cadence;
    a.hoursPerOccurrence = row.hours;
    a.setupHours = row.setup;
    a.costPerOccurrence = Cents(row.costCents);
    a.startWeek = row.startWeek;
    a.endWeek = row.endWeek;
    a.response.maxWeeklyReturn = row.maxWeeklyReturn;
    a.notes = row.notes;
    return a;
}

// The second campaign, half-way through: 40 weeks that started 20 weeks
// ago, with a baseline saved at the start and 20 weeks of actuals. The
// reels and the direct messages do better than planned, the LinkedIn posts
// worse, the newsletter about as planned; the breakfast meets every fourth
// week and has results for too few weeks to fit.
const DemoActivity fleetPlan[] = {
    {"Instagram", "Fleet bikes in action reels", F::Video, I::Broadcast, true, G::Awareness, 2, 2,
     6, 2500, 1, 40, 90},
    {"LinkedIn", "Fleet manager posts", F::Article, I::Broadcast, false, G::Leads, 2, 1.5, 0, 0, 1,
     40, 60},
    {"LinkedIn", "Direct messages to fleet managers", F::DirectMessage, I::Dialogue, false,
     G::Leads, 5, 0.5, 2, 0, 1, 40, 50},
    {"Newsletter", "Monthly fleet newsletter", F::Newsletter, I::Broadcast, true, G::Leads, 0.25, 4,
     3, 0, 1, 40, 40},
    {"Meetup", "Fleet managers' breakfast", F::Event, I::Community, false, G::Relationships, 0.25,
     6, 4, 30000, 1, 40, 80},
    {"YouTube", "Total cost of ownership explainer", F::Video, I::Broadcast, false, G::Leads, 0.5,
     5, 10, 8000, 8, 40},
};

// How each fleet activity ran against its plan: hours and results as a
// share of the plan's, and whether its results were measured only in the
// weeks it met.
struct DemoRun {
    double hours;
    double results;
    bool measuredRarely = false;
};

const DemoRun fleetRuns[] = {{1.0, 1.3}, {0.8, 0.65},      {1.2, 1.4},
                             {1.0, 1.0}, {1.0, 1.1, true}, {0.9, 0.8}};

constexpr int fleetWeeks = 40;
constexpr int fleetWeeksDone = 20;

// A week's deterministic wobble of ±10 %, so the demo is the same every time.
double wobble(std::size_t activity, int week) {
    return 1.0 +
           0.1 * std::sin(1.7 * static_cast<double>(week) + 2.3 * static_cast<double>(activity));
}

std::string isoDate(std::chrono::sys_days day) {
    const std::chrono::year_month_day date{day};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

// The actuals of weeks 1 … 20 from the plan's projection, scaled by each
// activity's run.
std::vector<Actual> fleetActuals(const Campaign &campaign,
                                 const std::vector<Activity> &activities) {
    const Projection plan = project(campaign, activities);
    std::vector<Actual> actuals;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const ActivityProjection &projected = plan.activities[i];
        const DemoRun &run = fleetRuns[i];
        for (int week = 1; week <= fleetWeeksDone; ++week) {
            const auto at = static_cast<std::size_t>(week - 1);
            if (projected.effort[at] <= 0.0)
                continue;
            Actual actual;
            actual.activityId = activities[i].id;
            actual.week = week;
            actual.hours =
                std::round(projected.weeklyRecurringEffort * run.hours * wobble(i, week) * 4.0) /
                4.0;
            actual.setupHours = week == projected.firstWeek ? activities[i].setupHours : 0.0;
            actual.cost =
                Cents(static_cast<std::int64_t>(std::llround(projected.cost[at] * 100.0)));
            const bool meets = !run.measuredRarely || week % 7 == 0;
            if (meets)
                actual.result =
                    std::round(projected.returns[at] * run.results * wobble(i + 3, week) * 10.0) /
                    10.0;
            actuals.push_back(std::move(actual));
        }
    }
    return actuals;
}

Result<void> addFleetCampaign(Workspace &workspace, BrandId brand, const std::string &today) {
    const auto now = parseIsoDate(today);
    if (!now)
        return fail("the demo needs today's date as YYYY-MM-DD");
    Campaign campaign =
        defaultCampaign("Lumen for fleets", isoDate(*now - std::chrono::days(7 * fleetWeeksDone)));
    campaign.brandId = brand;
    campaign.objective = Objective::Leads;
    campaign.weeks = fleetWeeks;
    campaign.capacityHoursPerWeek = 25;
    campaign.budgetPerWeek = Cents(80000);
    campaign.returnUnit = "qualified leads";
    CASTNET_TRY(const Campaign stored, workspace.addCampaign(campaign));
    std::vector<Activity> activities;
    for (const DemoActivity &row : fleetPlan)
        activities.push_back(toActivity(row));
    CASTNET_TRY(const std::vector<Activity> added,
                workspace.addActivities(stored.id, std::move(activities)));
    CASTNET_TRY_VOID(workspace.saveBaseline(stored.id, "signed off"));
    CASTNET_TRY_VOID(workspace.storeActuals(stored.id, fleetActuals(stored, added)));
    return {};
}

// Half of the plan's recurring hours on each track, shared within a track as
// the plan shares them, on the quarter-hour grid.
Scenario halfAndHalf(const Optimization &plan, CampaignId campaign) {
    double total = 0.0;
    std::map<Track, double> perTrack;
    for (const ActivityAllocation &activity : plan.allocation) {
        total += activity.plannedHours;
        perTrack[activity.track] += activity.plannedHours;
    }
    Scenario scenario{{}, campaign, "Half and half", {}};
    for (const ActivityAllocation &activity : plan.allocation) {
        const double share =
            perTrack[activity.track] > 0.0 ? activity.plannedHours / perTrack[activity.track] : 0.0;
        scenario.allocations.push_back({activity.id, std::round(share * total / 2.0 * 4.0) / 4.0});
    }
    return scenario;
}

// Three mixes stored with the launch so that Compare shows something at once:
// the plan as it was signed off (it stays put when the plan is edited), the
// optimizer's proposal, and an even split between the tracks.
Result<void> addLaunchScenarios(Workspace &workspace, const Campaign &campaign,
                                const std::vector<Activity> &activities) {
    CASTNET_TRY(const Optimization proposal, optimize(campaign, activities, {}));
    Scenario asPlanned{{}, campaign.id, "As planned", {}};
    for (const ActivityAllocation &activity : proposal.allocation)
        asPlanned.allocations.push_back({activity.id, activity.plannedHours});
    CASTNET_TRY_VOID(workspace.addScenario(asPlanned));
    CASTNET_TRY_VOID(
        workspace.addScenario(proposalScenario(proposal, campaign.id, "Optimizer's proposal")));
    CASTNET_TRY_VOID(workspace.addScenario(halfAndHalf(proposal, campaign.id)));
    return {};
}

} // namespace

Result<Campaign> createDemo(Workspace &workspace, const std::string &today) {
    Result<Campaign> stored = fail("the demo was not created");
    auto done = workspace.transact([&]() -> Result<void> {
        CASTNET_TRY(const std::vector<Brand> existing, workspace.brands());
        if (!existing.empty())
            return fail("the workspace already holds brands; the demo needs an empty one");

        Brand brand;
        brand.name = "Lumen Bikes";
        brand.industry = "Urban e-bikes";
        brand.audience = "City commuters aged 25-45 and company fleet managers";
        brand.notes = "Demo brand: a small maker launching its second e-bike.";
        CASTNET_TRY(const Brand storedBrand, workspace.addBrand(brand));

        Campaign campaign = defaultCampaign("Lumen 2 launch", today);
        campaign.brandId = storedBrand.id;
        campaign.objective = Objective::Leads;
        campaign.weeks = 39;
        campaign.capacityHoursPerWeek = 60;
        campaign.budgetPerWeek = Cents(150000);
        campaign.returnUnit = "engagement points";
        stored = workspace.addCampaign(campaign);
        CASTNET_TRY_VOID(stored);

        std::vector<Activity> activities;
        for (const DemoActivity &row : demoPlan)
            activities.push_back(toActivity(row));
        CASTNET_TRY(const std::vector<Activity> added,
                    workspace.addActivities(stored->id, std::move(activities)));
        CASTNET_TRY_VOID(addLaunchScenarios(workspace, *stored, added));
        return addFleetCampaign(workspace, storedBrand.id, today);
    });
    CASTNET_TRY_VOID(done);
    return stored;
}

} // namespace castnet::core
