using System.Globalization;

namespace Attention.Grader.Sandbox;

/// <summary>Processes as Linux's /proc shows them: descendants, resident memory, threads, and a kill that does not ask.</summary>
static class ProcessTree
{
    /// <summary>The process and all its descendants, found through the parent field of /proc/&lt;pid&gt;/stat.</summary>
    public static List<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var folder in SafeList("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            var parent = Parent(pid);
            if (parent is null) continue;
            if (!children.TryGetValue(parent.Value, out var list)) children[parent.Value] = list = [];
            list.Add(pid);
        }
        var found = new List<int> { root };
        for (var i = 0; i < found.Count; i++)
            if (children.TryGetValue(found[i], out var list)) found.AddRange(list);
        return found;
    }

    /// <summary>Anonymous and shared-memory resident pages, in bytes (file pages are the shared libraries).</summary>
    public static long Resident(int pid) => Status(pid, "RssAnon:") + Status(pid, "RssShmem:");

    public static int Threads(int pid) => (int)Math.Max(1, Status(pid, "Threads:") / 1024);

    public static void Kill(int pid)
    {
        try { System.Diagnostics.Process.GetProcessById(pid).Kill(); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    static int? Parent(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The name is in parentheses and may hold spaces: the fields after its last ')' are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentOutOfRangeException) { return null; }
    }

    /// <summary>A field of /proc/&lt;pid&gt;/status, kB fields in bytes; Threads as its count × 1024.</summary>
    static long Status(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith(field, StringComparison.Ordinal))
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or FormatException) { }
        return 0;
    }

    static IEnumerable<string> SafeList(string folder)
    {
        try { return Directory.GetDirectories(folder); }
        catch (IOException) { return []; }
    }
}
