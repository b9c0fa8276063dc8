#include "gui/workspace/conflictbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dialoog {

ConflictBar::ConflictBar(QWidget *parent)
    : QFrame(parent), m_message(new QLabel(this)), m_reload(new QPushButton(tr("Reload"), this)),
      m_keep(new QPushButton(tr("&Keep My Text as a Note"), this))
{
    setObjectName(QStringLiteral("conflictBar"));
    setFrameShape(QFrame::StyledPanel);
    // Drawn like the correction banner: a notice in the window, not an alarm.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    setAccessibleName(tr("Saved on another computer"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Someone else saved this conversation on another computer, so your "
                          "latest changes were not saved. Reload to see their version; what you "
                          "typed is kept as a private note, so nothing is lost."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, &ConflictBar::reloadRequested);
    connect(m_keep, &QPushButton::clicked, this, &ConflictBar::keepAsNoteRequested);
    hide();
}

} // namespace dialoog
