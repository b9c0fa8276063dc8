#include "gui/widgets/textwidths.h"

#include <QApplication>
#include <QFontMetricsF>
#include <catch2/catch.hpp>
#include <cmath>

using namespace dialoog;

TEST_CASE("a text's width summed from its characters is the width the list draws it in")
{
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::PreferNoShaping); // as the employee list draws its rows
    QFont italic = font;
    italic.setItalic(true);
    for (const QFont &f : {font, italic}) {
        TextWidths widths(f);
        const QFontMetricsF metrics(f);
        // Latin with accents, repeated letters (the cache), Latin beyond Latin-1, and scripts
        // measured whole.
        for (const QString &text :
             {QStringLiteral("Ahmed Bakker 1173"), QStringLiteral("Fatima el Amrani-Jansen"),
              QStringLiteral("Zoë Ångström-Øvergaard (archived)"), QStringLiteral("WWW mmm iii"),
              QStringLiteral("Customer Support"), QStringLiteral("Łukasz Kowalczyk-Őry"),
              QStringLiteral("سارة الحسن"), QStringLiteral("देवनागरी नाम"),
              QStringLiteral("Jose\u0301 Mun\u0303oz"), QString()}) {
            INFO(text.toStdString());
            const double whole = metrics.horizontalAdvance(text);
            CHECK(widths.width(text) >= std::floor(whole));
            CHECK(widths.width(text) <= std::ceil(whole) + 1);
        }
    }
}

TEST_CASE("a longer name is measured wider than a shorter one in the same letters")
{
    TextWidths widths(QApplication::font());
    CHECK(widths.width(QStringLiteral("Anna")) > 0);
    CHECK(widths.width(QStringLiteral("Annabel")) > widths.width(QStringLiteral("Anna")));
    CHECK(widths.width(QString()) == 0);
}
