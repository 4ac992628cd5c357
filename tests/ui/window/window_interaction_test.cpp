// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window driven as a user drives it: mouse clicks on the tree and
// the tabs, keys typed into the focused widget.
#include <algorithm>

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QValueAxis>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/charts/scenario_chart.h"
#include "ui/editor/activity_table_model.h"
#include "ui/scenarios/optimizer_dialog.h"
#include "ui/scenarios/scenario_hours_model.h"
#include "ui/window/main_window.h"

namespace castnet::ui::test {
namespace {

using namespace Qt::StringLiterals;

class WindowInteractionTest : public UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        // The window opens its own connection to the file.
        commands::detach();
        workspace.reset();
        window = std::make_unique<MainWindow>();
        window->resize(1024, 700);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
        // A message box would wait for a click forever: note its text and close it.
        QObject::connect(&m_boxes, &QTimer::timeout, [this] {
            for (auto *widget : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                    messages.append(box->text());
                    box->reject();
                }
            }
        });
        m_boxes.start(200);
    }

    void TearDown() override {
        window.reset();
        UiWorkspaceTest::TearDown();
    }

    template<typename T> T *child(const QString &name) const {
        auto *found = window->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    // Clicks the tab whose text, without its mnemonic, is `title`.
    void clickTab(const QString &title) {
        auto *tabs = child<QTabWidget>(u"campaignTabs"_s);
        auto *bar = tabs->tabBar();
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).remove(u'&') == title) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                settle();
                ASSERT_EQ(tabs->currentIndex(), i);
                return;
            }
        }
        FAIL() << "no tab " << title.toStdString();
    }

    // Clicks the brand or campaign row named `name` in the tree.
    void clickTreeRow(const QString &name) {
        auto *tree = child<QTreeView>(u"brandTree"_s);
        tree->expandAll();
        const auto found = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name,
                                                1, Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_EQ(found.size(), 1) << name.toStdString();
        tree->scrollTo(found.front());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(found.front()).center());
        settle();
    }

    // The tabs recompute once the events of an edit have all arrived.
    static void settle() {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    static QStringList lineNames(const QChart &chart) {
        QStringList names;
        for (auto *series : chart.series())
            names.append(series->name());
        return names;
    }

    static QString valueAxisTitle(const QChart &chart, Qt::Alignment side) {
        const auto axes = chart.axes(side == Qt::AlignLeft ? Qt::Vertical : Qt::Horizontal);
        return axes.isEmpty() ? QString() : axes.front()->titleText();
    }

    std::unique_ptr<MainWindow> window;
    QStringList messages; // the message boxes shown

private:
    QTimer m_boxes;
};

TEST_F(WindowInteractionTest, CompareShowsNoScenarioOfTheCampaignLeftWhenABrandIsSelected) {
    clickTreeRow(u"Spring launch"_s);
    ASSERT_EQ(window->currentCampaign(), spring);
    ASSERT_TRUE(commands::addPlanScenario(spring, "Bold"));
    clickTab(u"Compare"_s);
    auto *chart = child<charts::ScenarioChart>(u"scenarioChart"_s);
    ASSERT_EQ(lineNames(*chart->cumulativeChart()), (QStringList{u"plan"_s, u"Bold"_s}));
    ASSERT_EQ(valueAxisTitle(*chart->cumulativeChart(), Qt::AlignLeft), u"points"_s);

    clickTreeRow(u"Beta"_s);
    EXPECT_FALSE(window->currentCampaign());
    EXPECT_TRUE(lineNames(*chart->cumulativeChart()).isEmpty());
    EXPECT_EQ(chart->trackChart()->series().size(), 1); // the bar series, emptied
    for (QChart *shown : {chart->cumulativeChart(), chart->trackChart()})
        EXPECT_EQ(valueAxisTitle(*shown, Qt::AlignLeft), QString());
}

TEST_F(WindowInteractionTest, CompareShowsTheOpenedWorkspacesScenariosAndUnit) {
    clickTreeRow(u"Spring launch"_s);
    ASSERT_TRUE(commands::addPlanScenario(spring, "Bold"));
    clickTab(u"Compare"_s);
    auto *chart = child<charts::ScenarioChart>(u"scenarioChart"_s);
    ASSERT_EQ(lineNames(*chart->cumulativeChart()), (QStringList{u"plan"_s, u"Bold"_s}));

    // Another workspace whose first campaign counts leads and has its own
    // scenario; its ids start at 1 again, like this one's.
    const QString other = QString::fromStdString(path) + u".other.db"_s;
    {
        auto opened = core::SqliteWorkspace::open(other.toStdString(),
                                                  core::SqliteWorkspace::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened) << opened.error().message;
        core::Brand brand;
        brand.name = "Gamma";
        auto stored = (*opened)->addBrand(brand);
        ASSERT_TRUE(stored) << stored.error().message;
        auto campaign = core::defaultCampaign("Winter", "2026-03-02");
        campaign.brandId = stored->id;
        campaign.returnUnit = "leads";
        auto added = (*opened)->addCampaign(campaign);
        ASSERT_TRUE(added) << added.error().message;
        ASSERT_EQ(added->id, spring);
        auto activities = (*opened)->addActivities(
            added->id, {activity("Email", "Digest", core::Format::Newsletter,
                                 core::Interaction::Broadcast, core::Goal::Leads, 1, 2, 52)});
        ASSERT_TRUE(activities) << activities.error().message;
        core::Scenario careful;
        careful.campaignId = added->id;
        careful.name = "Careful";
        careful.allocations.push_back(core::Allocation{activities->front().id, 1.0});
        ASSERT_TRUE((*opened)->addScenario(careful));
    }
    ASSERT_TRUE(window->openWorkspace(other, {}));
    settle();
    EXPECT_EQ(lineNames(*chart->cumulativeChart()), (QStringList{u"plan"_s, u"Careful"_s}));
    EXPECT_EQ(valueAxisTitle(*chart->cumulativeChart(), Qt::AlignLeft), u"leads"_s);
}

TEST_F(WindowInteractionTest, ScenarioHoursAreTypedOneRowAfterAnother) {
    clickTreeRow(u"Spring launch"_s);
    ASSERT_TRUE(commands::addPlanScenario(spring, "Bold"));
    clickTab(u"Compare"_s);
    // The scenario the hours belong to is the current one in the list.
    auto *list = child<QListWidget>(u"scenarioList"_s);
    const auto bold = list->findItems(u"Bold"_s, Qt::MatchExactly);
    ASSERT_EQ(bold.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(bold.front()).center());
    settle();

    auto *table = child<QTableView>(u"scenarioHoursTable"_s);
    const int column = ScenarioHoursModel::ScenarioColumn;
    ASSERT_EQ(table->model()->rowCount(), 3);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, column)).center());
    // Enter, Down, F2 from the first row to the last.
    const QStringList typed{u"2"_s, u"3"_s, u"4"_s};
    for (int row = 0; row < typed.size(); ++row) {
        ASSERT_EQ(table->currentIndex().row(), row);
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = QApplication::focusWidget();
        ASSERT_NE(editor, table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, typed[row]);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        EXPECT_EQ(table->currentIndex().row(), row) << "after the edit of row " << row;
        EXPECT_EQ(QApplication::focusWidget(), table);
        if (row + 1 < typed.size())
            QTest::keyClick(table, Qt::Key_Down);
    }

    auto stored = window->workspace()->scenarios(spring);
    ASSERT_TRUE(stored) << stored.error().message;
    ASSERT_EQ(stored->size(), 1u);
    for (std::size_t i = 0; i < springActivities.size(); ++i) {
        const auto &allocations = stored->front().allocations;
        const auto found =
            std::find_if(allocations.begin(), allocations.end(), [&](const core::Allocation &a) {
                return a.activityId == springActivities[i];
            });
        ASSERT_NE(found, allocations.end());
        EXPECT_DOUBLE_EQ(found->hours, typed[static_cast<int>(i)].toDouble());
    }
}

// Answers the next modal file dialog with `path`, as if typed and accepted.
// A dialog left open by a failed check is rejected, so the test ends.
void answerFileDialog(const QString &path) {
    QTimer::singleShot(0, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no file dialog open";
        dialog->selectFile(path);
        EXPECT_EQ(dialog->selectedFiles(), QStringList{path});
        static_cast<QDialog *>(dialog)->accept(); // as the Open button does
        if (dialog->isVisible())
            dialog->reject();
    });
}

TEST_F(WindowInteractionTest, ImportReadsAnExportedJsonAsJson) {
    clickTreeRow(u"Spring launch"_s);
    ASSERT_TRUE(commands::addPlanScenario(spring, "Bold"));
    const QString json = QString::fromStdString(path) + u".export"_s; // no telling suffix
    ASSERT_TRUE(window->exportJsonFile(json));

    clickTreeRow(u"Launch"_s); // Beta's, 52 weeks and no activity yet
    ASSERT_EQ(window->currentCampaign(), launch);
    const int steps = window->undoStack().count();
    answerFileDialog(json);
    QTest::keyClick(child<QTableView>(u"activityTable"_s), Qt::Key_I, Qt::ControlModifier);
    settle();
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();

    // The three activities of the file.
    auto activities = window->workspace()->activities(launch);
    ASSERT_TRUE(activities) << activities.error().message;
    ASSERT_EQ(activities->size(), 3u);
    auto scenarios = window->workspace()->scenarios(launch);
    ASSERT_TRUE(scenarios) << scenarios.error().message;
    ASSERT_EQ(scenarios->size(), 1u);
    EXPECT_EQ(scenarios->front().name, "Bold");
    // Its hours now belong to the imported copies, not to Spring's rows.
    ASSERT_EQ(scenarios->front().allocations.size(), 3u);
    for (const auto &allocation : scenarios->front().allocations)
        EXPECT_TRUE(
            std::any_of(activities->begin(), activities->end(),
                        [&](const core::Activity &a) { return a.id == allocation.activityId; }));
    EXPECT_EQ(window->undoStack().count(), steps + 1);

    // The dialog gone, the window manager activates the window again.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(child<QTableView>(u"activityTable"_s), Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(window->undoStack().index(), steps);
    EXPECT_TRUE(window->workspace()->activities(launch)->empty());
    EXPECT_TRUE(window->workspace()->scenarios(launch)->empty());
}

TEST_F(WindowInteractionTest, AJsonWhoseScenarioNameIsTakenIsRefusedWhole) {
    clickTreeRow(u"Spring launch"_s);
    ASSERT_TRUE(commands::addPlanScenario(spring, "Bold"));
    const QString json = QString::fromStdString(path) + u".json"_s;
    ASSERT_TRUE(window->exportJsonFile(json));
    const int steps = window->undoStack().count();

    const auto imported = window->importFile(json);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().message,
              "campaign \"Spring launch\" already has a scenario named \"Bold\"; rename it in the "
              "file or delete it first");
    EXPECT_EQ(window->workspace()->activities(spring)->size(), 3u);
    EXPECT_EQ(window->workspace()->scenarios(spring)->size(), 1u);
    EXPECT_EQ(window->undoStack().count(), steps);
}

TEST_F(WindowInteractionTest, AJsonActivityOutsideTheCampaignIsRefusedByItsPath) {
    clickTreeRow(u"Spring launch"_s);
    const QString json = QString::fromStdString(path) + u".json"_s;
    ASSERT_TRUE(window->exportJsonFile(json)); // 12 weeks
    clickTreeRow(u"Autumn"_s);                 // 8 weeks
    const auto imported = window->importFile(json);
    ASSERT_FALSE(imported);
    EXPECT_NE(imported.error().message.find("activities[0].end_week"), std::string::npos)
        << imported.error().message;
    EXPECT_EQ(window->workspace()->activities(autumn)->size(), 1u);
}

// A text field as X11's key bindings make every QLineEdit: Ctrl+E moves to
// the end of the line, so the field claims the key before any shortcut.
// (The offscreen platform's bindings leave Ctrl+E alone.)
class EndOfLineField final : public QLineEdit {
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent *event) override {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->keyCombination() ==
                QKeyCombination(Qt::ControlModifier, Qt::Key_E)) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
};

TEST_F(WindowInteractionTest, CtrlEExportsWhileATextFieldHasFocus) {
    clickTreeRow(u"Spring launch"_s);
    auto *filter = child<QLineEdit>(u"activityFilter"_s);
    auto *endOfLine = new EndOfLineField(window->centralWidget());
    endOfLine->setGeometry(0, 0, 160, 28);
    endOfLine->show();
    endOfLine->raise();
    int exports = 0;
    for (QLineEdit *field : {filter, static_cast<QLineEdit *>(endOfLine)}) {
        QTest::mouseClick(field, Qt::LeftButton);
        ASSERT_EQ(QApplication::focusWidget(), field);
        const QString csv = QString::fromStdString(path) + u".%1.csv"_s.arg(++exports);
        answerFileDialog(csv);
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        settle();
        EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
        EXPECT_TRUE(QFileInfo::exists(csv)) << "from " << field->metaObject()->className();
        EXPECT_EQ(field->text(), QString());
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
}

// A label shows its "&" literally unless it has a buddy to give the focus to.
void expectEveryMnemonicLabelHasABuddy(const QWidget &root) {
    for (const auto *label : root.findChildren<QLabel *>()) {
        const auto text = QString(label->text()).remove(u"&&"_s);
        if (text.contains(u'&') && label->textFormat() != Qt::RichText &&
            !Qt::mightBeRichText(label->text()))
            EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
    }
}

TEST_F(WindowInteractionTest, NoLabelShowsALiteralAmpersand) {
    clickTreeRow(u"Spring launch"_s);
    expectEveryMnemonicLabelHasABuddy(*window);
    auto campaign = window->workspace()->campaign(spring);
    ASSERT_TRUE(campaign);
    campaign->budgetPerWeek = core::Cents(50000);
    OptimizerDialog dialog(*campaign, *window->workspace()->activities(spring), window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    expectEveryMnemonicLabelHasABuddy(dialog);
    // Alt+B reaches the budget as the label promises.
    QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier);
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_EQ(QApplication::focusWidget()->accessibleName(), u"Budget per week"_s);
}

TEST_F(WindowInteractionTest, ABrandShowsNoValuesOfACampaign) {
    clickTreeRow(u"Spring launch"_s);
    auto *capacity = child<QLineEdit>(u"campaignCapacity"_s);
    ASSERT_FALSE(capacity->text().isEmpty());
    clickTreeRow(u"Beta"_s);
    auto *form = child<QWidget>(u"campaignForm"_s);
    EXPECT_FALSE(form->isEnabled());
    for (const auto *field : form->findChildren<QLineEdit *>())
        EXPECT_EQ(field->text(), QString()) << field->objectName().toStdString();
    // The currency a campaign would have, beside its budget.
    const auto currency = QString::fromStdString(core::Campaign{}.currency);
    for (const auto *label : form->findChildren<QLabel *>())
        EXPECT_NE(label->text(), currency);
    for (const auto *box : form->findChildren<QComboBox *>())
        EXPECT_EQ(box->currentText(), QString());
    // Back on a campaign, its values return.
    clickTreeRow(u"Autumn"_s);
    EXPECT_EQ(child<QLineEdit>(u"campaignWeeks"_s)->text(), u"8"_s);
}

TEST_F(WindowInteractionTest, TheTableIsFilteredByTrackChannelFormatAndGoal) {
    clickTreeRow(u"Spring launch"_s);
    auto *table = child<QTableView>(u"activityTable"_s);
    auto *count = child<QLabel>(u"shownCount"_s);
    const auto shownTitles = [table] {
        QStringList titles;
        const int column = ActivityTableModel::columnOf(ActivityTableModel::Title);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            titles.append(table->model()->index(row, column).data().toString());
        return titles;
    };
    EXPECT_FALSE(count->isVisible());
    QTest::keyClick(window.get(), Qt::Key_W, Qt::AltModifier); // "Show:"
    auto *track = child<QComboBox>(u"trackFilter"_s);
    ASSERT_EQ(QApplication::focusWidget(), track);
    QTest::keyClick(track, Qt::Key_Down);
    EXPECT_EQ(track->currentText(), u"media"_s);
    EXPECT_EQ(shownTitles(), QStringList{u"Product photos"_s});
    EXPECT_TRUE(count->isVisible());
    EXPECT_EQ(count->text(), u"1 of 3 shown"_s);
    QTest::keyClick(track, Qt::Key_Down);
    EXPECT_EQ(shownTitles(), (QStringList{u"Answer questions"_s, u"Monthly meetup"_s}));
    EXPECT_EQ(count->text(), u"2 of 3 shown"_s);

    // The channels offered are the campaign's, sorted: Instagram, LinkedIn group, Meetup.
    QTest::keyClick(track, Qt::Key_Tab);
    auto *channel = child<QComboBox>(u"channelFilter"_s);
    ASSERT_EQ(QApplication::focusWidget(), channel);
    QTest::keyClick(channel, Qt::Key_End);
    EXPECT_EQ(channel->currentText(), u"Meetup"_s);
    EXPECT_EQ(shownTitles(), QStringList{u"Monthly meetup"_s});
    QTest::keyClick(channel, Qt::Key_Home);
    QTest::keyClick(channel, Qt::Key_Tab);
    auto *format = child<QComboBox>(u"formatFilter"_s);
    ASSERT_EQ(QApplication::focusWidget(), format);
    format->setCurrentIndex(format->findData(u"thread_reply"_s));
    EXPECT_EQ(shownTitles(), QStringList{u"Answer questions"_s});
    QTest::keyClick(format, Qt::Key_Home);
    QTest::keyClick(format, Qt::Key_Tab);
    auto *goal = child<QComboBox>(u"goalFilter"_s);
    ASSERT_EQ(QApplication::focusWidget(), goal);
    goal->setCurrentIndex(goal->findData(u"awareness"_s));
    // Networking and awareness: none of the three.
    EXPECT_TRUE(shownTitles().isEmpty());
    EXPECT_EQ(count->text(), u"0 of 3 shown"_s);
    QTest::keyClick(goal, Qt::Key_Home);
    track->setFocus();
    QTest::keyClick(track, Qt::Key_Home);
    EXPECT_EQ(shownTitles().size(), 3);
    EXPECT_FALSE(count->isVisible());

    // With the text filter too.
    auto *filter = child<QLineEdit>(u"activityFilter"_s);
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, u"meet"_s);
    EXPECT_EQ(shownTitles(), QStringList{u"Monthly meetup"_s});
    EXPECT_EQ(count->text(), u"1 of 3 shown"_s);
}

TEST_F(WindowInteractionTest, NumbersFollowTheUsersLocaleAndFilesDoNot) {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    clickTreeRow(u"Spring launch"_s);
    auto *table = child<QTableView>(u"activityTable"_s);
    const auto cell = [table](int row, ActivityTableModel::Column column) {
        return table->model()->index(row, ActivityTableModel::columnOf(column)).data().toString();
    };
    // Product photos: 1.5 h each, 20.00 per post.
    EXPECT_EQ(cell(0, ActivityTableModel::HoursPerOccurrence), u"1,5"_s);
    EXPECT_EQ(cell(0, ActivityTableModel::CostPerOccurrence), u"20,00"_s);
    const auto *totals = child<QLabel>(u"activityTotals"_s);
    EXPECT_TRUE(totals->text().endsWith(u"capacity 40,0 h/week"_s)) << totals->text().toStdString();

    const QString csv = QString::fromStdString(path) + u".csv"_s;
    ASSERT_TRUE(window->exportCsvFile(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u",1.5,"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"1,5"_s));
    QLocale::setDefault(before);
}

} // namespace
} // namespace castnet::ui::test
