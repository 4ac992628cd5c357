// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/activity_table_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <utility>

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QStringList>

#include "core/analysis/classification.h"
#include "core/domain/money.h"
#include "core/domain/try.h"
#include "core/text/week_label.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/field_label.h"
#include "ui/editor/typed_number.h"

namespace castnet::ui {

namespace {

constexpr int refreshOneByOneLimit = 8;

struct ColumnText {
    const char *header;
    const char *help;
};

// Header and its tooltip; the tooltip names the CSV column too.
constexpr std::array<ColumnText, ActivityTableModel::ColumnCount> columnTexts{{
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Channel"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "Where it happens: Instagram, LinkedIn group…")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Title"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "What the activity is")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Format"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "The kind of content")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Interaction"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "broadcast: one-to-many; dialogue: one-to-one; community: many-to-many")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Automated"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "Scheduled ahead, saving team hours (media only)")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Goal"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "What the activity is for")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Per week"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Occurrences per week, 0 to 1000")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Hours each"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Hours per occurrence, 0 to 168")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Setup h"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Hours once, in the start week")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Cost each"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "Cost per occurrence, at most 2 decimals")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "From wk"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "First campaign week, 1-based")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "To wk"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Last campaign week, inclusive")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Max return"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "Highest weekly return (blank: the track default)")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Half-sat. h"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "Weekly hours giving half the maximum return (blank: the track default)")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Shape"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "Above 1: slow start, S-shaped; 1 or less: diminishing from the first "
                       "hour (blank: the track default)")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Carry-over"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "How much effort keeps working in later weeks, 0 to below 1 (blank: the "
                       "track default)")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Track"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel",
                       "media or networking to override the computed track; blank: computed")},
    {QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Notes"),
     QT_TRANSLATE_NOOP("castnet::ui::ActivityTableModel", "Free text")},
}};

bool isNumeric(ActivityTableModel::Column column) {
    return column >= ActivityTableModel::CadencePerWeek && column <= ActivityTableModel::Carryover;
}

bool isResponseParameter(ActivityTableModel::Column column) {
    return column >= ActivityTableModel::MaxWeeklyReturn && column <= ActivityTableModel::Carryover;
}

std::optional<double> responseParameter(const core::Activity &activity,
                                        ActivityTableModel::Column column) {
    switch (column) {
    case ActivityTableModel::MaxWeeklyReturn:
        return activity.response.maxWeeklyReturn;
    case ActivityTableModel::HalfSaturationHours:
        return activity.response.halfSaturationHours;
    case ActivityTableModel::Shape:
        return activity.response.shape;
    case ActivityTableModel::Carryover:
        return activity.response.carryover;
    default:
        return std::nullopt;
    }
}

// Display only, in the user's locale: at most three decimals, no trailing
// zeros. The edit text (readField) keeps every digit.
QString displayNumber(double value) {
    const QLocale locale;
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return locale.toString(static_cast<qint64>(value));
    auto text = locale.toString(value, 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
}

QString displayCents(core::Cents cents) {
    return QLocale().toString(static_cast<double>(cents.value()) / 100.0, 'f', 2);
}

} // namespace

core::ActivityField ActivityTableModel::fieldOf(int column) {
    return core::allActivityFields().at(static_cast<std::size_t>(column));
}

ActivityTableModel::ActivityTableModel(WorkspaceNotifier &notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_notifier(notifier) {
    connect(&notifier, &WorkspaceNotifier::activityChanged, this,
            &ActivityTableModel::onActivityChanged);
    connect(&notifier, &WorkspaceNotifier::activitiesAdded, this,
            &ActivityTableModel::onActivitiesAdded);
    connect(&notifier, &WorkspaceNotifier::activitiesRemoved, this,
            &ActivityTableModel::onActivitiesRemoved);
    connect(&notifier, &WorkspaceNotifier::campaignChanged, this,
            &ActivityTableModel::onCampaignChanged);
    connect(&notifier, &WorkspaceNotifier::campaignRemoved, this,
            &ActivityTableModel::onCampaignRemoved);
    connect(&notifier, &WorkspaceNotifier::workspaceReplaced, this, &ActivityTableModel::clear);
}

ActivityTableModel::~ActivityTableModel() = default;

core::Workspace *ActivityTableModel::workspace() const {
    return m_notifier.workspace();
}

core::Result<void> ActivityTableModel::setCampaign(std::optional<core::CampaignId> campaign) {
    if (!campaign || workspace() == nullptr) {
        clear();
        return {};
    }
    auto stored = workspace()->campaign(*campaign);
    if (!stored) {
        clear();
        return tl::unexpected(stored.error());
    }
    auto activities = workspace()->activities(*campaign);
    if (!activities) {
        clear();
        return tl::unexpected(activities.error());
    }
    beginResetModel();
    m_campaign = std::move(*stored);
    m_activities = std::move(*activities);
    std::sort(m_activities.begin(), m_activities.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    m_refusal.reset();
    endResetModel();
    return {};
}

std::optional<core::CampaignId> ActivityTableModel::campaignId() const {
    if (!m_campaign)
        return std::nullopt;
    return m_campaign->id;
}

const core::Activity &ActivityTableModel::activityAt(int row) const {
    return m_activities.at(static_cast<std::size_t>(row));
}

int ActivityTableModel::rowOf(core::ActivityId id) const {
    const auto found = std::lower_bound(
        m_activities.begin(), m_activities.end(), id,
        [](const core::Activity &activity, core::ActivityId value) { return activity.id < value; });
    if (found == m_activities.end() || found->id != id)
        return -1;
    return static_cast<int>(found - m_activities.begin());
}

double ActivityTableModel::plannedHoursPerWeek() const {
    if (!m_campaign)
        return 0.0;
    // DESIGN §5: automation lowers the team's hours of media activities only.
    const auto objective = m_campaign->objective;
    const auto kept = 1.0 - m_campaign->automationSaving;
    double total = 0.0;
    for (const auto &activity : m_activities) {
        const auto output = activity.cadencePerWeek * activity.hoursPerOccurrence;
        const bool saves =
            activity.automated && core::effectiveTrack(activity, objective) == core::Track::Media;
        total += saves ? output * kept : output;
    }
    return total;
}

core::Objective ActivityTableModel::objective() const {
    return m_campaign ? m_campaign->objective : core::Objective::Awareness;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &activity = activityAt(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(activity, column);
    case Qt::EditRole:
        return toQString(core::readField(activity, column));
    case RawValueRole:
        return rawValue(activity, column);
    case ActivityIdRole:
        return QVariant::fromValue<qint64>(activity.id.value());
    case WeekLimitRole:
        return m_campaign ? m_campaign->weeks : core::Campaign::maxWeeks;
    case Qt::ToolTipRole:
        return toolTip(activity, index.row(), column);
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if ((isResponseParameter(column) && !responseParameter(activity, column)) ||
            (column == Track && !activity.trackOverride))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant ActivityTableModel::displayValue(const core::Activity &activity, Column column) const {
    if (isResponseParameter(column)) {
        const auto value = responseParameter(activity, column);
        return value ? displayNumber(*value) : tr("default");
    }
    switch (column) {
    case CadencePerWeek:
        return displayNumber(activity.cadencePerWeek);
    case HoursPerOccurrence:
        return displayNumber(activity.hoursPerOccurrence);
    case SetupHours:
        return displayNumber(activity.setupHours);
    case CostPerOccurrence:
        return displayCents(activity.costPerOccurrence);
    case Track: {
        // The effective track; grey when computed rather than set by hand,
        // and then with the confidence of the computation (DESIGN §4).
        const auto track = toQString(core::toString(core::effectiveTrack(activity, objective())));
        if (activity.trackOverride)
            return track;
        const double confidence = std::abs(core::trackScore(activity)) / 8.0;
        return tr("%1 · %2 %").arg(track).arg(qRound(confidence * 100.0));
    }
    case Notes: {
        // One line in the table; the tooltip has it all.
        auto text = toQString(activity.notes);
        const auto newline = text.indexOf(u'\n');
        return newline < 0 ? text : text.left(newline) + QStringLiteral("…");
    }
    default:
        return toQString(core::readField(activity, column));
    }
}

QVariant ActivityTableModel::rawValue(const core::Activity &activity, Column column) const {
    switch (column) {
    case Automated:
        return activity.automated ? 1 : 0;
    case CadencePerWeek:
        return activity.cadencePerWeek;
    case HoursPerOccurrence:
        return activity.hoursPerOccurrence;
    case SetupHours:
        return activity.setupHours;
    case CostPerOccurrence:
        return QVariant::fromValue<qint64>(activity.costPerOccurrence.value());
    case StartWeek:
        return activity.startWeek;
    case EndWeek:
        return activity.endWeek;
    case Track:
        return toQString(core::toString(core::effectiveTrack(activity, objective())));
    case MaxWeeklyReturn:
    case HalfSaturationHours:
    case Shape:
    case Carryover:
        // Every parameter is >= 0, so a blank one sorts first.
        return responseParameter(activity, column).value_or(-1.0);
    default:
        return toQString(core::readField(activity, column));
    }
}

QVariant ActivityTableModel::toolTip(const core::Activity &activity, int, Column column) const {
    if (m_refusal && m_refusal->activity == activity.id && m_refusal->column == columnOf(column))
        return m_refusal->reason;
    if (isResponseParameter(column) && !responseParameter(activity, column))
        return tr("Blank: the track default, an uncalibrated planning assumption");
    switch (column) {
    case Track:
        return trackToolTip(activity);
    case Notes:
    case Title:
        return toQString(core::readField(activity, column));
    case StartWeek:
    case EndWeek:
        // "wk 5 · 29 Dec – 4 Jan": the week's days in the campaign's calendar.
        if (!m_campaign)
            return {};
        return toQString(core::weekLabel(
            m_campaign->startDate, column == StartWeek ? activity.startWeek : activity.endWeek));
    default:
        return {};
    }
}

QString ActivityTableModel::trackToolTip(const core::Activity &activity) const {
    const auto classification = core::classify(activity, objective());
    QStringList lines;
    const auto computed = toQString(core::toString(classification.computedTrack));
    if (classification.overridden)
        lines << tr("Set by hand to %1; computed: %2. Clear it to use the computed track.")
                     .arg(toQString(core::toString(classification.track)), computed);
    else
        lines << tr("Computed: %1 (confidence %2 %)")
                     .arg(computed)
                     .arg(qRound(classification.confidence * 100.0));
    for (const auto &reason : classification.reasons)
        lines << QStringLiteral("• ") + toQString(core::describe(reason));
    return lines.join(u'\n');
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto &text = columnTexts.at(static_cast<std::size_t>(section));
    switch (role) {
    case Qt::DisplayRole:
        return tr(text.header);
    case Qt::ToolTipRole:
        return QString(tr(text.help) + QStringLiteral(" (") +
                       toQString(core::columnName(fieldOf(section))) + u')');
    default:
        return {};
    }
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ActivityTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !m_campaign ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto id = activityAt(index.row()).id;
    const auto column = fieldOf(index.column());
    const auto typed = value.typeId() == QMetaType::Bool
                           ? QString::fromLatin1(value.toBool() ? "yes" : "no")
                           : value.toString();
    auto text = typedText(column, typed);
    if (!text) {
        refuse(index, toQString(text.error().message));
        return false;
    }
    // The command's notification updates the row; nothing is stored here.
    if (auto edited = commands::setActivityField(m_campaign->id, id, column, *text); !edited) {
        refuse(index, readableMessage(edited.error()));
        return false;
    }
    if (const auto previous = std::exchange(m_refusal, std::nullopt)) {
        if (const auto row = rowOf(previous->activity); row >= 0)
            emit dataChanged(this->index(row, previous->column), this->index(row, previous->column),
                             {Qt::ToolTipRole});
    }
    emit editAccepted(index);
    return true;
}

core::Result<std::string> ActivityTableModel::typedText(Column column, const QString &typed) const {
    if (!isNumeric(column) || (isResponseParameter(column) && typed.trimmed().isEmpty()))
        return toStdString(typed);
    NumberBounds bounds;
    if (column == CostPerOccurrence) {
        bounds = NumberBounds{0.0, static_cast<double>(core::Cents::maxUnits)};
        bounds.decimals = 2;
    } else {
        bounds = NumberBounds::from(*core::numberRule(column));
    }
    if (column == StartWeek || column == EndWeek)
        bounds.max = m_campaign->weeks;
    CASTNET_TRY(const auto number, readTypedNumber(fieldLabel(column), typed, bounds));
    return toStdString(writtenNumber(number));
}

void ActivityTableModel::refuse(const QModelIndex &index, const QString &reason) {
    const auto previous =
        std::exchange(m_refusal, Refusal{activityAt(index.row()).id, index.column(), reason});
    if (previous) {
        if (const auto row = rowOf(previous->activity); row >= 0)
            emit dataChanged(this->index(row, previous->column), this->index(row, previous->column),
                             {Qt::ToolTipRole});
    }
    emit dataChanged(index, index, {Qt::ToolTipRole});
    emit editRefused(index, reason);
}

void ActivityTableModel::clear() {
    if (!m_campaign && m_activities.empty())
        return;
    beginResetModel();
    m_campaign.reset();
    m_activities.clear();
    m_refusal.reset();
    endResetModel();
}

void ActivityTableModel::onActivityChanged(core::CampaignId campaignId,
                                           core::ActivityId activityId) {
    if (workspace() == nullptr || campaignId != this->campaignId())
        return;
    const auto row = rowOf(activityId);
    if (row < 0)
        return;
    auto stored = workspace()->activity(activityId);
    if (!stored) {
        emit loadFailed(toQString(stored.error().message));
        return;
    }
    m_activities[static_cast<std::size_t>(row)] = std::move(*stored);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActivityTableModel::onActivitiesAdded(core::CampaignId campaignId,
                                           const QList<core::ActivityId> &ids) {
    if (workspace() == nullptr || campaignId != this->campaignId())
        return;
    std::vector<core::Activity> added;
    if (ids.size() <= refreshOneByOneLimit) {
        for (const auto id : ids) {
            auto stored = workspace()->activity(id);
            if (!stored) {
                emit loadFailed(toQString(stored.error().message));
                return;
            }
            added.push_back(std::move(*stored));
        }
    } else {
        // One query instead of one per activity (an import of thousands).
        auto all = workspace()->activities(campaignId);
        if (!all) {
            emit loadFailed(toQString(all.error().message));
            return;
        }
        const std::set<core::ActivityId> wanted(ids.begin(), ids.end());
        for (auto &activity : *all) {
            if (wanted.contains(activity.id))
                added.push_back(std::move(activity));
        }
    }
    std::erase_if(added, [this](const core::Activity &a) { return rowOf(a.id) >= 0; });
    std::sort(added.begin(), added.end(), [](const auto &a, const auto &b) { return a.id < b.id; });

    // Insert runs of new activities that fall between the same two rows as
    // one block: an append of many is one insertion.
    std::size_t first = 0;
    while (first < added.size()) {
        const auto at = static_cast<std::size_t>(
            std::lower_bound(
                m_activities.begin(), m_activities.end(), added[first].id,
                [](const core::Activity &a, core::ActivityId id) { return a.id < id; }) -
            m_activities.begin());
        auto last = first + 1;
        while (last < added.size() &&
               (at == m_activities.size() || added[last].id < m_activities[at].id))
            ++last;
        beginInsertRows({}, static_cast<int>(at), static_cast<int>(at + last - first - 1));
        m_activities.insert(
            m_activities.begin() + static_cast<std::ptrdiff_t>(at),
            std::make_move_iterator(added.begin() + static_cast<std::ptrdiff_t>(first)),
            std::make_move_iterator(added.begin() + static_cast<std::ptrdiff_t>(last)));
        endInsertRows();
        first = last;
    }
}

void ActivityTableModel::onActivitiesRemoved(core::CampaignId campaignId,
                                             const QList<core::ActivityId> &ids) {
    if (campaignId != this->campaignId())
        return;
    std::vector<int> rows;
    for (const auto id : ids) {
        if (const auto row = rowOf(id); row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, one block per run of adjacent rows.
    std::size_t i = 0;
    while (i < rows.size()) {
        auto j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] - 1)
            ++j;
        const int top = rows[j - 1];
        const int bottom = rows[i];
        beginRemoveRows({}, top, bottom);
        m_activities.erase(m_activities.begin() + top, m_activities.begin() + bottom + 1);
        endRemoveRows();
        i = j;
    }
}

void ActivityTableModel::onCampaignChanged(core::CampaignId campaignId) {
    if (workspace() == nullptr || campaignId != this->campaignId())
        return;
    // The campaign's length bounds the week editors.
    auto stored = workspace()->campaign(campaignId);
    if (!stored) {
        emit loadFailed(toQString(stored.error().message));
        return;
    }
    const bool objectiveChanged = stored->objective != objective();
    m_campaign = std::move(*stored);
    // A tie between the tracks follows the objective.
    if (objectiveChanged && !m_activities.empty())
        emit dataChanged(index(0, Track), index(rowCount() - 1, Track));
}

void ActivityTableModel::onCampaignRemoved(core::CampaignId campaignId) {
    if (campaignId == this->campaignId())
        clear();
}

} // namespace castnet::ui
