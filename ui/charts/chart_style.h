// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>

#include <QColor>
#include <QPalette>
#include <QString>

#include "core/domain/enums.h"

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
class QWidget;
QT_END_NAMESPACE

namespace castnet::ui::charts {

// The labels a chart needs from its campaign.
struct ChartUnits {
    QString returnUnit = QStringLiteral("points");
    QString currency = QStringLiteral("EUR");
};

// "Broadcast media", "Relationship networking": the tracks' names in every
// legend, column header and tooltip.
QString trackTitle(core::Track track);

// A channel's name as the charts show it; "(no channel)" for a blank one, so
// that it still gets its own bar and legend entry.
QString channelTitle(const std::string &channel);

// Whether the palette is a dark one (its window darker than its text).
bool isDark(const QPalette &palette);

// One fixed hue per track, used by every chart and the tracks view: media
// blue, networking orange (a pair that colour-blind readers tell apart). A
// dark palette gets lighter tints of the same hues.
QColor trackColor(core::Track track, const QPalette &palette);

// The colour of the n-th channel: a qualitative palette that avoids the
// tracks' hues, then evenly spread hues for any number of channels.
QColor channelColor(int index, const QPalette &palette);

// Red for what goes over a limit (capacity).
QColor alertColor(const QPalette &palette);

// Colours a chart from the palette: the theme by lightness, then the
// background, title, legend and every attached axis. Call it again after
// adding an axis or when the palette changes (a theme change resets series
// colours, so charts recolour their series afterwards).
void styleChart(QChart &chart, const QPalette &palette);
void styleAxis(QAbstractAxis &axis, const QPalette &palette);

// Calls `restyle` whenever the widget's palette or style changes (a theme
// switch), so that every chart recolours the same way. The watcher is a
// child of the widget and goes with it.
void followPalette(QWidget &widget, std::function<void()> restyle);

// A frameless, antialiased view that takes ownership of `chart`.
QChartView *makeChartView(QChart *chart, QWidget *parent);

// Shows `text` as a tooltip at the mouse over `view` while `hovered`, and
// hides it when the mouse leaves: the value under the cursor, formatted.
void showValueTip(QWidget *view, bool hovered, const QString &text);

} // namespace castnet::ui::charts
