// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/split_chart.h"

#include <algorithm>
#include <unordered_map>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ui/charts/axis_range.h"
#include "ui/charts/figure_format.h"

namespace castnet::ui::charts {

namespace {

// Pixels per channel row (two bars) and for the title, legend and axis. Qt
// Charts elides a category label to "..." unless its row holds the label's
// height plus a padding above and below.
constexpr int channelRowHeight = 26;
constexpr int channelChartFrame = 110;

const core::Slice *sliceOf(const core::Split &split, core::Track track) {
    const auto found = std::find_if(split.slices.begin(), split.slices.end(),
                                    [track](const core::Slice &s) { return s.track == track; });
    return found == split.slices.end() ? nullptr : &*found;
}

void replaceValues(QBarSet &set, const QList<qreal> &values) {
    set.remove(0, set.count());
    set.append(values);
}

} // namespace

TrackSplitChart::TrackSplitChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart) {
    m_chart->setTitle(tr("Split between the tracks"));
    m_chart->setLocalizeNumbers(true);
    // On the right, the legend leaves the two bars the height their labels need.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 2, 4, 2));

    m_series = new QHorizontalStackedBarSeries(m_chart);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    m_series->setLabelsFormat(QStringLiteral("@value %"));
    m_series->setLabelsPrecision(3);
    for (core::Track track : {core::Track::Media, core::Track::Networking}) {
        auto *set = new QBarSet(trackTitle(track), m_series);
        m_series->append(set);
        connect(set, &QBarSet::hovered, this,
                [this, track](bool state, int bar) { showTip(track, bar, state); });
        m_sets[core::trackIndex(track)] = set;
    }
    m_chart->addSeries(m_series);

    m_barAxis = new QBarCategoryAxis(m_chart);
    m_barAxis->append({tr("Return"), tr("Effort")});
    m_shareAxis = new QValueAxis(m_chart);
    m_shareAxis->setRange(0.0, 100.0);
    m_shareAxis->setVisible(false);
    m_chart->addAxis(m_barAxis, Qt::AlignLeft);
    m_chart->addAxis(m_shareAxis, Qt::AlignBottom);
    m_series->attachAxis(m_barAxis);
    m_series->attachAxis(m_shareAxis);

    m_view = makeChartView(m_chart, this);
    m_view->setMinimumHeight(130);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    restyle();
    followPalette(*this, [this] { restyle(); });
    clear();
}

TrackSplitChart::~TrackSplitChart() = default;

void TrackSplitChart::setData(const core::ChartData &data, const ChartUnits &units) {
    m_units = units;
    m_effort = data.effortByTrack;
    m_return = data.returnByTrack;
    for (core::Track track : {core::Track::Media, core::Track::Networking}) {
        const core::Slice *effort = sliceOf(m_effort, track);
        const core::Slice *returns = sliceOf(m_return, track);
        QList<qreal> values(BarCount, 0.0);
        values[ReturnBar] = returns ? returns->share * 100.0 : 0.0;
        values[EffortBar] = effort ? effort->share * 100.0 : 0.0;
        replaceValues(*m_sets[core::trackIndex(track)], values);
    }
}

void TrackSplitChart::clear() {
    m_effort = {};
    m_return = {};
    for (QBarSet *set : m_sets)
        set->remove(0, set->count());
}

QBarSet *TrackSplitChart::trackShares(core::Track track) const {
    return m_sets[core::trackIndex(track)];
}

void TrackSplitChart::restyle() {
    const QPalette palette = this->palette();
    styleChart(*m_chart, palette);
    for (core::Track track : {core::Track::Media, core::Track::Networking}) {
        QBarSet *set = m_sets[core::trackIndex(track)];
        set->setColor(trackColor(track, palette));
        set->setPen(QPen(palette.color(QPalette::Base), 1.0));
        // Labels sit on the bar, so they take the colour that reads on it.
        set->setLabelColor(Qt::white);
    }
}

void TrackSplitChart::showTip(core::Track track, int bar, bool hovered) {
    const bool effort = bar == EffortBar;
    const core::Slice *slice = sliceOf(effort ? m_effort : m_return, track);
    if (!slice)
        return;
    const QString value =
        effort ? formatHours(slice->value) : formatAmount(slice->value, m_units.returnUnit);
    const QString text = effort ? tr("%1\nEffort: %2, %3 of the campaign's hours")
                                : tr("%1\nExpected return: %2, %3 of the campaign's return");
    showValueTip(m_view, hovered, text.arg(trackTitle(track), value, formatShare(slice->share)));
}

ChannelSplitChart::ChannelSplitChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart) {
    m_chart->setTitle(tr("Split between the channels, largest return first"));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 2, 4, 2));

    m_series = new QHorizontalBarSeries(m_chart);
    m_series->setBarWidth(0.8);
    const std::array<QString, SetCount> names{tr("Share of effort"),
                                              tr("Share of expected return")};
    for (int s = 0; s < SetCount; ++s) {
        auto *set = new QBarSet(names[static_cast<std::size_t>(s)], m_series);
        m_series->append(set);
        connect(set, &QBarSet::hovered, this,
                [this](bool state, int index) { showTip(index, state); });
        m_sets[static_cast<std::size_t>(s)] = set;
    }
    m_chart->addSeries(m_series);

    m_channelAxis = new QBarCategoryAxis(m_chart);
    m_shareAxis = new QValueAxis(m_chart);
    m_shareAxis->setTitleText(tr("Share of the campaign's total (%)"));
    m_chart->addAxis(m_channelAxis, Qt::AlignLeft);
    m_chart->addAxis(m_shareAxis, Qt::AlignBottom);
    m_series->attachAxis(m_channelAxis);
    m_series->attachAxis(m_shareAxis);

    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(m_chart->title());
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view = makeChartView(m_chart, m_scroll);
    m_scroll->setWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    restyle();
    followPalette(*this, [this] { restyle(); });
    clear();
}

ChannelSplitChart::~ChannelSplitChart() = default;

void ChannelSplitChart::setData(const core::ChartData &data, const ChartUnits &units) {
    m_units = units;
    std::unordered_map<std::string, const core::Slice *> effortOf;
    for (const core::Slice &slice : data.effortByChannel.slices)
        effortOf.emplace(slice.label, &slice);

    QStringList channels;
    m_figures.clear();
    for (const core::Slice &slice : data.returnByChannel.slices) {
        channels.append(channelTitle(slice.label));
        ChannelFigures figures;
        figures.returns = slice.value;
        figures.returnShare = slice.share;
        if (const auto found = effortOf.find(slice.label); found != effortOf.end()) {
            figures.effort = found->second->value;
            figures.effortShare = found->second->share;
        }
        m_figures.push_back(figures);
    }

    // The bar axis draws its first category at the bottom.
    QStringList bottomUp(channels.rbegin(), channels.rend());
    QList<qreal> effort;
    QList<qreal> returns;
    double maximum = 0.0;
    for (auto it = m_figures.rbegin(); it != m_figures.rend(); ++it) {
        effort.append(it->effortShare * 100.0);
        returns.append(it->returnShare * 100.0);
        maximum = std::max({maximum, it->effortShare * 100.0, it->returnShare * 100.0});
    }
    if (channels != m_channels) {
        m_channels = channels;
        m_channelAxis->clear();
        m_channelAxis->append(bottomUp);
    }
    replaceValues(*m_sets[EffortSet], effort);
    replaceValues(*m_sets[ReturnSet], returns);
    setNiceRange(*m_shareAxis, maximum);
    fitHeight();
}

void ChannelSplitChart::clear() {
    m_channels.clear();
    m_figures.clear();
    m_channelAxis->clear();
    for (QBarSet *set : m_sets)
        set->remove(0, set->count());
    setNiceRange(*m_shareAxis, 0.0);
    fitHeight();
}

void ChannelSplitChart::fitHeight() {
    const auto rows = static_cast<int>(m_channels.size());
    m_view->setMinimumHeight(channelChartFrame + std::max(rows, 2) * channelRowHeight);
}

void ChannelSplitChart::restyle() {
    const QPalette palette = this->palette();
    styleChart(*m_chart, palette);
    const bool dark = isDark(palette);
    m_sets[EffortSet]->setColor(dark ? QColor(0x9aa5b8) : QColor(0x7d8898));
    m_sets[ReturnSet]->setColor(dark ? QColor(0x4fc3b4) : QColor(0x2a9d8f));
    for (QBarSet *set : m_sets)
        set->setPen(Qt::NoPen);
    m_scroll->setBackgroundRole(QPalette::Base);
}

void ChannelSplitChart::showTip(int index, bool hovered) {
    const int row = static_cast<int>(m_figures.size()) - 1 - index;
    if (row < 0 || row >= static_cast<int>(m_figures.size()))
        return;
    const ChannelFigures &figures = m_figures[static_cast<std::size_t>(row)];
    showValueTip(m_view, hovered,
                 tr("%1\nEffort: %2 (%3)\nExpected return: %4 (%5)")
                     .arg(m_channels[row], formatHours(figures.effort),
                          formatShare(figures.effortShare),
                          formatAmount(figures.returns, m_units.returnUnit),
                          formatShare(figures.returnShare)));
}

} // namespace castnet::ui::charts
