#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialoog {

EmptyState::EmptyState(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to Dialoog"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(
        tr("Dialoog helps you prepare, hold and follow up development conversations: "
           "about growth, energy and what people want to learn.\n\n"
           "Start by adding the people you hold conversations with. "
           "Or look around first with fictional sample data."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);

    auto *add = new QPushButton(tr("&Add your first employee…"), this);
    add->setDefault(true);
    auto *sample = new QPushButton(tr("Try it with &sample data"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addWidget(sample, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(add, &QPushButton::clicked, this, &EmptyState::addEmployeeRequested);
    connect(sample, &QPushButton::clicked, this, &EmptyState::sampleDataRequested);
}

} // namespace dialoog
