using System.Text;

namespace Attention.Grader.Execution;

/// <summary>What student code printed, kept up to a limit (assignment.json's limits.outputKilobytes): a flood of output costs nothing.</summary>
public sealed class CappedOutput(int limitCharacters)
{
    readonly StringBuilder kept = new();
    long dropped;

    public void Add(string line)
    {
        lock (kept)
        {
            if (kept.Length + line.Length + 1 <= limitCharacters) kept.AppendLine(line);
            else dropped += line.Length + 1;
        }
    }

    public CapturedOutput Captured
    {
        get { lock (kept) return new CapturedOutput(kept.ToString(), dropped); }
    }
}
