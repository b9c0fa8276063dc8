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

// One pass over the form: with a painter it draws, without it only counts pages.
int layOut(const PreparationForm &form, QPagedPaintDevice &device, QPainter *painter,
           int totalPages)
{
    const QRectF page = printableRect(device);
    const qreal footer = footerHeight(device);
    const qreal bottom = page.height() - footer * 1.2;
    const QFont text = printFont(10);
    QFont bold = printFont(10.5);
    bold.setBold(true);
    QFont title = printFont(16);
    title.setBold(true);
    const qreal lineGap = QFontMetricsF(text, &device).height() * 2.2; // room for handwriting
    const QPen rule(QColor(0xa0, 0xa0, 0xa0), device.logicalDpiX() / 150.0);

    int index = 0;
    qreal y = 0;
    const auto newPage = [&] {
        if (painter)
            paintFooter(*painter, page, footer, form.footer, index, totalPages);
        if (painter)
            device.newPage();
        ++index;
        y = 0;
    };
    const auto block = [&](const QFont &font, const QString &content,
                           int flags = Qt::TextWordWrap) {
        const QRectF bounds = QFontMetricsF(font, &device)
                                  .boundingRect(QRectF(0, 0, page.width(), 1e6), flags, content);
        if (painter) {
            painter->setFont(font);
            painter->setPen(Qt::black);
            painter->drawText(QRectF(0, y, page.width(), bounds.height()), flags, content);
        }
        return bounds.height();
    };
    const auto ruleAt = [&](qreal at, qreal from) {
        if (painter) {
            painter->setPen(rule);
            painter->drawLine(QPointF(from, at), QPointF(page.width(), at));
        }
    };

    y += block(title, form.title);
    y += lineGap * 0.3;
    for (const auto &[label, value] : form.header)
        y += block(text, label + QStringLiteral(": ") + value);
    if (!form.nameLabel.isEmpty()) {
        y += lineGap * 0.6;
        const qreal h = block(text, form.nameLabel + QLatin1Char(':'));
        const qreal labelWidth =
            QFontMetricsF(text, &device).horizontalAdvance(form.nameLabel + QStringLiteral(": "));
        y += h;
        ruleAt(y, labelWidth);
    }
    y += lineGap * 0.5;
    y += block(text, form.introduction);
    y += lineGap * 0.5;

    for (const QString &question : form.questions) {
        const qreal headingHeight =
            QFontMetricsF(bold, &device)
                .boundingRect(QRectF(0, 0, page.width(), 1e6), Qt::TextWordWrap, question)
                .height();
        // A question and its lines stay on one page, so no page holds a stray line or two.
        if (y + headingHeight + lineGap * form.linesPerQuestion > bottom && y > 0)
            newPage();
        y += block(bold, question);
        for (int line = 0; line < form.linesPerQuestion; ++line) {
            if (y + lineGap > bottom)
                newPage();
            y += lineGap;
            ruleAt(y, 0);
        }
        y += lineGap * 0.8;
    }
    if (painter)
        paintFooter(*painter, page, footer, form.footer, index, totalPages);
    return index + 1;
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
