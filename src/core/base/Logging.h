#pragma once

#include <QLoggingCategory>

// One logging category per area. Never log a secret, signature, token or Authorization header,
// at any level: log what was attempted and how it ended, not what was carried.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcIssuer)
Q_DECLARE_LOGGING_CATEGORY(lcSumsub)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
