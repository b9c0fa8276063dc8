#pragma once

#include <QString>
#include <QStringList>
#include <variant>
#include <vector>

namespace dialoog {

// One summary of a conversation, as content without layout. Print, PDF, HTML and
// Markdown are renderings of this one value, so they can never disagree.
struct SummaryDocument
{
    struct Paragraph
    {
        QString text;
    };
    struct Fields // label: value lines
    {
        std::vector<std::pair<QString, QString>> rows;
    };
    struct Bullets
    {
        QStringList items;
    };
    struct Table
    {
        QStringList headers;
        std::vector<QStringList> rows;
    };
    struct QuestionAnswer
    {
        QString question;
        QString answer;
    };
    struct Signatures
    {
        QStringList names; // one signature line each
        QString dateLabel;
        QString signatureLabel;
    };
    using Block = std::variant<Paragraph, Fields, Bullets, Table, QuestionAnswer, Signatures>;

    struct Section
    {
        QString title;
        std::vector<Block> blocks;
    };

    QString title;    // "Development conversation"
    QString subtitle; // employee, date
    Fields header;    // who, role, team, date, manager, number
    QString notice;   // e.g. "Includes private notes"
    std::vector<Section> sections;
    QString footerLeft;   // "Confidential"
    QString footerMiddle; // the employee's name
    QString pageLabel;    // "page %1 of %2"
    QString language;     // "en", "nl": for the HTML lang attribute
};

} // namespace dialoog
