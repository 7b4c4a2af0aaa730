#include "core/base/Bootstrap.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace kyc {

bool Bootstrap::disableCoreDumps()
{
#if defined(KYC_NO_CORE_DUMPS) && defined(Q_OS_UNIX)
    bool ok = true;
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0;
#ifdef Q_OS_LINUX
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
#else
    // Windows writes no core file unless Windows Error Reporting is configured to; debug builds keep dumps.
    return true;
#endif
}

bool Bootstrap::coreDumpsAllowed()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) != 0)
        return true;
#ifdef Q_OS_LINUX
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
        return false;
#endif
    return limit.rlim_cur != 0;
#else
    return true;
#endif
}

} // namespace kyc
