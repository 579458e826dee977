#pragma once
// A choice of the coordinate systems boundary files come in and go out in:
// CGCS2000 (EPSG:4490), WGS84 (EPSG:4326) and the CGCS2000 3-degree
// Gauss-Krüger zones, with and without the zone number in the easting.

#include <QComboBox>

namespace griddesk::app {

class CrsBox : public QComboBox
{
    Q_OBJECT

public:
    // `fromFile`: the first entry leaves the CRS to the file (epsg() 0).
    explicit CrsBox(bool fromFile, QWidget *parent = nullptr);

    int epsg() const { return currentData().toInt(); }
    // Selects the entry of `epsg` (0: the file's, when offered).
    void setEpsg(int epsg);
};

} // namespace griddesk::app
