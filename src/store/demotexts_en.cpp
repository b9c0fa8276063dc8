#include "demotexts.h"

namespace dialoog {

// Fictional people; any likeness is chance.
const DemoTexts englishDemoTexts = {
    .people = {{
        {"Sanne de Vries", "Support engineer", "Customer Care", "sanne.devries@example.org"},
        {"Daan Bakker", "Team lead support", "Customer Care", "daan.bakker@example.org"},
        {"Fatima el Amrani", "Support engineer", "Customer Care", "fatima.elamrani@example.org"},
        {"Joost Mulder", "Knowledge base editor", "Customer Care", "joost.mulder@example.org"},
        {"Emma Jansen", "Backend developer", "Product Development", "emma.jansen@example.org"},
        {"Lucas Visser", "Frontend developer", "Product Development", "lucas.visser@example.org"},
        {"Noor Hendriks", "Product designer", "Product Development", "noor.hendriks@example.org"},
        {"Thomas O'Neill", "Test engineer", "Product Development", "thomas.oneill@example.org"},
        {"Mila Smit", "Junior developer", "Product Development", "mila.smit@example.org"},
    }},
    .goals = {{
        {"Lead a customer workshop on her own", "Wants to grow towards a consultant role",
         "Co-host two workshops first; presentation training in spring"},
        {"Learn to review code for security issues",
         "Security incidents cost the team a lot of time",
         "Pair with the security champion; OWASP course; review one pull request a week"},
        {"Speak up more in planning meetings", "Has good ideas that now get lost",
         "Prepare one proposal per planning; ask for feedback afterwards"},
        {"Get the accessibility certificate", "Our product must meet the accessibility rules",
         "Online course, two hours a week; audit one screen a month"},
        {"Mentor a new colleague", "Enjoys helping others and wants to test leadership",
         "Buddy for the next starter; monthly check-in with the team lead"},
        {"Automate the release checklist", "Releases take a day of manual work",
         "Hackathon day per sprint; demo to the team"},
    }},
    .achievements =
        {
            "Handled the migration of the ticket system without downtime",
            "Wrote the onboarding guide that three starters used",
            "Solved the long-standing invoice bug",
            "Received a thank-you mail from a large customer",
            "Ran the team retrospectives for a quarter",
            "Cut the build time in half",
        },
    .feedback = {{
        {"Always willing to help, and explains things patiently.", "Priya Ramdin"},
        {"Could share progress earlier; we sometimes hear about problems late.", "Kees van Dam"},
        {"Very reliable in the weekend rota.", "Lotte Kramer"},
        {"Brings calm to hectic incidents.", "Ahmed Yilmaz"},
        {"Great ideas in the design review; would like to see more of them.", "Iris de Boer"},
    }},
    .actions =
        {
            "Sign up for the presentation training",
            "Plan a pairing session with the security champion",
            "Share the draft proposal before the next planning",
            "Ask two colleagues for feedback on the workshop",
            "Check the training budget with HR",
            "Block two focus hours a week in the calendar",
        },
    .answers = {{
        {"Solving a tricky problem together with a customer gives me energy; long meetings "
         "without a decision drain it.",
         "Helping colleagues get unstuck. What drains me is switching between lots of small "
         "tasks."},
        {"Keep protecting our focus time, and tell me sooner when priorities change.",
         "A short check-in every few weeks helps me; I would also like more room to try "
         "things out."},
        {"I would automate the weekly reports; they take half a day now.",
         "Take on fewer things at once, so that we finish what we start."},
        {"In a role where I guide others, perhaps as a team lead. A coaching course would help.",
         "Still hands-on, but as the go-to person for our product. More time for deep work "
         "would help."},
    }},
    .heldReflection = {"Helped the team through a busy period.",
                       "Saying no to extra work more often.",
                       "Take on more responsibility in projects."},
    .nextReflection = {"The migration project went well.", "Planning my own time.",
                       "Grow towards a lead role."},
    .nextAnswer = "Solving hard customer problems with the team.",
    .wrapUpNote = "Wants to discuss the training budget next time.",
    .attentionPoints = "Workload during the release weeks; interest in the analytics project.",
    .energeticNote = "Feels energetic; enjoys the current project.",
    .steadyNote = "Busy, but keeps a good pace; looks forward to the holiday.",
    .fallingNote = "Tired; the release deadline weighs heavily and sleep suffers. Plan a "
                   "check-in soon.",
    .questionsNote = "Mentioned interest in the new analytics project.",
    .privateNote = "Private: check whether the workload worries are growing.",
    .agreement = "Check in on progress every two weeks, briefly.",
    .summary = "A good conversation about growth and workload. ",
    .goalUpdate = "Steady progress; see notes.",
    .checkIns = {{
        {"The new customer portal",
         "Stuck on the login flow; we agreed whom to ask in the security team.",
         "Demo the portal to the team before the end of the month.",
         "Ask the security team about the login flow"},
        {"The first customer workshop",
         "The workshop went well; next time start with an example from the customer.",
         "Write down three lessons and share them in the team meeting.",
         "Share the three lessons in the team meeting"},
        {"", "Halfway there; the course takes more evenings than planned.",
         "Move one course evening to a working afternoon.",
         "Book a working afternoon for the course"},
    }},
    .checkInGoalUpdate = "Course halfway; on track.",
    .checkInPrivateNote = "Private: seemed more quiet than usual; ask how things are at home.",
    .agreedResponse = "Thank you for the clear report; I agree with it. One addition: HR has "
                      "already approved the training budget.",
    .disputedResponse = "I don't recognise the remark that I share progress late: in the last "
                        "release I reported every delay in the stand-up. I would like that "
                        "changed before I agree.",
};

} // namespace dialoog
