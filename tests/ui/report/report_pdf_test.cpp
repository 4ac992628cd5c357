// SPDX-License-Identifier: GPL-3.0-or-later
// The report's PDF, checked through what a reader gets out of it: pdftotext
// (poppler-utils) extracts the text, pdfinfo the page size.
#include <regex>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/report/report_model.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "core/workspace/demo.h"
#include "tests/support/file_size_limit.h"
#include "ui/report/chart_svg.h"
#include "ui/report/report_export.h"

namespace castnet::ui {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

// Runs a poppler tool and returns its stdout; empty when it fails.
QString runTool(const QString &tool, const QStringList &arguments) {
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool haveTool(const QString &tool) {
    return !QStandardPaths::findExecutable(tool).isEmpty();
}

std::vector<std::string> sectionTitles(const core::Report &report) {
    std::vector<std::string> titles;
    for (const core::ReportSection &section : report.sections)
        titles.push_back(section.title);
    return titles;
}

class ReportPdfTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        auto workspace = core::SqliteWorkspace::open(
            file("demo.db"), core::SqliteWorkspace::OpenMode::CreateIfMissing);
        ASSERT_TRUE(workspace) << workspace.error().message;
        auto campaign = core::createDemo(**workspace, "2026-03-02");
        ASSERT_TRUE(campaign) << campaign.error().message;
        demoCampaign = *campaign;
        demoBrand = (*workspace)->brands()->front();
        demoActivities = *(*workspace)->activities(campaign->id);
    }

    core::Report demoReport(core::PaperSize paper = core::PaperSize::A4) const {
        core::ReportOptions options;
        options.date = "2026-03-01";
        options.paper = paper;
        return core::buildReport(demoBrand, demoCampaign, demoActivities, {}, options);
    }

    std::string file(const char *name) const {
        return dir.filePath(QString::fromUtf8(name)).toStdString();
    }

    // The text of a PDF, pages separated by form feeds.
    static QString pdfText(const std::string &path) {
        return runTool(QStringLiteral("pdftotext"),
                       {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                        QString::fromStdString(path), QStringLiteral("-")});
    }

    QTemporaryDir dir;
    core::Brand demoBrand;
    core::Campaign demoCampaign;
    std::vector<core::Activity> demoActivities;
};

TEST_F(ReportPdfTest, RunsOnTheOffscreenPlatform) {
    EXPECT_EQ(QGuiApplication::platformName(), QStringLiteral("offscreen"));
}

TEST_F(ReportPdfTest, DemoReportIsAPdfOfSeveralPages) {
    const std::string path = file("demo.pdf");
    ASSERT_TRUE(writeReport(demoReport(), core::ReportFormat::Pdf, path));
    QFile pdf(QString::fromStdString(path));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString text = pdfText(path);
    const qsizetype pages = text.count(QLatin1Char('\f'));
    EXPECT_GT(pages, 1);
    EXPECT_THAT(text.toStdString(),
                HasSubstr(QStringLiteral("Page 1 of %1").arg(pages).toStdString()));
    EXPECT_THAT(text.toStdString(),
                HasSubstr(QStringLiteral("Page %1 of %1").arg(pages).toStdString()));
}

TEST_F(ReportPdfTest, AllThreeFormatsListTheSameSectionsInTheSameOrder) {
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const core::Report report = demoReport();
    const std::vector<std::string> titles = sectionTitles(report);
    ASSERT_TRUE(writeReport(report, core::ReportFormat::Pdf, file("r.pdf")));
    ASSERT_TRUE(writeReport(report, core::ReportFormat::Html, file("r.html")));
    ASSERT_TRUE(writeReport(report, core::ReportFormat::Markdown, file("r.md")));

    // PDF: past the title page (its contents list the titles too), each
    // section's title is a line of its own, in order; a section may start
    // on the page where the last one ends.
    const QString pdf = pdfText(file("r.pdf"));
    const QStringList pages = pdf.split(QLatin1Char('\f'));
    std::vector<std::string> pdfTitles;
    for (qsizetype i = 1; i < pages.size(); ++i) {
        for (const QString &line : pages[i].split(QLatin1Char('\n'))) {
            const std::string text = line.trimmed().toStdString();
            if (pdfTitles.size() < titles.size() && text == titles[pdfTitles.size()])
                pdfTitles.push_back(text);
        }
    }
    EXPECT_EQ(pdfTitles, titles);

    QFile html(QString::fromStdString(file("r.html")));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const std::string htmlText = html.readAll().toStdString();
    std::vector<std::string> htmlTitles;
    static const std::regex h2("<h2>([^<]*)</h2>");
    for (auto it = std::sregex_iterator(htmlText.begin(), htmlText.end(), h2);
         it != std::sregex_iterator(); ++it)
        htmlTitles.push_back((*it)[1].str());
    EXPECT_EQ(htmlTitles, titles);

    QFile md(QString::fromStdString(file("r.md")));
    ASSERT_TRUE(md.open(QIODevice::ReadOnly));
    std::vector<std::string> mdTitles;
    for (const QByteArray &line : md.readAll().split('\n')) {
        if (line.startsWith("## "))
            mdTitles.push_back(line.mid(3).toStdString());
    }
    EXPECT_EQ(mdTitles, titles);
}

TEST_F(ReportPdfTest, AccentsAndChineseInATitleAreExtractable) {
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    demoCampaign.name = "Été à Genève 中文标题 🚲";
    ASSERT_TRUE(writeReport(demoReport(), core::ReportFormat::Pdf, file("intl.pdf")));
    // Noto CJK draws 文 (U+6587) and the radical ⽂ (U+2F42) with one glyph,
    // and the PDF's text map may name either; compatibility normalisation
    // (NFKC), as text search does, reads both as 文.
    const std::string text =
        pdfText(file("intl.pdf")).normalized(QString::NormalizationForm_KC).toStdString();
    EXPECT_THAT(text, HasSubstr("Été à Genève"));
    EXPECT_THAT(text, HasSubstr("中文标题"));
}

TEST_F(ReportPdfTest, ALongTableRepeatsItsHeaderOnEveryPage) {
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    // 150 media activities make the media table run over several pages.
    std::vector<core::Activity> many;
    for (int i = 0; i < 150; ++i) {
        core::Activity activity = demoActivities.front();
        activity.id = core::ActivityId{1000 + i};
        activity.title = "Reel " + std::to_string(i + 1);
        many.push_back(activity);
    }
    const core::Report report = core::buildReport(demoBrand, demoCampaign, many, {}, {});
    ASSERT_TRUE(writeReport(report, core::ReportFormat::Pdf, file("long.pdf")));
    const QStringList pages = pdfText(file("long.pdf")).split(QLatin1Char('\f'));
    // The activity tables' pages: from the section's heading (past the
    // title page's contents) to the next section's; the schedule and the
    // recommendations name the reels too.
    int withRows = 0;
    bool inActivities = false;
    for (qsizetype i = 1; i < pages.size(); ++i) {
        const QString &page = pages[i];
        inActivities = inActivities || page.contains(QStringLiteral("Activities by track"));
        const bool last = page.contains(QStringLiteral("Effort against expected returns"));
        const bool rows = inActivities && page.contains(QStringLiteral("Reel "));
        inActivities = inActivities && !last;
        if (!rows)
            continue;
        ++withRows;
        EXPECT_TRUE(page.contains(QStringLiteral("Why this track")))
            << "a page of the activity table without its header:\n"
            << page.left(400).toStdString();
    }
    EXPECT_GE(withRows, 3);
    const QString all = pages.join(QString());
    EXPECT_TRUE(all.contains(QStringLiteral("Reel 1")));
    EXPECT_TRUE(all.contains(QStringLiteral("Reel 150")));
}

TEST_F(ReportPdfTest, NoTextIsDrawnOutsideThePage) {
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    ASSERT_TRUE(writeReport(demoReport(), core::ReportFormat::Pdf, file("bounds.pdf")));
    const QString boxes = runTool(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-bbox"), QString::fromStdString(file("bounds.pdf")), QStringLiteral("-")});
    ASSERT_FALSE(boxes.isEmpty());
    // A4 is 595.28 × 841.89 pt; the margins are 18 mm (51 pt) on each side.
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<)re"));
    int words = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto match = it.next();
        ++words;
        const double xMin = match.captured(1).toDouble();
        const double xMax = match.captured(3).toDouble();
        const double yMax = match.captured(4).toDouble();
        EXPECT_GE(xMin, 50.0) << match.captured(5).toStdString();
        EXPECT_LE(xMax, 595.28 - 50.0) << match.captured(5).toStdString();
        EXPECT_LE(yMax, 841.89) << match.captured(5).toStdString();
    }
    EXPECT_GT(words, 1000);
}

TEST_F(ReportPdfTest, PaperSizeFollowsTheOptions) {
    if (!haveTool(QStringLiteral("pdfinfo")))
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    ASSERT_TRUE(
        writeReport(demoReport(core::PaperSize::A4), core::ReportFormat::Pdf, file("a4.pdf")));
    ASSERT_TRUE(writeReport(demoReport(core::PaperSize::Letter), core::ReportFormat::Pdf,
                            file("letter.pdf")));
    const QString a4 = runTool(QStringLiteral("pdfinfo"), {QString::fromStdString(file("a4.pdf"))});
    const QString letter =
        runTool(QStringLiteral("pdfinfo"), {QString::fromStdString(file("letter.pdf"))});
    EXPECT_THAT(a4.toStdString(), HasSubstr("(A4)"));
    EXPECT_THAT(letter.toStdString(), HasSubstr("(letter)"));
}

TEST_F(ReportPdfTest, ChartsAreVectorGraphicsNotImages) {
    if (!haveTool(QStringLiteral("pdfimages")))
        GTEST_SKIP() << "pdfimages (poppler-utils) is not installed";
    ASSERT_TRUE(writeReport(demoReport(), core::ReportFormat::Pdf, file("vector.pdf")));
    const QString images =
        runTool(QStringLiteral("pdfimages"),
                {QStringLiteral("-list"), QString::fromStdString(file("vector.pdf"))});
    // The listing is a two-line header and one line per image.
    EXPECT_EQ(images.trimmed().split(QLatin1Char('\n')).size(), 2) << images.toStdString();
}

TEST_F(ReportPdfTest, ChartSvgIsAnSvgDocumentWithText) {
    const core::Report report = demoReport();
    const auto &blocks = report.sections[3].blocks;
    const auto chart = std::find_if(blocks.begin(), blocks.end(), [](const core::ReportBlock &b) {
        return std::holds_alternative<core::ReportChart>(b);
    });
    ASSERT_NE(chart, blocks.end());
    const std::string svg = chartSvg(std::get<core::ReportChart>(*chart), report.units);
    EXPECT_THAT(svg, HasSubstr("<svg"));
    EXPECT_THAT(svg, HasSubstr("Broadcast media")) << "the legend is text, not pixels";
    EXPECT_THAT(svg, ::testing::Not(HasSubstr("<image")));
}

TEST_F(ReportPdfTest, AnUnwritablePathIsAUserErrorAndLeavesNothing) {
    const std::string path = file("missing/report.pdf");
    const auto written = writeReport(demoReport(), core::ReportFormat::Pdf, path);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind, core::Error::Kind::User);
    EXPECT_THAT(written.error().message, HasSubstr(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("demo.db")});
}

TEST_F(ReportPdfTest, YourTextInTheHtmlChartsIsShownAsText) {
    for (core::Activity &activity : demoActivities)
        activity.channel = "<script>alert(1)</script>";
    demoCampaign.returnUnit = "</desc><script>x";
    demoCampaign.name = "<img src=x onerror=alert(1)>";
    ASSERT_TRUE(writeReport(demoReport(), core::ReportFormat::Html, file("hostile.html")));
    QFile html(QString::fromStdString(file("hostile.html")));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const std::string text = html.readAll().toLower().toStdString();
    EXPECT_THAT(text, HasSubstr("<svg")) << "the charts are in the page";
    EXPECT_THAT(text, ::testing::Not(HasSubstr("<script")));
    EXPECT_THAT(text, ::testing::Not(HasSubstr("<img")));
    EXPECT_THAT(text, HasSubstr("&lt;script&gt;"));
}

TEST_F(ReportPdfTest, APdfThatFailsHalfWayKeepsTheOldFileAndLeavesNothingElse) {
    const std::string path = file("keep.pdf");
    {
        QFile old(QString::fromStdString(path));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old report");
    }
    auto written = [&] {
        // As on a full disk: no file may grow past a few kilobytes.
        const core::testing::FileSizeLimit limit(4096);
        return writeReport(demoReport(), core::ReportFormat::Pdf, path);
    }();
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind, core::Error::Kind::User) << written.error().message;
    EXPECT_THAT(written.error().message, HasSubstr(path));
    QFile now(QString::fromStdString(path));
    ASSERT_TRUE(now.open(QIODevice::ReadOnly));
    EXPECT_EQ(now.readAll(), QByteArray("old report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("demo.db"), QStringLiteral("keep.pdf")}));
}

TEST_F(ReportPdfTest, ANewReportReplacesTheOldFile) {
    const std::string path = file("keep.pdf");
    {
        QFile old(QString::fromStdString(path));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old report");
    }
    ASSERT_TRUE(writeReport(demoReport(), core::ReportFormat::Pdf, path));
    QFile now(QString::fromStdString(path));
    ASSERT_TRUE(now.open(QIODevice::ReadOnly));
    EXPECT_TRUE(now.readAll().startsWith("%PDF-")) << "a good write replaces the file";
}

} // namespace
} // namespace castnet::ui
