#pragma once

// Running funneldesk-cli from a test: the exit code and both outputs, signed in with the demo's
// password unless told otherwise.

#include "test_support.h"

#include "services/demo_generator.h"

#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// The password every command of these tests signs in with (the demo's, the new company's).
const QString kPassword = QString::fromLatin1(fd::core::kDemoPassword);

/// funneldesk-cli as `prefix` runs it (another user, say), else itself.
Run cliVia(const QStringList& prefix, const QStringList& args, const QByteArray& input = {},
           bool withPassword = true) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUNNELDESK_PASSWORD"));
    if (withPassword) {
        env.insert(QStringLiteral("FUNNELDESK_PASSWORD"), kPassword);
    }
    p.setProcessEnvironment(env);
    if (prefix.isEmpty()) {
        p.start(QStringLiteral(FD_CLI_PATH), args);
    } else {
        p.start(prefix.first(), prefix.mid(1) + QStringList{QStringLiteral(FD_CLI_PATH)} + args);
    }
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(300000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList& args, const QByteArray& input = {}, bool withPassword = true) {
    return cliVia({}, args, input, withPassword);
}

/// `init` of a new company's database at `path`, with the administrator "admin".
[[maybe_unused]] QStringList initArgs(const QString& path) {
    return {QStringLiteral("init"),      QStringLiteral("--db"),     path,
            QStringLiteral("--company"), QStringLiteral("ООО Тест"), QStringLiteral("--admin"),
            QStringLiteral("admin")};
}

/// A demo database of `leads` requests ending 30 June 2026, made by the CLI in `dir`; its path.
[[maybe_unused]] QString demoDatabase(const QTemporaryDir& dir, int leads) {
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--leads"),
                 QString::number(leads), QStringLiteral("--end"), QStringLiteral("2026-06-30")})
                .exitCode == 0);
    return path;
}

}  // namespace
