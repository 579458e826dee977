// The GridDesk console. Everything lives in griddesk_app; this stays thin.
#include "ConsoleApplication.h"

int main(int argc, char *argv[])
{
    return griddesk::app::runConsole(argc, argv);
}
