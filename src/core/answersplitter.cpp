#include "answersplitter.h"

#include "preparationrequest.h"

#include <QRegularExpression>
#include <QSet>
#include <vector>

namespace dialoog {

namespace {

// Lower case, no accents, only letters, digits and single spaces.
QString normalise(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c;
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

QSet<QString> words(const QString &normal)
{
    QSet<QString> set;
    for (const QString &w : normal.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.insert(w);
    return set;
}

// Share of the question's words that the line has.
double overlap(const QString &line, const QString &question)
{
    const QSet<QString> q = words(question);
    if (q.isEmpty())
        return 0;
    const QSet<QString> l = words(line);
    int shared = 0;
    for (const QString &w : q)
        shared += l.contains(w) ? 1 : 0;
    // A long answer that happens to share words is no heading: penalise extra words.
    const int extra = std::max<int>(0, int(l.size()) - int(q.size()));
    return double(shared) / double(q.size() + extra / 2);
}

// "> > text" → level 2, "text".
int quoteLevel(QString &line)
{
    int level = 0;
    int i = 0;
    while (i < line.size() &&
           (line.at(i) == QLatin1Char('>') || (line.at(i) == QLatin1Char(' ') && level > 0))) {
        if (line.at(i) == QLatin1Char('>'))
            ++level;
        ++i;
    }
    if (level > 0)
        line = line.mid(i);
    return level;
}

bool isSignatureStart(const QString &line)
{
    if (line == QLatin1String("--") || line == QLatin1String("-- ") || line == QLatin1String("—"))
        return true;
    const QString trimmed = line.trimmed();
    if (trimmed.size() > 45)
        return false;
    static const QRegularExpression closing(
        QStringLiteral(
            "^(met )?(vriendelijke|hartelijke|warme) "
            "groet(en)?\\b|^(groet(jes|en)?|gr|mvg|vg)\\b[.,!]?\\s*\\S*$|"
            "^(kind|best|warm|many)( regards| wishes)\\b|^regards\\b|^(best|cheers|thanks|thank "
            "you|bedankt|dank je)[,!.]?$|"
            "^(sent|verzonden|verstuurd) (from|vanaf|van|met) (my|mijn)\\b|^get outlook "
            "for\\b|^download outlook\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return closing.match(trimmed).hasMatch();
}

bool isGreeting(const QString &line)
{
    static const QRegularExpression greeting(
        QStringLiteral("^(hi|hello|hey|dear|beste|hoi|hallo|goedemorgen|goedemiddag|good "
                       "morning)\\b[^.?]{0,40}[,!]?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return greeting.match(line.trimmed()).hasMatch();
}

// Where the original message starts in a top-posted (Outlook style) reply.
bool isOriginalMarker(const QStringList &lines, int index)
{
    const QString line = lines.at(index).trimmed();
    static const QRegularExpression separator(
        QStringLiteral("^-{2,}\\s*(original message|oorspronkelijk bericht|origineel "
                       "bericht|forwarded message|"
                       "doorgestuurd bericht|oorspronkelijk e-mailbericht)\\s*-{2,}$"),
        QRegularExpression::CaseInsensitiveOption);
    if (separator.match(line).hasMatch())
        return true;
    static const QRegularExpression from(QStringLiteral("^\\**(from|van)\\s*:\\**\\s"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sent(QStringLiteral("^\\**(sent|date|verzonden|datum)\\s*:"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!from.match(line).hasMatch())
        return false;
    for (int next = index + 1; next < lines.size() && next <= index + 3; ++next) {
        if (sent.match(lines.at(next).trimmed()).hasMatch())
            return true;
    }
    return false;
}

bool isWroteLine(const QString &line)
{
    static const QRegularExpression wrote(
        QStringLiteral("^(on|op)\\b.{4,200}\\b(wrote|schreef)\\b.{0,60}:$"),
        QRegularExpression::CaseInsensitiveOption);
    return wrote.match(line.trimmed()).hasMatch();
}

bool isHeaderField(const QString &line)
{
    static const QRegularExpression header(
        QStringLiteral(
            "^\\**(from|sent|to|cc|subject|date|van|verzonden|aan|onderwerp|datum)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    return header.match(line.trimmed()).hasMatch() ||
           line.trimmed().startsWith(QStringLiteral("____"));
}

QString tidy(QStringList lines)
{
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QStringList out;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() && !out.isEmpty() && out.last().isEmpty())
            continue;
        out << (line.trimmed().isEmpty() ? QString() : line.trimmed());
    }
    return out.join(QLatin1Char('\n'));
}

// Mail clients end lines in "\r\n", "\r" or "\n".
QStringList linesOf(const QString &reply)
{
    QString text = reply;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

bool hasHeading(const AnswerSplitter &splitter, const QStringList &lines)
{
    for (QString line : lines) {
        quoteLevel(line);
        if (splitter.headingIndex(line) >= 0)
            return true;
    }
    return false;
}

// The lines to read the answers from, and what was typed above an original that holds them.
struct ReplyParts
{
    QStringList answered;
    QStringList above;
};

// A top-posted reply carries the original below a marker. When the part above
// has no headings, the answers were typed into the original: read that instead.
ReplyParts partsOf(const AnswerSplitter &splitter, const QStringList &all)
{
    int cut = all.size();
    for (int i = 0; i < all.size(); ++i) {
        if (isOriginalMarker(all, i)) {
            cut = i;
            break;
        }
    }
    const QStringList top = all.mid(0, cut);
    if (cut < all.size() && !hasHeading(splitter, top))
        return {.answered = all.mid(cut), .above = top};
    return {.answered = top, .above = {}};
}

// Text above an original that holds the answers belongs to no question, but must not
// be lost; its greeting and signature are no message.
QStringList unplacedAbove(const QStringList &above)
{
    QStringList unplaced;
    bool signature = false;
    for (const QString &line : above) {
        signature = signature || isSignatureStart(line);
        if (!signature && !line.trimmed().isEmpty() && !isGreeting(line))
            unplaced << line;
    }
    return unplaced;
}

// How far reading the reply has got, line by line.
struct Reading
{
    std::vector<QStringList> answers;
    QStringList unplaced;
    int current = -1; // the question whose answer the lines belong to
    bool inSignature = false;
    bool foundAnyHeading = false;
};

// The "On … wrote:" line, forwarded headers and the request's own text are no answer.
bool isNoAnswer(const QString &line, const QStringList &boilerplate)
{
    return isWroteLine(line) || isHeaderField(line) || boilerplate.contains(normalise(line));
}

// A heading starts an answer; what follows belongs to it until the next heading.
void readLine(const AnswerSplitter &splitter, const QStringList &boilerplate, QString line,
              Reading &reading)
{
    const int level = quoteLevel(line);
    QString rest;
    if (const int heading = splitter.headingIndex(line, &rest); heading >= 0) {
        reading.foundAnyHeading = true;
        reading.current = heading;
        reading.inSignature = false;
        if (!rest.isEmpty() && level == 0)
            reading.answers[heading] << rest;
        return;
    }
    if (level > 0 || reading.inSignature)
        return; // quoted original, or a signature
    if (isSignatureStart(line)) {
        reading.inSignature = true;
        return;
    }
    if (isNoAnswer(line, boilerplate))
        return;
    if (reading.current >= 0)
        reading.answers[reading.current] << line;
    else if (!line.trimmed().isEmpty() && !isGreeting(line))
        reading.unplaced << line;
}

} // namespace

QList<int> AnswerSplitter::Result::missing() const
{
    QList<int> list;
    for (int i = 0; i < answers.size(); ++i) {
        if (answers.at(i).trimmed().isEmpty())
            list << i;
    }
    return list;
}

AnswerSplitter::AnswerSplitter(QStringList questions, QStringList boilerplate)
    : m_questions(std::move(questions))
{
    for (const QString &q : m_questions)
        m_normalQuestions << normalise(q);
    for (const QString &line : boilerplate) {
        const QString normal = normalise(line);
        if (!normal.isEmpty())
            m_boilerplate << normal;
    }
}

int AnswerSplitter::headingIndex(const QString &line, QString *rest) const
{
    static const QRegularExpression numbered(
        QStringLiteral("^\\s*[#*_]*\\s*(?:(?:vraag|question|q)\\s*)?(\\d{1,2})\\s*[.):]?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = line.trimmed();
    int number = -1;
    if (const auto m = numbered.match(text); m.hasMatch()) {
        number = m.captured(1).toInt() - 1;
        text = m.captured(2).trimmed();
    }
    // An answer may follow the question on the same line: "1. What went well? The migration."
    QString after;
    if (const int mark = text.indexOf(QLatin1Char('?')); mark >= 0 && mark + 1 < text.size()) {
        after = text.mid(mark + 1).trimmed();
        text = text.left(mark + 1);
    }
    const QString normal = normalise(text);
    const bool numberValid = number >= 0 && number < m_questions.size();
    if (normal.isEmpty() || normal == QLatin1String("antwoord") ||
        normal == QLatin1String("answer")) {
        if (!numberValid || !after.isEmpty())
            return -1;
        return number; // "1." or "Question 1" alone
    }
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < m_normalQuestions.size(); ++i) {
        const QString &q = m_normalQuestions.at(i);
        double score = normal == q ? 2.0 : overlap(normal, q);
        // "What went well?" for "What went well in the past period…": a shortened heading.
        const bool enoughOfIt =
            normal.size() >= q.size() / 2 || (i == number && normal.count(QLatin1Char(' ')) >= 1);
        if (normal != q && q.startsWith(normal) && enoughOfIt)
            score = std::max(score, 0.9);
        if (i == number)
            score += 0.25; // the number agrees: a looser text will do
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    const double needed = numberValid ? 0.6 : 0.75;
    if (best < 0 || bestScore < needed)
        return -1;
    if (rest)
        *rest = after;
    return best;
}

AnswerSplitter::Result AnswerSplitter::split(const QString &reply) const
{
    const ReplyParts parts = partsOf(*this, linesOf(reply));
    Reading reading{.answers = std::vector<QStringList>(m_questions.size()),
                    .unplaced = unplacedAbove(parts.above)};
    for (const QString &line : parts.answered)
        readLine(*this, m_boilerplate, line, reading);
    Result result;
    for (const QStringList &answer : reading.answers)
        result.answers << tidy(answer);
    result.unplaced = tidy(reading.unplaced);
    result.foundAnyHeading = reading.foundAnyHeading;
    return result;
}

Reflection AnswerSplitter::toReflection(const Result &result)
{
    Reflection r;
    const auto at = [&result](int i) {
        return i < result.answers.size() ? result.answers.at(i) : QString();
    };
    r.wentWell = at(0);
    r.growth = at(1);
    r.ambitions = at(2);
    return r;
}

QString AnswerSplitter::ownWords(const QString &reply)
{
    const QStringList all = linesOf(reply);
    const auto nextMarker = [&all](int from) {
        for (int i = from; i < all.size(); ++i) {
            if (isOriginalMarker(all, i))
                return i;
        }
        return int(all.size());
    };
    const auto wordsBetween = [&all](int from, int to) {
        const AnswerSplitter noQuestions({});
        Reading reading;
        for (int i = from; i < to; ++i)
            readLine(noQuestions, {}, all.at(i), reading);
        return tidy(reading.unplaced);
    };
    const int cut = nextMarker(0);
    const QString above = wordsBetween(0, cut);
    // Nothing typed above a forwarded mail: the response is the mail forwarded, below
    // its headers.
    if (!above.isEmpty() || cut >= all.size())
        return above;
    int start = cut + 1;
    while (start < all.size() &&
           (isHeaderField(all.at(start)) || all.at(start).trimmed().isEmpty()))
        ++start;
    return wordsBetween(start, nextMarker(start));
}

QString AnswerSplitter::toFeedbackText(const Result &result, const QStringList &questions)
{
    QStringList parts;
    for (int i = 0; i < result.answers.size() && i < questions.size(); ++i) {
        if (!result.answers.at(i).trimmed().isEmpty())
            parts << PreparationRequest::heading(i, questions.at(i)) + QLatin1Char('\n') +
                         result.answers.at(i);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace dialoog
