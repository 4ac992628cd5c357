// SPDX-License-Identifier: GPL-3.0-or-later
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

#include <gtest/gtest.h>

#include "ui/charts/chart_style.h"
#include "ui/help/curve_sketch.h"
#include "ui/help/help_window.h"

namespace castnet::ui::test {
namespace {

using help::carryoverLine;
using help::responseLine;

TEST(CurveSketchTest, TheResponsePictureIsTheModelsCurve) {
    auto response = core::trackDefaults(core::Track::Media);
    response.maxWeeklyReturn = 100.0;
    response.halfSaturationHours = 6.0;
    response.shape = 1.0;
    const auto points = responseLine(response, 30.0);
    ASSERT_EQ(points.size(), 121);
    EXPECT_DOUBLE_EQ(points.front().y(), 0.0);
    // Sample 24 of 120 is at 30 × 24 / 120 = 6 h = gamma: half of R.
    EXPECT_DOUBLE_EQ(points[24].x(), 6.0);
    EXPECT_DOUBLE_EQ(points[24].y(), 50.0);
    // At 30 h: 100 / (1 + 6 / 30) = 83.33…
    EXPECT_NEAR(points.back().y(), 100.0 / 1.2, 1e-12);
}

TEST(CurveSketchTest, TheCarryOverPictureBuildsAndFadesAsTheProjectionDoes) {
    const auto points = carryoverLine(0.8, 5.0, 2, 3);
    ASSERT_EQ(points.size(), 4);
    // A(1) = 0.2 × 5 = 1; A(2) = 0.2 × 5 + 0.8 × 1 = 1.8; A(3) = 0.8 × 1.8 = 1.44 (no work).
    EXPECT_DOUBLE_EQ(points[1].y(), 1.0);
    EXPECT_DOUBLE_EQ(points[2].y(), 1.8);
    EXPECT_NEAR(points[3].y(), 1.44, 1e-12);
}

// Whether `image` holds a pixel close to `color` (antialiasing blends edges).
bool holdsColor(const QImage &image, const QColor &color) {
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) < 8 &&
                std::abs(pixel.green() - color.green()) < 8 &&
                std::abs(pixel.blue() - color.blue()) < 8)
                return true;
        }
    }
    return false;
}

TEST(HelpWindowTest, EveryParameterHasAPictureInBothTracksColours) {
    HelpWindow window;
    const QPalette palette = window.browser()->palette();
    const QString html = window.browser()->toHtml();
    for (const char *name : {"max-return", "half-saturation", "shape", "carry-over"}) {
        const QUrl url(QStringLiteral("sketch:") + QLatin1String(name));
        EXPECT_TRUE(html.contains(url.toString())) << name;
        const auto image = window.browser()
                               ->document()
                               ->resource(QTextDocument::ImageResource, url)
                               .value<QImage>();
        ASSERT_FALSE(image.isNull()) << name;
        EXPECT_TRUE(holdsColor(image, charts::trackColor(core::Track::Media, palette))) << name;
        EXPECT_TRUE(holdsColor(image, charts::trackColor(core::Track::Networking, palette)))
            << name;
    }
}

TEST(HelpWindowTest, SectionsAreReachableByName) {
    HelpWindow window;
    window.resize(400, 300);
    window.show();
    window.showSection(QStringLiteral("carry-over"));
    EXPECT_GT(window.browser()->verticalScrollBar()->value(), 0);
}

} // namespace
} // namespace castnet::ui::test
