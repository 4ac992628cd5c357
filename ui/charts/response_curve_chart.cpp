// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/response_curve_chart.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QPixmap>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ui/charts/axis_range.h"
#include "ui/charts/figure_format.h"

namespace castnet::ui::charts {

namespace {

constexpr qreal trackPenWidth = 3.5;
constexpr qreal channelPenWidth = 1.5;
constexpr qreal trackMarkerSize = 12.0;
constexpr qreal channelMarkerSize = 8.0;

QList<QPointF> toPoints(const std::vector<core::CurvePoint> &points) {
    QList<QPointF> list;
    list.reserve(static_cast<qsizetype>(points.size()));
    for (const core::CurvePoint &point : points)
        list.append(QPointF(point.effortHours, point.weeklyReturn));
    return list;
}

// The curve's y at x, read off its points (they are evenly spaced and
// increasing in x, so the hovered position maps onto the nearest segment).
double returnAt(const QLineSeries &line, double x) {
    const int count = line.count();
    if (count == 0)
        return 0.0;
    int i = 1;
    while (i < count && line.at(i).x() < x)
        ++i;
    if (i >= count)
        return line.at(count - 1).y();
    const QPointF a = line.at(i - 1);
    const QPointF b = line.at(i);
    const double span = b.x() - a.x();
    return span > 0.0 ? a.y() + (b.y() - a.y()) * (x - a.x()) / span : b.y();
}

} // namespace

ResponseCurveChart::ResponseCurveChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart) {
    m_chart->setTitle(tr("Return for effort, once matured"));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_effortAxis = new QValueAxis(m_chart);
    m_effortAxis->setTitleText(tr("Effort (hours/week)"));
    m_returnAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_effortAxis, Qt::AlignBottom);
    m_chart->addAxis(m_returnAxis, Qt::AlignLeft);

    m_view = makeChartView(m_chart, this);

    m_curvesBox = new QComboBox(this);
    // In the order of Curves.
    m_curvesBox->addItem(tr("Tracks"));
    m_curvesBox->addItem(tr("Channels"));
    m_curvesBox->addItem(tr("Tracks and channels"));
    m_curvesBox->setAccessibleName(tr("Response curves to show"));
    m_curvesBox->setToolTip(tr("Tracks: one thick curve per track. Channels: one thin curve "
                               "per channel; tick channels in the list beside the chart to show "
                               "or hide them."));
    connect(m_curvesBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setCurves(static_cast<Curves>(index)); });

    m_channelList = new QListWidget(this);
    m_channelList->setAccessibleName(tr("Channels shown on the response curves"));
    m_channelList->setToolTip(tr("Channels, largest expected return first"));
    m_channelList->setFixedWidth(170);
    m_channelList->setUniformItemSizes(true);
    m_channelList->setVisible(false);
    m_channelList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_channelList->setTextElideMode(Qt::ElideRight);
    connect(m_channelList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        setChannelShown(item->text(), item->checkState() == Qt::Checked);
    });

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Curves:"), this);
    label->setBuddy(m_curvesBox);
    top->addWidget(label);
    top->addWidget(m_curvesBox);
    top->addStretch();
    auto *body = new QHBoxLayout;
    body->setSpacing(4);
    body->addWidget(m_view, 1);
    body->addWidget(m_channelList);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    createTrackCurves();
    restyle();
    followPalette(*this, [this] { restyle(); });
    clear();
}

ResponseCurveChart::~ResponseCurveChart() = default;

void ResponseCurveChart::createTrackCurves() {
    for (core::Track track : {core::Track::Media, core::Track::Networking}) {
        const std::size_t t = core::trackIndex(track);
        m_tracks[t] = createCurve(true);
        m_tracks[t].label = trackTitle(track);
        m_tracks[t].line->setName(m_tracks[t].label);
        connect(m_tracks[t].line, &QLineSeries::hovered, this,
                [this, t](QPointF point, bool state) { showCurveTip(m_tracks[t], point, state); });
        connect(m_tracks[t].plan, &QScatterSeries::hovered, this,
                [this, t](QPointF, bool state) { showPlanTip(m_tracks[t], state); });
    }
    // An empty series whose legend entry explains the dots.
    m_planLegend = new QScatterSeries(m_chart);
    m_planLegend->setName(tr("Today's plan"));
    m_planLegend->setMarkerSize(trackMarkerSize);
    m_chart->addSeries(m_planLegend);
    m_planLegend->attachAxis(m_effortAxis);
    m_planLegend->attachAxis(m_returnAxis);
}

ResponseCurveChart::Curve ResponseCurveChart::createCurve(bool emphasised) {
    Curve curve;
    curve.line = new QLineSeries(m_chart);
    curve.plan = new QScatterSeries(m_chart);
    curve.plan->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    curve.plan->setMarkerSize(emphasised ? trackMarkerSize : channelMarkerSize);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(curve.line), static_cast<QXYSeries *>(curve.plan)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_effortAxis);
        series->attachAxis(m_returnAxis);
    }
    hideLegendEntry(curve.plan);
    if (!emphasised)
        hideLegendEntry(curve.line);
    return curve;
}

void ResponseCurveChart::ensureChannelCurves(std::size_t count) {
    while (m_channels.size() < count) {
        const std::size_t index = m_channels.size();
        m_channels.push_back(createCurve(false));
        connect(m_channels[index].line, &QLineSeries::hovered, this,
                [this, index](QPointF point, bool state) {
                    showCurveTip(m_channels[index], point, state);
                });
        connect(m_channels[index].plan, &QScatterSeries::hovered, this,
                [this, index](QPointF, bool state) { showPlanTip(m_channels[index], state); });
    }
    // A pool shrinks too, so that a campaign with fewer channels does not
    // keep hundreds of hidden series alive.
    while (m_channels.size() > count) {
        Curve &curve = m_channels.back();
        m_chart->removeSeries(curve.line);
        m_chart->removeSeries(curve.plan);
        delete curve.line;
        delete curve.plan;
        m_channels.pop_back();
    }
}

void ResponseCurveChart::setData(const core::ChartData &data, const ChartUnits &units) {
    m_units = units;
    m_capacityHours = data.capacityHoursPerWeek;
    m_returnAxis->setTitleText(tr("Return (%1/week)").arg(units.returnUnit));
    for (std::size_t t = 0; t < m_tracks.size(); ++t)
        update(m_tracks[t], data.trackCurves[t]);

    ensureChannelCurves(data.channelCurves.size());
    m_channelCount = data.channelCurves.size();
    const QPalette palette = this->palette();
    for (std::size_t i = 0; i < m_channelCount; ++i) {
        Curve &curve = m_channels[i];
        update(curve, data.channelCurves[i]);
        curve.line->setName(curve.label);
        const QColor colour = colourOfChannel(curve.label);
        curve.line->setPen(QPen(colour, channelPenWidth));
        curve.plan->setColor(colour);
        curve.plan->setBorderColor(palette.color(QPalette::Base));
    }
    updateChannelList();
    applyVisibility();
}

void ResponseCurveChart::update(Curve &curve, const core::ResponseCurve &data) {
    curve.label = data.track ? trackTitle(*data.track) : channelTitle(data.label);
    curve.ceiling = data.ceiling;
    curve.line->replace(toPoints(data.points));
    if (data.points.empty()) {
        curve.plan->clear();
        curve.maxEffort = 0.0;
        return;
    }
    curve.plan->replace(QList<QPointF>{QPointF(data.plan.effortHours, data.plan.weeklyReturn)});
    curve.maxEffort = data.points.back().effortHours;
}

void ResponseCurveChart::clear() {
    for (Curve &curve : m_tracks) {
        curve.line->clear();
        curve.plan->clear();
        curve.maxEffort = 0.0;
    }
    m_capacityHours = 0.0;
    ensureChannelCurves(0);
    m_channelCount = 0;
    m_colourIndex.clear();
    m_hiddenChannels.clear();
    m_returnAxis->setTitleText(tr("Return (%1/week)").arg(m_units.returnUnit));
    updateChannelList();
    applyVisibility();
}

void ResponseCurveChart::setCurves(Curves curves) {
    if (m_curves == curves)
        return;
    m_curves = curves;
    const QSignalBlocker blocker(m_curvesBox);
    m_curvesBox->setCurrentIndex(static_cast<int>(curves));
    applyVisibility();
}

void ResponseCurveChart::setChannelShown(const QString &channel, bool shown) {
    if (shown == !m_hiddenChannels.contains(channel))
        return;
    if (shown)
        m_hiddenChannels.remove(channel);
    else
        m_hiddenChannels.insert(channel);
    const QSignalBlocker blocker(m_channelList);
    for (int row = 0; row < m_channelList->count(); ++row) {
        QListWidgetItem *item = m_channelList->item(row);
        if (item->text() == channel)
            item->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
    }
    applyVisibility();
}

QLineSeries *ResponseCurveChart::trackCurve(core::Track track) const {
    return m_tracks[core::trackIndex(track)].line;
}

QScatterSeries *ResponseCurveChart::trackPlan(core::Track track) const {
    return m_tracks[core::trackIndex(track)].plan;
}

QLineSeries *ResponseCurveChart::channelCurve(int index) const {
    return index >= 0 && static_cast<std::size_t>(index) < m_channelCount
               ? m_channels[static_cast<std::size_t>(index)].line
               : nullptr;
}

QScatterSeries *ResponseCurveChart::channelPlan(int index) const {
    return index >= 0 && static_cast<std::size_t>(index) < m_channelCount
               ? m_channels[static_cast<std::size_t>(index)].plan
               : nullptr;
}

void ResponseCurveChart::updateChannelList() {
    const QSignalBlocker blocker(m_channelList);
    const int scroll = m_channelList->verticalScrollBar()->value();
    m_channelList->clear();
    for (std::size_t i = 0; i < m_channelCount; ++i) {
        const Curve &curve = m_channels[i];
        QPixmap swatch(12, 12);
        swatch.fill(curve.line->pen().color());
        auto *item = new QListWidgetItem(QIcon(swatch), curve.label, m_channelList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_hiddenChannels.contains(curve.label) ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(tr("%1: up to %2/week once matured")
                             .arg(curve.label, formatAmount(curve.ceiling, m_units.returnUnit)));
    }
    m_channelList->verticalScrollBar()->setValue(scroll);
}

void ResponseCurveChart::applyVisibility() {
    const bool channels = m_curves != Curves::Tracks;
    const bool tracks = m_curves != Curves::Channels;
    m_channelList->setVisible(channels);
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        Curve &curve = m_channels[i];
        const bool shown =
            channels && i < m_channelCount && !m_hiddenChannels.contains(curve.label);
        curve.line->setVisible(shown);
        curve.plan->setVisible(shown);
        // The legend re-shows an entry whenever its series is shown.
        hideLegendEntry(curve.line);
        hideLegendEntry(curve.plan);
    }
    for (Curve &curve : m_tracks) {
        curve.line->setVisible(tracks);
        curve.plan->setVisible(tracks && curve.plan->count() > 0);
        hideLegendEntry(curve.plan);
    }
    updateRanges();
}

void ResponseCurveChart::updateRanges() {
    std::vector<const Curve *> shown;
    for (const Curve &curve : m_tracks) {
        if (curve.line->isVisible())
            shown.push_back(&curve);
    }
    for (std::size_t i = 0; i < m_channelCount; ++i) {
        if (m_channels[i].line->isVisible())
            shown.push_back(&m_channels[i]);
    }
    // The curves run until they near their ceiling, often far beyond what a
    // team can put in a week; the axis stops where a plan could go: the
    // capacity, or 2.5 times the largest plan when that is more.
    double curvesEnd = 0.0;
    double largestPlan = 0.0;
    for (const Curve *curve : shown) {
        curvesEnd = std::max(curvesEnd, curve->maxEffort);
        if (curve->plan->count() > 0)
            largestPlan = std::max(largestPlan, curve->plan->at(0).x());
    }
    const double reach = std::max(m_capacityHours, 2.5 * largestPlan);
    const double maxEffort = reach > 0.0 ? std::min(curvesEnd, reach) : curvesEnd;
    setNiceRange(*m_effortAxis, maxEffort);

    // The return scale fits what is visible up to the axis' end.
    double maxReturn = 0.0;
    for (const Curve *curve : shown) {
        maxReturn = std::max(maxReturn, returnAt(*curve->line, m_effortAxis->max()));
        if (curve->plan->count() > 0)
            maxReturn = std::max(maxReturn, curve->plan->at(0).y());
    }
    setNiceRange(*m_returnAxis, maxReturn);
}

QColor ResponseCurveChart::colourOfChannel(const QString &channel) {
    auto found = m_colourIndex.constFind(channel);
    if (found == m_colourIndex.cend())
        found = m_colourIndex.insert(channel, static_cast<int>(m_colourIndex.size()));
    return channelColor(*found, palette());
}

void ResponseCurveChart::hideLegendEntry(QObject *series) {
    for (QLegendMarker *marker :
         m_chart->legend()->markers(qobject_cast<QAbstractSeries *>(series)))
        marker->setVisible(false);
}

void ResponseCurveChart::restyle() {
    const QPalette palette = this->palette();
    styleChart(*m_chart, palette);
    for (core::Track track : {core::Track::Media, core::Track::Networking}) {
        const Curve &curve = m_tracks[core::trackIndex(track)];
        const QColor colour = trackColor(track, palette);
        curve.line->setPen(QPen(colour, trackPenWidth, Qt::SolidLine, Qt::RoundCap));
        curve.plan->setColor(colour);
        curve.plan->setBorderColor(palette.color(QPalette::Base));
    }
    m_planLegend->setColor(palette.color(QPalette::Text));
    m_planLegend->setBorderColor(palette.color(QPalette::Base));
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        Curve &curve = m_channels[i];
        const QColor colour = colourOfChannel(curve.label);
        curve.line->setPen(QPen(colour, channelPenWidth));
        curve.plan->setColor(colour);
        curve.plan->setBorderColor(palette.color(QPalette::Base));
    }
    updateChannelList();
}

void ResponseCurveChart::showCurveTip(const Curve &curve, QPointF point, bool hovered) {
    const double effort = std::max(point.x(), 0.0);
    showValueTip(m_view, hovered,
                 tr("%1\n%2 → %3/week")
                     .arg(curve.label, formatHoursPerWeek(effort),
                          formatAmount(returnAt(*curve.line, effort), m_units.returnUnit)));
}

void ResponseCurveChart::showPlanTip(const Curve &curve, bool hovered) {
    if (curve.plan->count() == 0)
        return;
    const QPointF plan = curve.plan->at(0);
    showValueTip(m_view, hovered,
                 tr("%1, today's plan\n%2 → %3/week once matured\nCeiling: %4/week")
                     .arg(curve.label, formatHoursPerWeek(plan.x()),
                          formatAmount(plan.y(), m_units.returnUnit),
                          formatAmount(curve.ceiling, m_units.returnUnit)));
}

} // namespace castnet::ui::charts
