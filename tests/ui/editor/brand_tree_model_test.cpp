// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTreeView>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/commands/commands.h"
#include "ui/editor/brand_tree_model.h"

namespace castnet::ui::test {
namespace {

class BrandTreeModelTest : public UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        model = std::make_unique<BrandTreeModel>(notifier);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Loaded from the workspace the fixture attached.
        ASSERT_TRUE(model->reload());
    }

    void TearDown() override {
        tester.reset();
        model.reset();
        UiWorkspaceTest::TearDown();
    }

    // "Acme: Autumn, Spring launch | Beta: Launch"
    QString outline() const {
        QStringList brands;
        for (int b = 0; b < model->rowCount(); ++b) {
            const auto brand = model->index(b, 0);
            QStringList campaigns;
            for (int c = 0; c < model->rowCount(brand); ++c)
                campaigns << model->index(c, 0, brand).data().toString();
            brands << brand.data().toString() + QStringLiteral(": ") +
                          campaigns.join(QStringLiteral(", "));
        }
        return brands.join(QStringLiteral(" | "));
    }

    std::unique_ptr<BrandTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(BrandTreeModelTest, ShowsBrandsWithTheirCampaignsByName) {
    EXPECT_EQ(outline(), QStringLiteral("Acme: Autumn, Spring launch | Beta: Launch"));
    EXPECT_EQ(model->campaignAt(model->campaignIndex(spring)), spring);
    EXPECT_EQ(model->brandAt(model->campaignIndex(spring)), acme);
    EXPECT_EQ(model->brandAt(model->brandIndex(beta)), beta);
    EXPECT_FALSE(model->campaignAt(model->brandIndex(beta)));
    EXPECT_EQ(model->firstCampaign(), autumn);
}

TEST_F(BrandTreeModelTest, FollowsAddsRenamesAndDeletes) {
    core::Brand brand;
    brand.name = "Aardvark";
    auto added = commands::addBrand(brand);
    ASSERT_TRUE(added);
    EXPECT_EQ(outline(), QStringLiteral("Aardvark:  | Acme: Autumn, Spring launch | Beta: Launch"));

    auto campaign = core::defaultCampaign("Zoo", "2026-01-05");
    campaign.brandId = beta;
    ASSERT_TRUE(commands::addCampaign(campaign));
    EXPECT_EQ(outline(),
              QStringLiteral("Aardvark:  | Acme: Autumn, Spring launch | Beta: Launch, Zoo"));

    ASSERT_TRUE(commands::renameBrand(*added, "Zeta"));
    ASSERT_TRUE(commands::renameCampaign(autumn, "Winter"));
    EXPECT_EQ(outline(),
              QStringLiteral("Acme: Spring launch, Winter | Beta: Launch, Zoo | Zeta: "));

    ASSERT_TRUE(commands::removeCampaign(spring));
    ASSERT_TRUE(commands::removeBrand(beta));
    EXPECT_EQ(outline(), QStringLiteral("Acme: Winter | Zeta: "));

    stack.undo();
    stack.undo();
    EXPECT_EQ(outline(),
              QStringLiteral("Acme: Spring launch, Winter | Beta: Launch, Zoo | Zeta: "));
}

TEST_F(BrandTreeModelTest, SelectionFollowsARenamedCampaign) {
    QTreeView view;
    view.setModel(model.get());
    view.expandAll();
    view.setCurrentIndex(model->campaignIndex(autumn));
    ASSERT_TRUE(commands::renameCampaign(autumn, "Zebra"));
    EXPECT_EQ(model->campaignAt(view.currentIndex()), autumn);
    EXPECT_EQ(view.currentIndex().row(), 1);
}

TEST_F(BrandTreeModelTest, RenamingInPlaceSavesTheName) {
    EXPECT_TRUE(model->setData(model->campaignIndex(spring), QStringLiteral("  Summer  ")));
    EXPECT_EQ(campaignOf(spring).name, "Summer");
    EXPECT_TRUE(model->setData(model->brandIndex(beta), QStringLiteral("Bravo")));
    EXPECT_EQ(outline(), QStringLiteral("Acme: Autumn, Summer | Bravo: Launch"));
}

TEST_F(BrandTreeModelTest, ARefusedRenameSaysWhyAndKeepsTheName) {
    QSignalSpy refused(model.get(), &BrandTreeModel::editRefused);
    EXPECT_FALSE(model->setData(model->brandIndex(beta), QString()));
    EXPECT_FALSE(model->setData(model->campaignIndex(autumn), QStringLiteral("Spring launch")));
    ASSERT_EQ(refused.count(), 2);
    EXPECT_TRUE(refused.at(0).at(0).toString().contains(QStringLiteral("empty")));
    EXPECT_EQ(outline(), QStringLiteral("Acme: Autumn, Spring launch | Beta: Launch"));
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(BrandTreeModelTest, ClosingTheWorkspaceEmptiesTheTree) {
    commands::detach();
    ASSERT_TRUE(model->reload());
    EXPECT_EQ(model->rowCount(), 0);
}

} // namespace
} // namespace castnet::ui::test
