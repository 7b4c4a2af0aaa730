#include "cli/ApprovalsCommand.h"

#include "cli/CommandLine.h"
#include "cli/IssueCommand.h"
#include "cli/TeamCommands.h"
#include "core/tokens/OperationSpec.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc::cli {

ApprovalsCommand::ApprovalsCommand(const CommandLine &line, const Io &io, const HistoryLocation &history)
    : Command(line, io)
    , m_history(history)
{}

int ApprovalsCommand::run(const QStringList &positional)
{
    const QString action = positional.value(1);
    const bool numbered = action != u"list";
    bool ok = false;
    const qint64 id = positional.value(2).toLongLong(&ok);
    if (!QStringList{u"list"_s, u"approve"_s, u"reject"_s, u"issue"_s}.contains(action) ||
        positional.size() != (numbered ? 3 : 2) || (numbered && (!ok || id < 1)))
        return usageError(tr("Use: kyc-share approvals list | approve N | reject N --reason TEXT | issue N"));
    TeamCommands team(m_history, m_io);
    if (action != u"issue") {
        if (const QString o = m_line.firstSet(m_line.fieldOptions); !o.isEmpty())
            return usageError(tr("--%1 does not apply to 'approvals %2'.").arg(o, action));
        return team.approvals(action, id, m_line.value(m_line.reason).trimmed(), m_io.json);
    }
    const std::variant<HistoryEntry, int> request = team.approvedRequest(id);
    if (const int *status = std::get_if<int>(&request))
        return *status;
    const HistoryEntry &approved = std::get<HistoryEntry>(request);
    const std::optional<Operation> operation = operationFromKey(approved.operation);
    const IssueCommand::Spec *command = operation ? IssueCommand::forOperation(*operation) : nullptr;
    for (const QCommandLineOption &o : m_line.fieldOptions) {
        const QString name = o.names().constFirst();
        // Only a token, which is never kept, is given again.
        const bool token =
            std::any_of(fieldSpecs().cbegin(), fieldSpecs().cend(), [&name](const FieldSpec &f) {
                return f.kept == FieldSpec::Kept::SubjectFingerprint &&
                       QLatin1String(f.cliOption).mid(2) == name;
            });
        if (m_line.isSet(name) && !token)
            return usageError(tr("--%1: request %2 is issued as it was approved; its fields cannot change.")
                                  .arg(name)
                                  .arg(id));
    }
    if (m_line.isSet(m_line.reason))
        return usageError(tr("--reason: request %1 keeps the reason it was approved with.").arg(id));
    if (!command) // made by a console that knows an operation this one does not
        return usageError(tr("Unknown command '%1'.").arg(positional.join(u' ')));
    IssueCommand issue(m_line, m_io, m_history);
    return issue.run(*command, approved);
}

} // namespace kyc::cli
