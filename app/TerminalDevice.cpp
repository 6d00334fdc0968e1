#include "TerminalDevice.h"

#include "pcs/log/Printable.h"

namespace pcs::app {

TerminalDevice::TerminalDevice(std::FILE* stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalDevice::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalDevice::writeData(const char* data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray shown = log::printable(text, log::LineBreaks::Keep).toUtf8();
    if (!shown.isEmpty()
        && std::fwrite(shown.constData(), 1, size_t(shown.size()), m_stream) != size_t(shown.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace pcs::app
