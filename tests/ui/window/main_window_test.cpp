// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

#include <unistd.h>

#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_json.h"
#include "core/exchange/file_io.h"
#include "core/report/campaign_report.h"
#include "core/report/campaign_workbook.h"
#include "tests/ui/workspace_fixture.h"
#include "ui/commands/commands.h"
#include "ui/help/help_window.h"
#include "ui/report/report_export_dialog.h"
#include "ui/window/gui_app.h"
#include "ui/window/main_window.h"

namespace castnet::ui::test {
namespace {

class MainWindowTest : public UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        // The window opens its own connection to the file.
        commands::detach();
        workspace.reset();
        window = std::make_unique<MainWindow>();
        window->show();
    }

    void TearDown() override {
        window.reset();
        UiWorkspaceTest::TearDown();
    }

    QAction *action(const char *name) const {
        auto *found = window->findChild<QAction *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    QTableView *table() const {
        return window->findChild<QTableView *>(QStringLiteral("activityTable"));
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, OpeningAWorkspaceShowsItsFirstCampaign) {
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Castnet"));
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("workspace.db — Castnet"));
    // Acme's campaigns by name: Autumn comes first.
    EXPECT_EQ(window->currentCampaign(), autumn);
    EXPECT_EQ(table()->model()->rowCount(), 1);
    const auto *status = window->findChild<QLabel *>(QStringLiteral("activityTotals"));
    ASSERT_NE(status, nullptr);
    // 1 × 3 = 3 hours a week
    EXPECT_EQ(status->text(),
              QStringLiteral("1 activity · 3.0 h/week planned, capacity 40.0 h/week"));
}

TEST_F(MainWindowTest, TheStatusBarSetsTheCostliestWeekAgainstTheBudget) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    auto campaign = window->workspace()->campaign(spring);
    ASSERT_TRUE(campaign);
    // The photos cost 3 × 20.00 = 60.00 in each of the 12 weeks.
    campaign->budgetPerWeek = core::Cents(5000);
    ASSERT_TRUE(commands::editCampaign(*campaign));
    const auto *status = window->findChild<QLabel *>(QStringLiteral("activityTotals"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().endsWith(
        QStringLiteral(" · spend up to 60 EUR of 50 EUR/week, 12 weeks over budget")))
        << status->text().toStdString();
    EXPECT_TRUE(status->styleSheet().contains(QStringLiteral("color")));

    campaign->budgetPerWeek = core::Cents(6000);
    ASSERT_TRUE(commands::editCampaign(*campaign));
    EXPECT_TRUE(status->text().endsWith(QStringLiteral(" · spend up to 60 EUR of 60 EUR/week")))
        << status->text().toStdString();
}

TEST_F(MainWindowTest, SelectingACampaignInTheTreeShowsIt) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    EXPECT_EQ(window->currentCampaign(), spring);
    EXPECT_EQ(table()->model()->rowCount(), 3);
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("brandTree"));
    EXPECT_EQ(tree->currentIndex().data().toString(), QStringLiteral("Spring launch"));
}

TEST_F(MainWindowTest, AWorkspaceThatCannotBeOpenedLeavesTheCurrentOne) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    const QString damaged = QString::fromStdString(path) + QStringLiteral(".damaged.db");
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    const auto opened = window->openWorkspace(damaged, {});
    ASSERT_FALSE(opened);
    EXPECT_FALSE(opened.error().message.empty());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("workspace.db — Castnet"));
    EXPECT_EQ(window->currentCampaign(), autumn);
    EXPECT_FALSE(window->openWorkspace(damaged + QStringLiteral(".missing"), {}));
}

TEST_F(MainWindowTest, ActionsAddDuplicateDeleteAndUndo) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    auto *model = table()->model();

    action("Add Activity")->trigger();
    EXPECT_EQ(model->rowCount(), 4);
    table()->selectRow(0);
    action("Duplicate Activities")->trigger();
    EXPECT_EQ(model->rowCount(), 5);
    // The copy is selected: delete it.
    action("Delete Activities")->trigger();
    EXPECT_EQ(model->rowCount(), 4);

    action("Undo")->trigger();
    EXPECT_EQ(model->rowCount(), 5);
    action("Undo")->trigger();
    action("Undo")->trigger();
    EXPECT_EQ(model->rowCount(), 3);
    action("Redo")->trigger();
    EXPECT_EQ(model->rowCount(), 4);
}

TEST_F(MainWindowTest, ExportedCsvImportsBackAsOneUndoStep) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    const QString csv = QString::fromStdString(path) + QStringLiteral(".csv");
    ASSERT_TRUE(window->exportCsvFile(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto bytes = file.readAll().toStdString();
    auto activities = window->workspace()->activities(spring);
    ASSERT_TRUE(activities);
    EXPECT_EQ(bytes, core::writeActivityCsv(*activities));

    auto imported = window->importFile(csv);
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->size(), 3u);
    EXPECT_EQ(table()->model()->rowCount(), 6);
    EXPECT_EQ(table()->selectionModel()->selectedRows().size(), 3);
    action("Undo")->trigger();
    EXPECT_EQ(table()->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, ABadCsvIsRefusedWithTheLineAndNothingImported) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    const QString csv = QString::fromStdString(path) + QStringLiteral(".bad.csv");
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("channel,title,format,interaction,goal,cadence_per_week,hours_per_occurrence,"
               "start_week,end_week\n"
               "Blog,Guide,article,broadcast,leads,1,4,1,40\n");
    file.close();
    const auto imported = window->importFile(csv);
    ASSERT_FALSE(imported);
    EXPECT_NE(imported.error().message.find("line 2"), std::string::npos)
        << imported.error().message;
    EXPECT_EQ(table()->model()->rowCount(), 3);
    EXPECT_EQ(window->undoStack().count(), 0);
}

TEST_F(MainWindowTest, ExportedJsonHoldsTheWholeCampaign) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    const QString json = QString::fromStdString(path) + QStringLiteral(".json");
    ASSERT_TRUE(window->exportJsonFile(json));
    auto text = core::readFile(json.toStdString());
    ASSERT_TRUE(text);
    auto snapshot = core::readCampaignJson(*text);
    ASSERT_TRUE(snapshot) << snapshot.error().message;
    EXPECT_EQ(snapshot->campaign.name, "Spring launch");
    EXPECT_EQ(snapshot->activities.size(), 3u);
}

TEST_F(MainWindowTest, ExportedCalendarHoldsOneEventPerActivity) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    const QString ics = QString::fromStdString(path) + QStringLiteral(".ics");
    ASSERT_TRUE(window->exportCalendarFile(ics));
    auto text = core::readFile(ics.toStdString());
    ASSERT_TRUE(text);
    EXPECT_EQ(text->rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    std::size_t events = 0;
    for (std::size_t at = text->find("BEGIN:VEVENT"); at != std::string::npos;
         at = text->find("BEGIN:VEVENT", at + 1))
        ++events;
    // Spring launch's three activities (3 and 5 a week, one every 4 weeks).
    EXPECT_EQ(events, 3u);
    EXPECT_TRUE(action("Export Calendar")->isEnabled());
}

TEST_F(MainWindowTest, ActionsHaveStandardShortcuts) {
    EXPECT_EQ(action("Open Workspace")->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(action("New Workspace")->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(action("Undo")->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(action("Redo")->shortcut(), QKeySequence(QKeySequence::Redo));
    EXPECT_EQ(action("Quit")->shortcut(), QKeySequence(QKeySequence::Quit));
}

TEST_F(MainWindowTest, FilterNarrowsTheTable) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("activityFilter"));
    ASSERT_NE(filter, nullptr);
    filter->setText(QStringLiteral("instagram"));
    EXPECT_EQ(table()->model()->rowCount(), 1);
}

TEST_F(MainWindowTest, OpenedWorkspacesAreRememberedInTheTestSettingsOnly) {
    EXPECT_EQ(QCoreApplication::applicationName(), QStringLiteral("castnet-tests"));
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    const QSettings settings;
    EXPECT_EQ(settings.value(QStringLiteral("workspace/last")).toString(),
              QFileInfo(QString::fromStdString(path)).absoluteFilePath());
}

TEST_F(MainWindowTest, ANewDefaultWorkspaceStartsWithTheDemoBrand) {
    const auto fresh =
        QFileInfo(QString::fromStdString(path)).dir().filePath(QStringLiteral("fresh/castnet.db"));
    QDir().mkpath(QFileInfo(fresh).absolutePath());
    ASSERT_TRUE(window->openWorkspace(fresh, {.createIfMissing = true, .demoIfNew = true}));
    ASSERT_TRUE(window->currentCampaign());
    EXPECT_GT(table()->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, AnEmptyWorkspaceSaysWhatToDoFirstAndTheDemoFillsIt) {
    const auto empty =
        QFileInfo(QString::fromStdString(path)).dir().filePath(QStringLiteral("empty.db"));
    ASSERT_TRUE(window->openWorkspace(empty, {.createIfMissing = true, .demoIfNew = false}));
    auto *welcome = window->findChild<QWidget *>(QStringLiteral("welcomePanel"));
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    const auto *heading = welcome->findChild<QLabel *>();
    ASSERT_NE(heading, nullptr);
    EXPECT_EQ(heading->text(), QStringLiteral("This workspace is empty"));

    auto *demo =
        welcome->findChild<QPushButton *>(QStringLiteral("Fill with the Demo BrandButton"));
    ASSERT_NE(demo, nullptr);
    EXPECT_TRUE(demo->isEnabled());
    QTest::mouseClick(demo, Qt::LeftButton);
    EXPECT_FALSE(welcome->isVisible());
    ASSERT_TRUE(window->currentCampaign());
    EXPECT_GT(table()->model()->rowCount(), 0);
    // A workspace with brands is never filled a second time.
    EXPECT_FALSE(action("Fill with the Demo Brand")->isEnabled());
}

TEST_F(MainWindowTest, AWorkspaceWithCampaignsShowsTheEditorNotTheWelcome) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    auto *welcome = window->findChild<QWidget *>(QStringLiteral("welcomePanel"));
    ASSERT_NE(welcome, nullptr);
    EXPECT_FALSE(welcome->isVisible());
    EXPECT_TRUE(window->findChild<QWidget *>(QStringLiteral("campaignForm"))->isVisible());
    EXPECT_FALSE(action("Fill with the Demo Brand")->isEnabled());
}

TEST_F(MainWindowTest, F1OpensTheHelpOnTheTwoTracksAndTheModel) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    EXPECT_EQ(action("Castnet Help")->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QApplication::setActiveWindow(window.get());
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto *help = window->findChild<HelpWindow *>();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    const QString text = help->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Broadcast media is one-to-many")));
    // The defaults quoted come from the model's own table (DESIGN §5).
    EXPECT_TRUE(text.contains(QStringLiteral("Defaults: 6 h for media, 3 h for networking.")));
    // ceil(ln 0.1 / ln 0.3) = ceil(1.91) = 2 weeks; ceil(ln 0.1 / ln 0.8) = ceil(10.3) = 11.
    EXPECT_TRUE(text.contains(QStringLiteral("2 weeks of steady work")));
    EXPECT_TRUE(text.contains(QStringLiteral("11 weeks to 90 %")));
}

TEST_F(MainWindowTest, AboutNamesTheVersion) {
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QString shown;
    QTimer::singleShot(0, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text();
            box->accept();
        }
    });
    action("About Castnet")->trigger();
    QCoreApplication::setApplicationVersion(version);
    EXPECT_TRUE(shown.contains(QStringLiteral("Castnet 9.8.7"))) << shown.toStdString();
}

TEST(GuiAppTest, TheApplicationIconIsBuiltIn) {
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/icons/castnet.svg")));
}

TEST(GuiAppTest, WithoutADisplayItSaysSoAndExitsTwo) {
    const auto saved = {std::pair{"DISPLAY", qgetenv("DISPLAY")},
                        std::pair{"WAYLAND_DISPLAY", qgetenv("WAYLAND_DISPLAY")},
                        std::pair{"QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM")}};
    for (const auto &[name, value] : saved)
        qunsetenv(name);
    char program[] = "castnet";
    char *argv[] = {program, nullptr};
    testing::internal::CaptureStderr();
    const auto code = runGui(1, argv, std::nullopt);
    const auto error = testing::internal::GetCapturedStderr();
    for (const auto &[name, value] : saved) {
        if (!value.isEmpty())
            qputenv(name, value);
    }
    EXPECT_EQ(code, 2);
    EXPECT_EQ(error, "castnet: no display found; the headless subcommands are demo, import, "
                     "export, classify, project, compare, optimize, report, actuals, baseline, "
                     "progress, calibrate, server, copy (see castnet --help)\n");
}

// Reliability item 3 in the window: the save dialog's "Replace?" must not let
// an export overwrite the open workspace, by its name or by a hard link.
TEST_F(MainWindowTest, ExportsRefuseTheOpenWorkspaceAndLeaveItAsItWas) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    ASSERT_TRUE(window->selectCampaign(spring));
    const auto before = core::readFile(path);
    ASSERT_TRUE(before);
    const QString file = QString::fromStdString(path);
    const QString link = file + QStringLiteral(".link");
    ASSERT_TRUE(QFile::link(file, link));
    const QString hardLink = file + QStringLiteral(".hard");
    ASSERT_EQ(::link(path.c_str(), hardLink.toLocal8Bit().constData()), 0);

    for (const QString &target : {file, link, hardLink}) {
        for (auto write : {&MainWindow::exportCsvFile, &MainWindow::exportJsonFile,
                           &MainWindow::exportCalendarFile}) {
            const auto written = ((*window).*write)(target);
            ASSERT_FALSE(written) << target.toStdString();
            EXPECT_NE(written.error().message.find("itself; choose another file"),
                      std::string::npos)
                << written.error().message;
        }
    }
    auto report = core::buildCampaignReport(*window->workspace(), spring, {});
    ASSERT_TRUE(report) << report.error().message;
    ReportExportDialog dialog([report = *report](core::PaperSize) { return report; },
                              QStringLiteral("Spring"));
    dialog.setWorkspaceFile(file);
    for (const QString &target : {file, link, hardLink})
        EXPECT_FALSE(dialog.writeTo(target)) << target.toStdString();
    const auto after = core::readFile(path);
    ASSERT_TRUE(after);
    EXPECT_EQ(*after, *before);
    EXPECT_EQ(table()->model()->rowCount(), 3);

    const QString elsewhere = file + QStringLiteral(".report.pdf");
    EXPECT_TRUE(dialog.writeTo(elsewhere));
    EXPECT_GT(QFileInfo(elsewhere).size(), 0);
}

// Export Report offers the workbook of DESIGN §16 and writes it like the
// other formats: never over the open workspace.
TEST_F(MainWindowTest, ExportReportWritesTheWorkbookButNotOverTheWorkspace) {
    ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
    const auto before = core::readFile(path);
    ASSERT_TRUE(before);
    auto report = core::buildCampaignReport(*window->workspace(), spring, {});
    ASSERT_TRUE(report) << report.error().message;
    ReportExportDialog dialog([report = *report](core::PaperSize) { return report; },
                              QStringLiteral("Spring"));
    const QString file = QString::fromStdString(path);
    dialog.setWorkspaceFile(file);
    core::Workspace *workspace = window->workspace();
    dialog.setWorkbookSource(
        [workspace, id = spring] { return core::buildCampaignWorkbook(*workspace, id, {}); });
    auto *format = dialog.findChild<QComboBox *>();
    ASSERT_NE(format, nullptr);
    const int xlsx = format->findData(int(core::ReportFormat::Xlsx));
    ASSERT_GE(xlsx, 0) << "the workbook is offered";
    format->setCurrentIndex(xlsx);

    EXPECT_FALSE(dialog.writeTo(file));
    const auto after = core::readFile(path);
    ASSERT_TRUE(after);
    EXPECT_EQ(*after, *before);

    const QString elsewhere = file + QStringLiteral(".xlsx");
    ASSERT_TRUE(dialog.writeTo(elsewhere));
    const auto written = core::readFile(elsewhere.toStdString());
    ASSERT_TRUE(written);
    EXPECT_EQ(written->rfind("PK\x03\x04", 0), 0u) << "a zip, as every .xlsx is";
}

} // namespace
} // namespace castnet::ui::test
