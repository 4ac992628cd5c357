// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tracks/tracks_view.h"

#include <algorithm>

#include <QAction>
#include <QBoxLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/analysis/classification.h"
#include "core/analysis/projection.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/figure_format.h"
#include "ui/common/string_conversion.h"
#include "ui/tracks/tracks_list_model.h"

namespace castnet::ui {

namespace {

constexpr std::array<core::Track, 2> bothTracks{core::Track::Media, core::Track::Networking};

core::Track otherTrack(core::Track track) {
    return track == core::Track::Media ? core::Track::Networking : core::Track::Media;
}

QString trackLine(const core::Classification &classification, core::Track shown) {
    const QString confidence = charts::formatShare(classification.confidence);
    if (!classification.overridden) {
        if (classification.score == 0)
            return TracksView::tr("%1: a tie between the points, settled by the campaign "
                                  "objective")
                .arg(charts::trackTitle(shown));
        return TracksView::tr("%1, computed with %2 confidence")
            .arg(charts::trackTitle(shown), confidence);
    }
    return TracksView::tr("%1, set by hand (computed: %2, %3 confidence)")
        .arg(charts::trackTitle(shown), charts::trackTitle(classification.computedTrack).toLower(),
             confidence);
}

QString rowToolTip(const core::Activity &activity, const core::Classification &classification,
                   const core::ActivityProjection &projection, const QString &returnUnit) {
    QStringList lines;
    lines << TracksView::tr("%1 (%2)").arg(toQString(activity.title), toQString(activity.channel));
    lines << trackLine(classification, projection.track);
    if (!classification.reasons.empty()) {
        lines << TracksView::tr("Why:");
        for (const core::TrackReason &reason : classification.reasons)
            lines << QStringLiteral("• ") + toQString(core::describe(reason));
    }
    lines << TracksView::tr("Effort %1 · expected return %2")
                 .arg(charts::formatHours(projection.totalEffort),
                      charts::formatAmount(projection.totalReturn, returnUnit));
    for (const core::ActivityWarning &warning : projection.warnings)
        lines << QStringLiteral("⚠ ") + toQString(warning.message);
    return lines.join(QLatin1Char('\n'));
}

QString totalCaption(TracksView::Total total) {
    switch (total) {
    case TracksView::Total::Activities:
        return TracksView::tr("Activities");
    case TracksView::Total::Effort:
        return TracksView::tr("Effort");
    case TracksView::Total::Cost:
        return TracksView::tr("Cost");
    case TracksView::Total::Return:
        return TracksView::tr("Expected return");
    case TracksView::Total::ReturnPerHour:
        return TracksView::tr("Return per hour");
    }
    return {};
}

std::size_t totalIndex(TracksView::Total total) {
    return static_cast<std::size_t>(total);
}

} // namespace

TracksView::TracksView(QWidget *parent)
    : QWidget(parent) {
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(12);
    for (core::Track track : bothTracks) {
        Column &column = columnOf(track);
        column.track = track;
        column.widget = createColumn(column);
        m_layout->addWidget(column.widget, 1);
    }
    restyle();
    charts::followPalette(*this, [this] { restyle(); });
    clear();
}

TracksView::~TracksView() = default;

QWidget *TracksView::createColumn(Column &column) {
    auto *widget = new QWidget(this);
    const QString title = charts::trackTitle(column.track);

    column.swatch = new QLabel(widget);
    column.heading = new QLabel(title, widget);
    QFont headingFont = column.heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    column.heading->setFont(headingFont);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(column.swatch);
    headingRow->addWidget(column.heading);
    headingRow->addStretch();

    auto *totals = new QGridLayout;
    totals->setHorizontalSpacing(16);
    totals->setVerticalSpacing(0);
    for (int i = 0; i < totalCount; ++i) {
        const auto total = static_cast<Total>(i);
        auto *caption = new QLabel(totalCaption(total), widget);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(widget);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont valueFont = value->font();
        valueFont.setBold(true);
        value->setFont(valueFont);
        totals->addWidget(caption, 0, i);
        totals->addWidget(value, 1, i);
        column.totals[static_cast<std::size_t>(i)] = value;
    }
    totals->setColumnStretch(totalCount, 1);

    column.model = new TracksListModel(column.track, this);
    column.proxy = new QSortFilterProxyModel(this);
    column.proxy->setSourceModel(column.model);
    column.proxy->setSortRole(TracksListModel::RawValueRole);
    column.proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(column.model, &TracksListModel::dropRequested, this,
            [this](const QList<core::ActivityId> &ids, core::Track track) {
                for (core::ActivityId id : ids)
                    emit overrideRequested(id, track);
            });

    column.view = new QTreeView(widget);
    column.view->setAccessibleName(title);
    column.view->setModel(column.proxy);
    column.view->setRootIsDecorated(false);
    column.view->setUniformRowHeights(true);
    column.view->setAllColumnsShowFocus(true);
    column.view->setAlternatingRowColors(true);
    column.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    column.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    column.view->setDragEnabled(true);
    column.view->setAcceptDrops(true);
    column.view->setDropIndicatorShown(false);
    column.view->setDragDropMode(QAbstractItemView::DragDrop);
    column.view->setDefaultDropAction(Qt::MoveAction);
    column.view->setSortingEnabled(true);
    column.view->sortByColumn(TracksListModel::Return, Qt::DescendingOrder);
    QHeaderView *header = column.view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TracksListModel::Title, QHeaderView::Stretch);
    // The figures as wide as they are (a campaign has tens of activities,
    // not thousands); the title takes the rest.
    for (int section = 0; section < TracksListModel::ColumnCount; ++section) {
        if (section != TracksListModel::Title)
            header->setSectionResizeMode(section, QHeaderView::ResizeToContents);
    }

    column.moveAction = new QAction(
        tr("Move to %1").arg(charts::trackTitle(otherTrack(column.track))), column.view);
    column.moveAction->setToolTip(tr("Set the selected activities' track by hand"));
    column.clearAction = new QAction(tr("Clear override"), column.view);
    column.clearAction->setToolTip(
        tr("Let Castnet compute the track of the selected activities again"));
    column.view->addAction(column.moveAction);
    column.view->addAction(column.clearAction);
    column.view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const core::Track track = column.track;
    connect(column.moveAction, &QAction::triggered, this,
            [this, track] { moveSelectionToOtherTrack(track); });
    connect(column.clearAction, &QAction::triggered, this,
            [this, track] { clearSelectedOverrides(track); });
    connect(column.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, track] { updateActions(columnOf(track)); });

    column.moveButton = new QPushButton(column.moveAction->text(), widget);
    column.clearButton = new QPushButton(column.clearAction->text(), widget);
    column.moveButton->setToolTip(column.moveAction->toolTip());
    column.clearButton->setToolTip(column.clearAction->toolTip());
    connect(column.moveButton, &QPushButton::clicked, column.moveAction, &QAction::trigger);
    connect(column.clearButton, &QPushButton::clicked, column.clearAction, &QAction::trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(column.moveButton);
    buttons->addWidget(column.clearButton);
    buttons->addStretch();
    auto *hint = new QLabel(tr("or drag activities across"), widget);
    hint->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(hint);

    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addLayout(totals);
    layout->addWidget(column.view, 1);
    layout->addLayout(buttons);
    return widget;
}

int TracksView::columnWidthNeeded() const {
    const Column &column = m_columns.front();
    const QHeaderView *header = column.view->header();
    const int titleChars = 28;
    int sections = column.view->fontMetrics().horizontalAdvance(u'x') * titleChars;
    for (int section = 0; section < header->count(); ++section) {
        if (section != TracksListModel::Title && !header->isSectionHidden(section))
            sections += header->sectionSize(section);
    }
    const int frame = 2 * column.view->frameWidth() +
                      column.view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return std::max({sections + frame, column.widget->layout()->minimumSize().width()});
}

void TracksView::resizeEvent(QResizeEvent *event) {
    // Side by side when both tracks fit, one above the other otherwise: a
    // squeezed column would cut the titles and the totals.
    const auto margins = m_layout->contentsMargins();
    const int wide =
        2 * columnWidthNeeded() + m_layout->spacing() + margins.left() + margins.right();
    m_layout->setDirection(width() >= wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

void TracksView::showCampaign(const core::Campaign &campaign,
                              const std::vector<core::Activity> &activities) {
    const core::Projection projection =
        core::project(campaign, activities, core::ProjectionOptions{.marginalReturns = false});
    const QString unit = toQString(campaign.returnUnit);
    const QString currency = toQString(campaign.currency);

    std::array<std::vector<TracksRow>, 2> rows;
    for (std::size_t i = 0; i < activities.size() && i < projection.activities.size(); ++i) {
        const core::Activity &activity = activities[i];
        const core::ActivityProjection &figures = projection.activities[i];
        const core::Classification classification = core::classify(activity, campaign.objective);
        TracksRow row;
        row.id = activity.id;
        row.title = toQString(activity.title);
        row.channel = toQString(activity.channel);
        row.effort = figures.totalEffort;
        row.totalReturn = figures.totalReturn;
        row.confidence = classification.confidence;
        row.computedTrack = classification.computedTrack;
        row.overridden = classification.overridden;
        row.toolTip = rowToolTip(activity, classification, figures, unit);
        rows[core::trackIndex(figures.track)].push_back(std::move(row));
    }

    for (core::Track track : bothTracks) {
        Column &column = columnOf(track);
        const QList<core::ActivityId> selected = selectedActivities(track);
        column.model->setRows(std::move(rows[core::trackIndex(track)]), unit);
        restoreSelection(column, selected);

        const core::TrackProjection &totals = projection.track(track);
        const auto set = [&column](Total total, const QString &text) {
            column.totals[totalIndex(total)]->setText(text);
        };
        set(Total::Activities, QLocale().toString(totals.activityCount));
        set(Total::Effort, charts::formatHours(totals.totalEffort));
        set(Total::Cost, charts::formatMoney(totals.totalCost, currency));
        set(Total::Return, charts::formatAmount(totals.totalReturn, unit));
        set(Total::ReturnPerHour, charts::formatPerHour(totals.returnPerHour, unit));
        column.totals[totalIndex(Total::Return)]->setToolTip(
            totals.restsOnDefaultReturn
                ? tr("Rests partly on the default, uncalibrated maximum weekly return; set "
                     "“Max return” in the activities table to calibrate it")
                : QString());
        updateActions(column);
    }
}

void TracksView::clear() {
    for (core::Track track : bothTracks) {
        Column &column = columnOf(track);
        column.model->clear();
        for (QLabel *label : column.totals) {
            label->setText(QStringLiteral("—"));
            label->setToolTip({});
        }
        updateActions(column);
    }
}

TracksListModel *TracksView::model(core::Track track) const {
    return columnOf(track).model;
}

QTreeView *TracksView::list(core::Track track) const {
    return columnOf(track).view;
}

QString TracksView::totalText(core::Track track, Total total) const {
    return columnOf(track).totals[totalIndex(total)]->text();
}

QList<core::ActivityId> TracksView::selectedActivities(core::Track track) const {
    const Column &column = columnOf(track);
    QList<core::ActivityId> ids;
    QModelIndexList rows = column.view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        ids.append(core::ActivityId(index.data(TracksListModel::ActivityIdRole).toLongLong()));
    return ids;
}

void TracksView::moveSelectionToOtherTrack(core::Track from) {
    const core::Track to = otherTrack(from);
    for (core::ActivityId id : selectedActivities(from))
        emit overrideRequested(id, to);
}

void TracksView::clearSelectedOverrides(core::Track track) {
    const Column &column = columnOf(track);
    for (core::ActivityId id : selectedActivities(track)) {
        const int row = column.model->rowOf(id);
        if (row >= 0 && column.model->rowAt(row).overridden)
            emit overrideRequested(id, std::nullopt);
    }
}

void TracksView::updateActions(Column &column) {
    const QList<core::ActivityId> selected = selectedActivities(column.track);
    bool anyOverridden = false;
    for (core::ActivityId id : selected) {
        const int row = column.model->rowOf(id);
        anyOverridden |= row >= 0 && column.model->rowAt(row).overridden;
    }
    column.moveAction->setEnabled(!selected.isEmpty());
    column.clearAction->setEnabled(anyOverridden);
    column.moveButton->setEnabled(column.moveAction->isEnabled());
    column.clearButton->setEnabled(column.clearAction->isEnabled());
}

void TracksView::restoreSelection(Column &column, const QList<core::ActivityId> &ids) {
    QItemSelection selection;
    for (core::ActivityId id : ids) {
        const int row = column.model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = column.proxy->mapFromSource(column.model->index(row, 0));
        selection.select(index, index);
    }
    column.view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void TracksView::restyle() {
    for (Column &column : m_columns) {
        QPixmap swatch(14, 14);
        swatch.fill(charts::trackColor(column.track, palette()));
        column.swatch->setPixmap(swatch);
    }
}

TracksView::Column &TracksView::columnOf(core::Track track) {
    return m_columns[core::trackIndex(track)];
}

const TracksView::Column &TracksView::columnOf(core::Track track) const {
    return m_columns[core::trackIndex(track)];
}

} // namespace castnet::ui
