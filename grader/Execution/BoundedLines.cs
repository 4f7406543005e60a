using System.Text;

namespace Attention.Grader.Execution;

/// <summary>
/// Reads lines of at most a given number of bytes from what the child writes: a longer line is
/// skipped to its end and reported, never held in memory. The grader's memory stays bounded
/// whatever the child sends.
/// </summary>
public static class BoundedLines
{
    public static void Read(Stream stream, int maxBytes, Action<string> line, Action tooLong)
    {
        var buffer = new byte[8192];
        var current = new MemoryStream();
        var skipping = false;
        int count;
        try
        {
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var start = 0;
                for (var i = 0; i < count; i++)
                {
                    if (buffer[i] != (byte)'\n') continue;
                    Append(buffer, start, i - start);
                    if (!skipping) line(Decode(current));
                    current.SetLength(0);
                    skipping = false;
                    start = i + 1;
                }
                Append(buffer, start, count - start);
            }
        }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
        if (current.Length > 0 && !skipping) line(Decode(current));

        void Append(byte[] bytes, int offset, int length)
        {
            if (skipping || length == 0) return;
            if (current.Length + length > maxBytes)
            {
                skipping = true;
                current.SetLength(0);
                tooLong();
                return;
            }
            current.Write(bytes, offset, length);
        }
    }

    static string Decode(MemoryStream bytes) => Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length).TrimEnd('\r');
}
