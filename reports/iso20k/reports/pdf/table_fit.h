#pragma once
// Measuring blocks before they are placed: fixed columns widened to fit their longest word, and the
// start of a table kept together with its caption and heading.
#include <string>

#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::reports {

// Widens each fixed-width column of `table` so that its widest word — in the header (bold) or in a
// cell — fits without being broken, up to `max` points: column headings and grades in German
// ("Verantwortlich", "Hauptabweichung") are longer than in English.
void fit_columns(const layout::Flow& flow, layout::Table& table, double max = 130);

// Keeps the next `lead` points (e.g. a caption) with the start of `table` and any pending headings:
// the whole table when it takes at most `whole` of a page, else its header and first two rows.
void keep_with_table(layout::Flow& flow, double lead, const layout::Table& table, double whole = 0.4);

// The height of `text` as a paragraph in `style` across the frame, with the paragraph spacing.
double paragraph_height(const layout::Flow& flow, const std::string& text, const layout::TextStyle& style);

}  // namespace iso20k::reports
