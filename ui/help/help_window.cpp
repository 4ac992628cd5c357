// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/help_window.h"

#include <QEvent>
#include <QLocale>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/charts/chart_style.h"
#include "ui/help/curve_sketch.h"

namespace castnet::ui {

namespace {

constexpr QSize sketchSize{300, 170};
constexpr QSize windowSize{720, 760};

using core::Track;
using help::carryoverLine;
using help::CurveSketch;
using help::paintSketch;
using help::responseLine;

QString number(double value) {
    return QLocale().toString(value, 'g', 3);
}

QString section(const QString &anchor, const QString &title) {
    return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(anchor, title);
}

QString paragraph(const QString &text) {
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}

QString picture(const QString &name, const QString &description) {
    return QStringLiteral("<p align=\"center\"><img src=\"sketch:%1\" alt=\"%2\"></p>")
        .arg(name, description.toHtmlEscaped());
}

core::ResolvedResponse withDefaults(Track track) {
    return core::trackDefaults(track);
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Castnet Help"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help text"));
    m_browser->setOpenExternalLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(windowSize);
    render();
}

void HelpWindow::showSection(const QString &anchor) {
    m_browser->scrollToAnchor(anchor);
}

void HelpWindow::changeEvent(QEvent *event) {
    // The pictures take the page's colours: a theme switch redraws them.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        render();
    QDialog::changeEvent(event);
}

void HelpWindow::render() {
    const auto media = withDefaults(Track::Media);
    const auto networking = withDefaults(Track::Networking);
    QString html;
    html += section(QStringLiteral("start"), tr("Getting started"));
    html += paragraph(
        tr("A workspace holds your brands, each brand its campaigns, each campaign its activities: "
           "the posts, videos, threads and meetups you plan. Add a brand and a campaign from the "
           "Campaign menu, then add activities in the Activities tab or import them with "
           "File › Import… (CSV or JSON). Every edit is saved at once and can be undone."));
    html += paragraph(
        tr("The first workspace Castnet opens holds a demo brand with two campaigns: look "
           "around in it before you plan your own."));

    html += section(QStringLiteral("tracks"), tr("The two tracks"));
    html += paragraph(
        tr("<b>Broadcast media</b> is one-to-many: images, videos and white papers pushed to "
           "followers, ending in a call to action. It can be scheduled ahead, so it costs the "
           "team fewer hours; it reaches far and acts fast, but hears little back."));
    html += paragraph(
        tr("<b>Relationship networking</b> is give-and-take: posting, listening and answering in "
           "a community. There is no shortcut — it takes people's time, and it is slow — but it "
           "brings conversations, honest feedback and relationships that last."));
    html += paragraph(
        tr("Castnet puts every activity on one track from how it talks to people (broadcast, "
           "dialogue, community), its format and its goal; the Track column says why, and you "
           "can move an activity to the other track by hand in the Tracks tab."));

    html += section(QStringLiteral("return"), tr("How Castnet projects a return"));
    html += paragraph(
        tr("Each week an activity gets some hours of work. That work builds momentum, and the "
           "momentum earns a weekly return that grows with it but levels off: the hundredth "
           "hour earns less than the first. Four numbers describe this for each activity. Leave "
           "one blank and the track's default is used — a planning assumption, not a fact "
           "about your brand."));

    html += section(QStringLiteral("max-return"), tr("Max return: the ceiling"));
    html += picture(QStringLiteral("max-return"), tr("Two curves levelling off at 100 and 60"));
    html += paragraph(
        tr("The most the activity can return in one week, in the campaign's return unit, "
           "however many hours go in. The default is %1 on both tracks, so until your own "
           "results calibrate it the returns compare activities with each other rather than "
           "forecast what you will earn.")
            .arg(number(media.maxWeeklyReturn)));

    html += section(QStringLiteral("half-saturation"), tr("Half-saturation hours: the effort"));
    html += picture(QStringLiteral("half-saturation"),
                    tr("Curves reaching half their ceiling at 3 and 8 hours"));
    html += paragraph(
        tr("The hours per week at which the activity earns half its max return. A small "
           "number pays off with a little work; a large one needs many hours before it pays. "
           "Defaults: %1 h for media, %2 h for networking.")
            .arg(number(media.halfSaturationHours), number(networking.halfSaturationHours)));

    html += section(QStringLiteral("shape"), tr("Shape: how the return starts"));
    html += picture(QStringLiteral("shape"),
                    tr("A curve bending from the first hour and an S-shaped one"));
    html += paragraph(
        tr("At 1 or below, every hour earns a little less than the one before, from the "
           "first hour on — broadcast media. Above 1 the return stays small until "
           "relationships form, then climbs: an S-shaped curve — networking. Defaults: %1 for "
           "media, %2 for networking. Castnet never fits the shape from results; set it "
           "yourself if you know better.")
            .arg(number(media.shape), number(networking.shape)));

    html += section(QStringLiteral("carry-over"), tr("Carry-over: how long effort lasts"));
    html += picture(QStringLiteral("carry-over"),
                    tr("Momentum building and fading fast at 0.3 and slowly at 0.8"));
    html += paragraph(
        tr("How much of last week's momentum is still there this week, from 0 up to just "
           "under 1. Media (%1) acts fast and fades fast: %2 weeks of steady work reach 90 % "
           "of full momentum. Networking (%3) builds slowly — %4 weeks to 90 % — and keeps "
           "earning after the activity ends; Castnet counts that tail up to the campaign's "
           "last week.")
            .arg(number(media.carryover))
            .arg(core::maturityWeeks(media.carryover))
            .arg(number(networking.carryover))
            .arg(core::maturityWeeks(networking.carryover)));

    html += section(QStringLiteral("trust"), tr("How far to trust the figures"));
    html += paragraph(
        tr("Figures that rest on defaults are marked as such in the window and the report. "
           "Record what each activity actually did week by week (the actuals, with "
           "<tt>castnet actuals import</tt>) and calibrate: with 4 weeks of results Castnet "
           "fits the max return, with 8 also the carry-over, with 16 also the half-saturation "
           "hours, and it reports how well the curve fits and a P10–P90 range."));

    // The pictures are in the document before its text refers to them.
    auto *document = new QTextDocument(m_browser);
    addSketches(*document);
    document->setHtml(html);
    // The browser deletes the document it made itself, not one given to it.
    m_browser->setDocument(document);
    delete m_document;
    m_document = document;
}

void HelpWindow::addSketches(QTextDocument &document) {
    const QPalette palette = m_browser->palette();
    const QColor mediaColor = charts::trackColor(Track::Media, palette);
    const QColor networkingColor = charts::trackColor(Track::Networking, palette);
    const qreal dpr = devicePixelRatioF();
    const QString hours = tr("hours per week");
    const QString weeklyReturn = tr("weekly return");
    auto curve = [](core::ResolvedResponse response, double R, double gamma, double shape) {
        response.maxWeeklyReturn = R;
        response.halfSaturationHours = gamma;
        response.shape = shape;
        return response;
    };
    const auto base = withDefaults(Track::Media);

    const std::pair<QString, CurveSketch> sketches[] = {
        {QStringLiteral("max-return"),
         {hours,
          weeklyReturn,
          30.0,
          110.0,
          {{responseLine(curve(base, 100, 4, 1), 30), mediaColor, tr("max return 100")},
           {responseLine(curve(base, 60, 4, 1), 30), networkingColor, tr("max return 60")}}}},
        {QStringLiteral("half-saturation"),
         {hours,
          weeklyReturn,
          30.0,
          110.0,
          {{responseLine(curve(base, 100, 3, 1), 30), mediaColor, tr("3 h")},
           {responseLine(curve(base, 100, 8, 1), 30), networkingColor, tr("8 h")}}}},
        {QStringLiteral("shape"),
         {hours,
          weeklyReturn,
          20.0,
          110.0,
          {{responseLine(curve(base, 100, 6, 1), 20), mediaColor, tr("shape 1")},
           {responseLine(curve(base, 100, 6, 3), 20), networkingColor, tr("shape 3")}}}},
        {QStringLiteral("carry-over"),
         {tr("weeks (work in weeks 1–10)"),
          tr("momentum, h"),
          16.0,
          5.5,
          {{carryoverLine(0.3, 5.0, 10, 16), mediaColor, tr("0.3")},
           {carryoverLine(0.8, 5.0, 10, 16), networkingColor, tr("0.8")}}}},
    };
    for (const auto &[name, sketch] : sketches)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("sketch:") + name),
                             paintSketch(sketch, sketchSize, dpr, palette));
}

} // namespace castnet::ui
