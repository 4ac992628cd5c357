// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/brand_tree_model.h"

#include <algorithm>

#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

// Index layout: a brand row has internalId 0; a campaign row carries its
// brand's id (never 0), which stays right when brand rows move, unlike a row
// number or a pointer into m_brands.

namespace {

QString campaignToolTip(const core::Campaign &campaign) {
    return BrandTreeModel::tr("%1 · %2 weeks from %3")
        .arg(toQString(core::toString(campaign.objective)))
        .arg(campaign.weeks)
        .arg(toQString(campaign.startDate));
}

} // namespace

BrandTreeModel::BrandTreeModel(WorkspaceNotifier &notifier, QObject *parent)
    : QAbstractItemModel(parent)
    , m_notifier(notifier) {
    connect(&notifier, &WorkspaceNotifier::brandAdded, this, &BrandTreeModel::onBrandAdded);
    connect(&notifier, &WorkspaceNotifier::brandChanged, this, &BrandTreeModel::onBrandChanged);
    connect(&notifier, &WorkspaceNotifier::brandRemoved, this, &BrandTreeModel::onBrandRemoved);
    connect(&notifier, &WorkspaceNotifier::campaignAdded, this, &BrandTreeModel::onCampaignAdded);
    connect(&notifier, &WorkspaceNotifier::campaignChanged, this,
            &BrandTreeModel::onCampaignChanged);
    connect(&notifier, &WorkspaceNotifier::campaignRemoved, this,
            &BrandTreeModel::onCampaignRemoved);
    connect(&notifier, &WorkspaceNotifier::workspaceReplaced, this, [this] {
        if (auto loaded = reload(); !loaded)
            emit loadFailed(toQString(loaded.error().message));
    });
    (void)reload();
}

BrandTreeModel::~BrandTreeModel() = default;

core::Workspace *BrandTreeModel::workspace() const {
    return m_notifier.workspace();
}

core::Result<void> BrandTreeModel::reload() {
    std::vector<BrandNode> brands;
    core::Result<void> result;
    if (workspace() != nullptr) {
        auto loaded = load();
        if (loaded)
            brands = std::move(*loaded);
        else
            result = tl::unexpected(loaded.error());
    }
    beginResetModel();
    m_brands = std::move(brands);
    endResetModel();
    return result;
}

core::Result<std::vector<BrandTreeModel::BrandNode>> BrandTreeModel::load() const {
    auto brands = workspace()->brands();
    if (!brands)
        return tl::unexpected(brands.error());
    auto campaigns = workspace()->campaigns(std::nullopt);
    if (!campaigns)
        return tl::unexpected(campaigns.error());
    std::vector<BrandNode> nodes;
    nodes.reserve(brands->size());
    for (auto &brand : *brands)
        nodes.push_back(BrandNode{std::move(brand), {}});
    for (auto &campaign : *campaigns) {
        const auto owner = std::find_if(nodes.begin(), nodes.end(), [&](const BrandNode &node) {
            return node.brand.id == campaign.brandId;
        });
        if (owner != nodes.end())
            owner->campaigns.push_back(std::move(campaign));
    }
    return nodes;
}

int BrandTreeModel::brandRow(core::BrandId id) const {
    for (std::size_t row = 0; row < m_brands.size(); ++row) {
        if (m_brands[row].brand.id == id)
            return static_cast<int>(row);
    }
    return -1;
}

std::pair<int, int> BrandTreeModel::campaignRow(core::CampaignId id) const {
    for (std::size_t b = 0; b < m_brands.size(); ++b) {
        const auto &campaigns = m_brands[b].campaigns;
        for (std::size_t c = 0; c < campaigns.size(); ++c) {
            if (campaigns[c].id == id)
                return {static_cast<int>(b), static_cast<int>(c)};
        }
    }
    return {-1, -1};
}

QModelIndex BrandTreeModel::brandIndex(core::BrandId id) const {
    const auto row = brandRow(id);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

QModelIndex BrandTreeModel::campaignIndex(core::CampaignId id) const {
    const auto [b, c] = campaignRow(id);
    if (b < 0)
        return {};
    return createIndex(
        c, 0, static_cast<quintptr>(m_brands[static_cast<std::size_t>(b)].brand.id.value()));
}

std::optional<core::CampaignId> BrandTreeModel::campaignAt(const QModelIndex &index) const {
    if (!index.isValid() || index.internalId() == 0)
        return std::nullopt;
    return core::CampaignId(index.data(IdRole).value<qint64>());
}

std::optional<core::BrandId> BrandTreeModel::brandAt(const QModelIndex &index) const {
    if (!index.isValid())
        return std::nullopt;
    if (index.internalId() != 0)
        return core::BrandId(static_cast<std::int64_t>(index.internalId()));
    return core::BrandId(index.data(IdRole).value<qint64>());
}

std::optional<core::CampaignId> BrandTreeModel::firstCampaign() const {
    for (const auto &node : m_brands) {
        if (!node.campaigns.empty())
            return node.campaigns.front().id;
    }
    return std::nullopt;
}

QModelIndex BrandTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const auto &brand = m_brands[static_cast<std::size_t>(parent.row())].brand;
    return createIndex(row, column, static_cast<quintptr>(brand.id.value()));
}

QModelIndex BrandTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const auto row = brandRow(static_cast<core::BrandId>(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int BrandTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_brands.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return static_cast<int>(m_brands[static_cast<std::size_t>(parent.row())].campaigns.size());
}

int BrandTreeModel::columnCount(const QModelIndex &) const {
    return 1;
}

QVariant BrandTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const auto &brand = m_brands[static_cast<std::size_t>(index.row())].brand;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return toQString(brand.name);
        case Qt::ToolTipRole:
            return brand.industry.empty() ? QVariant() : QVariant(toQString(brand.industry));
        case IdRole:
            return QVariant::fromValue<qint64>(brand.id.value());
        case KindRole:
            return static_cast<int>(Kind::Brand);
        default:
            return {};
        }
    }
    const auto brandRow = this->brandRow(static_cast<core::BrandId>(index.internalId()));
    const auto &campaign = m_brands[static_cast<std::size_t>(brandRow)]
                               .campaigns[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return toQString(campaign.name);
    case Qt::ToolTipRole:
        return campaignToolTip(campaign);
    case IdRole:
        return QVariant::fromValue<qint64>(campaign.id.value());
    case KindRole:
        return static_cast<int>(Kind::Campaign);
    default:
        return {};
    }
}

Qt::ItemFlags BrandTreeModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    auto flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
    if (index.internalId() != 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

bool BrandTreeModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto name = toStdString(value.toString().trimmed());
    const auto id = index.data(IdRole).value<qint64>();
    // The notifier renames (and moves) the row once the workspace has it.
    const auto renamed = index.internalId() == 0
                             ? commands::renameBrand(core::BrandId(id), name)
                             : commands::renameCampaign(core::CampaignId(id), name);
    if (!renamed)
        emit editRefused(toQString(renamed.error().message));
    return renamed.has_value();
}

void BrandTreeModel::onBrandAdded(core::BrandId id) {
    if (workspace() == nullptr || brandRow(id) >= 0)
        return;
    auto stored = workspace()->brands();
    auto campaigns = workspace()->campaigns(id);
    if (!stored || !campaigns) {
        emit loadFailed(toQString((stored ? campaigns.error() : stored.error()).message));
        return;
    }
    // Its row: how many of the brands shown come before it in stored order.
    int row = 0;
    for (const auto &brand : *stored) {
        if (brand.id == id) {
            beginInsertRows({}, row, row);
            m_brands.insert(m_brands.begin() + row, BrandNode{brand, std::move(*campaigns)});
            endInsertRows();
            return;
        }
        if (brandRow(brand.id) >= 0)
            ++row;
    }
}

void BrandTreeModel::onBrandChanged(core::BrandId id) {
    const auto row = brandRow(id);
    if (workspace() == nullptr || row < 0)
        return;
    auto stored = workspace()->brands();
    if (!stored) {
        emit loadFailed(toQString(stored.error().message));
        return;
    }
    const auto found = std::find_if(stored->begin(), stored->end(),
                                    [id](const core::Brand &brand) { return brand.id == id; });
    if (found == stored->end())
        return;
    m_brands[static_cast<std::size_t>(row)].brand = *found;
    const auto changed = createIndex(row, 0, quintptr(0));
    emit dataChanged(changed, changed);
    reorderBrands(*stored);
}

void BrandTreeModel::onBrandRemoved(core::BrandId id) {
    const auto row = brandRow(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_brands.erase(m_brands.begin() + row);
    endRemoveRows();
}

void BrandTreeModel::onCampaignAdded(core::CampaignId id) {
    if (workspace() == nullptr || campaignRow(id).first >= 0)
        return;
    auto campaign = workspace()->campaign(id);
    if (!campaign) {
        emit loadFailed(toQString(campaign.error().message));
        return;
    }
    const auto b = brandRow(campaign->brandId);
    if (b < 0)
        return;
    auto siblings = workspace()->campaigns(campaign->brandId);
    if (!siblings) {
        emit loadFailed(toQString(siblings.error().message));
        return;
    }
    auto &node = m_brands[static_cast<std::size_t>(b)];
    int row = 0;
    for (const auto &sibling : *siblings) {
        if (sibling.id == id)
            break;
        if (campaignRow(sibling.id).first >= 0)
            ++row;
    }
    beginInsertRows(createIndex(b, 0, quintptr(0)), row, row);
    node.campaigns.insert(node.campaigns.begin() + row, std::move(*campaign));
    endInsertRows();
}

void BrandTreeModel::onCampaignChanged(core::CampaignId id) {
    const auto [b, c] = campaignRow(id);
    if (workspace() == nullptr || b < 0)
        return;
    auto campaign = workspace()->campaign(id);
    if (!campaign) {
        emit loadFailed(toQString(campaign.error().message));
        return;
    }
    auto &stored = m_brands[static_cast<std::size_t>(b)].campaigns[static_cast<std::size_t>(c)];
    const bool renamed = stored.name != campaign->name;
    stored = std::move(*campaign);
    const auto changed = campaignIndex(id);
    emit dataChanged(changed, changed);
    if (!renamed)
        return;
    auto siblings = workspace()->campaigns(stored.brandId);
    if (siblings)
        reorderCampaigns(b, *siblings);
}

void BrandTreeModel::onCampaignRemoved(core::CampaignId id) {
    const auto [b, c] = campaignRow(id);
    if (b < 0)
        return;
    auto &campaigns = m_brands[static_cast<std::size_t>(b)].campaigns;
    beginRemoveRows(createIndex(b, 0, quintptr(0)), c, c);
    campaigns.erase(campaigns.begin() + c);
    endRemoveRows();
}

void BrandTreeModel::reorderBrands(const std::vector<core::Brand> &stored) {
    std::vector<int> newRowOf(m_brands.size(), -1);
    std::vector<BrandNode> reordered;
    reordered.reserve(m_brands.size());
    for (const auto &brand : stored) {
        const auto old = brandRow(brand.id);
        if (old < 0)
            continue;
        newRowOf[static_cast<std::size_t>(old)] = static_cast<int>(reordered.size());
        reordered.push_back(m_brands[static_cast<std::size_t>(old)]);
    }
    // Brands the workspace no longer lists keep their place at the end.
    for (std::size_t old = 0; old < m_brands.size(); ++old) {
        if (newRowOf[old] < 0) {
            newRowOf[old] = static_cast<int>(reordered.size());
            reordered.push_back(m_brands[old]);
        }
    }
    bool moved = false;
    for (std::size_t old = 0; old < newRowOf.size(); ++old)
        moved = moved || newRowOf[old] != static_cast<int>(old);
    if (!moved)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const auto from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const auto &index : from) {
        // Campaign indexes carry their brand's id, which does not move.
        if (index.internalId() != 0)
            to.append(index);
        else
            to.append(createIndex(newRowOf[static_cast<std::size_t>(index.row())], index.column(),
                                  quintptr(0)));
    }
    m_brands = std::move(reordered);
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BrandTreeModel::reorderCampaigns(int brandRow, const std::vector<core::Campaign> &stored) {
    auto &campaigns = m_brands[static_cast<std::size_t>(brandRow)].campaigns;
    const auto brandId = m_brands[static_cast<std::size_t>(brandRow)].brand.id;
    std::vector<core::Campaign> reordered;
    std::vector<int> newRowOf(campaigns.size(), -1);
    for (const auto &campaign : stored) {
        for (std::size_t old = 0; old < campaigns.size(); ++old) {
            if (campaigns[old].id == campaign.id) {
                newRowOf[old] = static_cast<int>(reordered.size());
                reordered.push_back(campaigns[old]);
            }
        }
    }
    for (std::size_t old = 0; old < campaigns.size(); ++old) {
        if (newRowOf[old] < 0) {
            newRowOf[old] = static_cast<int>(reordered.size());
            reordered.push_back(campaigns[old]);
        }
    }
    bool moved = false;
    for (std::size_t old = 0; old < newRowOf.size(); ++old)
        moved = moved || newRowOf[old] != static_cast<int>(old);
    if (!moved)
        return;
    const QPersistentModelIndex parent = createIndex(brandRow, 0, quintptr(0));
    emit layoutAboutToBeChanged({parent}, QAbstractItemModel::VerticalSortHint);
    const auto from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const auto &index : from) {
        if (index.internalId() == static_cast<quintptr>(brandId.value()))
            to.append(createIndex(newRowOf[static_cast<std::size_t>(index.row())], index.column(),
                                  static_cast<quintptr>(brandId.value())));
        else
            to.append(index);
    }
    campaigns = std::move(reordered);
    changePersistentIndexList(from, to);
    emit layoutChanged({parent}, QAbstractItemModel::VerticalSortHint);
}

} // namespace castnet::ui
