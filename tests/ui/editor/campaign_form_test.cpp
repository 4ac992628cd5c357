// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/commands/commands.h"
#include "ui/editor/campaign_form.h"
#include "ui/editor/date_entry.h"
#include "ui/editor/number_entry.h"

namespace castnet::ui::test {
namespace {

class CampaignFormTest : public UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        form = std::make_unique<CampaignForm>(notifier);
        form->setCampaign(spring);
    }

    void TearDown() override {
        form.reset();
        UiWorkspaceTest::TearDown();
    }

    template<class Widget> Widget *field(const char *name) const {
        auto *widget = form->findChild<Widget *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // As a user does: type, then leave the field.
    void type(const char *name, const QString &text) {
        auto *line = field<QLineEdit>(name);
        line->setText(text);
        emit line->textEdited(text);
        emit line->editingFinished();
    }

    std::unique_ptr<CampaignForm> form;
};

TEST_F(CampaignFormTest, ShowsEveryFieldOfTheCampaign) {
    EXPECT_EQ(field<QLineEdit>("campaignName")->text(), QStringLiteral("Spring launch"));
    EXPECT_EQ(field<QComboBox>("campaignObjective")->currentData().toString(),
              QStringLiteral("awareness"));
    EXPECT_EQ(field<DateEntry>("campaignStartDate")->date(), QDate(2026, 3, 2));
    EXPECT_EQ(field<NumberEntry>("campaignWeeks")->value(), 12);
    EXPECT_EQ(field<NumberEntry>("campaignCapacity")->value(), 40.0);
    EXPECT_TRUE(field<QCheckBox>("campaignNoBudgetLimit")->isChecked());
    EXPECT_FALSE(field<NumberEntry>("campaignBudget")->isEnabled());
    EXPECT_EQ(field<QLineEdit>("campaignCurrency")->text(), QStringLiteral("EUR"));
    EXPECT_EQ(field<QLineEdit>("campaignReturnUnit")->text(), QStringLiteral("points"));
    EXPECT_EQ(field<NumberEntry>("campaignAutomationSaving")->value(), 0.4);
    EXPECT_TRUE(form->hint().isEmpty());
}

TEST_F(CampaignFormTest, EachEditIsSavedAndUndoable) {
    field<NumberEntry>("campaignWeeks")->setValue(20);
    field<NumberEntry>("campaignCapacity")->setValue(32.5);
    field<QCheckBox>("campaignNoBudgetLimit")->setChecked(false);
    field<NumberEntry>("campaignBudget")->setValue(250.75);
    type("campaignReturnUnit", QStringLiteral("qualified leads"));
    auto *objective = field<QComboBox>("campaignObjective");
    objective->setCurrentIndex(objective->findData(QStringLiteral("community")));
    emit objective->activated(objective->currentIndex());
    field<DateEntry>("campaignStartDate")->setDate(QDate(2026, 4, 6));

    const auto stored = campaignOf(spring);
    EXPECT_EQ(stored.weeks, 20);
    EXPECT_EQ(stored.capacityHoursPerWeek, 32.5);
    EXPECT_EQ(stored.budgetPerWeek, core::Cents(25075));
    EXPECT_EQ(stored.returnUnit, "qualified leads");
    EXPECT_EQ(stored.objective, core::Objective::Community);
    EXPECT_EQ(stored.startDate, "2026-04-06");
    EXPECT_TRUE(form->hint().isEmpty());

    stack.undo(); // the start date
    EXPECT_EQ(campaignOf(spring).startDate, "2026-03-02");
    EXPECT_EQ(field<DateEntry>("campaignStartDate")->date(), QDate(2026, 3, 2));
}

TEST_F(CampaignFormTest, AnInvalidValueShowsTheReasonAndIsNotSaved) {
    type("campaignName", QStringLiteral("   "));
    EXPECT_EQ(form->hint(), QStringLiteral("Name must not be empty"));
    type("campaignCurrency", QString());
    EXPECT_EQ(campaignOf(spring).name, "Spring launch");
    EXPECT_EQ(campaignOf(spring).currency, "EUR");
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(CampaignFormTest, AHintClearsOnceTheValueIsValidAgain) {
    auto *name = field<QLineEdit>("campaignName");
    name->setText(QString());
    emit name->textEdited(QString());
    EXPECT_FALSE(form->hint().isEmpty());
    name->setText(QStringLiteral("Spring relaunch"));
    emit name->textEdited(name->text());
    EXPECT_TRUE(form->hint().isEmpty());
}

TEST_F(CampaignFormTest, AWorkspaceRefusalShowsTheReason) {
    // The activities run to week 12: the workspace refuses a shorter campaign.
    field<NumberEntry>("campaignWeeks")->setValue(6);
    EXPECT_TRUE(form->hint().startsWith(QStringLiteral("Not saved"))) << form->hint().toStdString();
    EXPECT_EQ(campaignOf(spring).weeks, 12);
}

TEST_F(CampaignFormTest, FollowsChangesMadeElsewhere) {
    ASSERT_TRUE(commands::renameCampaign(spring, "Spring sale"));
    EXPECT_EQ(field<QLineEdit>("campaignName")->text(), QStringLiteral("Spring sale"));
    ASSERT_TRUE(commands::removeCampaign(spring));
    EXPECT_FALSE(form->campaignId());
    EXPECT_FALSE(form->isEnabled());
}

// Real key presses in a shown form: what a user types is stored as typed or
// refused under the field, naming it, and the field shows the stored value.
class CampaignFormTypingTest : public CampaignFormTest {
protected:
    void SetUp() override {
        CampaignFormTest::SetUp();
        form->show();
        QApplication::setActiveWindow(form.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(form.get()));
    }

    // Select what the field shows, type over it, press Tab.
    void typeOver(const char *name, const QString &text) {
        auto *widget = field<QWidget>(name);
        widget->setFocus(Qt::TabFocusReason);
        auto *typed = QApplication::focusWidget();
        QTest::keyClick(typed, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(typed, Qt::Key_Backspace);
        QTest::keyClicks(typed, text);
        QTest::keyClick(typed, Qt::Key_Tab);
    }

    // The message line under a field.
    QString messageUnder(const char *name) const {
        const auto *line =
            form->findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Message"));
        return line != nullptr ? line->text() : QStringLiteral("<no message line>");
    }

    // What the field shows.
    QString shown(const char *name) const {
        auto *line = field<QLineEdit>(name);
        return line != nullptr ? line->text() : QString();
    }
};

// Issue 11, item 16: "-5" in Capacity became 0 and was accepted.
TEST_F(CampaignFormTypingTest, ANegativeCapacityIsRefusedUnderTheFieldAndTheOldValueStays) {
    typeOver("campaignCapacity", QStringLiteral("-5"));
    EXPECT_EQ(campaignOf(spring).capacityHoursPerWeek, 40.0);
    const auto message = messageUnder("campaignCapacity");
    EXPECT_TRUE(message.contains(QStringLiteral("Capacity"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("0 to 100000"))) << message.toStdString();
    EXPECT_TRUE(shown("campaignCapacity").startsWith(QStringLiteral("40")))
        << shown("campaignCapacity").toStdString();
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(CampaignFormTypingTest, ATypedNumberWithADotIsStoredAsTyped) {
    typeOver("campaignCapacity", QStringLiteral("32.5"));
    EXPECT_EQ(campaignOf(spring).capacityHoursPerWeek, 32.5);
    EXPECT_TRUE(messageUnder("campaignCapacity").isEmpty());
}

// Item 17: selecting all in Start and typing 2027-01-15 gave 2026-01-15.
TEST_F(CampaignFormTypingTest, ADateTypedInFullReplacesTheWholeDate) {
    typeOver("campaignStartDate", QStringLiteral("2027-01-15"));
    EXPECT_EQ(campaignOf(spring).startDate, "2027-01-15");
    EXPECT_EQ(shown("campaignStartDate"), QStringLiteral("2027-01-15"));
}

TEST_F(CampaignFormTypingTest, AnImpossibleDateIsRefusedUnderTheField) {
    typeOver("campaignStartDate", QStringLiteral("2027-02-30"));
    EXPECT_EQ(campaignOf(spring).startDate, "2026-03-02");
    const auto message = messageUnder("campaignStartDate");
    EXPECT_TRUE(message.startsWith(QStringLiteral("Start"))) << message.toStdString();
    EXPECT_EQ(shown("campaignStartDate"), QStringLiteral("2026-03-02"));
}

// Item 19: the empty-name message sat under Return unit, naming "name".
TEST_F(CampaignFormTypingTest, AMessageSitsUnderTheFieldItConcerns) {
    typeOver("campaignName", QString());
    EXPECT_EQ(campaignOf(spring).name, "Spring launch");
    EXPECT_EQ(messageUnder("campaignName"), QStringLiteral("Name must not be empty"));
    EXPECT_TRUE(messageUnder("campaignReturnUnit").isEmpty());
}

// Item 19: a refused Length kept showing the refused value.
TEST_F(CampaignFormTypingTest, ARefusedLengthShowsTheStoredLengthAgain) {
    typeOver("campaignWeeks", QStringLiteral("6")); // the activities run to week 12
    EXPECT_EQ(campaignOf(spring).weeks, 12);
    const auto message = messageUnder("campaignWeeks");
    EXPECT_TRUE(message.contains(QStringLiteral("Length cannot be 6"))) << message.toStdString();
    EXPECT_TRUE(shown("campaignWeeks").startsWith(QStringLiteral("12")))
        << shown("campaignWeeks").toStdString();
}

TEST_F(CampaignFormTypingTest, ALengthBeyondTheLimitIsRefusedNotCut) {
    typeOver("campaignWeeks", QStringLiteral("300"));
    EXPECT_EQ(campaignOf(spring).weeks, 12);
    const auto message = messageUnder("campaignWeeks");
    EXPECT_TRUE(message.contains(QStringLiteral("Length"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("1 to 260"))) << message.toStdString();
}

TEST_F(CampaignFormTypingTest, UpAndDownStepANumberAndSaveIt) {
    auto *saving = field<QWidget>("campaignAutomationSaving");
    saving->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    // 0.4 + one step of 0.05 = 0.45
    EXPECT_EQ(campaignOf(spring).automationSaving, 0.45);
    EXPECT_EQ(shown("campaignAutomationSaving"), QStringLiteral("0.45"));
}

} // namespace
} // namespace castnet::ui::test
