#include "gui/rhythm/overduelink.h"

#include "gui/rhythm/rhythmtexts.h"

#include <QKeySequence>

namespace dialoog {

OverdueLink::OverdueLink(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("overdueLink"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    hide();
}

void OverdueLink::setOverdue(int count, const QKeySequence &keys)
{
    setText(count == 0 ? QString()
                       : QStringLiteral("<a href=\"rhythm\">%1</a>")
                             .arg(RhythmTexts::overdueSummary(count).toHtmlEscaped()));
    setToolTip(count == 0
                   ? QString()
                   : tr("Show the rhythm view (%1)").arg(keys.toString(QKeySequence::NativeText)));
    setVisible(count > 0);
}

void OverdueLink::setCounting()
{
    setText(tr("Counting overdue conversations…"));
    setToolTip({});
    show();
}

} // namespace dialoog
