#pragma once

#include "core/actionitem.h"

#include <QStringList>
#include <vector>

class QAbstractSpinBox;
class QSpinBox;
class QTreeWidget;
class QWidget;

namespace dialoog {

// A short, flat table for a page: the first column takes the room, a few rows high.
QTreeWidget *compactTable(QWidget *parent, const QStringList &headers,
                          const QString &accessibleName);

// Makes a date or number box wide enough for its "not set" text, in any language.
void fitSpecialValueText(QAbstractSpinBox *box);

// A score of 1 to 5 for energy or work happiness; 0 shows "not asked".
QSpinBox *scoreBox(QWidget *parent);

// Shows action items (what, owner, due, status), keeping the selected row.
void showActionItems(QTreeWidget *table, const std::vector<ActionItem> &items);

} // namespace dialoog
