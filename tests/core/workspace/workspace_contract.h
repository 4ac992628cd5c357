// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every Workspace back end must do, as a typed test suite. A back end
// instantiates it with a factory, a type whose static create() returns a new,
// empty workspace on storage of its own (a temporary file, a fresh database):
//
//     struct MyFactory {
//         static std::unique_ptr<core::Workspace> create();
//     };
//     INSTANTIATE_TYPED_TEST_SUITE_P(Mine, WorkspaceContract, MyFactory);
//
// The tests use the Workspace interface alone, so they hold for any back end;
// what one back end does beyond it (files, migration, WAL) is tested beside it.

#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/actuals/actual.h"
#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/scenario.h"
#include "core/domain/try.h"
#include "core/domain/uuid.h"
#include "core/workspace/workspace.h"
#include "tests/support/sample_records.h"

namespace castnet::core::contract {

using testing::makeActivity;
using testing::makeBrand;
using testing::makeCampaign;

// The value of a call expected to succeed (a default value, and a test
// failure, when it did not).
template<class T> T must(Result<T> result) {
    if (!result) {
        ADD_FAILURE() << result.error().message;
        return T{};
    }
    return std::move(*result);
}

// An id `by` past `id`, which no row holds in these tests.
template<class Tag> Id<Tag> beyond(Id<Tag> id, std::int64_t by) {
    return Id<Tag>(id.value() + by);
}

inline void must(Result<void> result) {
    if (!result)
        ADD_FAILURE() << result.error().message;
}

inline std::vector<std::string> titles(const std::vector<Activity> &activities) {
    std::vector<std::string> result;
    for (const Activity &activity : activities)
        result.push_back(activity.title);
    return result;
}

inline std::vector<std::string> brandNames(Workspace &workspace) {
    std::vector<std::string> names;
    for (const Brand &brand : must(workspace.brands()))
        names.push_back(brand.name);
    return names;
}

inline std::vector<std::string> campaignNames(Workspace &workspace,
                                              std::optional<BrandId> brand = {}) {
    std::vector<std::string> names;
    for (const Campaign &campaign : must(workspace.campaigns(brand)))
        names.push_back(campaign.name);
    return names;
}

inline std::vector<std::string> storedTitles(Workspace &workspace, CampaignId campaign) {
    return titles(must(workspace.activities(campaign)));
}

inline std::vector<std::string> scenarioNames(Workspace &workspace, CampaignId campaign) {
    std::vector<std::string> names;
    for (const Scenario &scenario : must(workspace.scenarios(campaign)))
        names.push_back(scenario.name);
    return names;
}

// The error of a call expected to fail (a test failure when it did not).
template<class T> Error refusal(const Result<T> &result) {
    if (result) {
        ADD_FAILURE() << "the call succeeded";
        return Error{};
    }
    return result.error();
}

} // namespace castnet::core::contract

namespace castnet::core {

template<class Factory> class WorkspaceContract : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = Factory::create();
        ASSERT_NE(workspace, nullptr);
    }

    Workspace &ws() { return *workspace; }

    Brand addBrand(const std::string &name) {
        return contract::must(ws().addBrand(contract::makeBrand(name)));
    }

    // A campaign of 26 weeks under `brand`, made when it does not exist.
    Campaign addCampaign(const std::string &brand = "Acme Coffee",
                         const std::string &name = "Spring launch") {
        auto found = contract::must(ws().findBrand(brand));
        const BrandId id = found ? found->id : addBrand(brand).id;
        return contract::must(ws().addCampaign(contract::makeCampaign(id, name)));
    }

    std::vector<Activity> addActivities(CampaignId campaign, std::vector<std::string> names) {
        std::vector<Activity> activities;
        for (auto &name : names)
            activities.push_back(contract::makeActivity(std::move(name)));
        return contract::must(ws().addActivities(campaign, std::move(activities)));
    }

    // A campaign with the activities Reel, Story and Meetup.
    struct Planned {
        Campaign campaign;
        std::vector<Activity> activities;
    };
    Planned addPlannedCampaign(const std::string &brand = "Acme Coffee",
                               const std::string &name = "Spring launch") {
        Planned planned{addCampaign(brand, name), {}};
        planned.activities = addActivities(planned.campaign.id, {"Reel", "Story", "Meetup"});
        return planned;
    }

    // A scenario giving 2.5 hours to the first activity and 0 to the last.
    static Scenario makeScenario(const Planned &planned, std::string name) {
        Scenario scenario;
        scenario.campaignId = planned.campaign.id;
        scenario.name = std::move(name);
        scenario.allocations = {{planned.activities[0].id, 2.5}, {planned.activities[2].id, 0}};
        return scenario;
    }

    std::unique_ptr<Workspace> workspace;
};

TYPED_TEST_SUITE_P(WorkspaceContract);

// ---- brands ----------------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, ANewWorkspaceHoldsNothing) {
    EXPECT_FALSE(this->ws().location().empty());
    EXPECT_TRUE(contract::must(this->ws().brands()).empty());
    EXPECT_TRUE(contract::must(this->ws().campaigns({})).empty());
}

TYPED_TEST_P(WorkspaceContract, ABrandReadsBackAsStored) {
    Brand brand = contract::makeBrand("Acme Coffee");
    brand.notes = "Café owners, ☕ and \"quotes\"";
    auto added = this->ws().addBrand(brand);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    EXPECT_TRUE(added->id.isStored());
    brand.id = added->id;
    EXPECT_EQ(*added, brand);
    EXPECT_EQ(this->ws().brand(brand.id), brand);
    EXPECT_EQ(this->ws().brands(), std::vector<Brand>{brand});
}

TYPED_TEST_P(WorkspaceContract, BrandsAreListedByNameWhateverTheirCase) {
    this->addBrand("Zeta Tea");
    this->addBrand("acme Coffee");
    this->addBrand("Bolt Bikes");
    EXPECT_EQ(contract::brandNames(this->ws()),
              (std::vector<std::string>{"acme Coffee", "Bolt Bikes", "Zeta Tea"}));
}

TYPED_TEST_P(WorkspaceContract, ABrandIsFoundByItsExactName) {
    const Brand acme = this->addBrand("Acme Coffee");
    this->addBrand("Bolt Bikes");
    EXPECT_EQ(contract::must(this->ws().findBrand("Acme Coffee")), std::optional<Brand>(acme));
    EXPECT_EQ(contract::must(this->ws().findBrand("acme coffee")), std::optional<Brand>());
    EXPECT_EQ(contract::must(this->ws().findBrand("Nobody")), std::optional<Brand>());
}

TYPED_TEST_P(WorkspaceContract, AnUnknownBrandIdIsNotFound) {
    const Brand acme = this->addBrand("Acme Coffee");
    const Error error = contract::refusal(this->ws().brand(contract::beyond(acme.id, 41)));
    EXPECT_EQ(error.kind, Error::Kind::User);
    EXPECT_EQ(error.message, fmt::format("no brand with id {}", contract::beyond(acme.id, 41)));
}

TYPED_TEST_P(WorkspaceContract, UpdatingABrandChangesItsFields) {
    Brand changed = this->addBrand("Acme Coffee");
    changed.name = "Acme Roasters";
    changed.audience = "cafés";
    changed.notes = "renamed in spring";
    ASSERT_TRUE(this->ws().updateBrand(changed));
    EXPECT_EQ(this->ws().brand(changed.id), changed);
    EXPECT_EQ(contract::must(this->ws().findBrand("Acme Coffee")), std::optional<Brand>());
}

TYPED_TEST_P(WorkspaceContract, ADuplicateBrandNameIsRefusedAndChangesNothing) {
    const Brand acme = this->addBrand("Acme Coffee");
    const Error added = contract::refusal(this->ws().addBrand(contract::makeBrand("Acme Coffee")));
    EXPECT_EQ(added.kind, Error::Kind::User);
    EXPECT_EQ(added.message, "a brand named \"Acme Coffee\" already exists");
    EXPECT_EQ(added.field, "name");

    const Brand zeta = this->addBrand("Zeta Tea");
    Brand renamed = zeta;
    renamed.name = "Acme Coffee";
    const Error updated = contract::refusal(this->ws().updateBrand(renamed));
    EXPECT_EQ(updated.message, "a brand named \"Acme Coffee\" already exists");
    EXPECT_EQ(this->ws().brand(zeta.id), zeta);
    EXPECT_EQ(this->ws().brands(), (std::vector<Brand>{acme, zeta}));
}

TYPED_TEST_P(WorkspaceContract, AnInvalidBrandIsRefusedNamingTheFieldAndChangesNothing) {
    const Error added = contract::refusal(this->ws().addBrand(contract::makeBrand("   ")));
    EXPECT_EQ(added.field, "name");
    EXPECT_EQ(added.message, "brand name must not be empty");
    EXPECT_TRUE(contract::must(this->ws().brands()).empty());

    const Brand acme = this->addBrand("Acme Coffee");
    Brand broken = acme;
    broken.industry = std::string("bad \xff byte");
    const Error updated = contract::refusal(this->ws().updateBrand(broken));
    EXPECT_EQ(updated.field, "industry");
    EXPECT_EQ(this->ws().brand(acme.id), acme);
}

TYPED_TEST_P(WorkspaceContract, UpdatingOrRemovingAnUnknownBrandIsNotFound) {
    Brand ghost = contract::makeBrand("Ghost");
    ghost.id = BrandId{42};
    EXPECT_EQ(contract::refusal(this->ws().updateBrand(ghost)).message, "no brand with id 42");
    EXPECT_EQ(contract::refusal(this->ws().removeBrand(BrandId{42})).message,
              "no brand with id 42");
    EXPECT_TRUE(contract::must(this->ws().brands()).empty());
}

TYPED_TEST_P(WorkspaceContract, ABrandAddedWithAnIdKeepsIt) {
    Brand brand = contract::makeBrand("Acme Coffee");
    brand.id = BrandId{17};
    EXPECT_EQ(contract::must(this->ws().addBrand(brand)).id, BrandId{17});
    EXPECT_EQ(this->ws().brand(BrandId{17}), brand);
    Brand clash = contract::makeBrand("Other");
    clash.id = BrandId{17};
    EXPECT_EQ(contract::refusal(this->ws().addBrand(clash)).message,
              "a brand with id 17 already exists");
    EXPECT_EQ(contract::brandNames(this->ws()), std::vector<std::string>{"Acme Coffee"});
}

TYPED_TEST_P(WorkspaceContract, RemovingABrandRemovesEverythingUnderItAndNothingElse) {
    const auto acme = this->addPlannedCampaign("Acme Coffee", "Spring");
    const Scenario lean = contract::must(this->ws().addScenario(this->makeScenario(acme, "Lean")));
    const auto bolt = this->addPlannedCampaign("Bolt Bikes", "Summer");
    ASSERT_TRUE(this->ws().removeBrand(acme.campaign.brandId));
    EXPECT_FALSE(this->ws().brand(acme.campaign.brandId).has_value());
    EXPECT_EQ(contract::refusal(this->ws().campaign(acme.campaign.id)).message,
              fmt::format("no campaign with id {}", acme.campaign.id));
    EXPECT_FALSE(this->ws().activity(acme.activities[0].id).has_value());
    EXPECT_FALSE(this->ws().scenario(lean.id).has_value());
    EXPECT_EQ(contract::brandNames(this->ws()), std::vector<std::string>{"Bolt Bikes"});
    EXPECT_EQ(this->ws().activities(bolt.campaign.id), bolt.activities);
}

// ---- campaigns -------------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, ACampaignReadsBackWithEveryField) {
    const Brand brand = this->addBrand("Acme Coffee");
    Campaign campaign = contract::makeCampaign(brand.id, "Spring launch", 30);
    campaign.objective = Objective::Feedback;
    campaign.capacityHoursPerWeek = 37.5;
    campaign.budgetPerWeek = Cents(123456);
    campaign.currency = "CHF";
    campaign.returnUnit = "qualified leads";
    campaign.automationSaving = 0.25;
    auto added = this->ws().addCampaign(campaign);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    EXPECT_TRUE(added->id.isStored());
    campaign.id = added->id;
    EXPECT_EQ(*added, campaign);
    EXPECT_EQ(this->ws().campaign(campaign.id), campaign);
}

TYPED_TEST_P(WorkspaceContract, CampaignsAreListedByBrandNameThenName) {
    const Campaign summer = this->addCampaign("Bolt Bikes", "Summer");
    const Campaign spring = this->addCampaign("acme Coffee", "spring");
    const Campaign autumn = this->addCampaign("acme Coffee", "Autumn");
    EXPECT_EQ(this->ws().campaigns({}), (std::vector<Campaign>{autumn, spring, summer}));
    EXPECT_EQ(this->ws().campaigns(spring.brandId), (std::vector<Campaign>{autumn, spring}));
    EXPECT_EQ(this->ws().campaigns(summer.brandId), std::vector<Campaign>{summer});
}

TYPED_TEST_P(WorkspaceContract, CampaignsOfAnUnknownBrandOrIdAreNotFound) {
    const Campaign spring = this->addCampaign();
    EXPECT_EQ(contract::refusal(this->ws().campaigns(contract::beyond(spring.brandId, 7))).message,
              fmt::format("no brand with id {}", contract::beyond(spring.brandId, 7)));
    EXPECT_EQ(contract::refusal(this->ws().campaign(contract::beyond(spring.id, 7))).message,
              fmt::format("no campaign with id {}", contract::beyond(spring.id, 7)));
}

TYPED_TEST_P(WorkspaceContract, ACampaignNameIsUniqueWithinItsBrandOnly) {
    const Campaign launch = this->addCampaign("Acme Coffee", "Launch");
    const Error duplicate =
        contract::refusal(this->ws().addCampaign(contract::makeCampaign(launch.brandId, "Launch")));
    EXPECT_EQ(duplicate.message, "brand \"Acme Coffee\" already has a campaign named \"Launch\"");
    EXPECT_EQ(duplicate.field, "name");
    EXPECT_EQ(this->ws().campaigns(launch.brandId), std::vector<Campaign>{launch});
    EXPECT_EQ(this->addCampaign("Bolt Bikes", "Launch").name, "Launch");

    Campaign other = this->addCampaign("Acme Coffee", "Other");
    other.name = "Launch";
    EXPECT_EQ(contract::refusal(this->ws().updateCampaign(other)).message,
              "brand \"Acme Coffee\" already has a campaign named \"Launch\"");
    EXPECT_EQ(contract::must(this->ws().campaign(other.id)).name, "Other");
}

TYPED_TEST_P(WorkspaceContract, ACampaignOfAnUnknownBrandIsRefused) {
    const Error error =
        contract::refusal(this->ws().addCampaign(contract::makeCampaign(BrandId{99}, "Orphan")));
    EXPECT_EQ(error.message, "no brand with id 99");
    EXPECT_TRUE(contract::must(this->ws().campaigns({})).empty());
}

TYPED_TEST_P(WorkspaceContract, AnInvalidCampaignIsRefusedNamingTheFieldAndChangesNothing) {
    const Brand brand = this->addBrand("Acme Coffee");
    const Error added =
        contract::refusal(this->ws().addCampaign(contract::makeCampaign(brand.id, "Long", 261)));
    EXPECT_EQ(added.field, "weeks");
    EXPECT_TRUE(contract::must(this->ws().campaigns({})).empty());

    const Campaign stored = this->addCampaign("Acme Coffee", "Spring");
    Campaign broken = stored;
    broken.startDate = "next spring";
    broken.name = "Renamed";
    const Error updated = contract::refusal(this->ws().updateCampaign(broken));
    EXPECT_EQ(updated.field, "start_date");
    EXPECT_EQ(this->ws().campaign(stored.id), stored);
}

TYPED_TEST_P(WorkspaceContract, UpdatingACampaignChangesItsFields) {
    Campaign campaign = this->addCampaign();
    campaign.name = "Spring relaunch";
    campaign.budgetPerWeek = Cents(5000);
    campaign.capacityHoursPerWeek = 12;
    ASSERT_TRUE(this->ws().updateCampaign(campaign));
    EXPECT_EQ(this->ws().campaign(campaign.id), campaign);
    campaign.budgetPerWeek.reset(); // no money limit is no limit, not 0
    ASSERT_TRUE(this->ws().updateCampaign(campaign));
    EXPECT_EQ(this->ws().campaign(campaign.id), campaign);
}

TYPED_TEST_P(WorkspaceContract, ACampaignMovesToAnotherBrand) {
    Campaign campaign = this->addCampaign("Acme Coffee", "Spring");
    const Brand bolt = this->addBrand("Bolt Bikes");
    campaign.brandId = bolt.id;
    ASSERT_TRUE(this->ws().updateCampaign(campaign));
    EXPECT_EQ(this->ws().campaigns(bolt.id), std::vector<Campaign>{campaign});
    campaign.brandId = contract::beyond(bolt.id, 50);
    EXPECT_EQ(contract::refusal(this->ws().updateCampaign(campaign)).message,
              fmt::format("no brand with id {}", contract::beyond(bolt.id, 50)));
}

TYPED_TEST_P(WorkspaceContract, ACampaignCannotBeShortenedBelowAnActivity) {
    const Campaign stored = this->addCampaign();
    ASSERT_TRUE(
        this->ws().addActivities(stored.id, {contract::makeActivity("Teaser", 1, 4),
                                             contract::makeActivity("Closing webinar", 10, 20)}));
    Campaign campaign = stored;
    campaign.weeks = 12;
    const Error error = contract::refusal(this->ws().updateCampaign(campaign));
    EXPECT_EQ(error.field, "weeks");
    EXPECT_EQ(error.message,
              "weeks cannot be 12: activity \"Closing webinar\" ends in week 20; shorten it first");
    EXPECT_EQ(this->ws().campaign(stored.id), stored);
    campaign.weeks = 20; // exactly the last week used is fine
    EXPECT_TRUE(this->ws().updateCampaign(campaign));
}

TYPED_TEST_P(WorkspaceContract, UpdatingOrRemovingAnUnknownCampaignIsNotFound) {
    const Campaign stored = this->addCampaign();
    Campaign ghost = stored;
    ghost.id = contract::beyond(stored.id, 9);
    ghost.name = "Ghost";
    EXPECT_EQ(contract::refusal(this->ws().updateCampaign(ghost)).message,
              fmt::format("no campaign with id {}", ghost.id));
    EXPECT_EQ(contract::refusal(this->ws().removeCampaign(ghost.id)).message,
              fmt::format("no campaign with id {}", ghost.id));
    EXPECT_EQ(this->ws().campaigns({}), std::vector<Campaign>{stored});
}

TYPED_TEST_P(WorkspaceContract, RemovingACampaignRemovesItsActivitiesAndScenariosOnly) {
    const auto spring = this->addPlannedCampaign("Acme Coffee", "Spring");
    const auto autumn = this->addPlannedCampaign("Acme Coffee", "Autumn");
    const Scenario lean =
        contract::must(this->ws().addScenario(this->makeScenario(spring, "Lean")));
    const Scenario kept =
        contract::must(this->ws().addScenario(this->makeScenario(autumn, "Lean")));
    ASSERT_TRUE(this->ws().removeCampaign(spring.campaign.id));
    EXPECT_FALSE(this->ws().campaign(spring.campaign.id).has_value());
    EXPECT_FALSE(this->ws().activity(spring.activities[1].id).has_value());
    EXPECT_FALSE(this->ws().scenario(lean.id).has_value());
    EXPECT_TRUE(this->ws().brand(spring.campaign.brandId).has_value());
    EXPECT_EQ(this->ws().activities(autumn.campaign.id), autumn.activities);
    EXPECT_EQ(this->ws().scenario(kept.id), kept);
}

// ---- activities ------------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, AnActivityReadsBackWithEveryField) {
    const Campaign campaign = this->addCampaign();
    Activity activity = contract::makeActivity("Latte art evening", 4, 20);
    activity.channel = "Meetup";
    activity.format = Format::Event;
    activity.interaction = Interaction::Community;
    activity.automated = true;
    activity.goal = Goal::Relationships;
    activity.cadencePerWeek = 0.25;
    activity.hoursPerOccurrence = 6;
    activity.setupHours = 10.5;
    activity.costPerOccurrence = Cents(1999);
    activity.response.maxWeeklyReturn = 150;
    activity.response.halfSaturationHours = 3;
    activity.response.shape = 1.5;
    activity.response.carryover = 0.8;
    activity.trackOverride = Track::Networking;
    activity.notes = "bring cups,\n\"quoted\", ünïcödé";
    Activity plain = contract::makeActivity("Reel"); // blank parameters stay blank
    auto added = this->ws().addActivities(campaign.id, {activity, plain});
    ASSERT_TRUE(added.has_value()) << added.error().message;
    ASSERT_EQ(added->size(), 2u);
    activity.id = (*added)[0].id;
    activity.campaignId = campaign.id;
    plain.id = (*added)[1].id;
    plain.campaignId = campaign.id;
    // A new activity gets a fresh uid and revision 1.
    activity.uid = (*added)[0].uid;
    plain.uid = (*added)[1].uid;
    EXPECT_TRUE(isUuid(activity.uid)) << activity.uid;
    EXPECT_TRUE(isUuid(plain.uid)) << plain.uid;
    activity.revision = plain.revision = 1;
    EXPECT_EQ(*added, (std::vector<Activity>{activity, plain}));
    EXPECT_EQ(this->ws().activity(activity.id), activity);
    EXPECT_EQ(this->ws().activity(plain.id), plain);
    EXPECT_EQ(this->ws().activities(campaign.id), *added);
}

TYPED_TEST_P(WorkspaceContract, NewActivitiesAreAppendedInTheOrderGiven) {
    const Campaign campaign = this->addCampaign();
    this->addActivities(campaign.id, {"Reel", "Story"});
    this->addActivities(campaign.id, {"Thread", "Poll"});
    EXPECT_EQ(contract::storedTitles(this->ws(), campaign.id),
              (std::vector<std::string>{"Reel", "Story", "Thread", "Poll"}));
}

TYPED_TEST_P(WorkspaceContract, ALargeBatchIsStoredInOrderWithRisingIds) {
    const Campaign campaign = this->addCampaign();
    std::vector<Activity> batch;
    for (int i = 0; i < 100; ++i) {
        batch.push_back(contract::makeActivity(fmt::format("Post {}", i)));
        batch.back().cadencePerWeek = i;
    }
    auto added = this->ws().addActivities(campaign.id, batch);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    const auto stored = contract::must(this->ws().activities(campaign.id));
    EXPECT_EQ(stored, *added);
    ASSERT_EQ(stored.size(), batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        EXPECT_EQ(stored[i].title, batch[i].title);
        EXPECT_EQ(stored[i].cadencePerWeek, batch[i].cadencePerWeek);
        if (i > 0) {
            EXPECT_GT(stored[i].id, stored[i - 1].id);
        }
    }
}

TYPED_TEST_P(WorkspaceContract, ActivitiesOfAnUnknownCampaignOrIdAreNotFound) {
    const Campaign campaign = this->addCampaign();
    const CampaignId unknown = contract::beyond(campaign.id, 5);
    EXPECT_EQ(contract::refusal(this->ws().activities(unknown)).message,
              fmt::format("no campaign with id {}", unknown));
    EXPECT_EQ(contract::refusal(this->ws().addActivities(unknown, {contract::makeActivity("Reel")}))
                  .message,
              fmt::format("no campaign with id {}", unknown));
    EXPECT_EQ(contract::refusal(this->ws().activity(ActivityId{12345})).message,
              "no activity with id 12345");
}

TYPED_TEST_P(WorkspaceContract, AddingActivitiesIsAllOrNothingAndNamesTheBadOne) {
    const Campaign campaign = this->addCampaign();
    Activity bad = contract::makeActivity("Broken");
    bad.hoursPerOccurrence = 200;
    const Error error = contract::refusal(
        this->ws().addActivities(campaign.id, {contract::makeActivity("Good"), bad}));
    EXPECT_EQ(error.kind, Error::Kind::User);
    EXPECT_EQ(error.field, "hours_per_occurrence");
    EXPECT_EQ(error.message.rfind("activity 2 of 2 (\"Broken\"): ", 0), 0u) << error.message;
    EXPECT_TRUE(contract::storedTitles(this->ws(), campaign.id).empty());
}

TYPED_TEST_P(WorkspaceContract, AnActivityBeyondTheCampaignIsRefused) {
    const Campaign campaign = this->addCampaign(); // 26 weeks
    const Error error = contract::refusal(
        this->ws().addActivities(campaign.id, {contract::makeActivity("Late", 20, 27)}));
    EXPECT_EQ(error.field, "end_week");
    EXPECT_EQ(error.message, "end_week 27 is after the campaign's 26 weeks");
    EXPECT_TRUE(contract::storedTitles(this->ws(), campaign.id).empty());
}

TYPED_TEST_P(WorkspaceContract, UpdatingAnActivityChangesItAndKeepsItsPlace) {
    const Campaign campaign = this->addCampaign();
    auto added = this->addActivities(campaign.id, {"Reel", "Story", "Thread"});
    Activity story = added[1];
    story.title = "Daily story";
    story.cadencePerWeek = 7;
    story.response.carryover = 0.5;
    ASSERT_TRUE(this->ws().updateActivity(story));
    story.revision = 2; // 1 when added, 2 after one change
    EXPECT_EQ(this->ws().activity(story.id), story);
    EXPECT_EQ(contract::storedTitles(this->ws(), campaign.id),
              (std::vector<std::string>{"Reel", "Daily story", "Thread"}));
}

TYPED_TEST_P(WorkspaceContract, AnInvalidActivityUpdateIsRefusedAndChangesNothing) {
    const Campaign campaign = this->addCampaign();
    const Activity stored = this->addActivities(campaign.id, {"Reel"}).front();
    Activity changed = stored;
    changed.title = "Renamed";
    changed.endWeek = 40; // beyond the 26 weeks
    EXPECT_EQ(contract::refusal(this->ws().updateActivity(changed)).field, "end_week");
    changed.endWeek = stored.endWeek;
    changed.cadencePerWeek = -1;
    EXPECT_EQ(contract::refusal(this->ws().updateActivity(changed)).field, "cadence_per_week");
    EXPECT_EQ(this->ws().activity(stored.id), stored);
}

TYPED_TEST_P(WorkspaceContract, AnActivityStaysInItsCampaign) {
    const auto spring = this->addPlannedCampaign("Acme Coffee", "Spring");
    const Campaign autumn = this->addCampaign("Acme Coffee", "Autumn");
    Activity moved = spring.activities[0];
    moved.campaignId = autumn.id;
    EXPECT_EQ(contract::refusal(this->ws().updateActivity(moved)).message,
              fmt::format("activity {} belongs to campaign {}, not {}", moved.id,
                          spring.campaign.id, autumn.id));
    EXPECT_EQ(this->ws().activities(spring.campaign.id), spring.activities);
    EXPECT_TRUE(contract::storedTitles(this->ws(), autumn.id).empty());

    Activity ghost = moved;
    ghost.id = ActivityId{98765};
    EXPECT_EQ(contract::refusal(this->ws().updateActivity(ghost)).message,
              "no activity with id 98765");
}

TYPED_TEST_P(WorkspaceContract, RemovingActivitiesIsAllOrNothing) {
    const Campaign campaign = this->addCampaign();
    auto added = this->addActivities(campaign.id, {"Reel", "Story", "Thread"});
    const ActivityId unknown = contract::beyond(added[2].id, 100);
    EXPECT_EQ(contract::refusal(this->ws().removeActivities({added[0].id, unknown})).message,
              fmt::format("no activity with id {}", unknown));
    EXPECT_EQ(this->ws().activities(campaign.id), added);
    ASSERT_TRUE(this->ws().removeActivities({added[0].id, added[2].id}));
    EXPECT_EQ(contract::storedTitles(this->ws(), campaign.id), std::vector<std::string>{"Story"});
}

TYPED_TEST_P(WorkspaceContract, AnActivityRestoredWithItsIdReturnsToItsRow) {
    const Campaign campaign = this->addCampaign();
    auto added = this->addActivities(campaign.id, {"Reel", "Story", "Thread"});
    ASSERT_TRUE(this->ws().removeActivities({added[1].id}));
    this->addActivities(campaign.id, {"Poll"});
    auto restored = this->ws().addActivities(campaign.id, {added[1]});
    ASSERT_TRUE(restored.has_value()) << restored.error().message;
    EXPECT_EQ(restored->front(), added[1]);
    EXPECT_EQ(contract::storedTitles(this->ws(), campaign.id),
              (std::vector<std::string>{"Reel", "Story", "Thread", "Poll"}));
    EXPECT_EQ(contract::refusal(this->ws().addActivities(campaign.id, {added[0]})).message,
              fmt::format("an activity with id {} already exists", added[0].id));
    EXPECT_EQ(contract::storedTitles(this->ws(), campaign.id).size(), 4u);
}

TYPED_TEST_P(WorkspaceContract, TheIdOfARemovedActivityIsNeverGivenToAnother) {
    const Campaign campaign = this->addCampaign();
    auto added = this->addActivities(campaign.id, {"Reel", "Story"});
    ASSERT_TRUE(this->ws().removeActivities({added[1].id}));
    const Activity again = this->addActivities(campaign.id, {"Thread"}).front();
    EXPECT_GT(again.id, added[1].id);
}

TYPED_TEST_P(WorkspaceContract, AnActivityKeepsItsUidAcrossUpdates) {
    const Campaign campaign = this->addCampaign();
    Activity reel = this->addActivities(campaign.id, {"Reel"}).front();
    const std::string uid = reel.uid;
    ASSERT_TRUE(isUuid(uid)) << uid;
    reel.title = "Weekly reel";
    reel.uid = "00000000-0000-4000-8000-000000000000"; // a caller cannot change it
    ASSERT_TRUE(this->ws().updateActivity(reel));
    reel.endWeek = 20;
    ASSERT_TRUE(this->ws().updateActivity(reel));
    EXPECT_EQ(contract::must(this->ws().activity(reel.id)).uid, uid);
}

TYPED_TEST_P(WorkspaceContract, TheRevisionGrowsByOneWithEveryUpdate) {
    const Campaign campaign = this->addCampaign();
    Activity reel = this->addActivities(campaign.id, {"Reel"}).front();
    EXPECT_EQ(reel.revision, 1);
    for (const std::int64_t expected : {2, 3, 4}) {
        reel.cadencePerWeek += 1;
        reel.revision = 99; // the workspace counts, not the caller
        ASSERT_TRUE(this->ws().updateActivity(reel));
        EXPECT_EQ(contract::must(this->ws().activity(reel.id)).revision, expected);
    }
    // A refused update is no change.
    reel.endWeek = 40;
    EXPECT_FALSE(this->ws().updateActivity(reel));
    EXPECT_EQ(contract::must(this->ws().activity(reel.id)).revision, 4);
}

TYPED_TEST_P(WorkspaceContract, AChangeMadeOnTheStoredRevisionIsApplied) {
    const Campaign campaign = this->addCampaign();
    Activity reel = this->addActivities(campaign.id, {"Reel"}).front();
    reel.title = "Weekly reel";
    const Activity stored = contract::must(this->ws().changeActivity(reel));
    EXPECT_EQ(stored.revision, 2);
    EXPECT_EQ(stored.title, "Weekly reel");
    EXPECT_EQ(this->ws().activity(reel.id), stored);
}

TYPED_TEST_P(WorkspaceContract, AChangeMadeOnAnOlderRevisionIsRefusedAndChangesNothing) {
    const Campaign campaign = this->addCampaign();
    const Activity opened = this->addActivities(campaign.id, {"Reel"}).front();
    // Someone else changes the activity after it was opened...
    Activity theirs = opened;
    theirs.cadencePerWeek = 3;
    const Activity after = contract::must(this->ws().changeActivity(theirs));
    // ...so a change made on what was opened would overwrite theirs.
    Activity mine = opened;
    mine.title = "Daily reel";
    const Error error = contract::refusal(this->ws().changeActivity(mine));
    EXPECT_TRUE(isStaleChange(error));
    EXPECT_EQ(error.message, "activity \"Reel\" was changed by someone else since you opened it "
                             "(it is at revision 2 now); nothing was changed");
    EXPECT_EQ(this->ws().activity(opened.id), after);
    // Made again on the row as it is now, the change applies.
    mine = after;
    mine.title = "Daily reel";
    EXPECT_EQ(contract::must(this->ws().changeActivity(mine)).revision, 3);
    Activity ghost = opened;
    ghost.id = ActivityId{424242};
    EXPECT_EQ(contract::refusal(this->ws().changeActivity(ghost)).message,
              "no activity with id 424242");
}

TYPED_TEST_P(WorkspaceContract, EveryActivityHasItsOwnUid) {
    const auto spring = this->addPlannedCampaign("Acme Coffee", "Spring");
    const auto autumn = this->addPlannedCampaign("Acme Coffee", "Autumn");
    std::set<std::string> uids;
    for (const auto *planned : {&spring, &autumn}) {
        for (const Activity &activity : planned->activities) {
            EXPECT_TRUE(isUuid(activity.uid)) << activity.uid;
            uids.insert(activity.uid);
        }
    }
    EXPECT_EQ(uids.size(), spring.activities.size() + autumn.activities.size());
}

TYPED_TEST_P(WorkspaceContract, AGivenUidIsKeptUnlessAnotherActivityHasIt) {
    const Campaign campaign = this->addCampaign();
    Activity imported = contract::makeActivity("Reel");
    imported.uid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    imported.revision = 7;
    const Activity first =
        contract::must(this->ws().addActivities(campaign.id, {imported})).front();
    EXPECT_EQ(first.uid, imported.uid);
    EXPECT_EQ(first.revision, 7);
    // The same activity imported again is a copy: it gets a uid of its own.
    const Activity copy = contract::must(this->ws().addActivities(campaign.id, {imported})).front();
    EXPECT_TRUE(isUuid(copy.uid)) << copy.uid;
    EXPECT_NE(copy.uid, imported.uid);
    EXPECT_EQ(copy.revision, 1);
}

TYPED_TEST_P(WorkspaceContract, AnActivityRestoredAfterRemovalKeepsItsUid) {
    const Campaign campaign = this->addCampaign();
    const Activity reel = this->addActivities(campaign.id, {"Reel"}).front();
    ASSERT_TRUE(this->ws().removeActivities({reel.id}));
    const auto restored = contract::must(this->ws().addActivities(campaign.id, {reel}));
    EXPECT_EQ(restored.front().uid, reel.uid);
}

// ---- scenarios -------------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, AScenarioReadsBackWithItsAllocations) {
    const auto planned = this->addPlannedCampaign();
    Scenario scenario = this->makeScenario(planned, "More meetups");
    // Given out of order; stored and read back by activity.
    scenario.allocations = {{planned.activities[2].id, 4}, {planned.activities[0].id, 0.5}};
    auto added = this->ws().addScenario(scenario);
    ASSERT_TRUE(added.has_value()) << added.error().message;
    EXPECT_TRUE(added->id.isStored());
    scenario.id = added->id;
    std::swap(scenario.allocations[0], scenario.allocations[1]);
    EXPECT_EQ(*added, scenario);
    EXPECT_EQ(this->ws().scenario(scenario.id), scenario);
    EXPECT_EQ(this->ws().scenarios(planned.campaign.id), std::vector<Scenario>{scenario});
}

TYPED_TEST_P(WorkspaceContract, ScenariosAreListedByNameWhateverTheirCase) {
    const auto planned = this->addPlannedCampaign();
    for (const char *name : {"Zero media", "all meetups", "Bold"})
        ASSERT_TRUE(this->ws().addScenario(this->makeScenario(planned, name)));
    EXPECT_EQ(contract::scenarioNames(this->ws(), planned.campaign.id),
              (std::vector<std::string>{"all meetups", "Bold", "Zero media"}));
}

TYPED_TEST_P(WorkspaceContract, ScenariosOfAnUnknownCampaignOrIdAreNotFound) {
    const auto planned = this->addPlannedCampaign();
    const CampaignId unknown = contract::beyond(planned.campaign.id, 3);
    EXPECT_EQ(contract::refusal(this->ws().scenarios(unknown)).message,
              fmt::format("no campaign with id {}", unknown));
    EXPECT_EQ(contract::refusal(this->ws().scenario(ScenarioId{777})).message,
              "no scenario with id 777");
    Scenario orphan = this->makeScenario(planned, "Orphan");
    orphan.campaignId = unknown;
    EXPECT_EQ(contract::refusal(this->ws().addScenario(orphan)).message,
              fmt::format("no campaign with id {}", unknown));
}

TYPED_TEST_P(WorkspaceContract, ThePlanNameIsReservedForThePlan) {
    const auto planned = this->addPlannedCampaign();
    for (const char *name : {"plan", " Plan ", "PLAN"}) {
        const Error error =
            contract::refusal(this->ws().addScenario(this->makeScenario(planned, name)));
        EXPECT_EQ(error.field, "name") << name;
        EXPECT_EQ(error.message,
                  "\"plan\" is the name of the plan itself; choose another scenario name");
    }
    EXPECT_TRUE(contract::must(this->ws().scenarios(planned.campaign.id)).empty());

    const Scenario lean =
        contract::must(this->ws().addScenario(this->makeScenario(planned, "Lean")));
    Scenario renamed = lean;
    renamed.name = "Plan";
    EXPECT_EQ(contract::refusal(this->ws().updateScenario(renamed)).field, "name");
    EXPECT_EQ(this->ws().scenario(lean.id), lean);
}

TYPED_TEST_P(WorkspaceContract, AnInvalidScenarioIsRefusedNamingTheField) {
    const auto planned = this->addPlannedCampaign();
    EXPECT_EQ(contract::refusal(this->ws().addScenario(this->makeScenario(planned, " "))).message,
              "scenario name must not be empty");
    EXPECT_EQ(contract::refusal(
                  this->ws().addScenario(this->makeScenario(planned, std::string(201, 'x'))))
                  .message,
              "scenario name must be at most 200 characters long, not 201");

    Scenario negative = this->makeScenario(planned, "Negative");
    negative.allocations[0].hours = -1;
    const Error hours = contract::refusal(this->ws().addScenario(negative));
    EXPECT_EQ(hours.field, "hours");
    EXPECT_EQ(hours.message,
              fmt::format("hours for activity {} must be between 0 and 1e+12, not -1",
                          planned.activities[0].id));

    Scenario twice = this->makeScenario(planned, "Twice");
    twice.allocations.push_back({planned.activities[0].id, 1});
    EXPECT_EQ(
        contract::refusal(this->ws().addScenario(twice)).message,
        fmt::format("activity {} appears twice in scenario \"Twice\"", planned.activities[0].id));
    EXPECT_TRUE(contract::must(this->ws().scenarios(planned.campaign.id)).empty());
}

TYPED_TEST_P(WorkspaceContract, AScenarioNameIsUniqueInItsCampaignOnly) {
    const auto spring = this->addPlannedCampaign("Acme Coffee", "Spring");
    const auto autumn = this->addPlannedCampaign("Acme Coffee", "Autumn");
    ASSERT_TRUE(this->ws().addScenario(this->makeScenario(spring, "Lean")));
    const Error duplicate =
        contract::refusal(this->ws().addScenario(this->makeScenario(spring, "Lean")));
    EXPECT_EQ(duplicate.message, "a scenario named \"Lean\" already exists in this campaign");
    EXPECT_EQ(duplicate.field, "name");
    EXPECT_TRUE(this->ws().addScenario(this->makeScenario(autumn, "Lean")));

    Scenario bold = contract::must(this->ws().addScenario(this->makeScenario(spring, "Bold")));
    const Scenario before = bold;
    bold.name = "Lean";
    EXPECT_EQ(contract::refusal(this->ws().updateScenario(bold)).message,
              "a scenario named \"Lean\" already exists in this campaign");
    EXPECT_EQ(this->ws().scenario(bold.id), before);
}

TYPED_TEST_P(WorkspaceContract, AllocationsMustBelongToTheCampaign) {
    const auto spring = this->addPlannedCampaign("Acme Coffee", "Spring");
    const auto autumn = this->addPlannedCampaign("Acme Coffee", "Autumn");
    Scenario mixed = this->makeScenario(spring, "Mixed");
    mixed.allocations.push_back({autumn.activities[1].id, 1});
    const Error error = contract::refusal(this->ws().addScenario(mixed));
    EXPECT_EQ(error.field, "hours");
    EXPECT_EQ(error.message,
              fmt::format("scenario \"Mixed\" gives hours to activity {}, which is not in its "
                          "campaign",
                          autumn.activities[1].id));
    EXPECT_TRUE(contract::must(this->ws().scenarios(spring.campaign.id)).empty());
}

TYPED_TEST_P(WorkspaceContract, UpdatingAScenarioReplacesNameAndAllocations) {
    const auto planned = this->addPlannedCampaign();
    Scenario changed = contract::must(this->ws().addScenario(this->makeScenario(planned, "Draft")));
    changed.name = "Final";
    changed.allocations = {{planned.activities[1].id, 4}};
    ASSERT_TRUE(this->ws().updateScenario(changed));
    EXPECT_EQ(this->ws().scenario(changed.id), changed);
    EXPECT_EQ(this->ws().scenarios(planned.campaign.id), std::vector<Scenario>{changed});
}

TYPED_TEST_P(WorkspaceContract, AFailedScenarioUpdateChangesNothing) {
    const auto spring = this->addPlannedCampaign("Acme Coffee", "Spring");
    const auto autumn = this->addPlannedCampaign("Acme Coffee", "Autumn");
    const Scenario stored =
        contract::must(this->ws().addScenario(this->makeScenario(spring, "Lean")));
    Scenario changed = stored;
    changed.name = "Leaner";
    changed.allocations = {{spring.activities[1].id, 3}, {autumn.activities[0].id, 1}};
    EXPECT_EQ(contract::refusal(this->ws().updateScenario(changed)).field, "hours");
    EXPECT_EQ(this->ws().scenario(stored.id), stored);

    Scenario moved = stored;
    moved.campaignId = autumn.campaign.id;
    EXPECT_EQ(contract::refusal(this->ws().updateScenario(moved)).message,
              fmt::format("scenario {} belongs to campaign {}, not {}", stored.id,
                          spring.campaign.id, autumn.campaign.id));
    EXPECT_TRUE(contract::must(this->ws().scenarios(autumn.campaign.id)).empty());

    Scenario ghost = stored;
    ghost.id = contract::beyond(stored.id, 40);
    EXPECT_EQ(contract::refusal(this->ws().updateScenario(ghost)).message,
              fmt::format("no scenario with id {}", ghost.id));
}

TYPED_TEST_P(WorkspaceContract, RemovingAScenarioLeavesTheOthers) {
    const auto planned = this->addPlannedCampaign();
    const Scenario lean =
        contract::must(this->ws().addScenario(this->makeScenario(planned, "Lean")));
    const Scenario bold =
        contract::must(this->ws().addScenario(this->makeScenario(planned, "Bold")));
    ASSERT_TRUE(this->ws().removeScenario(lean.id));
    EXPECT_EQ(this->ws().scenarios(planned.campaign.id), std::vector<Scenario>{bold});
    EXPECT_EQ(contract::refusal(this->ws().removeScenario(lean.id)).message,
              fmt::format("no scenario with id {}", lean.id));
    EXPECT_EQ(this->ws().activities(planned.campaign.id), planned.activities);
}

TYPED_TEST_P(WorkspaceContract, RemovingAnActivityRemovesItsAllocations) {
    const auto planned = this->addPlannedCampaign();
    const Scenario lean =
        contract::must(this->ws().addScenario(this->makeScenario(planned, "Lean")));
    ASSERT_TRUE(this->ws().removeActivities({planned.activities[0].id}));
    EXPECT_EQ(contract::must(this->ws().scenario(lean.id)).allocations,
              (std::vector<Allocation>{{planned.activities[2].id, 0}}));
}

// ---- snapshots -------------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, ASnapshotHoldsTheCampaignWithEverythingInIt) {
    const auto planned = this->addPlannedCampaign();
    const Scenario lean =
        contract::must(this->ws().addScenario(this->makeScenario(planned, "Lean")));
    this->addPlannedCampaign("Acme Coffee", "Other"); // not in the snapshot
    const CampaignSnapshot snapshot = contract::must(this->ws().snapshot(planned.campaign.id));
    EXPECT_EQ(snapshot.campaign, planned.campaign);
    EXPECT_EQ(snapshot.activities, planned.activities);
    EXPECT_EQ(snapshot.scenarios, std::vector<Scenario>{lean});
    EXPECT_EQ(
        contract::refusal(this->ws().snapshot(contract::beyond(planned.campaign.id, 10))).message,
        fmt::format("no campaign with id {}", contract::beyond(planned.campaign.id, 10)));
}

TYPED_TEST_P(WorkspaceContract, ARemovedCampaignIsRestoredWithItsIds) {
    const auto planned = this->addPlannedCampaign();
    ASSERT_TRUE(this->ws().addScenario(this->makeScenario(planned, "Lean")));
    const CampaignSnapshot before = contract::must(this->ws().snapshot(planned.campaign.id));
    ASSERT_TRUE(this->ws().removeCampaign(planned.campaign.id));
    auto restored = this->ws().restore(before, true);
    ASSERT_TRUE(restored.has_value()) << restored.error().message;
    EXPECT_EQ(*restored, before);
    EXPECT_EQ(this->ws().snapshot(planned.campaign.id), before);
}

TYPED_TEST_P(WorkspaceContract, ACopyGetsNewIdsAndRemappedAllocations) {
    const auto planned = this->addPlannedCampaign();
    ASSERT_TRUE(this->ws().addScenario(this->makeScenario(planned, "Lean")));
    CampaignSnapshot copy = contract::must(this->ws().snapshot(planned.campaign.id));
    const CampaignSnapshot original = copy;
    copy.campaign.name = "Spring launch (copy)";
    auto stored = this->ws().restore(copy, false);
    ASSERT_TRUE(stored.has_value()) << stored.error().message;
    EXPECT_NE(stored->campaign.id, planned.campaign.id);
    EXPECT_EQ(contract::titles(stored->activities), contract::titles(planned.activities));
    for (std::size_t i = 0; i < planned.activities.size(); ++i) {
        EXPECT_NE(stored->activities[i].id, planned.activities[i].id);
        EXPECT_EQ(stored->activities[i].campaignId, stored->campaign.id);
    }
    ASSERT_EQ(stored->scenarios.size(), 1u);
    EXPECT_NE(stored->scenarios[0].id, original.scenarios[0].id);
    EXPECT_EQ(
        stored->scenarios[0].allocations,
        (std::vector<Allocation>{{stored->activities[0].id, 2.5}, {stored->activities[2].id, 0}}));
    EXPECT_EQ(this->ws().snapshot(stored->campaign.id), *stored);
    EXPECT_EQ(this->ws().snapshot(planned.campaign.id), original);
}

TYPED_TEST_P(WorkspaceContract, ARestoreThatFailsStoresNothing) {
    const auto planned = this->addPlannedCampaign();
    CampaignSnapshot copy = contract::must(this->ws().snapshot(planned.campaign.id));
    copy.campaign.name = "Copy";
    copy.activities.back().cadencePerWeek = 5000;
    EXPECT_EQ(contract::refusal(this->ws().restore(copy, false)).field, "cadence_per_week");
    EXPECT_EQ(contract::campaignNames(this->ws()), std::vector<std::string>{"Spring launch"});

    // A scenario that names an activity outside the snapshot is refused too.
    copy = contract::must(this->ws().snapshot(planned.campaign.id));
    copy.campaign.name = "Copy";
    Scenario stray = this->makeScenario(planned, "Stray");
    stray.allocations = {{contract::beyond(planned.activities[0].id, 1000), 1}};
    copy.scenarios.push_back(stray);
    EXPECT_EQ(contract::refusal(this->ws().restore(copy, false)).field, "hours");
    EXPECT_EQ(contract::campaignNames(this->ws()), std::vector<std::string>{"Spring launch"});
}

// ---- transactions ----------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, ATransactionCommitsEveryCallInIt) {
    Workspace &ws = this->ws();
    auto done = ws.transact([&]() -> Result<void> {
        CASTNET_TRY(const Brand brand, ws.addBrand(contract::makeBrand("Acme Coffee")));
        CASTNET_TRY(const Campaign campaign,
                    ws.addCampaign(contract::makeCampaign(brand.id, "Launch")));
        CASTNET_TRY_VOID(ws.addActivities(campaign.id, {contract::makeActivity("Reel")}));
        return {};
    });
    ASSERT_TRUE(done.has_value()) << done.error().message;
    const auto campaigns = contract::must(ws.campaigns({}));
    ASSERT_EQ(campaigns.size(), 1u);
    EXPECT_EQ(contract::storedTitles(ws, campaigns[0].id), std::vector<std::string>{"Reel"});
}

TYPED_TEST_P(WorkspaceContract, AnErrorInsideATransactionUndoesEveryCallInIt) {
    Workspace &ws = this->ws();
    auto done = ws.transact([&]() -> Result<void> {
        CASTNET_TRY(const Brand brand, ws.addBrand(contract::makeBrand("Acme Coffee")));
        CASTNET_TRY(const Campaign campaign,
                    ws.addCampaign(contract::makeCampaign(brand.id, "Launch")));
        Activity bad = contract::makeActivity("Bad");
        bad.startWeek = 0;
        CASTNET_TRY_VOID(ws.addActivities(campaign.id, {bad}));
        return {};
    });
    EXPECT_EQ(contract::refusal(done).field, "start_week");
    EXPECT_TRUE(contract::must(ws.brands()).empty());
    EXPECT_TRUE(contract::must(ws.campaigns({})).empty());
}

TYPED_TEST_P(WorkspaceContract, AnExceptionInsideATransactionUndoesItAndPropagates) {
    Workspace &ws = this->ws();
    EXPECT_THROW(static_cast<void>(ws.transact([&]() -> Result<void> {
                     EXPECT_TRUE(ws.addBrand(contract::makeBrand("Acme Coffee")));
                     throw std::runtime_error("boom");
                 })),
                 std::runtime_error);
    EXPECT_TRUE(contract::must(ws.brands()).empty());
    EXPECT_TRUE(ws.addBrand(contract::makeBrand("Acme Coffee"))); // still usable
}

TYPED_TEST_P(WorkspaceContract, AFailedCallInsideATransactionUndoesOnlyItself) {
    Workspace &ws = this->ws();
    auto done = ws.transact([&]() -> Result<void> {
        EXPECT_TRUE(ws.addBrand(contract::makeBrand("Acme Coffee")));
        EXPECT_FALSE(ws.addBrand(contract::makeBrand("Acme Coffee")));
        CASTNET_TRY_VOID(ws.addBrand(contract::makeBrand("Bolt Bikes")));
        return {};
    });
    ASSERT_TRUE(done.has_value()) << done.error().message;
    EXPECT_EQ(contract::brandNames(ws), (std::vector<std::string>{"Acme Coffee", "Bolt Bikes"}));
}

TYPED_TEST_P(WorkspaceContract, TransactionsNest) {
    Workspace &ws = this->ws();
    auto done = ws.transact([&]() -> Result<void> {
        EXPECT_TRUE(ws.addBrand(contract::makeBrand("Acme Coffee")));
        auto inner = ws.transact([&]() -> Result<void> {
            EXPECT_TRUE(ws.addBrand(contract::makeBrand("Bolt Bikes")));
            return fail("changed my mind");
        });
        EXPECT_EQ(contract::refusal(inner).message, "changed my mind");
        return {};
    });
    ASSERT_TRUE(done.has_value()) << done.error().message;
    EXPECT_EQ(contract::brandNames(ws), std::vector<std::string>{"Acme Coffee"});
}

TYPED_TEST_P(WorkspaceContract, ReadsInsideATransactionSeeItsWrites) {
    Workspace &ws = this->ws();
    auto done = ws.transact([&]() -> Result<void> {
        CASTNET_TRY(const Brand brand, ws.addBrand(contract::makeBrand("Acme Coffee")));
        EXPECT_EQ(ws.brand(brand.id), brand);
        EXPECT_EQ(contract::brandNames(ws), std::vector<std::string>{"Acme Coffee"});
        return fail("not now");
    });
    EXPECT_FALSE(done.has_value());
    EXPECT_TRUE(contract::must(ws.brands()).empty());
}

// ---- actuals ---------------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, ActualsReadBackByActivityThenWeek) {
    const auto planned = this->addPlannedCampaign();
    const ActivityId reel = planned.activities[0].id;
    const ActivityId story = planned.activities[1].id;
    const std::vector<Actual> actuals{
        {story, 2, 1.5, 0.0, Cents{250}, 12.0, "two posts"},
        {reel, 3, 3.0, 1.0, Cents{0}, std::nullopt, ""},
        {reel, 1, 2.0, 0.5, Cents{1000}, 40.5, ""},
    };
    const ActualsStored stored =
        contract::must(this->ws().storeActuals(planned.campaign.id, actuals));
    EXPECT_EQ(stored.addedWeeks, 3);
    EXPECT_EQ(stored.replacedWeeks, 0);
    const std::vector<Actual> expected{actuals[2], actuals[1], actuals[0]};
    EXPECT_EQ(contract::must(this->ws().actuals(planned.campaign.id)), expected);
}

TYPED_TEST_P(WorkspaceContract, ReimportedWeeksAreReplacedAndCounted) {
    const auto planned = this->addPlannedCampaign();
    const ActivityId reel = planned.activities[0].id;
    contract::must(
        this->ws().storeActuals(planned.campaign.id, {{reel, 1, 2.0, 0.0, Cents{}, 10.0, ""},
                                                      {reel, 2, 2.0, 0.0, Cents{}, 11.0, ""}}));
    // Week 2 again and week 3 new: one replaced, one added, week 1 kept.
    const ActualsStored stored = contract::must(this->ws().storeActuals(
        planned.campaign.id, {{reel, 2, 4.0, 0.0, Cents{}, std::nullopt, "redone"},
                              {reel, 3, 1.0, 0.0, Cents{}, 5.0, ""}}));
    EXPECT_EQ(stored.addedWeeks, 1);
    EXPECT_EQ(stored.replacedWeeks, 1);
    const auto read = contract::must(this->ws().actuals(planned.campaign.id));
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[1].hours, 4.0);
    EXPECT_FALSE(read[1].result.has_value());
    EXPECT_EQ(read[1].note, "redone");
}

TYPED_TEST_P(WorkspaceContract, StoringActualsIsAllOrNothing) {
    const auto planned = this->addPlannedCampaign();
    const auto other = this->addPlannedCampaign("Acme Coffee", "Autumn");
    const ActivityId reel = planned.activities[0].id;
    contract::must(
        this->ws().storeActuals(planned.campaign.id, {{reel, 1, 2.0, 0.0, Cents{}, 10.0, ""}}));
    const auto before = contract::must(this->ws().actuals(planned.campaign.id));
    // A week beyond the 26 weeks, a negative figure, another campaign's activity.
    for (const Actual &bad :
         {Actual{reel, 27, 1.0, 0.0, Cents{}, {}, ""}, Actual{reel, 4, -1.0, 0.0, Cents{}, {}, ""},
          Actual{other.activities[0].id, 4, 1.0, 0.0, Cents{}, {}, ""}}) {
        const Error error = contract::refusal(this->ws().storeActuals(
            planned.campaign.id, {{reel, 5, 1.0, 0.0, Cents{}, 1.0, ""}, bad}));
        EXPECT_FALSE(error.field.empty()) << error.message;
        EXPECT_EQ(contract::must(this->ws().actuals(planned.campaign.id)), before);
    }
}

TYPED_TEST_P(WorkspaceContract, RemovingAnActivityRemovesItsActuals) {
    const auto planned = this->addPlannedCampaign();
    const ActivityId reel = planned.activities[0].id;
    const ActivityId story = planned.activities[1].id;
    contract::must(
        this->ws().storeActuals(planned.campaign.id, {{reel, 1, 2.0, 0.0, Cents{}, 10.0, ""},
                                                      {story, 1, 1.0, 0.0, Cents{}, 3.0, ""}}));
    contract::must(this->ws().removeActivities({reel}));
    const auto read = contract::must(this->ws().actuals(planned.campaign.id));
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].activityId, story);
}

// ---- baselines -------------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, ABaselineFreezesTheCampaignAndEveryActivityField) {
    auto planned = this->addPlannedCampaign();
    const BaselineSummary saved =
        contract::must(this->ws().saveBaseline(planned.campaign.id, "signed off"));
    EXPECT_EQ(saved.name, "signed off");
    EXPECT_EQ(saved.activityCount, 3u);
    EXPECT_FALSE(saved.savedAt.empty());
    const CampaignSnapshot frozen = contract::must(this->ws().snapshot(planned.campaign.id));
    // Re-planning after the save changes the plan, never the baseline.
    Activity changed = planned.activities[0];
    changed.cadencePerWeek = 7;
    contract::must(this->ws().updateActivity(changed));
    contract::must(this->ws().removeActivities({planned.activities[2].id}));
    Campaign longer = planned.campaign;
    longer.weeks = 40;
    contract::must(this->ws().updateCampaign(longer));
    const Baseline baseline =
        contract::must(this->ws().baseline(planned.campaign.id, "signed off"));
    EXPECT_EQ(baseline.summary, saved);
    EXPECT_EQ(baseline.frozen.campaign, frozen.campaign);
    EXPECT_EQ(baseline.frozen.activities, frozen.activities);
    EXPECT_TRUE(baseline.frozen.scenarios.empty());
}

TYPED_TEST_P(WorkspaceContract, BaselinesAreListedOldestFirstAndDeletedByName) {
    const auto planned = this->addPlannedCampaign();
    contract::must(this->ws().saveBaseline(planned.campaign.id, "v2"));
    contract::must(this->ws().saveBaseline(planned.campaign.id, "v1"));
    auto names = [&] {
        std::vector<std::string> list;
        for (const auto &b : contract::must(this->ws().baselines(planned.campaign.id)))
            list.push_back(b.name);
        return list;
    };
    EXPECT_EQ(names(), (std::vector<std::string>{"v2", "v1"}));
    const Error duplicate = contract::refusal(this->ws().saveBaseline(planned.campaign.id, "v1"));
    EXPECT_NE(duplicate.message.find("already has a baseline"), std::string::npos);
    EXPECT_FALSE(
        contract::refusal(this->ws().saveBaseline(planned.campaign.id, " ")).message.empty());
    contract::must(this->ws().removeBaseline(planned.campaign.id, "v2"));
    EXPECT_EQ(names(), (std::vector<std::string>{"v1"}));
    const Error missing = contract::refusal(this->ws().removeBaseline(planned.campaign.id, "v2"));
    EXPECT_EQ(missing.kind, Error::Kind::User);
    EXPECT_EQ(names(), (std::vector<std::string>{"v1"}));
    EXPECT_EQ(contract::refusal(this->ws().baseline(planned.campaign.id, "v2")).kind,
              Error::Kind::User);
}

TYPED_TEST_P(WorkspaceContract, ARestoredBaselineReadsBackAsItWasSaved) {
    auto planned = this->addPlannedCampaign();
    contract::must(this->ws().saveBaseline(planned.campaign.id, "signed off"));
    const Baseline saved = contract::must(this->ws().baseline(planned.campaign.id, "signed off"));
    contract::must(this->ws().removeBaseline(planned.campaign.id, "signed off"));
    Activity changed = planned.activities[1];
    changed.title = "Changed since";
    contract::must(this->ws().updateActivity(changed));
    contract::must(this->ws().restoreBaseline(planned.campaign.id, saved));
    const Baseline restored =
        contract::must(this->ws().baseline(planned.campaign.id, "signed off"));
    EXPECT_EQ(restored.summary, saved.summary);
    EXPECT_EQ(restored.frozen, saved.frozen);
    EXPECT_NE(contract::refusal(this->ws().restoreBaseline(planned.campaign.id, saved))
                  .message.find("already has a baseline"),
              std::string::npos);
}

// ---- calibrations ----------------------------------------------------------

TYPED_TEST_P(WorkspaceContract, ApplyingACalibrationSetsTheFittedParametersAndKeepsTheRecord) {
    const auto planned = this->addPlannedCampaign();
    Activity reel = planned.activities[0];
    reel.response.shape = 2.0;
    contract::must(this->ws().updateActivity(reel));
    CalibrationRecord record;
    record.activityId = reel.id;
    record.calibratedAt = "2026-12-04T10:00:00Z";
    record.weeksWithResults = 9;
    record.fitted = {ResponseParameter::MaxWeeklyReturn, ResponseParameter::Carryover};
    record.parameters.maxWeeklyReturn = 120.5;
    record.parameters.carryover = 0.35;
    record.quality = {12.25, 0.91, 0.08, 0.05};
    record.intervals = {{ResponseParameter::MaxWeeklyReturn, {100.0, 120.0, 140.0}},
                        {ResponseParameter::Carryover, {0.25, 0.35, 0.45}}};
    record.forecastBand = Band{900.0, 1000.0, 1100.0};
    contract::must(this->ws().applyCalibrations(planned.campaign.id, {record}));
    const Activity after = contract::must(this->ws().activity(reel.id));
    EXPECT_EQ(after.response.maxWeeklyReturn, 120.5);
    EXPECT_EQ(after.response.carryover, 0.35);
    EXPECT_EQ(after.response.shape, 2.0);                         // not fitted: kept
    EXPECT_FALSE(after.response.halfSaturationHours.has_value()); // still the track default
    EXPECT_EQ(after.revision, reel.revision + 2); // the update, then the calibration
    const auto records = contract::must(this->ws().calibrations(planned.campaign.id));
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].activityId, reel.id);
    EXPECT_EQ(records[0].calibratedAt, record.calibratedAt);
    EXPECT_EQ(records[0].weeksWithResults, 9);
    EXPECT_EQ(records[0].fitted, record.fitted);
    EXPECT_EQ(records[0].parameters, record.parameters);
    EXPECT_EQ(records[0].quality.r2, 0.91);
    EXPECT_FALSE(records[0].holdout.has_value());
    ASSERT_EQ(records[0].intervals.size(), 2u);
    EXPECT_EQ(records[0].intervals[1].band, (Band{0.25, 0.35, 0.45}));
    EXPECT_EQ(records[0].forecastBand, record.forecastBand);
}

TYPED_TEST_P(WorkspaceContract, ACalibrationOfAnotherCampaignChangesNothing) {
    const auto planned = this->addPlannedCampaign();
    const auto other = this->addPlannedCampaign("Acme Coffee", "Autumn");
    CalibrationRecord good;
    good.activityId = planned.activities[0].id;
    good.fitted = {ResponseParameter::MaxWeeklyReturn};
    good.parameters.maxWeeklyReturn = 50.0;
    CalibrationRecord stranger = good;
    stranger.activityId = other.activities[0].id;
    EXPECT_FALSE(
        contract::refusal(this->ws().applyCalibrations(planned.campaign.id, {good, stranger}))
            .message.empty());
    EXPECT_EQ(contract::must(this->ws().activity(good.activityId)), planned.activities[0]);
    EXPECT_TRUE(contract::must(this->ws().calibrations(planned.campaign.id)).empty());
}

TYPED_TEST_P(WorkspaceContract, RestoredCalibrationRecordsLeaveTheActivitiesAsTheyAre) {
    const auto planned = this->addPlannedCampaign();
    const auto other = this->addPlannedCampaign("Acme Coffee", "Autumn");
    CalibrationRecord record;
    record.activityId = planned.activities[0].id;
    record.calibratedAt = "2026-12-04T10:00:00Z";
    record.fitted = {ResponseParameter::Shape};
    record.parameters.shape = 1.25;
    record.quality.sse = 3.5;
    contract::must(this->ws().restoreCalibrations(planned.campaign.id, {record}));
    EXPECT_EQ(contract::must(this->ws().activity(record.activityId)), planned.activities[0]);
    const auto records = contract::must(this->ws().calibrations(planned.campaign.id));
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].parameters, record.parameters);
    CalibrationRecord stranger = record;
    stranger.activityId = other.activities[0].id;
    EXPECT_EQ(
        contract::refusal(this->ws().restoreCalibrations(planned.campaign.id, {record, stranger}))
            .field,
        "activity_id");
    EXPECT_EQ(contract::must(this->ws().calibrations(planned.campaign.id)).size(), 1u);
}

REGISTER_TYPED_TEST_SUITE_P(
    WorkspaceContract,
    // brands
    ANewWorkspaceHoldsNothing, ABrandReadsBackAsStored, BrandsAreListedByNameWhateverTheirCase,
    ABrandIsFoundByItsExactName, AnUnknownBrandIdIsNotFound, UpdatingABrandChangesItsFields,
    ADuplicateBrandNameIsRefusedAndChangesNothing,
    AnInvalidBrandIsRefusedNamingTheFieldAndChangesNothing,
    UpdatingOrRemovingAnUnknownBrandIsNotFound, ABrandAddedWithAnIdKeepsIt,
    RemovingABrandRemovesEverythingUnderItAndNothingElse,
    // campaigns
    ACampaignReadsBackWithEveryField, CampaignsAreListedByBrandNameThenName,
    CampaignsOfAnUnknownBrandOrIdAreNotFound, ACampaignNameIsUniqueWithinItsBrandOnly,
    ACampaignOfAnUnknownBrandIsRefused, AnInvalidCampaignIsRefusedNamingTheFieldAndChangesNothing,
    UpdatingACampaignChangesItsFields, ACampaignMovesToAnotherBrand,
    ACampaignCannotBeShortenedBelowAnActivity, UpdatingOrRemovingAnUnknownCampaignIsNotFound,
    RemovingACampaignRemovesItsActivitiesAndScenariosOnly,
    // activities
    AnActivityReadsBackWithEveryField, NewActivitiesAreAppendedInTheOrderGiven,
    ALargeBatchIsStoredInOrderWithRisingIds, ActivitiesOfAnUnknownCampaignOrIdAreNotFound,
    AddingActivitiesIsAllOrNothingAndNamesTheBadOne, AnActivityBeyondTheCampaignIsRefused,
    UpdatingAnActivityChangesItAndKeepsItsPlace, AnInvalidActivityUpdateIsRefusedAndChangesNothing,
    AnActivityStaysInItsCampaign, RemovingActivitiesIsAllOrNothing,
    AnActivityRestoredWithItsIdReturnsToItsRow, TheIdOfARemovedActivityIsNeverGivenToAnother,
    AnActivityKeepsItsUidAcrossUpdates, TheRevisionGrowsByOneWithEveryUpdate,
    AChangeMadeOnTheStoredRevisionIsApplied, AChangeMadeOnAnOlderRevisionIsRefusedAndChangesNothing,
    EveryActivityHasItsOwnUid, AGivenUidIsKeptUnlessAnotherActivityHasIt,
    AnActivityRestoredAfterRemovalKeepsItsUid,
    // scenarios
    AScenarioReadsBackWithItsAllocations, ScenariosAreListedByNameWhateverTheirCase,
    ScenariosOfAnUnknownCampaignOrIdAreNotFound, ThePlanNameIsReservedForThePlan,
    AnInvalidScenarioIsRefusedNamingTheField, AScenarioNameIsUniqueInItsCampaignOnly,
    AllocationsMustBelongToTheCampaign, UpdatingAScenarioReplacesNameAndAllocations,
    AFailedScenarioUpdateChangesNothing, RemovingAScenarioLeavesTheOthers,
    RemovingAnActivityRemovesItsAllocations,
    // snapshots
    ASnapshotHoldsTheCampaignWithEverythingInIt, ARemovedCampaignIsRestoredWithItsIds,
    ACopyGetsNewIdsAndRemappedAllocations, ARestoreThatFailsStoresNothing,
    // transactions
    ATransactionCommitsEveryCallInIt, AnErrorInsideATransactionUndoesEveryCallInIt,
    AnExceptionInsideATransactionUndoesItAndPropagates,
    AFailedCallInsideATransactionUndoesOnlyItself, TransactionsNest,
    ReadsInsideATransactionSeeItsWrites,
    // actuals, baselines and calibrations
    ActualsReadBackByActivityThenWeek, ReimportedWeeksAreReplacedAndCounted,
    StoringActualsIsAllOrNothing, RemovingAnActivityRemovesItsActuals,
    ABaselineFreezesTheCampaignAndEveryActivityField, BaselinesAreListedOldestFirstAndDeletedByName,
    ARestoredBaselineReadsBackAsItWasSaved, RestoredCalibrationRecordsLeaveTheActivitiesAsTheyAre,
    ApplyingACalibrationSetsTheFittedParametersAndKeepsTheRecord,
    ACalibrationOfAnotherCampaignChangesNothing);

} // namespace castnet::core
