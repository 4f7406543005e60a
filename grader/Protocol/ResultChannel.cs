using System.Security.Cryptography;
using System.Text;

namespace Attention.Grader.Protocol;

/// <summary>
/// The child's results travel on a pipe of their own, never on stdout, each line signed with
/// HMAC-SHA256 under a key the child read from stdin before any student code was loaded. Student
/// code can print what it likes, or even find the pipe: a line it forges fails the signature.
/// </summary>
public static class ResultChannel
{
    public static string Sign(ChildMessage message, byte[] key)
    {
        var body = ProtocolJson.Write(message);
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body))) + " " + body;
    }

    /// <summary>The message of a signed line, or null when the line is not one the child signed.</summary>
    public static ChildMessage? Verify(string line, byte[] key)
    {
        var space = line.IndexOf(' ');
        if (space <= 0) return null;
        var body = line[(space + 1)..];
        byte[] signature;
        try { signature = Convert.FromHexString(line[..space]); }
        catch (FormatException) { return null; }
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body));
        if (!CryptographicOperations.FixedTimeEquals(signature, expected)) return null;
        return ProtocolJson.ReadMessage(body);
    }
}
