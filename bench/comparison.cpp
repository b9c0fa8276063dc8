#include "comparison.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>
#include <cstdio>

namespace dialoog::bench {

namespace {

QString number(double value)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'g', 10);
}

double parsed(const QString &text)
{
    return text == QLatin1String("-") ? NAN : text.toDouble();
}

} // namespace

void writeFigures(const QString &path, const std::vector<Figure> &figures)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        std::fprintf(stderr, "dialoog-bench: cannot write %s\n", qPrintable(path));
        return;
    }
    QTextStream out(&file);
    for (const Figure &f : figures) {
        out << f.name << '\t' << number(f.value) << '\t' << f.unit << '\t' << number(f.floor)
            << '\t' << number(f.maxRatio) << '\t' << number(f.maxValue) << '\t'
            << number(f.maxGrowth) << '\n';
    }
}

std::vector<Figure> readFigures(const QString &path)
{
    std::vector<Figure> figures;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return figures;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char('\t'));
        if (f.size() == 7)
            figures.push_back(
                {f[0], parsed(f[1]), f[2], parsed(f[3]), parsed(f[4]), parsed(f[5]), parsed(f[6])});
    }
    return figures;
}

QStringList compareScales(const std::vector<Figure> &one, const std::vector<Figure> &ten)
{
    QStringList missed;
    std::printf("\n%-50s %12s %12s %8s  %s\n", "Figure", "1x", "10x", "growth", "target");
    for (const Figure &a : one) {
        const auto b = std::find_if(ten.begin(), ten.end(),
                                    [&a](const Figure &f) { return f.name == a.name; });
        if (b == ten.end()) {
            std::printf("%-50s %9.2f %-2s %12s\n", qPrintable(a.name), a.value, qPrintable(a.unit),
                        "(not run)");
            continue;
        }
        const double growth = a.value > 0 ? b->value / a.value : NAN;
        const bool met = std::isnan(a.maxGrowth) || growth <= a.maxGrowth;
        if (!met)
            missed << a.name + QStringLiteral(" (growth)");
        std::printf("%-50s %9.2f %-2s %9.2f %-2s %7.2fx", qPrintable(a.name), a.value,
                    qPrintable(a.unit), b->value, qPrintable(b->unit), growth);
        if (!std::isnan(a.maxGrowth))
            std::printf("  ≤ %gx %s", a.maxGrowth, met ? "ok" : "MISSED");
        std::printf("\n");
    }
    return missed;
}

} // namespace dialoog::bench
