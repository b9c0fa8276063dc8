#include "gui/employees/itemtables.h"

#include <QAbstractSpinBox>
#include <QHeaderView>
#include <QLocale>
#include <QSpinBox>
#include <QTreeWidget>

namespace dialoog {

QTreeWidget *compactTable(QWidget *parent, const QStringList &headers,
                          const QString &accessibleName)
{
    auto *table = new QTreeWidget(parent);
    table->setAccessibleName(accessibleName);
    table->setHeaderLabels(headers);
    table->setRootIsDecorated(false);
    table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->header()->setStretchLastSection(false);
    table->setMaximumHeight(table->fontMetrics().lineSpacing() * 8);
    return table;
}

void fitSpecialValueText(QAbstractSpinBox *box)
{
    const int text = box->fontMetrics().horizontalAdvance(box->specialValueText());
    box->setMinimumWidth(
        std::max(box->minimumSizeHint().width(), text + 2 * box->fontMetrics().height() + 16));
}

QSpinBox *scoreBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 5);
    box->setSpecialValueText(QObject::tr("not asked"));
    box->setSuffix(QObject::tr(" of 5"));
    fitSpecialValueText(box);
    return box;
}

void showActionItems(QTreeWidget *table, const std::vector<ActionItem> &items)
{
    const int row = table->indexOfTopLevelItem(table->currentItem());
    table->clear();
    const QLocale locale;
    for (const ActionItem &a : items) {
        const QString owner =
            a.owner == Owner::Other && !a.ownerName.isEmpty() ? a.ownerName : displayName(a.owner);
        new QTreeWidgetItem(
            table,
            {a.text, owner,
             a.dueDate.isValid() ? locale.toString(a.dueDate, QLocale::ShortFormat) : QString(),
             displayName(a.status)});
    }
    if (table->topLevelItemCount() > 0)
        table->setCurrentItem(
            table->topLevelItem(std::clamp(row, 0, table->topLevelItemCount() - 1)));
}

} // namespace dialoog
