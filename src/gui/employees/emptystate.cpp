#include "gui/employees/emptystate.h"

#include <QHBoxLayout>
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

    auto *text =
        new QLabel(tr("Dialoog helps you prepare, hold and follow up development conversations: "
                      "about growth, energy and what people want to learn.\n\n"
                      "Start by adding the people you hold conversations with. "
                      "Or look around first with fictional sample data."),
                   this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto *add = new QPushButton(tr("&Add your first employee…"), this);
    add->setDefault(true);
    auto *sample = new QPushButton(tr("Try it with &sample data"), this);

    // Wrapped text only gets its full height from a layout that owns its width,
    // so the content sits in a column of bounded width, centred by stretches.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    column->setMinimumWidth(360);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *content = new QVBoxLayout(column);
    content->addWidget(title);
    content->addSpacing(12);
    content->addWidget(text);
    content->addSpacing(18);
    content->addWidget(add);
    content->addWidget(sample);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);

    connect(add, &QPushButton::clicked, this, &EmptyState::addEmployeeRequested);
    connect(sample, &QPushButton::clicked, this, &EmptyState::sampleDataRequested);
}

void EmptyState::setReadOnly(bool readOnly)
{
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setEnabled(!readOnly);
}

} // namespace dialoog
