// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/delegates.h"

#include <set>

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSpinBox>

#include "core/domain/activity.h"
#include "core/domain/enums.h"
#include "core/domain/money.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/activity_table_model.h"
#include "ui/editor/number_spin_box.h"

namespace castnet::ui {

namespace {

using Column = ActivityTableModel::Column;

// The editor's value when it opened, so that closing an untouched editor
// stores nothing even where the spin box rounds (a cadence of 1/3, say).
constexpr char originalProperty[] = "castnetOriginal";

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

struct Range {
    double minimum;
    double maximum;
    int decimals;
    double step;
};

std::optional<Range> numberRange(Column column) {
    switch (column) {
    case Column::CadencePerWeek:
        return Range{0.0, core::Activity::maxCadencePerWeek, 6, 1.0};
    case Column::HoursPerOccurrence:
        return Range{0.0, core::Activity::maxHoursPerOccurrence, 6, 0.5};
    case Column::SetupHours:
        return Range{0.0, core::Activity::maxSetupHours, 6, 1.0};
    case Column::CostPerOccurrence:
        return Range{0.0, static_cast<double>(core::Cents::maxUnits), 2, 10.0};
    default:
        return std::nullopt;
    }
}

bool usesCombo(Column column) {
    return column == Column::Format || column == Column::Interaction || column == Column::Goal ||
           column == Column::Automated || column == Column::Track;
}

bool isWeek(Column column) {
    return column == Column::StartWeek || column == Column::EndWeek;
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
    if (usesCombo(column)) {
        auto *combo = comboFor(column, parent);
        combo->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        // Picking a value is the whole edit: store it at once.
        auto *self = const_cast<ActivityDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { self->commitAndClose(combo); });
        return combo;
    }
    if (const auto range = numberRange(column)) {
        auto *spin = new NumberSpinBox(parent);
        spin->setRange(range->minimum, range->maximum);
        spin->setDecimals(range->decimals);
        spin->setSingleStep(range->step);
        spin->setFrame(false);
        return spin;
    }
    if (isWeek(column)) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, index.data(ActivityTableModel::WeekLimitRole).toInt());
        spin->setFrame(false);
        return spin;
    }
    auto *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
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
    } else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor)) {
        number->setValue(number->valueFromText(text));
        number->setProperty(originalProperty, number->value());
    } else if (auto *week = qobject_cast<QSpinBox *>(editor)) {
        week->setValue(text.toInt());
        week->setProperty(originalProperty, week->value());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ActivityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
    } else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor)) {
        number->interpretText();
        if (number->value() != number->property(originalProperty).toDouble())
            model->setData(index, number->textFromValue(number->value()), Qt::EditRole);
    } else if (auto *week = qobject_cast<QSpinBox *>(editor)) {
        week->interpretText();
        if (week->value() != week->property(originalProperty).toInt())
            model->setData(index, QString::number(week->value()), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void ActivityDelegate::commitAndClose(QWidget *editor) {
    emit commitData(editor);
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
}

} // namespace castnet::ui
