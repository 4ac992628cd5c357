// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/brand_tree_panel.h"

#include <set>

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/domain/campaign.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/action.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/brand_tree_model.h"

namespace castnet::ui {

namespace {

// "New brand", or "New brand 2" if that is taken.
QString uniqueName(const QString &base, const std::set<QString> &taken) {
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const auto candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

BrandTreePanel::BrandTreePanel(WorkspaceNotifier &notifier, QWidget *parent)
    : QWidget(parent)
    , m_notifier(notifier)
    , m_model(new BrandTreeModel(notifier, this)) {
    m_addBrandAction = makeAction(this, tr("Add &Brand"), QStringLiteral("folder-new"));
    m_addCampaignAction = makeAction(this, tr("Add &Campaign"), QStringLiteral("document-new"));
    m_renameAction =
        makeAction(this, tr("Re&name"), QStringLiteral("edit-rename"), QKeySequence(Qt::Key_F2));
    m_deleteAction =
        makeAction(this, tr("&Delete Brand or Campaign…"), QStringLiteral("edit-delete"));
    // F2 renames in the tree but edits a cell in the table.
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addBrandAction, &QAction::triggered, this, &BrandTreePanel::addBrand);
    connect(m_addCampaignAction, &QAction::triggered, this, &BrandTreePanel::addCampaign);
    connect(m_renameAction, &QAction::triggered, this, &BrandTreePanel::renameSelected);
    connect(m_deleteAction, &QAction::triggered, this, &BrandTreePanel::deleteSelected);

    auto *bar = buildToolBar();
    buildTree();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_tree, 1);

    connect(m_model, &BrandTreeModel::editRefused, this,
            [this](const QString &reason) { emit failed(tr("Rename refused"), reason); });
    connect(m_model, &BrandTreeModel::loadFailed, this, &BrandTreePanel::message);
    // The model has reloaded by now: it connected to the notifier first.
    connect(&notifier, &WorkspaceNotifier::workspaceReplaced, this, [this] {
        m_tree->expandAll();
        updateActions();
    });
    // "Add campaign" needs a brand; undo and redo can add or remove the last one.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &BrandTreePanel::updateActions);
    updateActions();
}

BrandTreePanel::~BrandTreePanel() = default;

QWidget *BrandTreePanel::buildToolBar() {
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // One "Add" button with a menu keeps the bar as narrow as the tree.
    auto *addMenu = new QMenu(bar);
    addMenu->addAction(m_addBrandAction);
    addMenu->addAction(m_addCampaignAction);
    auto *add = new QToolButton(bar);
    add->setText(tr("Add"));
    add->setAccessibleName(tr("Add brand or campaign"));
    add->setMenu(addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(add);
    m_renameAction->setIconText(tr("Rename"));
    m_deleteAction->setIconText(tr("Delete"));
    bar->addAction(m_renameAction);
    bar->addAction(m_deleteAction);
    return bar;
}

void BrandTreePanel::buildTree() {
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("brandTree"));
    m_tree->setAccessibleName(tr("Brands and campaigns"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addBrandAction, m_addCampaignAction, m_renameAction, m_deleteAction});
    // Delete in the tree removes the brand or campaign, not activities.
    auto *deleteKey = new QAction(m_tree);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &BrandTreePanel::deleteSelected);
    m_tree->addAction(deleteKey);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                emit campaignSelected(m_model->campaignAt(current));
            });
    // New rows show expanded: a campaign under its brand, a restored brand
    // with its campaigns.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid()) {
                    m_tree->expand(parent);
                    return;
                }
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_model->index(row, 0));
            });
}

bool BrandTreePanel::selectCampaign(core::CampaignId campaign) {
    const auto index = m_model->campaignIndex(campaign);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void BrandTreePanel::updateActions() {
    const bool open = m_notifier.workspace() != nullptr;
    const bool nodeSelected = open && m_tree->currentIndex().isValid();
    m_addBrandAction->setEnabled(open);
    m_addCampaignAction->setEnabled(open && m_model->rowCount() > 0);
    m_renameAction->setEnabled(nodeSelected);
    m_deleteAction->setEnabled(nodeSelected);
}

void BrandTreePanel::addBrand() {
    std::set<QString> taken;
    for (int row = 0; row < m_model->rowCount(); ++row)
        taken.insert(m_model->index(row, 0).data().toString());
    core::Brand brand;
    brand.name = toStdString(uniqueName(tr("New brand"), taken));
    auto added = commands::addBrand(brand);
    if (!added) {
        emit failed(tr("Could not add the brand"), toQString(added.error().message));
        return;
    }
    const auto index = m_model->brandIndex(*added);
    m_tree->setCurrentIndex(index);
    m_tree->edit(index);
}

void BrandTreePanel::addCampaign() {
    auto brand = m_model->brandAt(m_tree->currentIndex());
    if (!brand && m_model->rowCount() > 0)
        brand = m_model->brandAt(m_model->index(0, 0));
    if (!brand)
        return;
    const auto parent = m_model->brandIndex(*brand);
    std::set<QString> taken;
    for (int row = 0; row < m_model->rowCount(parent); ++row)
        taken.insert(m_model->index(row, 0, parent).data().toString());
    auto campaign = core::defaultCampaign(toStdString(uniqueName(tr("New campaign"), taken)),
                                          core::todayIsoDate());
    campaign.brandId = *brand;
    auto added = commands::addCampaign(campaign);
    if (!added) {
        emit failed(tr("Could not add the campaign"), toQString(added.error().message));
        return;
    }
    selectCampaign(*added);
    m_tree->edit(m_model->campaignIndex(*added));
}

void BrandTreePanel::renameSelected() {
    if (const auto index = m_tree->currentIndex(); index.isValid())
        m_tree->edit(index);
}

void BrandTreePanel::deleteSelected() {
    const auto index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    const auto name = index.data().toString();
    const auto campaign = m_model->campaignAt(index);
    const auto question = campaign ? tr("Delete the campaign “%1” with its activities?").arg(name)
                                   : tr("Delete the brand “%1” with its %n campaigns?", nullptr,
                                        m_model->rowCount(index))
                                         .arg(name);
    const auto answer =
        QMessageBox::question(this, campaign ? tr("Delete Campaign") : tr("Delete Brand"),
                              question + u' ' + tr("Edit › Undo brings it back."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto removed = campaign ? commands::removeCampaign(*campaign)
                                  : commands::removeBrand(*m_model->brandAt(index));
    if (!removed)
        emit failed(tr("Could not delete"), toQString(removed.error().message));
}

} // namespace castnet::ui
