#include "core/base/Logging.h"

Q_LOGGING_CATEGORY(lcNet, "kyc.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIssuer, "kyc.issuer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSumsub, "kyc.sumsub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "kyc.gui", QtInfoMsg)
