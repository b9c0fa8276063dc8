// dialoog-typing CONVERSATION_ID [dialoog's own arguments]: the real Dialoog, built from
// the same code as the installed program (dialoog_app), that opens the conversation once
// its window is shown and types into it (TypingSimulator). For tests/app/crash_test.cpp
// and scripts/crash-soak; it is never installed.
#include "app/dialoogmain.h"
#include "typingsimulator.h"

#include <QByteArray>
#include <cstdio>

int main(int argc, char **argv)
{
    bool ok = false;
    const dialoog::Id conversation = argc > 1 ? QByteArray(argv[1]).toLongLong(&ok) : 0;
    if (!ok) {
        std::fprintf(stderr, "usage: dialoog-typing CONVERSATION_ID [--database PATH]\n");
        return 2;
    }
    // Dialoog sees its own arguments only: the conversation id is taken out.
    for (int i = 1; i < argc; ++i)
        argv[i] = argv[i + 1];
    --argc;
    return dialoog::dialoogMain(argc, argv, [conversation](dialoog::MainWindow &window) {
        new dialoog::TypingSimulator(window, conversation); // a child of the window
    });
}
