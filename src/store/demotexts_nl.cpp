#include "demotexts.h"

namespace dialoog {

// Verzonnen mensen; elke gelijkenis berust op toeval.
const DemoTexts dutchDemoTexts = {
    .people = {{
        {"Sanne de Vries", "Supportmedewerker", "Klantenservice", "sanne.devries@example.org"},
        {"Daan Bakker", "Teamleider support", "Klantenservice", "daan.bakker@example.org"},
        {"Fatima el Amrani", "Supportmedewerker", "Klantenservice", "fatima.elamrani@example.org"},
        {"Joost Mulder", "Redacteur kennisbank", "Klantenservice", "joost.mulder@example.org"},
        {"Emma Jansen", "Backendontwikkelaar", "Productontwikkeling", "emma.jansen@example.org"},
        {"Lucas Visser", "Frontendontwikkelaar", "Productontwikkeling", "lucas.visser@example.org"},
        {"Noor Hendriks", "Productontwerper", "Productontwikkeling", "noor.hendriks@example.org"},
        {"Thomas O'Neill", "Testspecialist", "Productontwikkeling", "thomas.oneill@example.org"},
        {"Mila Smit", "Junior ontwikkelaar", "Productontwikkeling", "mila.smit@example.org"},
    }},
    .goals = {{
        {"Zelfstandig een klantworkshop geven", "Wil doorgroeien naar een rol als consultant",
         "Eerst twee workshops samen geven; presentatietraining in het voorjaar"},
        {"Code leren reviewen op beveiligingsrisico's",
         "Beveiligingsincidenten kosten het team veel tijd",
         "Samen optrekken met de security champion; OWASP-cursus; elke week één pull request "
         "reviewen"},
        {"Vaker het woord nemen in het planningsoverleg",
         "Heeft goede ideeën die nu blijven liggen",
         "Per planning één voorstel voorbereiden; achteraf om feedback vragen"},
        {"Het certificaat digitale toegankelijkheid halen",
         "Ons product moet aan de toegankelijkheidseisen voldoen",
         "Online cursus, twee uur per week; elke maand één scherm doorlichten"},
        {"Een nieuwe collega begeleiden",
         "Helpt graag anderen en wil leidinggeven eens uitproberen",
         "Buddy van de volgende starter; maandelijks bijpraten met de teamleider"},
        {"De releasechecklist automatiseren", "Een release kost nu een dag handwerk",
         "Elke sprint een hackathondag; demo voor het team"},
    }},
    .achievements =
        {
            "Heeft de overstap naar het nieuwe ticketsysteem zonder storing begeleid",
            "Schreef de inwerkgids die drie nieuwe collega's hebben gebruikt",
            "Loste de hardnekkige fout in de facturatie op",
            "Kreeg een bedankmail van een grote klant",
            "Leidde een kwartaal lang de retrospectives van het team",
            "Halveerde de bouwtijd van de software",
        },
    .feedback = {{
        {"Altijd bereid om te helpen, en legt dingen geduldig uit.", "Priya Ramdin"},
        {"Mag eerder laten weten hoe het ervoor staat; problemen horen we soms laat.",
         "Kees van Dam"},
        {"Heel betrouwbaar in het weekendrooster.", "Lotte Kramer"},
        {"Brengt rust als het bij een storing hectisch wordt.", "Ahmed Yilmaz"},
        {"Sterke ideeën in de ontwerpreview; daar zie ik er graag meer van.", "Iris de Boer"},
    }},
    .actions =
        {
            "Aanmelden voor de presentatietraining",
            "Een sessie plannen met de security champion",
            "Het conceptvoorstel vóór de volgende planning delen",
            "Twee collega's om feedback op de workshop vragen",
            "Het opleidingsbudget navragen bij HR",
            "Twee uur focustijd per week in de agenda blokken",
        },
    .answers = {{
        {"Ik krijg energie van een lastig probleem dat ik samen met een klant oplos; lange "
         "overleggen zonder besluit kosten me juist energie.",
         "Collega's verder helpen als ze vastzitten. Wat me energie kost, is de hele dag "
         "schakelen tussen kleine klusjes."},
        {"Blijf onze focustijd bewaken, en laat het eerder weten als de prioriteiten "
         "veranderen.",
         "Om de paar weken even kort bijpraten helpt me; verder zou ik graag meer ruimte "
         "krijgen om dingen uit te proberen."},
        {"Ik zou de wekelijkse rapportages automatiseren; die kosten nu een halve dag.",
         "Minder dingen tegelijk oppakken, zodat we afmaken waar we aan beginnen."},
        {"In een rol waarin ik anderen begeleid, misschien als teamleider. Een cursus coachen "
         "zou helpen.",
         "Nog steeds inhoudelijk bezig, maar dan als vraagbaak voor ons product. Meer tijd "
         "voor verdiepend werk zou helpen."},
    }},
    .heldReflection = {"Het team door een drukke periode heen geholpen.",
                       "Vaker nee zeggen tegen extra werk.",
                       "Meer verantwoordelijkheid nemen in projecten."},
    .nextReflection = {"Het migratieproject is goed verlopen.", "Mijn eigen tijd beter plannen.",
                       "Doorgroeien naar een leidinggevende rol."},
    .nextAnswer = "Samen met het team lastige klantvragen oplossen.",
    .wrapUpNote = "Wil de volgende keer het opleidingsbudget bespreken.",
    .attentionPoints = "Werkdruk in de releaseweken; belangstelling voor het data-analyseproject.",
    .energeticNote = "Voelt zich energiek; heeft plezier in het huidige project.",
    .steadyNote = "Druk, maar houdt het goed vol; kijkt uit naar de vakantie.",
    .fallingNote = "Moe; de releasedeadline drukt zwaar en de nachtrust lijdt eronder. Binnenkort "
                   "een check-in plannen.",
    .questionsNote = "Noemde belangstelling voor het nieuwe data-analyseproject.",
    .privateNote = "Privé: nagaan of de zorgen over de werkdruk toenemen.",
    .agreement = "Elke twee weken kort bijpraten over de voortgang.",
    .summary = "Een goed gesprek over groei en werkdruk. ",
    .goalUpdate = "Gestage voortgang; zie de aantekeningen.",
    .checkIns = {{
        {"Het nieuwe klantportaal",
         "Loopt vast op het inloggen; afgesproken wie we in het securityteam kunnen vragen.",
         "Het portaal vóór het eind van de maand aan het team laten zien.",
         "Het securityteam vragen naar het inloggen"},
        {"De eerste klantworkshop",
         "De workshop ging goed; volgende keer beginnen met een voorbeeld van de klant zelf.",
         "Drie lessen opschrijven en delen in het teamoverleg.",
         "De drie lessen delen in het teamoverleg"},
        {"", "Halverwege; de cursus kost meer avonden dan gepland.",
         "Eén cursusavond ruilen voor een middag onder werktijd.",
         "Een middag onder werktijd voor de cursus inplannen"},
    }},
    .checkInGoalUpdate = "Cursus halverwege; ligt op schema.",
    .checkInPrivateNote = "Privé: was stiller dan anders; vragen hoe het thuis gaat.",
    .agreedResponse = "Bedankt voor het heldere verslag; ik ga ermee akkoord. Eén aanvulling: HR "
                      "heeft het opleidingsbudget al goedgekeurd.",
    .disputedResponse = "Ik herken de opmerking niet dat ik te laat meld hoe het ervoor staat: "
                        "in de laatste release heb ik elke vertraging in de stand-up gemeld. Dat "
                        "wil ik graag aangepast zien voordat ik akkoord ga.",
};

} // namespace dialoog
