#include "nextcheckinrow.h"

#include "gui/widgets/optionaldateedit.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dialoog {

NextCheckInRow::NextCheckInRow(const QString &label, const std::vector<QuickDate> &quick,
                               std::function<QDate()> from, QWidget *parent)
    : QWidget(parent), m_edit(new OptionalDateEdit(tr("not planned"), this))
{
    m_edit->setObjectName(QStringLiteral("nextCheckIn"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(m_edit);
    row->addWidget(buddy);
    row->addWidget(m_edit);
    for (const QuickDate &q : quick) {
        auto *button = new QPushButton(q.text, this);
        button->setObjectName(QStringLiteral("checkIn%1").arg(q.days));
        connect(button, &QPushButton::clicked, this, [this, from, index = m_buttons.size()] {
            emit chosen(from().addDays(m_days[index]));
        });
        row->addWidget(button);
        m_buttons.push_back(button);
        m_days.push_back(q.days);
    }
    row->addStretch();
    connect(m_edit, &OptionalDateEdit::optionalDateChanged, this, &NextCheckInRow::chosen);
}

void NextCheckInRow::setQuickDate(std::size_t index, const QuickDate &quick)
{
    m_buttons.at(index)->setText(quick.text);
    m_buttons.at(index)->setObjectName(QStringLiteral("checkIn%1").arg(quick.days));
    m_days.at(index) = quick.days;
}

void NextCheckInRow::showDate(const QDate &date)
{
    m_edit->showDate(date);
}

} // namespace dialoog
