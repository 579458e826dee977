#pragma once
// The open cases reach the map off the GUI thread: a test that counts or
// draws them first lets the read finish.

#include "ConsoleLayers.h"
#include "OpenCaseLayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace griddesk::test {

// True once the open cases are read and no read is under way (layers not
// handed to a project start reading here).
inline bool waitForOpenCases(const map::ConsoleLayers &layers, int timeoutMs = 20000)
{
    if (!layers.openCases()->isLoaded() && !layers.openCases()->isBusy())
        layers.openCases()->reload();
    QElapsedTimer clock;
    clock.start();
    while (!layers.openCases()->isLoaded() || layers.openCases()->isBusy()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace griddesk::test
