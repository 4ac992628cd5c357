// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

#include "core/domain/ids.h"

class QAction;
class QTreeView;

namespace castnet::ui {

class BrandTreeModel;
class WorkspaceNotifier;

// The left panel: brands and their campaigns in a tree, with a tool bar to
// add, rename and delete them. It owns the tree model, which follows the
// notifier, and reports which campaign is selected. Its actions also go
// into the window's Campaign menu.
class BrandTreePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandTreePanel)

public:
    explicit BrandTreePanel(WorkspaceNotifier &notifier, QWidget *parent = nullptr);
    ~BrandTreePanel() override;

    const BrandTreeModel &model() const { return *m_model; }
    // Selects the campaign in the tree; false when unknown.
    bool selectCampaign(core::CampaignId campaign);

    QAction *addBrandAction() const { return m_addBrandAction; }
    QAction *addCampaignAction() const { return m_addCampaignAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *deleteAction() const { return m_deleteAction; }

signals:
    // The selection moved to a campaign, or to a brand or nothing.
    void campaignSelected(std::optional<core::CampaignId> campaign);
    // A passing note for the status bar.
    void message(const QString &text);
    // An action failed; the window shows why.
    void failed(const QString &title, const QString &reason);

private:
    QWidget *buildToolBar();
    void buildTree();
    void updateActions();

    void addBrand();
    void addCampaign();
    void renameSelected();
    void deleteSelected();

    WorkspaceNotifier &m_notifier;
    BrandTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;

    QAction *m_addBrandAction = nullptr;
    QAction *m_addCampaignAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace castnet::ui
