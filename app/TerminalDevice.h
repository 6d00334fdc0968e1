#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace pcs::app {

// What the commands print goes through this device on its way to stdout or stderr: every control
// character in it (from a learner's name, a file, an argument) is shown as text by log::printable,
// so that nothing printed can move the cursor, retitle or clear a terminal, or hide what follows.
// The program's own line breaks pass. Write-only; flushes the stream with every write.
class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(std::FILE* stream);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::FILE* m_stream;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // keeps a character split between two writes
};

} // namespace pcs::app
