// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/activities_page.h"

#include <algorithm>
#include <array>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

#include "core/domain/enums.h"
#include "core/exchange/file_io.h"
#include "ui/commands/commands.h"
#include "ui/common/action.h"
#include "ui/common/last_folder.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/activity_filter_model.h"
#include "ui/editor/activity_table_model.h"
#include "ui/editor/delegates.h"

namespace castnet::ui {

namespace {

// Typical width of each activity column, in characters.
constexpr std::array<int, ActivityTableModel::ColumnCount> columnChars{
    18, 30, 15, 11, 9, 12, 8, 9, 8, 10, 7, 7, 10, 10, 7, 9, 11, 30};

// A choice of "All …" (no filter) and then each word.
template<class Enum> void addWords(QComboBox &box) {
    for (const auto value : core::allValues<Enum>()) {
        const auto word = toQString(core::toString(value));
        box.addItem(word, word);
    }
}

} // namespace

ActivitiesPage::ActivitiesPage(WorkspaceNotifier &notifier, QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityTableModel(notifier, this))
    , m_filterModel(new ActivityFilterModel(this)) {
    m_filterModel->setSourceModel(m_model);
    // What the timeline follows: the filter and the sort of the table.
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this,
            &ActivitiesPage::shownRowsChanged);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this,
            &ActivitiesPage::shownRowsChanged);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this,
            &ActivitiesPage::shownRowsChanged);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this,
            &ActivitiesPage::shownRowsChanged);

    m_addAction = makeAction(this, tr("&Add Activity"), QStringLiteral("list-add"),
                             QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_duplicateAction = makeAction(this, tr("D&uplicate Activities"), QStringLiteral("edit-copy"),
                                   QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = makeAction(this, tr("De&lete Activities"), QStringLiteral("list-remove"),
                                QKeySequence::Delete);
    m_importAction = makeAction(this, tr("&Import…"), QStringLiteral("document-import"),
                                QKeySequence(Qt::CTRL | Qt::Key_I));
    m_findAction =
        makeAction(this, tr("&Filter Activities"), QStringLiteral("edit-find"), QKeySequence::Find);
    connect(m_addAction, &QAction::triggered, this, &ActivitiesPage::addActivity);
    connect(m_duplicateAction, &QAction::triggered, this, &ActivitiesPage::duplicateActivities);
    connect(m_deleteAction, &QAction::triggered, this, &ActivitiesPage::deleteActivities);
    connect(m_importAction, &QAction::triggered, this, &ActivitiesPage::importDialog);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    auto *bar = buildToolBar();
    auto *filters = buildFilterBar();
    buildTable();
    // A refused cell's reason stays here until the next stored edit: a
    // tooltip alone is gone at the first mouse move.
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("activityMessage"));
    m_refusal->setAccessibleName(tr("Validation message"));
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828; padding: 2px 4px;"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_refusal);

    connect(m_model, &ActivityTableModel::editRefused, this, &ActivitiesPage::showRefusal);
    connect(m_model, &ActivityTableModel::editAccepted, this, &ActivitiesPage::clearRefusal);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivitiesPage::clearRefusal);
    connect(m_model, &ActivityTableModel::loadFailed, this, &ActivitiesPage::message);
    // A replaced workspace or a removed campaign empties the model.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivitiesPage::updateActions);
    updateActions();
}

ActivitiesPage::~ActivitiesPage() = default;

QWidget *ActivitiesPage::buildToolBar() {
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    m_addAction->setIconText(tr("Add"));
    m_duplicateAction->setIconText(tr("Duplicate"));
    m_deleteAction->setIconText(tr("Delete"));
    bar->addAction(m_addAction);
    bar->addAction(m_duplicateAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    m_importAction->setIconText(tr("Import…"));
    return bar;
}

// Under the tool bar: which activities the table shows, and how many.
QHBoxLayout *ActivitiesPage::buildFilterBar() {
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setAccessibleName(tr("Filter activities by title or channel"));
    m_filter->setPlaceholderText(tr("Filter by title or channel"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filterModel, &ActivityFilterModel::setFilterText);

    const auto choice = [this](const QString &name, const QString &all, const QString &accessible,
                               core::ActivityField field) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->addItem(all, QString());
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, field] {
            m_filterModel->setFieldFilter(field, box->currentData().toString());
        });
        return box;
    };
    m_trackFilter = choice(QStringLiteral("trackFilter"), tr("All tracks"), tr("Show the track"),
                           core::ActivityField::Track);
    addWords<core::Track>(*m_trackFilter);
    m_channelFilter = choice(QStringLiteral("channelFilter"), tr("All channels"),
                             tr("Show the channel"), core::ActivityField::Channel);
    m_formatFilter = choice(QStringLiteral("formatFilter"), tr("All formats"),
                            tr("Show the format"), core::ActivityField::Format);
    addWords<core::Format>(*m_formatFilter);
    m_goalFilter = choice(QStringLiteral("goalFilter"), tr("All goals"), tr("Show the goal"),
                          core::ActivityField::Goal);
    addWords<core::Goal>(*m_goalFilter);

    m_shownCount = new QLabel(this);
    m_shownCount->setObjectName(QStringLiteral("shownCount"));
    m_shownCount->hide();
    connect(this, &ActivitiesPage::shownRowsChanged, this, &ActivitiesPage::updateShownCount);
    // The channels offered are those of the campaign, as they are now.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivitiesPage::updateChannels);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivitiesPage::updateChannels);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActivitiesPage::updateChannels);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActivitiesPage::updateChannels);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Sho&w:"), this);
    label->setBuddy(m_trackFilter);
    row->addWidget(label);
    for (auto *box : {m_trackFilter, m_channelFilter, m_formatFilter, m_goalFilter})
        row->addWidget(box);
    row->addWidget(m_filter, 1);
    row->addWidget(m_shownCount);
    return row;
}

void ActivitiesPage::updateChannels() {
    QStringList channels;
    for (const auto &activity : m_model->activities()) {
        const auto channel = toQString(activity.channel);
        if (!channels.contains(channel))
            channels.append(channel);
    }
    channels.sort(Qt::CaseInsensitive);
    const auto chosen = m_channelFilter->currentData().toString();
    QStringList offered;
    for (int i = 1; i < m_channelFilter->count(); ++i)
        offered.append(m_channelFilter->itemData(i).toString());
    if (offered == channels)
        return;
    {
        const QSignalBlocker quiet(m_channelFilter);
        while (m_channelFilter->count() > 1)
            m_channelFilter->removeItem(1);
        for (const auto &channel : channels)
            m_channelFilter->addItem(channel, channel);
        const int at = m_channelFilter->findData(chosen);
        m_channelFilter->setCurrentIndex(std::max(at, 0));
    }
    // A chosen channel no longer used by any activity: show them all again.
    m_filterModel->setFieldFilter(core::ActivityField::Channel,
                                  m_channelFilter->currentData().toString());
}

void ActivitiesPage::updateShownCount() {
    const int shown = m_filterModel->rowCount();
    const int all = m_model->rowCount();
    m_shownCount->setVisible(m_filterModel->filtering());
    m_shownCount->setText(tr("%1 of %2 shown").arg(shown).arg(all));
}

void ActivitiesPage::buildTable() {
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activities"));
    m_table->setModel(m_filterModel);
    m_table->setItemDelegate(new ActivityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_addAction, m_duplicateAction, m_deleteAction});
    auto *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring of 10,000 rows
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true); // a third click returns to the stored order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Delete removes activities only while the table has the focus.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivitiesPage::updateActions);
}

core::Result<void> ActivitiesPage::setCampaign(std::optional<core::CampaignId> campaign) {
    auto loaded = m_model->setCampaign(campaign);
    if (!m_columnsSized && m_model->rowCount() > 0)
        sizeColumns();
    updateActions();
    return loaded;
}

QByteArray ActivitiesPage::saveColumns() const {
    return m_table->horizontalHeader()->saveState();
}

void ActivitiesPage::restoreColumns(const QByteArray &state) {
    m_columnsSized = m_table->horizontalHeader()->restoreState(state);
}

void ActivitiesPage::sizeColumns() {
    // Widths from typical content, not from measuring every row: a campaign
    // of 10,000 activities opens as fast as one of ten.
    const auto charWidth = m_table->fontMetrics().horizontalAdvance(u'x');
    auto *header = m_table->horizontalHeader();
    for (int column = 0; column < ActivityTableModel::ColumnCount; ++column) {
        const auto typical = columnChars.at(static_cast<std::size_t>(column)) * charWidth + 12;
        header->resizeSection(column, std::max(typical, header->sectionSizeHint(column)));
    }
    m_columnsSized = true;
}

void ActivitiesPage::updateActions() {
    const bool campaign = m_model->campaignId().has_value();
    const bool rowsSelected = campaign && m_table->selectionModel()->hasSelection();
    m_importAction->setEnabled(campaign);
    m_addAction->setEnabled(campaign);
    m_duplicateAction->setEnabled(rowsSelected);
    m_deleteAction->setEnabled(rowsSelected);
    m_filter->setEnabled(campaign);
    for (auto *box : {m_trackFilter, m_channelFilter, m_formatFilter, m_goalFilter})
        box->setEnabled(campaign);
}

void ActivitiesPage::showRefusal(const QModelIndex &sourceIndex, const QString &reason) {
    emit message(reason);
    m_refusal->setText(reason);
    m_refusal->show();
    const auto index = m_filterModel->mapFromSource(sourceIndex);
    if (!index.isValid() || !m_table->isVisible())
        return;
    const auto cell = m_table->visualRect(index);
    QToolTip::showText(m_table->viewport()->mapToGlobal(cell.bottomLeft()), reason,
                       m_table->viewport(), cell);
}

void ActivitiesPage::clearRefusal() {
    m_refusal->clear();
    m_refusal->hide();
}

std::vector<int> ActivitiesPage::shownRows() const {
    std::vector<int> rows;
    rows.reserve(static_cast<std::size_t>(m_filterModel->rowCount()));
    for (int row = 0; row < m_filterModel->rowCount(); ++row)
        rows.push_back(m_filterModel->mapToSource(m_filterModel->index(row, 0)).row());
    return rows;
}

std::vector<core::ActivityId> ActivitiesPage::selectedActivities() const {
    std::vector<core::ActivityId> ids;
    for (const auto &row : m_table->selectionModel()->selectedRows()) {
        const auto source = m_filterModel->mapToSource(row);
        ids.push_back(m_model->activityAt(source.row()).id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ActivitiesPage::selectActivities(const std::vector<core::ActivityId> &ids, bool editTitle) {
    QItemSelection selection;
    QModelIndex first;
    for (const auto id : ids) {
        const auto row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const auto index = m_filterModel->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue; // hidden by the filter
        selection.select(index, index.siblingAtColumn(ActivityTableModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const auto title =
        first.siblingAtColumn(ActivityTableModel::columnOf(ActivityTableModel::Title));
    m_table->selectionModel()->setCurrentIndex(title, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(title);
    if (editTitle) {
        m_table->setFocus();
        m_table->edit(title);
    }
}

core::Result<std::vector<core::ActivityId>> ActivitiesPage::importFile(const QString &path) {
    const auto campaign = m_model->campaignId();
    if (!campaign)
        return core::fail("Select a campaign to import into.");
    auto text = core::readFile(toStdString(path));
    if (!text)
        return tl::unexpected(text.error());
    auto added = commands::importActivityFile(*campaign, *text);
    if (added)
        selectActivities(*added, false);
    return added;
}

void ActivitiesPage::importDialog() {
    if (!m_model->campaignId())
        return;
    const auto path = QFileDialog::getOpenFileName(
        this, tr("Import Activities"), lastFolder(),
        tr("Activities (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolderOf(path);
    const auto added = importFile(path);
    if (!added) {
        emit failed(tr("Import refused"), toQString(added.error().message));
        return;
    }
    emit message(tr("Imported %n activities", nullptr, static_cast<int>(added->size())));
}

void ActivitiesPage::addActivity() {
    const auto campaign = m_model->campaignId();
    if (!campaign)
        return;
    auto activity = commands::newActivity(*campaign);
    if (!activity) {
        emit failed(tr("Could not add the activity"), toQString(activity.error().message));
        return;
    }
    // The channel of the row at hand is the likeliest for the next activity.
    if (const auto current = m_table->currentIndex(); current.isValid())
        activity->channel = m_model->activityAt(m_filterModel->mapToSource(current).row()).channel;
    auto added = commands::addActivity(*campaign, *activity);
    if (!added) {
        emit failed(tr("Could not add the activity"), toQString(added.error().message));
        return;
    }
    selectActivities({*added}, true);
}

void ActivitiesPage::duplicateActivities() {
    const auto campaign = m_model->campaignId();
    const auto ids = selectedActivities();
    if (!campaign || ids.empty())
        return;
    auto copies = commands::duplicateActivities(*campaign, ids);
    if (!copies) {
        emit failed(tr("Could not duplicate"), toQString(copies.error().message));
        return;
    }
    selectActivities(*copies, false);
}

void ActivitiesPage::deleteActivities() {
    const auto campaign = m_model->campaignId();
    const auto ids = selectedActivities();
    if (!campaign || ids.empty())
        return;
    if (auto removed = commands::removeActivities(*campaign, ids); !removed) {
        emit failed(tr("Could not delete"), toQString(removed.error().message));
        return;
    }
    emit message(tr("Deleted %n activities; Edit › Undo brings them back", nullptr,
                    static_cast<int>(ids.size())));
}

} // namespace castnet::ui
