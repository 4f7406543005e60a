using System.Text;

namespace Attention.Grader.Execution;

/// <summary>What student code printed, kept up to a limit: a flood of output costs nothing.</summary>
public sealed class CappedOutput
{
    readonly StringBuilder kept = new();
    long dropped;

    public static int LimitBytes { get; set; } = 64 * 1024;

    public void Add(string line)
    {
        lock (kept)
        {
            if (kept.Length + line.Length + 1 <= LimitBytes) kept.AppendLine(line);
            else dropped += line.Length + 1;
        }
    }

    public string? Text
    {
        get
        {
            lock (kept)
            {
                if (kept.Length == 0 && dropped == 0) return null;
                return dropped == 0 ? kept.ToString() : kept + $"[… {dropped} characters more]\n";
            }
        }
    }
}
