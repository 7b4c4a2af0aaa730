#pragma once

#include <QIcon>

// The console's icons: the desktop theme's where it has one (so the console looks like its neighbours),
// else the console's own SVG, drawn crisp at any scale.
class Icons
{
public:
    static QIcon application();
    static QIcon issue();
    static QIcon cancel();
    static QIcon copy();
    static QIcon message();
    static QIcon find();
    static QIcon preferences();
    static QIcon profiles();
    static QIcon quit();
    static QIcon reveal();
};
