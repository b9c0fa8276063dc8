#include "summaryrenderers.h"

#include <QRegularExpression>

namespace dialoog {
namespace {

// Every renderer walks the document in the same order; only the output differs.
template <typename... Fs> struct Visit : Fs...
{
    using Fs::operator()...;
};
template <typename... Fs> Visit(Fs...) -> Visit<Fs...>;

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString markdown(QString text)
{
    static const QRegularExpression special(QStringLiteral(R"(([\\`*_\[\]<>|#]))"));
    text.replace(special, QStringLiteral(R"(\\1)"));
    return text.replace(QLatin1Char('\n'), QStringLiteral("  \n"));
}

// The HTML document up to and including <body>: its language, title and style sheet.
QString htmlHead(const SummaryDocument &s)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta "
                                 "charset=\"utf-8\">\n<title>%2</title>\n")
                      .arg(s.language, html(s.title + QStringLiteral(" — ") + s.subtitle));
    out += QStringLiteral(
        "<style>\n"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1a1a1a; "
        "max-width: 48em; }\n"
        "h1 { font-size: 18pt; margin-bottom: 2pt; }\n"
        // One rhythm for every heading, whatever precedes or follows it (the printout
        // sets the same spaces itself: summarylayout.cpp).
        "h2 { font-size: 12.5pt; margin-top: 13.5pt; margin-bottom: 4.5pt; color: #24476b; "
        "border-bottom: 1px solid #9aaabb; page-break-after: avoid; }\n"
        "h2 + * { margin-top: 0; }\n"
        "thead { display: table-header-group; }\n"
        "tr { page-break-inside: avoid; }\n"
        "p.subtitle { font-size: 11pt; color: #444444; margin-top: 0; }\n"
        "p.notice { font-weight: bold; color: #8a1f11; }\n"
        "table { border-collapse: collapse; }\n"
        "table.fields td { padding: 1pt 10pt 1pt 0; vertical-align: top; }\n"
        "table.fields td.label { color: #555555; }\n"
        "table.grid { width: 100%; }\n"
        "table.grid th { background-color: #e8edf2; text-align: left; padding: 3pt; }\n"
        "table.grid td { border-bottom: 1px solid #cccccc; padding: 3pt; vertical-align: top; }\n"
        // A question heads its answer: a heading one level down, in the text's size.
        // Qt's rich text keeps its larger h3 size for "10pt" but not for "medium" (which
        // it takes as the default, 10pt); browsers take the last size.
        "h3.question { font-size: medium; font-size: 10pt; font-weight: bold; margin-top: 9pt; "
        "margin-bottom: 1pt; page-break-after: avoid; }\n"
        "p.answer { margin-top: 0; margin-left: 12pt; }\n"
        "table.signatures td { padding: 24pt 24pt 2pt 0; }\n"
        "</style>\n</head>\n<body>\n");
    return out;
}

QString htmlFields(const SummaryDocument::Fields &f)
{
    // Qt's rich text ignores cell padding in CSS; the attribute and the spaces keep
    // labels and values apart in print as in a browser.
    QString t = QStringLiteral("<table class=\"fields\" cellspacing=\"0\" cellpadding=\"1\">\n");
    for (const auto &[label, value] : f.rows)
        t += QStringLiteral(
                 "<tr><td class=\"label\">%1&nbsp;&nbsp;&nbsp;&nbsp;</td><td>%2</td></tr>\n")
                 .arg(html(label), html(value));
    return t + QStringLiteral("</table>\n");
}

QString htmlTable(const SummaryDocument::Table &t)
{
    QString out = QStringLiteral("<table class=\"grid\" width=\"100%\" "
                                 "cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>");
    // The first column takes the room; the others what they need.
    for (qsizetype i = 0; i < t.headers.size(); ++i)
        out += QStringLiteral("<th%1>%2&nbsp;&nbsp;</th>")
                   .arg(i == 0 ? QStringLiteral(" width=\"55%\"") : QString(), html(t.headers[i]));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : t.rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row)
            out += QStringLiteral("<td>%1&nbsp;&nbsp;</td>").arg(html(cell));
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody></table>\n");
}

QString htmlSignatures(const SummaryDocument::Signatures &sig)
{
    QString out = QStringLiteral("<table class=\"signatures\" width=\"100%\"><tr>");
    for (const QString &name : sig.names)
        out += QStringLiteral("<td width=\"50%\">%1<br><br>%2: "
                              "____________________<br><br><br>"
                              "%3: ____________________</td>")
                   .arg(html(name), html(sig.dateLabel), html(sig.signatureLabel));
    return out + QStringLiteral("</tr></table>\n");
}

QString htmlBlock(const SummaryDocument::Block &block)
{
    return std::visit(
        Visit{
            [](const SummaryDocument::Paragraph &p) -> QString {
                return QStringLiteral("<p>%1</p>\n").arg(html(p.text));
            },
            [](const SummaryDocument::Fields &f) -> QString {
                return htmlFields(f) + QStringLiteral("<p></p>\n");
            },
            [](const SummaryDocument::Bullets &b) -> QString {
                QString out = QStringLiteral("<ul>\n");
                for (const QString &item : b.items)
                    out += QStringLiteral("<li>%1</li>\n").arg(html(item));
                return out + QStringLiteral("</ul>\n");
            },
            [](const SummaryDocument::Table &t) -> QString { return htmlTable(t); },
            [](const SummaryDocument::QuestionAnswer &qa) -> QString {
                return QStringLiteral(
                           "<h3 class=\"question\">%1</h3>\n<p class=\"answer\">%2</p>\n")
                    .arg(html(qa.question), html(qa.answer));
            },
            [](const SummaryDocument::Signatures &sig) -> QString { return htmlSignatures(sig); },
        },
        block);
}

QString markdownFields(const SummaryDocument::Fields &f)
{
    QString t;
    for (const auto &[label, value] : f.rows)
        t += QStringLiteral("- **%1:** %2\n").arg(markdown(label), markdown(value));
    return t + QLatin1Char('\n');
}

QString markdownTable(const SummaryDocument::Table &t)
{
    QStringList header, rule;
    for (const QString &h : t.headers) {
        header << markdown(h);
        rule << QStringLiteral("---");
    }
    QString out = QStringLiteral("| %1 |\n| %2 |\n")
                      .arg(header.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
    for (const QStringList &row : t.rows) {
        QStringList cells;
        // A table row is one line: line breaks in a cell become <br>.
        for (const QString &cell : row)
            cells << markdown(cell).replace(QStringLiteral("  \n"), QStringLiteral("<br>"));
        out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    return out + QLatin1Char('\n');
}

QString markdownBlock(const SummaryDocument::Block &block)
{
    return std::visit(
        Visit{
            [](const SummaryDocument::Paragraph &p) -> QString {
                return markdown(p.text) + QStringLiteral("\n\n");
            },
            [](const SummaryDocument::Fields &f) -> QString { return markdownFields(f); },
            [](const SummaryDocument::Bullets &b) -> QString {
                QString out;
                for (const QString &item : b.items)
                    out += QStringLiteral("- %1\n").arg(markdown(item));
                return out + QLatin1Char('\n');
            },
            [](const SummaryDocument::Table &t) -> QString { return markdownTable(t); },
            [](const SummaryDocument::QuestionAnswer &qa) -> QString {
                return QStringLiteral("**%1**  \n%2\n\n")
                    .arg(markdown(qa.question), markdown(qa.answer));
            },
            [](const SummaryDocument::Signatures &sig) -> QString {
                QString out;
                for (const QString &name : sig.names)
                    out += QStringLiteral("%1 — %2: ________ — %3: ____________________\n\n")
                               .arg(markdown(name), markdown(sig.dateLabel),
                                    markdown(sig.signatureLabel));
                return out;
            },
        },
        block);
}

// Continuation lines are indented under their label or question.
QString indented(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
}

QString plainFields(const SummaryDocument::Fields &f)
{
    QString t;
    for (const auto &[label, value] : f.rows)
        t += QStringLiteral("%1: %2\n").arg(label, indented(value));
    return t;
}

// Plain text has no tables: each row becomes a bullet, "first cell (header: cell, …)".
QString plainTable(const SummaryDocument::Table &t)
{
    QString out;
    for (const QStringList &row : t.rows) {
        QStringList parts;
        for (int i = 1; i < row.size(); ++i) {
            if (!row[i].isEmpty())
                parts << QStringLiteral("%1: %2").arg(t.headers.value(i), row[i]);
        }
        out += QStringLiteral("- %1 (%2)\n").arg(row.value(0), parts.join(QStringLiteral(", ")));
    }
    return out;
}

QString plainBlock(const SummaryDocument::Block &block)
{
    return std::visit(
        Visit{
            [](const SummaryDocument::Paragraph &p) -> QString {
                return p.text + QLatin1Char('\n');
            },
            [](const SummaryDocument::Fields &f) -> QString {
                return plainFields(f) + QLatin1Char('\n');
            },
            [](const SummaryDocument::Bullets &b) -> QString {
                QString out;
                for (const QString &item : b.items)
                    out += QStringLiteral("- %1\n").arg(item);
                return out;
            },
            [](const SummaryDocument::Table &t) -> QString { return plainTable(t); },
            [](const SummaryDocument::QuestionAnswer &qa) -> QString {
                return QStringLiteral("%1\n  %2\n").arg(qa.question, indented(qa.answer));
            },
            [](const SummaryDocument::Signatures &sig) -> QString {
                QString out;
                for (const QString &name : sig.names)
                    out += QStringLiteral("%1 — %2: ________ — %3: ________\n")
                               .arg(name, sig.dateLabel, sig.signatureLabel);
                return out;
            },
        },
        block);
}

} // namespace

QString summaryToHtml(const SummaryDocument &s)
{
    QString out = htmlHead(s);
    out += QStringLiteral("<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n")
               .arg(html(s.title), html(s.subtitle));
    if (!s.notice.isEmpty())
        out += QStringLiteral("<p class=\"notice\">%1</p>\n").arg(html(s.notice));
    out += htmlFields(s.header);
    for (const SummaryDocument::Section &section : s.sections) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(html(section.title));
        for (const SummaryDocument::Block &block : section.blocks)
            out += htmlBlock(block);
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QString summaryToMarkdown(const SummaryDocument &s)
{
    QString out = QStringLiteral("# %1\n\n%2\n\n").arg(markdown(s.title), markdown(s.subtitle));
    if (!s.notice.isEmpty())
        out += QStringLiteral("**%1**\n\n").arg(markdown(s.notice));
    out += markdownFields(s.header);
    for (const SummaryDocument::Section &section : s.sections) {
        out += QStringLiteral("## %1\n\n").arg(markdown(section.title));
        for (const SummaryDocument::Block &block : section.blocks)
            out += markdownBlock(block);
    }
    return out;
}

QString summaryToPlainText(const SummaryDocument &s)
{
    QString out = s.title + QLatin1Char('\n') + s.subtitle + QStringLiteral("\n\n");
    if (!s.notice.isEmpty())
        out += s.notice + QStringLiteral("\n\n");
    out += plainFields(s.header);
    for (const SummaryDocument::Section &section : s.sections) {
        out += QLatin1Char('\n') + section.title.toUpper() + QLatin1Char('\n');
        for (const SummaryDocument::Block &block : section.blocks)
            out += plainBlock(block);
    }
    return out;
}

} // namespace dialoog
