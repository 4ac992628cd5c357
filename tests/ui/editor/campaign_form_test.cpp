// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/commands/commands.h"
#include "ui/editor/campaign_form.h"

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
    EXPECT_EQ(field<QDateEdit>("campaignStartDate")->date(), QDate(2026, 3, 2));
    EXPECT_EQ(field<QSpinBox>("campaignWeeks")->value(), 12);
    EXPECT_EQ(field<QDoubleSpinBox>("campaignCapacity")->value(), 40.0);
    EXPECT_TRUE(field<QCheckBox>("campaignNoBudgetLimit")->isChecked());
    EXPECT_FALSE(field<QDoubleSpinBox>("campaignBudget")->isEnabled());
    EXPECT_EQ(field<QLineEdit>("campaignCurrency")->text(), QStringLiteral("EUR"));
    EXPECT_EQ(field<QLineEdit>("campaignReturnUnit")->text(), QStringLiteral("points"));
    EXPECT_EQ(field<QDoubleSpinBox>("campaignAutomationSaving")->value(), 0.4);
    EXPECT_TRUE(form->hint().isEmpty());
}

TEST_F(CampaignFormTest, EachEditIsSavedAndUndoable) {
    field<QSpinBox>("campaignWeeks")->setValue(20);
    field<QDoubleSpinBox>("campaignCapacity")->setValue(32.5);
    field<QCheckBox>("campaignNoBudgetLimit")->setChecked(false);
    field<QDoubleSpinBox>("campaignBudget")->setValue(250.75);
    type("campaignReturnUnit", QStringLiteral("qualified leads"));
    auto *objective = field<QComboBox>("campaignObjective");
    objective->setCurrentIndex(objective->findData(QStringLiteral("community")));
    emit objective->activated(objective->currentIndex());
    field<QDateEdit>("campaignStartDate")->setDate(QDate(2026, 4, 6));

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
    EXPECT_EQ(field<QDateEdit>("campaignStartDate")->date(), QDate(2026, 3, 2));
}

TEST_F(CampaignFormTest, AnInvalidValueShowsTheReasonAndIsNotSaved) {
    type("campaignName", QStringLiteral("   "));
    EXPECT_TRUE(form->hint().contains(QStringLiteral("name"))) << form->hint().toStdString();
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
    field<QSpinBox>("campaignWeeks")->setValue(6);
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

} // namespace
} // namespace castnet::ui::test
