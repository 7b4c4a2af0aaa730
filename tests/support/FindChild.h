#pragma once

#include <QLatin1String>
#include <QObject>

// The child of scope with this object name and type; a test cannot go on without it, so its absence
// ends the test run with the name (a renamed widget in a .ui file shows up here first).
template<typename T> T *in(const QObject *scope, const char *name)
{
    T *w = scope ? scope->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!w)
        qFatal("no %s in %s", name, scope ? scope->metaObject()->className() : "nothing");
    return w;
}
