#pragma once
// The open and the ended cases reach the map off the GUI thread: a test that
// counts or draws them first lets the reads finish.

#include "ConsoleLayers.h"
#include "LiveCaseLayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace griddesk::test {

// True once the open and the ended cases are read and no read is under way
// (layers not handed to a project start reading here).
inline bool waitForCases(const map::ConsoleLayers &layers, int timeoutMs = 20000)
{
    map::LiveCaseLayer *const both[] = {layers.openCases(), layers.endedCases()};
    for (map::LiveCaseLayer *cases : both)
        if (!cases->isLoaded() && !cases->isBusy())
            cases->reload();
    QElapsedTimer clock;
    clock.start();
    const auto reading = [&both] {
        for (const map::LiveCaseLayer *cases : both)
            if (!cases->isLoaded() || cases->isBusy())
                return true;
        return false;
    };
    while (reading()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace griddesk::test
