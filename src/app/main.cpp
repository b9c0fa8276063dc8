#include "dialoogmain.h"

int main(int argc, char **argv)
{
    return dialoog::dialoogMain(argc, argv);
}
