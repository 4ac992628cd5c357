// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/field_label.h"

#include <array>

#include <QCoreApplication>
#include <QRegularExpression>

#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

struct Label {
    std::string_view name;
    const char *label;
};

#define CASTNET_LABEL(text) QT_TRANSLATE_NOOP("castnet::ui::FieldLabel", text)

// The activity columns keep the words of the table's headers, spelled out;
// the campaign fields those of the form.
constexpr std::array<Label, 26> labels{{
    {"channel", CASTNET_LABEL("Channel")},
    {"title", CASTNET_LABEL("Title")},
    {"format", CASTNET_LABEL("Format")},
    {"interaction", CASTNET_LABEL("Interaction")},
    {"automated", CASTNET_LABEL("Automated")},
    {"goal", CASTNET_LABEL("Goal")},
    {"cadence_per_week", CASTNET_LABEL("Per week")},
    {"hours_per_occurrence", CASTNET_LABEL("Hours each")},
    {"setup_hours", CASTNET_LABEL("Setup hours")},
    {"cost_per_occurrence", CASTNET_LABEL("Cost each")},
    {"start_week", CASTNET_LABEL("Start week")},
    {"end_week", CASTNET_LABEL("End week")},
    {"max_weekly_return", CASTNET_LABEL("Max return")},
    {"half_saturation_hours", CASTNET_LABEL("Half-saturation hours")},
    {"shape", CASTNET_LABEL("Shape")},
    {"carryover", CASTNET_LABEL("Carry-over")},
    {"track", CASTNET_LABEL("Track")},
    {"notes", CASTNET_LABEL("Notes")},
    {"name", CASTNET_LABEL("Name")},
    {"start_date", CASTNET_LABEL("Start date")},
    {"weeks", CASTNET_LABEL("Length")},
    {"capacity_hours_per_week", CASTNET_LABEL("Capacity")},
    {"budget_per_week", CASTNET_LABEL("Budget per week")},
    {"currency", CASTNET_LABEL("Currency")},
    {"return_unit", CASTNET_LABEL("Return unit")},
    {"automation_saving", CASTNET_LABEL("Automation saving")},
}};

#undef CASTNET_LABEL

const Label *find(std::string_view name) {
    for (const auto &label : labels) {
        if (label.name == name)
            return &label;
    }
    return nullptr;
}

QString translated(const Label &label) {
    return QCoreApplication::translate("castnet::ui::FieldLabel", label.label);
}

// Inside a sentence a label is a common noun: "before start week 6".
QString inSentence(const Label &label) {
    auto text = translated(label);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace

QString fieldLabel(core::ActivityField field) {
    return fieldLabel(core::columnName(field));
}

QString fieldLabel(std::string_view name) {
    const auto *label = find(name);
    return label != nullptr ? translated(*label) : toQString(name);
}

QString readableMessage(const core::Error &error) {
    auto text = toQString(error.message);
    // The refused field opens the core's sentence; a one-word name such as
    // "weeks" is only rewritten there, as elsewhere it is a plain word.
    if (const auto *opening = find(error.field)) {
        const auto name = toQString(opening->name);
        if (text.startsWith(name) &&
            (text.size() == name.size() || !text.at(name.size()).isLetterOrNumber()))
            text.replace(0, name.size(), translated(*opening));
    }
    // A name with an underscore is never an English word: rewrite it anywhere.
    for (const auto &label : labels) {
        if (label.name.find('_') == std::string_view::npos)
            continue;
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(toQString(label.name)));
        auto match = word.match(text);
        while (match.hasMatch()) {
            const auto replacement =
                match.capturedStart() == 0 ? translated(label) : inSentence(label);
            text.replace(match.capturedStart(), match.capturedLength(), replacement);
            match = word.match(text, match.capturedStart() + replacement.size());
        }
    }
    return text;
}

} // namespace castnet::ui
