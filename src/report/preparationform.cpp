#include "preparationform.h"

#include <QCoreApplication>
#include <QFile>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace dialoog {

namespace {

class Form final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::PreparationForm)

public:
    static PreparationForm build(const PreparationRequest &request)
    {
        PreparationForm form;
        const bool reflection = request.kind() == PreparationRequest::Kind::SelfReflection;
        form.title = reflection ? tr("Self-reflection")
                                : tr("Feedback about %1").arg(request.employeeName());
        form.header.emplace_back(tr("Employee"), request.employeeName());
        if (request.date().isValid())
            form.header.emplace_back(tr("Conversation"), request.dateText());
        form.introduction =
            reflection ? tr("Please write your answers in the space below each question and bring "
                            "or return this form before the conversation.")
                       : tr("Please write your answers in the space below each question and return "
                            "this form to the manager.");
        if (!reflection)
            form.nameLabel = tr("Your name");
        const QStringList questions = request.questions();
        for (int i = 0; i < questions.size(); ++i)
            form.questions << PreparationRequest::heading(i, questions.at(i));
        form.footer = {tr("Confidential"), request.employeeName(), tr("page %1 of %2")};
        return form;
    }

    static QString error(const QString &path, const QString &why)
    {
        return tr("cannot write %1: %2").arg(path, why);
    }
};

QFont boldPrintFont(qreal pointSize)
{
    QFont font = printFont(pointSize);
    font.setBold(true);
    return font;
}

// One pass over the form: with a painter it draws, without it only counts pages.
// Both passes share this code, so the count always matches what is drawn.
class FormPass final
{
public:
    FormPass(const PreparationForm &form, QPagedPaintDevice &device, QPainter *painter,
             int totalPages)
        : m_form(form), m_device(device), m_painter(painter), m_totalPages(totalPages),
          m_page(printableRect(device)), m_footer(footerHeight(device)),
          m_bottom(m_page.height() - m_footer * 1.2),
          m_lineGap(QFontMetricsF(m_text, &device).height() * 2.2), // room for handwriting
          m_rule(QColor(0xa0, 0xa0, 0xa0), device.logicalDpiX() / 150.0)
    {
    }

    // Title, header fields, the name line and the introduction.
    void paintOpening()
    {
        m_y += block(m_title, m_form.title);
        m_y += m_lineGap * 0.3;
        for (const auto &[label, value] : m_form.header)
            m_y += block(m_text, label + QStringLiteral(": ") + value);
        if (!m_form.nameLabel.isEmpty()) {
            m_y += m_lineGap * 0.6;
            const qreal h = block(m_text, m_form.nameLabel + QLatin1Char(':'));
            const qreal labelWidth =
                QFontMetricsF(m_text, &m_device)
                    .horizontalAdvance(m_form.nameLabel + QStringLiteral(": "));
            m_y += h;
            ruleAt(m_y, labelWidth);
        }
        m_y += m_lineGap * 0.5;
        m_y += block(m_text, m_form.introduction);
        m_y += m_lineGap * 0.5;
    }

    void paintQuestion(const QString &question)
    {
        const qreal headingHeight =
            QFontMetricsF(m_bold, &m_device)
                .boundingRect(QRectF(0, 0, m_page.width(), 1e6), Qt::TextWordWrap, question)
                .height();
        // A question and its lines stay on one page, so no page holds a stray line or two.
        if (m_y + headingHeight + m_lineGap * m_form.linesPerQuestion > m_bottom && m_y > 0)
            newPage();
        m_y += block(m_bold, question);
        for (int line = 0; line < m_form.linesPerQuestion; ++line) {
            if (m_y + m_lineGap > m_bottom)
                newPage();
            m_y += m_lineGap;
            ruleAt(m_y, 0);
        }
        m_y += m_lineGap * 0.8;
    }

    // Closes the last page; returns the number of pages.
    int finish()
    {
        if (m_painter)
            paintFooter(*m_painter, m_page, m_footer, m_form.footer, m_index, m_totalPages);
        return m_index + 1;
    }

private:
    void newPage()
    {
        if (m_painter)
            paintFooter(*m_painter, m_page, m_footer, m_form.footer, m_index, m_totalPages);
        if (m_painter)
            m_device.newPage();
        ++m_index;
        m_y = 0;
    }

    // Draws `content` at the current height; returns the height it takes.
    qreal block(const QFont &font, const QString &content, int flags = Qt::TextWordWrap)
    {
        const QRectF bounds = QFontMetricsF(font, &m_device)
                                  .boundingRect(QRectF(0, 0, m_page.width(), 1e6), flags, content);
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(0, m_y, m_page.width(), bounds.height()), flags, content);
        }
        return bounds.height();
    }

    void ruleAt(qreal at, qreal from)
    {
        if (m_painter) {
            m_painter->setPen(m_rule);
            m_painter->drawLine(QPointF(from, at), QPointF(m_page.width(), at));
        }
    }

    const PreparationForm &m_form;
    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    const int m_totalPages;
    const QRectF m_page;
    const qreal m_footer;
    const qreal m_bottom;
    const QFont m_text = printFont(10);
    const QFont m_bold = boldPrintFont(10.5);
    const QFont m_title = boldPrintFont(16);
    const qreal m_lineGap;
    const QPen m_rule;
    int m_index = 0; // the page being laid out
    qreal m_y = 0;
};

int layOut(const PreparationForm &form, QPagedPaintDevice &device, QPainter *painter,
           int totalPages)
{
    FormPass pass(form, device, painter, totalPages);
    pass.paintOpening();
    for (const QString &question : form.questions)
        pass.paintQuestion(question);
    return pass.finish();
}

} // namespace

PreparationForm buildPreparationForm(const PreparationRequest &request)
{
    return Form::build(request);
}

int paintPreparationForm(const PreparationForm &form, QPagedPaintDevice &device)
{
    const int pages = layOut(form, device, nullptr, 0);
    QPainter painter(&device);
    layOut(form, device, &painter, pages);
    return pages;
}

bool writePreparationForm(const PreparationForm &form, const QString &path, const QLocale &locale,
                          QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Form::error(path, why);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // personal data: the owner's alone
    {
        QPdfWriter writer(&file);
        setUpPdf(writer, form.title, locale);
        paintPreparationForm(form, writer);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace dialoog
