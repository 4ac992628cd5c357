// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/campaign_json.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/domain/activity_field.h"
#include "core/domain/text_limits.h"
#include "core/domain/uuid.h"
#include "core/text/number_format.h"
#include "core/text/one_line_message.h"

namespace castnet::core {

namespace {

// Keys keep the order they are written in, so the file reads like the CSV.
using Json = nlohmann::ordered_json;

constexpr std::string_view documentFormat = "castnet.campaign";
// Version 2 adds each activity's uid and revision; version 1 files, which
// have neither, are still read.
constexpr int documentVersion = 2;

std::string key(ActivityField field) {
    return std::string(columnName(field));
}

// ---------------------------------------------------------------- writing

Json optionalNumber(const std::optional<double> &value) {
    return value ? Json(*value) : Json(nullptr);
}

Json brandJson(const Brand &brand) {
    Json json = Json::object();
    json["id"] = brand.id;
    json["name"] = brand.name;
    json["industry"] = brand.industry;
    json["audience"] = brand.audience;
    json["notes"] = brand.notes;
    return json;
}

Json campaignJson(const Campaign &campaign) {
    Json json = Json::object();
    json["id"] = campaign.id;
    json["name"] = campaign.name;
    json["objective"] = toString(campaign.objective);
    json["start_date"] = campaign.startDate;
    json["weeks"] = campaign.weeks;
    json["capacity_hours_per_week"] = campaign.capacityHoursPerWeek;
    json["budget_per_week"] =
        campaign.budgetPerWeek ? Json(campaign.budgetPerWeek->units()) : Json(nullptr);
    json["currency"] = campaign.currency;
    json["return_unit"] = campaign.returnUnit;
    json["automation_saving"] = campaign.automationSaving;
    return json;
}

Json activityJson(const Activity &a) {
    using F = ActivityField;
    Json json = Json::object();
    json["id"] = a.id;
    json[key(F::Channel)] = a.channel;
    json[key(F::Title)] = a.title;
    json[key(F::Format)] = toString(a.format);
    json[key(F::Interaction)] = toString(a.interaction);
    json[key(F::Automated)] = a.automated;
    json[key(F::Goal)] = toString(a.goal);
    json[key(F::CadencePerWeek)] = a.cadencePerWeek;
    json[key(F::HoursPerOccurrence)] = a.hoursPerOccurrence;
    json[key(F::SetupHours)] = a.setupHours;
    json[key(F::CostPerOccurrence)] = a.costPerOccurrence.units();
    json[key(F::StartWeek)] = a.startWeek;
    json[key(F::EndWeek)] = a.endWeek;
    json[key(F::MaxWeeklyReturn)] = optionalNumber(a.response.maxWeeklyReturn);
    json[key(F::HalfSaturationHours)] = optionalNumber(a.response.halfSaturationHours);
    json[key(F::Shape)] = optionalNumber(a.response.shape);
    json[key(F::Carryover)] = optionalNumber(a.response.carryover);
    json[key(F::Track)] = a.trackOverride ? Json(toString(*a.trackOverride)) : Json(nullptr);
    json[key(F::Notes)] = a.notes;
    // An activity that was never stored has neither yet.
    if (!a.uid.empty())
        json["uid"] = a.uid;
    if (a.revision != 0)
        json["revision"] = a.revision;
    return json;
}

Json scenarioJson(const Scenario &scenario) {
    Json allocations = Json::array();
    for (const Allocation &allocation : scenario.allocations) {
        Json json = Json::object();
        json["activity_id"] = allocation.activityId;
        json["hours"] = allocation.hours;
        allocations.push_back(std::move(json));
    }
    Json json = Json::object();
    json["id"] = scenario.id;
    json["name"] = scenario.name;
    json["allocations"] = std::move(allocations);
    return json;
}

// ---------------------------------------------------------------- reading

std::string describeType(const Json &value) {
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case Json::value_t::string:
        return "text";
    case Json::value_t::array:
        return "a list";
    case Json::value_t::object:
        return "an object";
    default:
        return "a number";
    }
}

std::string memberPath(const std::string &path, std::string_view name) {
    return path.empty() ? std::string(name) : fmt::format("{}.{}", path, name);
}

std::string elementPath(const std::string &path, std::size_t index) {
    return fmt::format("{}[{}]", path, index);
}

tl::unexpected<Error> refuseAt(const std::string &path, std::string_view reason) {
    return fail(oneLineMessage(fmt::format("{}: {}", path, reason)), path);
}

// The domain's validate() messages start with the field name ("weeks must
// be ..."); the JSON path in front already names it.
std::string_view reasonOnly(std::string_view message, std::string_view field) {
    for (const std::string_view prefix : {std::string_view("brand "), field}) {
        if (!prefix.empty() && message.starts_with(prefix))
            message.remove_prefix(prefix.size());
    }
    while (message.starts_with(' ') || message.starts_with(':'))
        message.remove_prefix(1);
    return message;
}

tl::unexpected<Error> refuseInvalid(const std::string &path, const Error &error) {
    if (error.field.empty())
        return refuseAt(path, error.message);
    return refuseAt(memberPath(path, error.field), reasonOnly(error.message, error.field));
}

// Reads the members of one JSON object. The first problem is kept and every
// later read returns a default, so a caller reads all members in a row and
// checks once at the end; finish() then refuses members nobody asked for.
class ObjectReader {
public:
    ObjectReader(const Json &value, std::string path)
        : m_value(value)
        , m_path(std::move(path)) {
        if (!value.is_object())
            m_error = Error::user(oneLineMessage(fmt::format("{}: must be an object, not {}",
                                                             m_path, describeType(value))),
                                  m_path);
    }

    const std::optional<Error> &error() const { return m_error; }

    std::string pathOf(std::string_view name) const { return memberPath(m_path, name); }

    const Json *member(std::string_view name) {
        if (m_error)
            return nullptr;
        m_read.emplace(name);
        const auto found = m_value.find(name);
        if (found == m_value.end()) {
            refuse(name, "is missing");
            return nullptr;
        }
        return &*found;
    }

    std::string text(std::string_view name) {
        const Json *value = member(name);
        if (!value)
            return {};
        if (!value->is_string()) {
            refuseType(name, "text", *value);
            return {};
        }
        return value->get<std::string>();
    }

    bool boolean(std::string_view name) {
        const Json *value = member(name);
        if (!value)
            return false;
        if (!value->is_boolean()) {
            refuseType(name, "true or false", *value);
            return false;
        }
        return value->get<bool>();
    }

    double number(std::string_view name) {
        const Json *value = member(name);
        return value ? numberFrom(name, *value) : 0.0;
    }

    std::optional<double> optionalNumber(std::string_view name) {
        const Json *value = member(name);
        if (!value || value->is_null())
            return std::nullopt;
        return numberFrom(name, *value);
    }

    // A whole number of at least `minimum`; the domain checks the real range.
    std::int64_t wholeNumber(std::string_view name, std::int64_t minimum) {
        const double value = number(name);
        if (m_error)
            return 0;
        if (value != std::floor(value)) {
            refuse(name, fmt::format("must be a whole number, not {}", value));
            return 0;
        }
        if (value < static_cast<double>(minimum)) {
            refuse(name, fmt::format("must be at least {}, not {}", minimum, value));
            return 0;
        }
        // Far beyond any week or id, yet exact in a double.
        if (value > 1e15) {
            refuse(name, fmt::format("is too large: {}", value));
            return 0;
        }
        return static_cast<std::int64_t>(value);
    }

    int week(std::string_view name) {
        const std::int64_t value = wholeNumber(name, std::numeric_limits<int>::min());
        if (value > std::numeric_limits<int>::max()) {
            refuse(name, fmt::format("is too large: {}", value));
            return 0;
        }
        return static_cast<int>(value);
    }

    Cents money(std::string_view name) {
        const Json *value = member(name);
        if (!value)
            return {};
        return moneyFrom(name, *value).value_or(Cents());
    }

    std::optional<Cents> optionalMoney(std::string_view name) {
        const Json *value = member(name);
        if (!value || value->is_null())
            return std::nullopt;
        return moneyFrom(name, *value);
    }

    template<class Enum> std::optional<Enum> optionalWord(std::string_view name, bool allowNull) {
        const Json *value = member(name);
        if (!value || (allowNull && value->is_null()))
            return std::nullopt;
        if (!value->is_string()) {
            refuseType(name, "text", *value);
            return std::nullopt;
        }
        const auto &text = value->get_ref<const std::string &>();
        const std::optional<Enum> parsed = parseEnum<Enum>(text);
        if (!parsed)
            refuse(name, fmt::format("\"{}\" is not one of: {}", text, acceptedWords<Enum>()));
        return parsed;
    }

    template<class Enum> Enum word(std::string_view name) {
        return optionalWord<Enum>(name, false).value_or(Enum{});
    }

    // Whether the object has the member `name`, for the few that may be absent.
    bool has(std::string_view name) const {
        return !m_error && m_value.is_object() && m_value.contains(name);
    }

    const Json &list(std::string_view name) {
        static const Json empty = Json::array();
        const Json *value = member(name);
        if (!value)
            return empty;
        if (!value->is_array()) {
            refuseType(name, "a list", *value);
            return empty;
        }
        return *value;
    }

    void refuse(std::string_view name, std::string_view reason) {
        if (!m_error)
            m_error = refuseAt(pathOf(name), reason).value();
    }

    // Unknown members are refused: a misspelt optional field must not be
    // silently dropped.
    void finish() {
        if (m_error)
            return;
        for (const auto &[name, value] : m_value.items()) {
            if (!m_read.contains(name)) {
                refuse(name, "is not a field Castnet knows");
                return;
            }
        }
    }

private:
    void refuseType(std::string_view name, std::string_view expected, const Json &value) {
        refuse(name, fmt::format("must be {}, not {}", expected, describeType(value)));
    }

    double numberFrom(std::string_view name, const Json &value) {
        if (!value.is_number()) {
            refuseType(name, "a number", value);
            return 0.0;
        }
        const double number = value.get<double>();
        // JSON has no infinity, but 1e999 parses to one.
        if (!std::isfinite(number)) {
            refuse(name, "must be a finite number");
            return 0.0;
        }
        return number;
    }

    // Amounts are written in currency units; two decimals at most keep them exact.
    std::optional<Cents> moneyFrom(std::string_view name, const Json &value) {
        const double units = numberFrom(name, value);
        if (m_error)
            return std::nullopt;
        if (units < 0 || units > static_cast<double>(Cents::maxUnits)) {
            refuse(name, fmt::format("must be between 0 and {}, not {}", Cents::maxUnits, units));
            return std::nullopt;
        }
        const std::int64_t cents = std::llround(units * 100.0);
        // The double nearest to an amount with two decimals is exactly cents / 100.
        if (static_cast<double>(cents) / 100.0 != units) {
            refuse(name, fmt::format("must have at most 2 decimals, not {}", units));
            return std::nullopt;
        }
        return Cents(cents);
    }

    const Json &m_value;
    std::string m_path;
    std::set<std::string, std::less<>> m_read;
    std::optional<Error> m_error;
};

Result<void> checked(const ObjectReader &reader) {
    if (reader.error())
        return tl::unexpected(*reader.error());
    return {};
}

Result<Brand> readBrand(const Json &value) {
    ObjectReader reader(value, "brand");
    Brand brand;
    brand.id = BrandId(reader.wholeNumber("id", 0));
    brand.name = reader.text("name");
    brand.industry = reader.text("industry");
    brand.audience = reader.text("audience");
    brand.notes = reader.text("notes");
    reader.finish();
    if (auto ok = checked(reader); !ok)
        return tl::unexpected(ok.error());
    if (auto valid = validate(brand); !valid)
        return refuseInvalid("brand", valid.error());
    return brand;
}

Result<Campaign> readCampaign(const Json &value, BrandId brand) {
    ObjectReader reader(value, "campaign");
    Campaign campaign;
    campaign.id = CampaignId(reader.wholeNumber("id", 0));
    campaign.brandId = brand;
    campaign.name = reader.text("name");
    campaign.objective = reader.word<Objective>("objective");
    campaign.startDate = reader.text("start_date");
    campaign.weeks = reader.week("weeks");
    campaign.capacityHoursPerWeek = reader.number("capacity_hours_per_week");
    campaign.budgetPerWeek = reader.optionalMoney("budget_per_week");
    campaign.currency = reader.text("currency");
    campaign.returnUnit = reader.text("return_unit");
    campaign.automationSaving = reader.number("automation_saving");
    reader.finish();
    if (auto ok = checked(reader); !ok)
        return tl::unexpected(ok.error());
    if (auto valid = validate(campaign); !valid)
        return refuseInvalid("campaign", valid.error());
    return campaign;
}

// A uid is compared without regard to case, so it is kept in lowercase.
std::string lowercaseUid(ObjectReader &reader, std::string uid) {
    if (!isUuid(uid)) {
        reader.refuse(
            "uid", fmt::format("\"{}\" is not a UUID (8-4-4-4-12 hex digits)", uid.substr(0, 40)));
        return {};
    }
    for (char &c : uid)
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return uid;
}

Result<Activity> readActivity(const Json &value, const std::string &path,
                              const Campaign &campaign) {
    using F = ActivityField;
    ObjectReader reader(value, path);
    Activity a;
    a.id = ActivityId(reader.wholeNumber("id", 1));
    a.campaignId = campaign.id;
    a.channel = reader.text(key(F::Channel));
    a.title = reader.text(key(F::Title));
    a.format = reader.word<Format>(key(F::Format));
    a.interaction = reader.word<Interaction>(key(F::Interaction));
    a.automated = reader.boolean(key(F::Automated));
    a.goal = reader.word<Goal>(key(F::Goal));
    a.cadencePerWeek = reader.number(key(F::CadencePerWeek));
    a.hoursPerOccurrence = reader.number(key(F::HoursPerOccurrence));
    a.setupHours = reader.number(key(F::SetupHours));
    a.costPerOccurrence = reader.money(key(F::CostPerOccurrence));
    a.startWeek = reader.week(key(F::StartWeek));
    a.endWeek = reader.week(key(F::EndWeek));
    a.response.maxWeeklyReturn = reader.optionalNumber(key(F::MaxWeeklyReturn));
    a.response.halfSaturationHours = reader.optionalNumber(key(F::HalfSaturationHours));
    a.response.shape = reader.optionalNumber(key(F::Shape));
    a.response.carryover = reader.optionalNumber(key(F::Carryover));
    a.trackOverride = reader.optionalWord<Track>(key(F::Track), true);
    a.notes = reader.text(key(F::Notes));
    // Files written before uids existed have none; the workspace gives one.
    if (reader.has("uid"))
        a.uid = lowercaseUid(reader, reader.text("uid"));
    if (reader.has("revision"))
        a.revision = reader.wholeNumber("revision", 1);
    reader.finish();
    if (auto ok = checked(reader); !ok)
        return tl::unexpected(ok.error());
    if (auto valid = validate(a, campaign); !valid)
        return refuseInvalid(path, valid.error());
    return a;
}

Result<std::vector<Activity>> readActivities(const Json &list, const Campaign &campaign) {
    std::vector<Activity> activities;
    activities.reserve(list.size());
    std::unordered_set<ActivityId> ids;
    std::unordered_set<std::string> uids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = elementPath("activities", i);
        auto activity = readActivity(list[i], path, campaign);
        if (!activity)
            return tl::unexpected(activity.error());
        if (!ids.insert(activity->id).second)
            return refuseAt(memberPath(path, "id"),
                            fmt::format("{} is the id of an earlier activity", activity->id));
        if (!activity->uid.empty() && !uids.insert(activity->uid).second)
            return refuseAt(memberPath(path, "uid"),
                            fmt::format("{} is the uid of an earlier activity", activity->uid));
        activities.push_back(std::move(*activity));
    }
    return activities;
}

bool isPlanName(std::string_view name) {
    name = trim(name);
    return name.size() == 4 && std::equal(name.begin(), name.end(), "plan", [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
           });
}

Result<Allocation> readAllocation(const Json &value, const std::string &path,
                                  const std::unordered_set<ActivityId> &activityIds) {
    ObjectReader reader(value, path);
    Allocation allocation;
    allocation.activityId = ActivityId(reader.wholeNumber("activity_id", 1));
    allocation.hours = reader.number("hours");
    reader.finish();
    if (auto ok = checked(reader); !ok)
        return tl::unexpected(ok.error());
    if (!activityIds.contains(allocation.activityId))
        return refuseAt(
            reader.pathOf("activity_id"),
            fmt::format("no activity in the file has the id {}", allocation.activityId));
    // Checked here, where the value still has its place in the file: after
    // the import the workspace knows the activity only by its new id.
    if (auto hours = checkAllocationHours(allocation.hours); !hours)
        return refuseAt(reader.pathOf("hours"), hours.error().message);
    return allocation;
}

Result<Scenario> readScenario(const Json &value, const std::string &path, const Campaign &campaign,
                              const std::unordered_set<ActivityId> &activityIds) {
    ObjectReader reader(value, path);
    Scenario scenario;
    scenario.id = ScenarioId(reader.wholeNumber("id", 0));
    scenario.campaignId = campaign.id;
    scenario.name = reader.text("name");
    const Json &allocations = reader.list("allocations");
    reader.finish();
    if (auto ok = checked(reader); !ok)
        return tl::unexpected(ok.error());
    if (trim(scenario.name).empty())
        return refuseAt(reader.pathOf("name"), "must not be empty");
    if (scenario.name.find('\0') != std::string::npos)
        return refuseAt(reader.pathOf("name"), "must not contain a NUL character");
    if (characterCount(scenario.name) > textLimits::name)
        return refuseAt(reader.pathOf("name"), tooLong(textLimits::name, scenario.name));
    if (isPlanName(scenario.name))
        return refuseAt(reader.pathOf("name"),
                        "\"plan\" is the plan itself; give the scenario another name");

    std::unordered_set<ActivityId> allocated;
    for (std::size_t i = 0; i < allocations.size(); ++i) {
        const std::string allocationPath = elementPath(reader.pathOf("allocations"), i);
        auto allocation = readAllocation(allocations[i], allocationPath, activityIds);
        if (!allocation)
            return tl::unexpected(allocation.error());
        if (!allocated.insert(allocation->activityId).second)
            return refuseAt(memberPath(allocationPath, "activity_id"),
                            fmt::format("activity {} already has hours in this scenario",
                                        allocation->activityId));
        scenario.allocations.push_back(*allocation);
    }
    return scenario;
}

Result<std::vector<Scenario>> readScenarios(const Json &list, const Campaign &campaign,
                                            const std::vector<Activity> &activities) {
    std::unordered_set<ActivityId> activityIds;
    for (const Activity &activity : activities)
        activityIds.insert(activity.id);
    std::vector<Scenario> scenarios;
    std::set<std::string, std::less<>> names;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = elementPath("scenarios", i);
        auto scenario = readScenario(list[i], path, campaign, activityIds);
        if (!scenario)
            return tl::unexpected(scenario.error());
        if (!names.insert(scenario->name).second)
            return refuseAt(
                memberPath(path, "name"),
                fmt::format("\"{}\" is the name of an earlier scenario", scenario->name));
        scenarios.push_back(std::move(*scenario));
    }
    return scenarios;
}

Result<void> checkFormat(ObjectReader &reader) {
    const std::string format = reader.text("format");
    if (!reader.error() && format != documentFormat)
        reader.refuse("format", fmt::format("\"{}\" is not a Castnet campaign file (\"{}\")",
                                            format, documentFormat));
    const std::int64_t version = reader.wholeNumber("version", 1);
    if (!reader.error() && version > documentVersion)
        reader.refuse("version",
                      fmt::format("the file was written by a newer Castnet (version {}); this "
                                  "one reads version {}",
                                  version, documentVersion));
    return checked(reader);
}

// A key given twice in one object, found while parsing; `path` names it.
struct DuplicateKey {
    std::string path;
};

// Follows the parser through the document to know where it is, and stops it
// at the first key an object already has: JSON parsers disagree on which of
// the two values counts, so neither is taken.
class DuplicateKeyGuard {
public:
    bool operator()(int, Json::parse_event_t event, Json &parsed) {
        using Event = Json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            m_frames.push_back(Frame{event == Event::array_start, 0, {}, {}});
            break;
        case Event::key: {
            Frame &object = m_frames.back();
            object.key = parsed.get<std::string>();
            if (!object.keys.insert(object.key).second)
                throw DuplicateKey{path()};
            break;
        }
        case Event::object_end:
        case Event::array_end:
            m_frames.pop_back();
            countElement();
            break;
        case Event::value:
            countElement();
            break;
        }
        return true;
    }

private:
    struct Frame {
        bool array = false;
        std::size_t count = 0; // elements so far, in an array
        std::string key;       // the key being read, in an object
        std::set<std::string, std::less<>> keys;
    };

    void countElement() {
        if (!m_frames.empty() && m_frames.back().array)
            ++m_frames.back().count;
    }

    // The path of the value being read, as the readers below name fields.
    std::string path() const {
        std::string out;
        for (const Frame &frame : m_frames)
            out = frame.array ? elementPath(out, frame.count) : memberPath(out, frame.key);
        return out;
    }

    std::vector<Frame> m_frames;
};

Result<Json> parseJson(std::string_view text) {
    try {
        return Json::parse(text, DuplicateKeyGuard());
    } catch (const DuplicateKey &duplicate) {
        return refuseAt(duplicate.path, "this key is given twice in the same object; give it once");
    } catch (const Json::parse_error &error) {
        // "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
        std::string_view what = error.what();
        const std::size_t at = what.find(" at line ");
        what = at == std::string_view::npos ? std::string_view("") : what.substr(at);
        return fail(oneLineMessage(fmt::format("not valid JSON{}", what)));
    } catch (const Json::exception &error) {
        // "[json.exception.out_of_range.406] number overflow parsing '1e999'"
        std::string_view what = error.what();
        what.remove_prefix(std::min(what.size(), what.find("] ") + 2));
        return fail(oneLineMessage(fmt::format("not valid JSON: {}", what)));
    }
}

} // namespace

std::string writeCampaignJson(const Brand &brand, const CampaignSnapshot &snapshot) {
    Json document = Json::object();
    document["format"] = documentFormat;
    document["version"] = documentVersion;
    document["brand"] = brandJson(brand);
    document["campaign"] = campaignJson(snapshot.campaign);
    Json activities = Json::array();
    for (const Activity &activity : snapshot.activities)
        activities.push_back(activityJson(activity));
    document["activities"] = std::move(activities);
    Json scenarios = Json::array();
    for (const Scenario &scenario : snapshot.scenarios)
        scenarios.push_back(scenarioJson(scenario));
    document["scenarios"] = std::move(scenarios);
    // Text of a stored campaign is valid UTF-8; replace keeps a writer that
    // cannot fail from throwing should that ever not hold.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<CampaignSnapshot> readCampaignJson(std::string_view text) {
    auto document = parseJson(text);
    if (!document)
        return tl::unexpected(document.error());
    if (!document->is_object())
        return fail(
            fmt::format("the file must hold a JSON object, not {}", describeType(*document)));

    ObjectReader root(*document, "");
    if (auto ok = checkFormat(root); !ok)
        return tl::unexpected(ok.error());
    const Json *brandValue = root.member("brand");
    const Json *campaignValue = root.member("campaign");
    const Json &activityList = root.list("activities");
    const Json &scenarioList = root.list("scenarios");
    root.finish();
    if (auto ok = checked(root); !ok)
        return tl::unexpected(ok.error());

    auto brand = readBrand(*brandValue);
    if (!brand)
        return tl::unexpected(brand.error());
    CampaignSnapshot snapshot;
    auto campaign = readCampaign(*campaignValue, brand->id);
    if (!campaign)
        return tl::unexpected(campaign.error());
    snapshot.campaign = std::move(*campaign);
    auto activities = readActivities(activityList, snapshot.campaign);
    if (!activities)
        return tl::unexpected(activities.error());
    snapshot.activities = std::move(*activities);
    auto scenarios = readScenarios(scenarioList, snapshot.campaign, snapshot.activities);
    if (!scenarios)
        return tl::unexpected(scenarios.error());
    snapshot.scenarios = std::move(*scenarios);
    return snapshot;
}

} // namespace castnet::core
