#pragma once
// main() for tests that need QGIS: a real QgsApplication with providers,
// offscreen, with the profile and settings under the test's private HOME.

#include <QTest>

#include <qgsapplication.h>
#include <qgsproject.h>

#define GRIDDESK_QGIS_TEST_MAIN(TestObject, initResources)                                                             \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication::setOrganizationName(QStringLiteral("GridDeskTests"));                                       \
        QCoreApplication::setApplicationName(QStringLiteral(#TestObject));                                            \
        QgsApplication app(argc, argv, true);                                                                          \
        QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);                                                  \
        QgsApplication::initQgis();                                                                                    \
        initResources();                                                                                               \
        int rc = 0;                                                                                                    \
        {                                                                                                              \
            TestObject tc;                                                                                             \
            QTEST_SET_MAIN_SOURCE_PATH                                                                                 \
            rc = QTest::qExec(&tc, argc, argv);                                                                        \
        }                                                                                                              \
        QgsProject::instance()->clear();                                                                               \
        QgsApplication::exitQgis();                                                                                    \
        return rc;                                                                                                     \
    }
