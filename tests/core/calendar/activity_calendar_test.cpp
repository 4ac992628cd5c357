// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/activity_calendar.h"

#include <cstdio>
#include <map>
#include <memory>
#include <sstream>

#include <gtest/gtest.h>
#include <libical/ical.h>

#include "core/domain/uuid.h"
#include "core/exchange/campaign_export.h"
#include "core/exchange/file_io.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"

namespace castnet::core {
namespace {

using testing::makeActivity;

// 2026-11-25 is a Wednesday: campaign weeks run Wednesday to Tuesday.
Campaign sampleCampaign() {
    Campaign campaign = defaultCampaign("Winter roast", "2026-11-25");
    campaign.weeks = 26;
    return campaign;
}

Activity activity(std::string title, double cadence, int startWeek, int endWeek,
                  double hours = 1.5) {
    Activity a = makeActivity(std::move(title), startWeek, endWeek);
    a.cadencePerWeek = cadence;
    a.hoursPerOccurrence = hours;
    a.uid = newUuid();
    a.revision = 1;
    return a;
}

const auto stamp = std::chrono::sys_seconds(std::chrono::seconds(1'790'000'000));

struct ComponentFree {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

// What libical reads back of one VEVENT, its RRULE expanded.
struct ReadEvent {
    std::string summary;
    std::string categories;
    std::string description;
    int sequence = 0;
    int durationSeconds = 0;
    std::vector<std::string> occurrences; // "2026-12-02 09:00:00"
};

std::string text(icaltimetype time) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", time.year, time.month,
                  time.day, time.hour, time.minute, time.second);
    return buffer;
}

std::vector<std::string> expand(icalcomponent *event) {
    const icaltimetype start = icalcomponent_get_dtstart(event);
    icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (rrule == nullptr)
        return {text(start)};
    std::vector<std::string> occurrences;
    icalrecur_iterator *iterator = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
    for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(iterator))
        occurrences.push_back(text(next));
    icalrecur_iterator_free(iterator);
    return occurrences;
}

// Events by UID, as libical parses the file.
std::map<std::string, ReadEvent> readBack(const std::string &ics) {
    std::unique_ptr<icalcomponent, ComponentFree> calendar(icalparser_parse_string(ics.c_str()));
    EXPECT_NE(calendar, nullptr);
    std::map<std::string, ReadEvent> events;
    if (!calendar)
        return events;
    for (icalcomponent *e =
             icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         e != nullptr;
         e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        ReadEvent read;
        read.summary = icalcomponent_get_summary(e);
        read.description = icalcomponent_get_description(e);
        icalproperty *categories = icalcomponent_get_first_property(e, ICAL_CATEGORIES_PROPERTY);
        read.categories = categories ? icalproperty_get_categories(categories) : "";
        read.sequence = icalcomponent_get_sequence(e);
        read.durationSeconds = icaldurationtype_as_int(icalcomponent_get_duration(e));
        read.occurrences = expand(e);
        events.emplace(icalcomponent_get_uid(e), std::move(read));
    }
    return events;
}

std::string exportOf(const std::vector<Activity> &activities) {
    auto ics = writeActivityCalendar(sampleCampaign(), activities, stamp);
    EXPECT_TRUE(ics.has_value()) << ics.error().message;
    return ics.value_or("");
}

TEST(ActivityCalendarTest, TheFileIsAVersion2CalendarFromCastnet) {
    const std::string ics = exportOf({activity("Reel", 1, 1, 2)});
    EXPECT_TRUE(ics.starts_with("BEGIN:VCALENDAR\r\n")) << ics;
    EXPECT_NE(ics.find("\r\nPRODID:-//Castnet//Castnet//EN\r\n"), std::string::npos) << ics;
    EXPECT_NE(ics.find("\r\nVERSION:2.0\r\n"), std::string::npos) << ics;
    EXPECT_NE(ics.find("\r\nDTSTAMP:"), std::string::npos) << ics;
}

TEST(ActivityCalendarTest, ThreeAWeekGivesThreeEventsInEveryWeek) {
    const Activity reel = activity("Reel", 3, 2, 5);
    const auto events = readBack(exportOf({reel}));
    ASSERT_EQ(events.size(), 1u);
    const ReadEvent &event = events.at(reel.uid);
    // 3 a week (Mon, Wed, Fri) for weeks 2 to 5: 3 * 4 = 12. Week 2 runs from
    // Wed 2 Dec to Tue 8 Dec; week 5 from Wed 23 Dec to Tue 29 Dec.
    ASSERT_EQ(event.occurrences.size(), 12u);
    EXPECT_EQ(event.occurrences.front(), "2026-12-02 09:00:00"); // Wednesday
    EXPECT_EQ(event.occurrences[1], "2026-12-04 09:00:00");      // Friday
    EXPECT_EQ(event.occurrences[2], "2026-12-07 09:00:00");      // Monday
    EXPECT_EQ(event.occurrences.back(), "2026-12-28 09:00:00");  // the Monday of week 5
    EXPECT_EQ(event.durationSeconds, 5400);                      // 1.5 h = 5400 s
}

TEST(ActivityCalendarTest, EveryOccurrenceCountMatchesTheCadence) {
    const std::vector<Activity> activities{
        activity("Twice", 2, 1, 26),         // 2 * 26 weeks = 52
        activity("Rounded", 1.5, 1, 1),      // round(1.5) = 2 in one week
        activity("Fortnightly", 0.5, 1, 6),  // weeks 1, 3, 5 = 3
        activity("Every third", 0.3, 1, 26), // round(1 / 0.3) = 3: weeks 1, 4, ..., 25 = 9
        activity("Daily", 7, 3, 4),          // 7 * 2 = 14
        activity("Busy", 10, 1, 2),          // more than 7: one a day, 7 * 2 = 14
    };
    const std::vector<std::size_t> expected{52, 2, 3, 9, 14, 14};
    const auto events = readBack(exportOf(activities));
    ASSERT_EQ(events.size(), activities.size());
    for (std::size_t i = 0; i < activities.size(); ++i)
        EXPECT_EQ(events.at(activities[i].uid).occurrences.size(), expected[i])
            << activities[i].title;
    // The fortnightly one falls on the Monday of weeks 1, 3 and 5:
    // 30 Nov, 30 Nov + 14 = 14 Dec, 28 Dec.
    EXPECT_EQ(events.at(activities[2].uid).occurrences,
              (std::vector<std::string>{"2026-11-30 09:00:00", "2026-12-14 09:00:00",
                                        "2026-12-28 09:00:00"}));
    EXPECT_NE(events.at(activities[5].uid)
                  .description.find("10 occurrences a week, shown as one "
                                    "event a day"),
              std::string::npos);
}

TEST(ActivityCalendarTest, AnActivityOfCadenceZeroHasNoEventAndOneOfZeroHoursIsAMoment) {
    const Activity idle = activity("Paused", 0, 1, 4);
    const Activity automated = activity("Scheduled post", 1, 1, 3, 0);
    const auto events = readBack(exportOf({idle, automated}));
    EXPECT_FALSE(events.contains(idle.uid));
    ASSERT_TRUE(events.contains(automated.uid));
    EXPECT_EQ(events.at(automated.uid).occurrences.size(), 3u); // once a week for 3 weeks
    EXPECT_EQ(events.at(automated.uid).durationSeconds, 0);
}

TEST(ActivityCalendarTest, TheEventTellsChannelTitleTrackGoalFormatAndNotes) {
    Activity forum = activity("Answer brewing questions, daily; \u2615", 4, 1, 2, 0.75);
    forum.channel = "Reddit r/coffee";
    forum.format = Format::ThreadReply;
    forum.interaction = Interaction::Community;
    forum.goal = Goal::Relationships;
    forum.notes = "Line one\nline two";
    forum.trackOverride = Track::Networking;
    forum.revision = 4;
    const auto events = readBack(exportOf({forum}));
    const ReadEvent &event = events.at(forum.uid);
    EXPECT_EQ(event.summary, "Reddit r/coffee: Answer brewing questions, daily; \u2615");
    EXPECT_EQ(event.categories, "networking");
    EXPECT_EQ(event.description, "Goal: relationships\nFormat: thread_reply\n\nLine one\nline two");
    EXPECT_EQ(event.sequence, 4);
    EXPECT_EQ(event.durationSeconds, 2700); // 0.75 h = 45 min
}

TEST(ActivityCalendarTest, AStartDateThatIsNotADateIsRefused) {
    Campaign campaign = sampleCampaign();
    campaign.startDate = "someday";
    auto ics = writeActivityCalendar(campaign, {activity("Reel", 1, 1, 2)}, stamp);
    ASSERT_FALSE(ics.has_value());
    EXPECT_EQ(ics.error().field, "start_date");
}

// ---- through the workspace -------------------------------------------------

class CalendarExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = testing::openWorkspace(dir.file("castnet.db"));
        ASSERT_NE(workspace, nullptr);
        const Brand brand = workspace->addBrand(testing::makeBrand("Acme Coffee")).value();
        Campaign campaign = sampleCampaign();
        campaign.brandId = brand.id;
        campaignId = workspace->addCampaign(campaign).value().id;
        stored = workspace
                     ->addActivities(campaignId,
                                     {makeActivity("Reel", 1, 4), makeActivity("Story", 2, 6)})
                     .value();
    }

    std::map<std::string, ReadEvent> exported() {
        auto ics = exportCampaign(*workspace, campaignId, ExchangeFormat::Ics);
        EXPECT_TRUE(ics.has_value()) << ics.error().message;
        return readBack(ics.value_or(""));
    }

    testing::TempDir dir;
    std::unique_ptr<SqliteWorkspace> workspace;
    CampaignId campaignId{};
    std::vector<Activity> stored;
};

TEST_F(CalendarExportTest, UidsAreTheActivitiesAndStayTheSameAcrossExports) {
    const auto first = exported();
    const auto second = exported();
    ASSERT_EQ(first.size(), 2u);
    for (const Activity &activity : stored) {
        EXPECT_TRUE(first.contains(activity.uid)) << activity.uid;
        EXPECT_TRUE(second.contains(activity.uid)) << activity.uid;
    }
}

TEST_F(CalendarExportTest, AnEditRaisesTheSequenceOfThatEventOnly) {
    EXPECT_EQ(exported().at(stored[0].uid).sequence, 1);
    Activity reel = stored[0];
    reel.title = "Weekly reel";
    ASSERT_TRUE(workspace->updateActivity(reel));
    const auto after = exported();
    EXPECT_EQ(after.at(reel.uid).sequence, 2);
    EXPECT_EQ(after.at(reel.uid).summary, "Instagram: Weekly reel");
    EXPECT_EQ(after.at(stored[1].uid).sequence, 1);
}

// ---- a second, independent parser ------------------------------------------

// The first python3 that has the icalendar module, or nothing.
std::optional<std::string> pythonWithIcalendar() {
    for (const char *python : {"python3", "/usr/bin/python3"}) {
        const std::string probe =
            std::string(python) + " -c 'import icalendar, dateutil' >/dev/null 2>&1";
        if (std::system(probe.c_str()) == 0)
            return std::string(python);
    }
    return std::nullopt;
}

std::string run(const std::string &command) {
    std::string output;
    FILE *pipe = popen(command.c_str(), "r");
    if (pipe == nullptr)
        return output;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr)
        output += buffer;
    pclose(pipe);
    return output;
}

TEST(ActivityCalendarPythonTest, PythonsIcalendarReadsTheSameEventsAndOccurrences) {
    const auto python = pythonWithIcalendar();
    if (!python)
        GTEST_SKIP() << "python3 with the icalendar module (python3-icalendar) is not installed";
    Activity reel = activity("Reel \u2615, with a comma", 3, 2, 5); // 3 * 4 = 12
    reel.revision = 3;
    const Activity fortnightly = activity("Fortnightly", 0.5, 1, 6); // weeks 1, 3, 5
    testing::TempDir dir;
    const std::string path = dir.file("plan.ics");
    ASSERT_TRUE(writeFileAtomically(path, exportOf({reel, fortnightly})));
    const std::string output = run(*python + " " + CASTNET_ICS_CHECK_SCRIPT + " " + path + " 2>&1");
    EXPECT_EQ(output, reel.uid +
                          "\t3\t12\t2026-12-02T09:00:00\t2026-12-28T09:00:00\t"
                          "Instagram: Reel \u2615, with a comma\n" +
                          fortnightly.uid +
                          "\t1\t3\t2026-11-30T09:00:00\t2026-12-28T09:00:00\tInstagram: "
                          "Fortnightly\n");
}

} // namespace
} // namespace castnet::core
