// SPDX-License-Identifier: GPL-3.0-or-later
// The activity table's editors, driven by real key presses as a user types
// them: a typed value is stored as typed or refused where it was typed, with
// the field's name and range, and the old value stays (DESIGN §8).
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/editor/activities_page.h"
#include "ui/editor/activity_table_model.h"

namespace castnet::ui::test {
namespace {

using Column = ActivityTableModel::Column;

class DelegatesTest : public UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        page = std::make_unique<ActivitiesPage>(notifier);
        page->resize(1600, 400);
        page->show();
        QApplication::setActiveWindow(page.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
        table = page->findChild<QTableView *>(QStringLiteral("activityTable"));
        ASSERT_NE(table, nullptr);
        showCampaign(spring);
    }

    void TearDown() override {
        page.reset();
        QLocale::setDefault(QLocale::c());
        UiWorkspaceTest::TearDown();
    }

    void showCampaign(core::CampaignId campaign) { ASSERT_TRUE(page->setCampaign(campaign)); }

    // As a user does: go to the cell, type over it, press Tab.
    void typeInCell(int row, Column column, const QString &text) {
        const auto cell = table->model()->index(row, ActivityTableModel::columnOf(column));
        table->setFocus();
        table->setCurrentIndex(cell);
        // Key by key to whichever widget has the focus, as the keyboard does.
        for (const auto character : text)
            QTest::keyClicks(QApplication::focusWidget(), QString(character));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }

    // The message line under the table.
    QString message() const {
        const auto *line = page->findChild<QLabel *>(QStringLiteral("activityMessage"));
        return line != nullptr ? line->text() : QString();
    }

    std::unique_ptr<ActivitiesPage> page;
    QTableView *table = nullptr;
};

// Issue 11, item 16: "1,5" in Per week stored 15.
TEST_F(DelegatesTest, ACommaThatIsNotTheDecimalSeparatorIsRefusedNotDropped) {
    const auto photos = springActivities[0];
    typeInCell(0, Column::CadencePerWeek, QStringLiteral("1,5"));
    EXPECT_EQ(storedActivity(photos).cadencePerWeek, 3.0); // as seeded
    EXPECT_TRUE(message().contains(QStringLiteral("Per week"))) << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("0 to 1000"))) << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("\"1,5\""))) << message().toStdString();
}

TEST_F(DelegatesTest, TheLocaleDecimalSeparatorIsRead) {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    typeInCell(0, Column::CadencePerWeek, QStringLiteral("1,5"));
    EXPECT_EQ(storedActivity(springActivities[0]).cadencePerWeek, 1.5);
    typeInCell(1, Column::CadencePerWeek, QStringLiteral("2.5")); // a dot is read as well
    EXPECT_EQ(storedActivity(springActivities[1]).cadencePerWeek, 2.5);
    EXPECT_TRUE(message().isEmpty()) << message().toStdString();
}

// Item 16: "-2" in Hours each became 0 and the 1.5 was lost.
TEST_F(DelegatesTest, ANegativeHoursFigureIsRefusedAndTheOldValueStays) {
    typeInCell(0, Column::HoursPerOccurrence, QStringLiteral("-2"));
    EXPECT_EQ(storedActivity(springActivities[0]).hoursPerOccurrence, 1.5);
    EXPECT_TRUE(message().contains(QStringLiteral("Hours each"))) << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("0 to 168"))) << message().toStdString();
    const auto cell =
        table->model()->index(0, ActivityTableModel::columnOf(Column::HoursPerOccurrence));
    EXPECT_EQ(cell.data().toString(), QStringLiteral("1.5"));
}

// Item 16: 12 typed into From wk of a shorter campaign kept only the "1".
TEST_F(DelegatesTest, AWeekBeyondTheCampaignIsRefusedWithTheCampaignsRange) {
    showCampaign(autumn); // 8 weeks, its newsletter runs weeks 1 to 8
    typeInCell(0, Column::StartWeek, QStringLiteral("12"));
    EXPECT_EQ(storedActivity(autumnActivity).startWeek, 1);
    EXPECT_TRUE(message().contains(QStringLiteral("Start week"))) << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("1 to 8"))) << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("\"12\""))) << message().toStdString();
}

// Item 16: letters were ignored without a word.
TEST_F(DelegatesTest, LettersInANumberAreRefusedWithAWord) {
    typeInCell(2, Column::SetupHours, QStringLiteral("6h"));
    EXPECT_EQ(storedActivity(springActivities[2]).setupHours, 6.0); // unchanged
    EXPECT_TRUE(message().contains(QStringLiteral("Setup hours"))) << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("\"6h\""))) << message().toStdString();
}

// Item 18: typing "video" in Format stored "event", one choice per key.
TEST_F(DelegatesTest, AChoiceCellCompletesTheWholeWordBeforeStoringIt) {
    typeInCell(0, Column::Format, QStringLiteral("video"));
    EXPECT_EQ(storedActivity(springActivities[0]).format, core::Format::Video);
    typeInCell(1, Column::Interaction, QStringLiteral("dia")); // completed to "dialogue"
    EXPECT_EQ(storedActivity(springActivities[1]).interaction, core::Interaction::Dialogue);
    EXPECT_EQ(stack.count(), 2); // one edit each, none per keystroke
}

TEST_F(DelegatesTest, AWordThatIsNoChoiceIsRefusedWithTheChoices) {
    typeInCell(0, Column::Goal, QStringLiteral("fame"));
    EXPECT_EQ(storedActivity(springActivities[0]).goal, core::Goal::Awareness);
    EXPECT_TRUE(message().startsWith(QStringLiteral("Goal"))) << message().toStdString();
    EXPECT_EQ(stack.count(), 0);
}

// Item 19: messages name fields as a person would, under the table and in
// the status bar.
TEST_F(DelegatesTest, ARefusalNamesTheFieldsAsTheTableDoes) {
    QSignalSpy status(page.get(), &ActivitiesPage::message);
    typeInCell(2, Column::StartWeek, QStringLiteral("6"));
    ASSERT_EQ(storedActivity(springActivities[2]).startWeek, 6);
    typeInCell(2, Column::EndWeek, QStringLiteral("3"));
    EXPECT_EQ(storedActivity(springActivities[2]).endWeek, 12);
    EXPECT_EQ(message(), QStringLiteral("End week 3 is before start week 6"));
    ASSERT_GE(status.count(), 1);
    EXPECT_EQ(status.last().at(0).toString(), QStringLiteral("End week 3 is before start week 6"));
    const auto cell = table->model()->index(2, ActivityTableModel::columnOf(Column::EndWeek));
    EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(),
              QStringLiteral("End week 3 is before start week 6"));

    typeInCell(2, Column::EndWeek, QStringLiteral("10")); // accepted: the message goes
    EXPECT_EQ(storedActivity(springActivities[2]).endWeek, 10);
    EXPECT_TRUE(message().isEmpty()) << message().toStdString();
}

} // namespace
} // namespace castnet::ui::test
