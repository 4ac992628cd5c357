// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/delegates.h"

#include <set>

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include "core/domain/enums.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/activity_table_model.h"

namespace castnet::ui {

namespace {

using Column = ActivityTableModel::Column;

template<class Enum> void addWords(QComboBox &combo) {
    for (const auto value : core::allValues<Enum>()) {
        const auto word = toQString(core::toString(value));
        combo.addItem(word, word);
    }
}

QComboBox *comboFor(Column column, QWidget *parent) {
    auto *combo = new QComboBox(parent);
    switch (column) {
    case Column::Format:
        addWords<core::Format>(*combo);
        break;
    case Column::Interaction:
        addWords<core::Interaction>(*combo);
        break;
    case Column::Goal:
        addWords<core::Goal>(*combo);
        break;
    case Column::Automated:
        combo->addItem(ActivityDelegate::tr("yes"), QStringLiteral("yes"));
        combo->addItem(ActivityDelegate::tr("no"), QStringLiteral("no"));
        break;
    case Column::Track:
        combo->addItem(ActivityDelegate::tr("computed"), QString());
        addWords<core::Track>(*combo);
        break;
    default:
        break;
    }
    return combo;
}

bool usesCombo(Column column) {
    return column == Column::Format || column == Column::Interaction || column == Column::Goal ||
           column == Column::Automated || column == Column::Track;
}

bool isNumber(Column column) {
    return column >= Column::CadencePerWeek && column <= Column::Carryover;
}

// A choice is typed as well as picked: the completer completes the whole
// word in place, and the word is stored when the editor is left (Enter,
// Tab, a click elsewhere), not at each key.
void makeTypeable(QComboBox &combo) {
    combo.setEditable(true);
    combo.setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(combo.model(), &combo);
    completer->setCompletionMode(QCompleter::InlineCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    combo.setCompleter(completer);
}

// The channels already used in the campaign, offered while typing one.
QCompleter *channelCompleter(const QModelIndex &index, QObject *parent) {
    std::set<QString> channels;
    const auto *model = index.model();
    for (int row = 0; row < model->rowCount(); ++row)
        channels.insert(model->index(row, ActivityTableModel::columnOf(Column::Channel))
                            .data(Qt::EditRole)
                            .toString());
    auto *completer = new QCompleter(QStringList(channels.begin(), channels.end()), parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    return completer;
}

} // namespace

ActivityDelegate::ActivityDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QWidget *ActivityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const {
    const auto column = static_cast<Column>(index.column());
    const auto header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    if (usesCombo(column)) {
        auto *combo = comboFor(column, parent);
        combo->setAccessibleName(header);
        makeTypeable(*combo);
        // A word picked from the list is the whole edit: store it at once.
        auto *self = const_cast<ActivityDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { self->commitAndClose(combo); });
        return combo;
    }
    auto *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setAccessibleName(header);
        // A number is typed as text and read whole by the model: no
        // character is dropped and no value clamped while typing.
        if (isNumber(column))
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (column >= Column::MaxWeeklyReturn && column <= Column::Carryover)
            line->setPlaceholderText(tr("blank: track default"));
        if (column == Column::Channel)
            line->setCompleter(channelCompleter(index, line));
    }
    return editor;
}

void ActivityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    const auto text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(text)));
        // The view selects a line edit's text for typing over; a combo box
        // it does not.
        if (combo->lineEdit() != nullptr)
            combo->lineEdit()->selectAll();
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ActivityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // The word as typed; one of the list (in any case) stands for its
        // stored word, anything else goes to the model to be refused.
        const auto typed = combo->currentText().trimmed();
        const auto item = combo->findText(typed, Qt::MatchFixedString);
        const auto word = item >= 0 ? combo->itemData(item).toString() : typed;
        if (word != index.data(Qt::EditRole).toString())
            model->setData(index, word, Qt::EditRole);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // Untouched: store nothing, not even the same value again.
        if (line->text() != index.data(Qt::EditRole).toString())
            model->setData(index, line->text(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void ActivityDelegate::commitAndClose(QWidget *editor) {
    emit commitData(editor);
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
}

} // namespace castnet::ui
