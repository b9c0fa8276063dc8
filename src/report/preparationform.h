#pragma once

#include "core/preparationrequest.h"
#include "pagedecor.h"

#include <QStringList>

class QPagedPaintDevice;

namespace dialoog {

// A printable self-reflection or feedback form: the questions with ruled lines to
// write on, for someone who would rather answer on paper than by mail.
struct PreparationForm
{
    QString title;
    std::vector<std::pair<QString, QString>> header; // label: value
    QString introduction;
    QStringList questions; // as headings, "1. …"
    QString nameLabel;     // feedback forms: "Your name" with a line to write it on
    int linesPerQuestion = 6;
    PageFooter footer;
};

PreparationForm buildPreparationForm(const PreparationRequest &request);

// Lays the form out on the device's pages; returns the number of pages.
int paintPreparationForm(const PreparationForm &form, QPagedPaintDevice &device);

// Writes the form as a PDF, readable by the owner only. False: `error` says why.
bool writePreparationForm(const PreparationForm &form, const QString &path, const QLocale &locale,
                          QString *error);

} // namespace dialoog
