// The German translation: complete for every string the console shows, faithful to the placeholders
// and mnemonics of the English, and loaded by the real console from the system's language.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == u"source"_s) {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            // A plural's translation is one per form (<numerusform>), each checked like a message.
            current.type = xml.attributes().value(u"type"_s).toString();
            QString text;
            bool plural = false;
            while (!xml.atEnd() &&
                   !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"translation"_s)) {
                if (xml.isStartElement() && xml.name() == u"numerusform"_s) {
                    plural = true;
                    current.translation = xml.readElementText();
                    messages.append(current);
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!plural) {
                current.translation = text;
                messages.append(current);
            }
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.append(m.captured(0));
    return sorted(found);
}

int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QString runConsoleHelp(const QString &lang)
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LANG"_s, lang);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(KYC_CONSOLE_PATH), {u"--help"_s});
    if (!console.waitForFinished(30000))
        qFatal("kyc-share-console --help did not finish");
    return QString::fromUtf8(console.readAllStandardOutput());
}
} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsCompleteForEveryString();
    void germanKeepsPlaceholdersAndMnemonics();
    void theConsoleSpeaksTheSystemsLanguage();
};

void TestTranslation::germanIsCompleteForEveryString()
{
    // lupdate over today's sources, into a copy: a string added or changed since the .ts was last
    // updated shows up as unfinished here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"de.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(KYC_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(KYC_LUPDATE), {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s,
                                                QStringLiteral(KYC_SOURCE_DIR "/src"),
                                                u"@"_s + QStringLiteral(KYC_LUPDATE_LIST), u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    const QList<Message> messages = readTs(copy);
    QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
    QStringList unfinished;
    for (const Message &m : messages) {
        if (!m.type.isEmpty() || m.translation.isEmpty())
            unfinished.append(u"%1: \"%2\""_s.arg(m.context, m.source));
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(u"%1 string(s) without a German translation (run the update_translations target and "
                        "translate them in resources/translations/kyc-share-console_de.ts):\n"_s.arg(
                            unfinished.size()) +
                        unfinished.join(u'\n')));
}

void TestTranslation::germanKeepsPlaceholdersAndMnemonics()
{
    static const QRegularExpression args(u"%\\d"_s);
    static const QRegularExpression braces(u"\\{[a-z]+\\}"_s);
    QStringList wrong;
    for (const Message &m : readTs(QStringLiteral(KYC_TS_FILE))) {
        if (matches(args, m.source) != matches(args, m.translation))
            wrong.append(u"placeholders: "_s + m.source);
        if (matches(braces, m.source) != matches(braces, m.translation))
            wrong.append(u"message placeholders: "_s + m.source);
        if (mnemonics(m.source) != mnemonics(m.translation))
            wrong.append(u"mnemonic: "_s + m.source);
        if (m.translation.contains(u"Ctrl+"_s))
            wrong.append(u"German keyboards say Strg+: "_s + m.source);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslation::theConsoleSpeaksTheSystemsLanguage()
{
    const QString german = runConsoleHelp(u"de_DE.UTF-8"_s);
    QVERIFY2(german.contains(u"KYC-Share-Token von Hand ausstellen."_s), qPrintable(german)); // ours
    QVERIFY2(german.contains(u"Optionen:"_s), qPrintable(german));                            // Qt's own
    const QString english = runConsoleHelp(u"C.UTF-8"_s);
    QVERIFY2(english.contains(u"Issue KYC share tokens by hand."_s), qPrintable(english));
    QVERIFY2(english.contains(u"Options:"_s), qPrintable(english));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
