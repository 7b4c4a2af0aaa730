#pragma once

namespace kyc {

// What every program that handles secrets does first, as KeePassXC's Bootstrap does.
class Bootstrap
{
public:
    // Release builds (KYC_NO_CORE_DUMPS): no core dump is written, and on Linux the process is not
    // dumpable (no ptrace attach by other processes of the same user, /proc/PID/mem closed), so a crash
    // never puts the secrets, signatures and tokens in memory into a file. Debug builds keep dumps for
    // developers. Returns false if the limit could not be set (the program goes on).
    static bool disableCoreDumps();
    // Whether this process could write a core dump now (tests).
    static bool coreDumpsAllowed();
};

} // namespace kyc
