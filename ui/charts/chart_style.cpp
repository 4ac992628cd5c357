// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_style.h"

#include <array>
#include <utility>

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QFont>
#include <QLegend>
#include <QToolTip>
#include <QWidget>

namespace castnet::ui::charts {

namespace {

// Watches one widget for the events after which its colours are stale.
class PaletteFollower final : public QObject {
public:
    PaletteFollower(QWidget &widget, std::function<void()> restyle)
        : QObject(&widget)
        , m_restyle(std::move(restyle)) {
        widget.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == parent() &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
            m_restyle();
        return false;
    }

private:
    std::function<void()> m_restyle;
};

// Tableau-like hues without its blue and orange, which belong to the tracks.
constexpr std::array<QRgb, 8> channelHues{
    0x2ca02c, // green
    0x9467bd, // purple
    0xd62728, // red
    0x17becf, // cyan
    0x8c564b, // brown
    0xe377c2, // pink
    0xbcbd22, // olive
    0x7f7f7f, // grey
};

QColor mix(const QColor &a, const QColor &b, double weightOfB) {
    const auto channel = [weightOfB](int x, int y) {
        return static_cast<int>(x + (y - x) * weightOfB + 0.5);
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

} // namespace

QString trackTitle(core::Track track) {
    return track == core::Track::Media
               ? QCoreApplication::translate("castnet::ui::charts", "Broadcast media")
               : QCoreApplication::translate("castnet::ui::charts", "Relationship networking");
}

QString channelTitle(const std::string &channel) {
    if (channel.empty())
        return QCoreApplication::translate("castnet::ui::charts", "(no channel)");
    return QString::fromStdString(channel);
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

QColor trackColor(core::Track track, const QPalette &palette) {
    const QColor base = track == core::Track::Media ? QColor(0x1f77b4) : QColor(0xff7f0e);
    return isDark(palette) ? base.lighter(135) : base;
}

QColor channelColor(int index, const QPalette &palette) {
    QColor colour;
    if (index >= 0 && index < static_cast<int>(channelHues.size())) {
        colour = QColor(channelHues[static_cast<std::size_t>(index)]);
    } else {
        // Golden-angle steps keep neighbours apart however many channels
        // there are; the lightness alternates for a second cue.
        const int step = index - static_cast<int>(channelHues.size());
        const int hue = (step * 137 + 75) % 360;
        colour = QColor::fromHsl(hue, 150, step % 2 == 0 ? 110 : 150);
    }
    return isDark(palette) ? colour.lighter(130) : colour;
}

QColor alertColor(const QPalette &palette) {
    return isDark(palette) ? QColor(0xff6b6b) : QColor(0xc62828);
}

void styleChart(QChart &chart, const QPalette &palette) {
    chart.setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart.setBackgroundBrush(palette.color(QPalette::Base));
    chart.setBackgroundPen(Qt::NoPen);
    chart.setBackgroundRoundness(0);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitleBrush(palette.color(QPalette::Text));
    QFont titleFont = chart.titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(10.0);
    chart.setTitleFont(titleFont);
    if (QLegend *legend = chart.legend()) {
        legend->setLabelColor(palette.color(QPalette::Text));
        QFont font = legend->font();
        font.setPointSizeF(8.5);
        legend->setFont(font);
    }
    for (QAbstractAxis *axis : chart.axes())
        styleAxis(*axis, palette);
}

void styleAxis(QAbstractAxis &axis, const QPalette &palette) {
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    axis.setLabelsBrush(text);
    axis.setTitleBrush(text);
    axis.setLinePen(QPen(mix(base, text, 0.45), 1.0));
    axis.setGridLineColor(mix(base, text, 0.13));
    axis.setMinorGridLineColor(mix(base, text, 0.07));
    axis.setShadesVisible(false);
    QFont labels = axis.labelsFont();
    labels.setPointSizeF(8.0);
    axis.setLabelsFont(labels);
    QFont title = axis.titleFont();
    title.setPointSizeF(8.5);
    title.setBold(false);
    axis.setTitleFont(title);
}

void followPalette(QWidget &widget, std::function<void()> restyle) {
    new PaletteFollower(widget, std::move(restyle));
}

QChartView *makeChartView(QChart *chart, QWidget *parent) {
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumSize(240, 180);
    // A screen reader says what the chart shows; charts titled later name
    // their view themselves.
    view->setAccessibleName(chart->title());
    return view;
}

void showValueTip(QWidget *view, bool hovered, const QString &text) {
    if (hovered)
        QToolTip::showText(QCursor::pos(), text, view);
    else
        QToolTip::hideText();
}

} // namespace castnet::ui::charts
