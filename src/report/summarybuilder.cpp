#include "summarybuilder.h"

#include "store/store.h"
#include "summarysignoff.h"

#include <QCoreApplication>

namespace dialoog {
namespace {

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::Summary)

public:
    Builder(const ConversationRecord &record, int number, const SummaryOptions &options)
        : r(record), number(number), options(options), locale(options.locale)
    {
    }

    SummaryDocument build()
    {
        SummaryDocument doc;
        const Conversation &c = r.conversation;
        const QDate date = c.date();
        const bool checkIn = c.kind == ConversationKind::CheckIn;
        doc.title = checkIn ? tr("Check-in") : tr("Development conversation");
        doc.subtitle =
            date.isValid() ? tr("%1, %2").arg(r.employee.name, longDate(date)) : r.employee.name;
        doc.language =
            locale.language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
        doc.header.rows.emplace_back(tr("Employee"), r.employee.name);
        if (!r.employee.role.isEmpty())
            doc.header.rows.emplace_back(tr("Role"), r.employee.role);
        if (!r.employee.team.isEmpty())
            doc.header.rows.emplace_back(tr("Team"), r.employee.team);
        QString when = date.isValid() ? longDate(date) : tr("no date");
        if (c.correctedOn.isValid())
            when = tr("%1 (corrected on %2)").arg(when, longDate(c.correctedOn));
        doc.header.rows.emplace_back(c.heldDate.isValid() ? tr("Held on") : tr("Planned for"),
                                     when);
        if (!options.managerName.isEmpty())
            doc.header.rows.emplace_back(tr("Manager"), manager());
        if (number > 0)
            doc.header.rows.emplace_back(checkIn ? tr("Check-in") : tr("Conversation"),
                                         tr("number %1 in the series").arg(number));
        if (options.employeeCopy)
            doc.notice = tr("Employee's copy");
        else if (options.includePrivateNotes)
            doc.notice = tr("Includes the manager's private notes — not for sharing");

        if (checkIn) {
            checkInNote(doc);
        } else {
            preparation(doc);
            goals(doc);
            questions(doc);
            wrapUp(doc);
        }
        notes(doc);
        // A check-in note is a one-page record of a short talk, not a report to sign.
        if (!checkIn)
            addSignOffSections(doc, r, options, manager());
        if (options.signatures && !checkIn)
            signatures(doc);

        doc.footerLeft = tr("Confidential");
        doc.footerMiddle = r.employee.name;
        doc.pageLabel = tr("page %1 of %2");
        return doc;
    }

private:
    QString longDate(const QDate &d) const { return locale.toString(d, QLocale::LongFormat); }
    QString shortDate(const QDate &d) const
    {
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    }

    static void add(SummaryDocument &doc, const QString &title,
                    std::vector<SummaryDocument::Block> blocks)
    {
        if (!blocks.empty())
            doc.sections.push_back(SummaryDocument::Section{title, std::move(blocks)});
    }

    void wellbeing(SummaryDocument &doc)
    {
        const Conversation &c = r.conversation;
        std::vector<SummaryDocument::Block> blocks;
        SummaryDocument::Fields scores;
        if (c.energy > 0)
            scores.rows.emplace_back(tr("Energy"), tr("%1 of 5").arg(c.energy));
        if (c.workHappiness > 0)
            scores.rows.emplace_back(tr("Work happiness"), tr("%1 of 5").arg(c.workHappiness));
        if (!c.wellbeingNote.trimmed().isEmpty())
            scores.rows.emplace_back(tr("In their words"), c.wellbeingNote.trimmed());
        if (!scores.rows.empty())
            blocks.emplace_back(std::move(scores));
        add(doc, tr("Energy and work happiness"), std::move(blocks));
    }

    void goalProgress(SummaryDocument &doc)
    {
        SummaryDocument::Bullets progress;
        for (const GoalUpdate &u : r.goalUpdates) {
            for (const Goal &g : r.goals) {
                if (g.id != u.goalId)
                    continue;
                QString line = tr("%1: %2 %, %3")
                                   .arg(g.what)
                                   .arg(u.progress)
                                   .arg(displayName(u.status).toLower());
                if (!u.note.trimmed().isEmpty())
                    line += tr(" — %1").arg(u.note.trimmed());
                progress.items << line;
            }
        }
        if (!progress.items.isEmpty())
            add(doc, tr("Progress on running goals"), {progress});
    }

    void preparation(SummaryDocument &doc)
    {
        wellbeing(doc);
        SummaryDocument::Bullets achievements;
        for (const Achievement &a : r.achievements)
            achievements.items << a.text;
        if (!achievements.items.isEmpty())
            add(doc, tr("Achievements"), {achievements});

        SummaryDocument::Fields reflection;
        const auto field = [&reflection](const QString &label, const QString &text) {
            if (!text.trimmed().isEmpty())
                reflection.rows.emplace_back(label, text.trimmed());
        };
        field(tr("What went well"), r.reflection.wentWell);
        field(tr("Room to grow"), r.reflection.growth);
        field(tr("Ambitions"), r.reflection.ambitions);
        if (!reflection.rows.empty())
            add(doc, tr("The employee's reflection"), {reflection});

        SummaryDocument::Bullets feedback;
        for (const FeedbackItem &f : r.feedback) {
            const QString from =
                f.fromWhom.isEmpty()
                    ? displayName(f.relation)
                    : tr("%1 (%2)").arg(f.fromWhom, displayName(f.relation).toLower());
            feedback.items << tr("%1: %2").arg(from, f.text);
        }
        if (!feedback.items.isEmpty())
            add(doc, tr("Feedback received"), {feedback});

        goalProgress(doc);
        const Conversation &c = r.conversation;
        if (!options.employeeCopy && !c.attentionPoints.trimmed().isEmpty())
            add(doc, tr("Points of attention"),
                {SummaryDocument::Paragraph{c.attentionPoints.trimmed()}});
    }

    void goals(SummaryDocument &doc)
    {
        std::vector<SummaryDocument::Block> blocks;
        for (const Goal &g : r.goals) {
            const bool touched = g.createdIn == r.conversation.id || r.reviewed(g);
            if (!g.isRunning() && !touched)
                continue; // goals finished in earlier conversations belong to those summaries
            SummaryDocument::Fields fields;
            fields.rows.emplace_back(tr("Goal"), g.what);
            if (!g.why.trimmed().isEmpty())
                fields.rows.emplace_back(tr("Why"), g.why.trimmed());
            QStringList steps;
            for (const GoalStep &s : g.steps)
                steps << tr("%1: %2").arg(displayName(s.kind), s.text);
            if (!steps.isEmpty())
                fields.rows.emplace_back(tr("How"), steps.join(QLatin1Char('\n')));
            if (g.targetDate.isValid())
                fields.rows.emplace_back(tr("Target date"), longDate(g.targetDate));
            fields.rows.emplace_back(tr("Status"),
                                     tr("%1, %2 %").arg(displayName(g.status)).arg(g.progress));
            blocks.emplace_back(std::move(fields));
        }
        add(doc, tr("Development goals"), std::move(blocks));
    }

    void questions(SummaryDocument &doc)
    {
        std::vector<SummaryDocument::Block> blocks;
        for (const Question &q : r.questions) {
            for (const Answer &a : r.answers) {
                if (a.questionId == q.id && !a.text.trimmed().isEmpty())
                    blocks.emplace_back(SummaryDocument::QuestionAnswer{q.text, a.text.trimmed()});
            }
        }
        add(doc, tr("Open questions"), std::move(blocks));
    }

    // The check-in note: how it goes, the topic, a line per goal, and what was agreed.
    void checkInNote(SummaryDocument &doc)
    {
        const Conversation &c = r.conversation;
        wellbeing(doc);
        const QString topic = c.topicText.trimmed();
        if (c.topic != CheckInTopic::None)
            add(doc, tr("Topic"),
                {SummaryDocument::Fields{
                    {{displayName(c.topic), topic.isEmpty() ? tr("(not named)") : topic}}}});
        else if (!topic.isEmpty())
            add(doc, tr("Topic"), {SummaryDocument::Paragraph{topic}});
        goalProgress(doc);
        agreementsAndActions(doc);
        const QString next =
            c.nextCheckIn.isValid() ? longDate(c.nextCheckIn) : tr("Not planned yet.");
        add(doc, tr("Next check-in"), {SummaryDocument::Paragraph{next}});
    }

    void agreementsAndActions(SummaryDocument &doc)
    {
        const Conversation &c = r.conversation;
        if (!c.summary.trimmed().isEmpty())
            add(doc, tr("Key points"), {SummaryDocument::Paragraph{c.summary.trimmed()}});
        SummaryDocument::Bullets agreements;
        for (const Agreement &a : r.agreements)
            agreements.items << a.text;
        if (!agreements.items.isEmpty())
            add(doc, tr("Agreements"), {agreements});
        if (!r.actionItems.empty()) {
            SummaryDocument::Table table{{tr("What"), tr("Owner"), tr("Due"), tr("Status")}, {}};
            for (const ActionItem &a : r.actionItems) {
                const QString owner = a.owner == Owner::Other && !a.ownerName.isEmpty()
                                          ? a.ownerName
                                          : displayName(a.owner);
                table.rows.push_back({a.text, owner, shortDate(a.dueDate), displayName(a.status)});
            }
            add(doc, tr("Action items"), {table});
        }
    }

    void wrapUp(SummaryDocument &doc)
    {
        const Conversation &c = r.conversation;
        agreementsAndActions(doc);
        const QString next = c.nextFollowUp.isValid() ? longDate(c.nextFollowUp)
                             : c.noFollowUp           ? tr("No follow-up planned, by choice.")
                                                      : tr("No follow-up planned.");
        add(doc, tr("Next conversation"), {SummaryDocument::Paragraph{next}});
    }

    void notes(SummaryDocument &doc)
    {
        SummaryDocument::Bullets list;
        for (const Note &n : r.notes) {
            if (n.isPrivate && (options.employeeCopy || !options.includePrivateNotes))
                continue;
            list.items << (n.isPrivate ? tr("(private) %1").arg(n.text) : n.text);
        }
        if (!list.items.isEmpty())
            add(doc, tr("Notes"), {list});
    }

    // Who signs: the name and role as set, or just "Manager" while neither is known.
    QString manager() const
    {
        if (options.managerName.isEmpty())
            return options.managerRole.isEmpty() ? tr("Manager") : options.managerRole;
        return options.managerRole.isEmpty()
                   ? options.managerName
                   : tr("%1, %2").arg(options.managerName, options.managerRole);
    }

    void signatures(SummaryDocument &doc)
    {
        SummaryDocument::Signatures block;
        block.names << r.employee.name << manager();
        block.dateLabel = tr("Date");
        block.signatureLabel = tr("Signature");
        add(doc, tr("Signatures"), {block});
    }

    const ConversationRecord &r;
    int number;
    const SummaryOptions &options;
    QLocale locale;
};

} // namespace

SummaryDocument buildSummary(const ConversationRecord &record, int number,
                             const SummaryOptions &options)
{
    return Builder(record, number, options).build();
}

SummaryDocument buildSummary(Store &store, Id conversationId, const SummaryOptions &options)
{
    const ConversationRecord record = store.conversations().load(conversationId);
    int number = 0;
    std::vector<Conversation> series = store.conversations().forEmployee(record.employee.id);
    // Check-ins are counted apart: the series of development conversations stays as it was.
    std::erase_if(series,
                  [&record](const Conversation &c) { return c.kind != record.conversation.kind; });
    std::stable_sort(series.begin(), series.end(),
                     [](const Conversation &a, const Conversation &b) {
                         const QDate da = a.date();
                         const QDate db = b.date();
                         return da < db;
                     });
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (series[i].id == conversationId)
            number = int(i) + 1;
    }
    return buildSummary(record, number, options);
}

} // namespace dialoog
