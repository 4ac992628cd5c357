// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QAbstractItemModel>

#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/workspace/workspace.h"

namespace castnet::ui {

class WorkspaceNotifier;

// Brands at the top level, their campaigns below, both in the workspace's
// order (by name). Loaded from the notifier's workspace when built and
// whenever the workspace is replaced; afterwards it follows the notifier, inserting, removing and
// moving rows so that selection and expansion survive an edit. Renaming in place goes through the
// commands.
class BrandTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandTreeModel)

public:
    enum class Kind { Brand, Campaign };

    enum Role {
        IdRole = Qt::UserRole, // the brand's or the campaign's id
        KindRole,              // Kind as int
    };

    explicit BrandTreeModel(WorkspaceNotifier &notifier, QObject *parent = nullptr);
    ~BrandTreeModel() override;

    // Reads every brand and campaign again (none while no workspace is open).
    core::Result<void> reload();

    QModelIndex brandIndex(core::BrandId id) const;
    QModelIndex campaignIndex(core::CampaignId id) const;
    std::optional<core::CampaignId> campaignAt(const QModelIndex &index) const;
    // The brand of the row: itself, or the campaign's brand.
    std::optional<core::BrandId> brandAt(const QModelIndex &index) const;
    // The first campaign in tree order, if any.
    std::optional<core::CampaignId> firstCampaign() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &reason);
    void loadFailed(const QString &reason);

private:
    struct BrandNode {
        core::Brand brand;
        std::vector<core::Campaign> campaigns;
    };

    core::Result<std::vector<BrandNode>> load() const;
    int brandRow(core::BrandId id) const;
    // {brand row, campaign row}; {-1, -1} when absent.
    std::pair<int, int> campaignRow(core::CampaignId id) const;

    void onBrandAdded(core::BrandId id);
    void onBrandChanged(core::BrandId id);
    void onBrandRemoved(core::BrandId id);
    void onCampaignAdded(core::CampaignId id);
    void onCampaignChanged(core::CampaignId id);
    void onCampaignRemoved(core::CampaignId id);
    void reorderBrands(const std::vector<core::Brand> &stored);
    void reorderCampaigns(int brandRow, const std::vector<core::Campaign> &stored);

    core::Workspace *workspace() const;

    WorkspaceNotifier &m_notifier;
    std::vector<BrandNode> m_brands;
};

} // namespace castnet::ui
