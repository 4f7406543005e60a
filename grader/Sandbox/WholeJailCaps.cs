using System.Diagnostics;
using System.Globalization;

namespace Attention.Grader.Sandbox;

/// <summary>How the memory and processes of a whole jail are capped on this machine.</summary>
public enum CapsKind
{
    /// <summary>cgroup v1 memory and pids controllers writable by the grader (root, no systemd).</summary>
    CgroupV1,
    /// <summary>cgroup v2 through `systemd-run --user --scope -p MemoryMax= -p TasksMax=` (desktops, CI runners).</summary>
    SystemdScope,
    /// <summary>None offered: the jail's processes are summed every poll (RSS, count), DOTNET_GCHeapHardLimit for the child.</summary>
    Polled,
}

/// <summary>Which limit of the whole jail a submission reached.</summary>
public enum CapHit { None, Memory, Processes }

/// <summary>The caps of one jail: how its first process enters them, what it uses, and their removal.</summary>
public abstract class WholeJailCaps : IDisposable
{
    /// <summary>Processes (threads count too, as the kernel counts them) one jail may hold: the .NET child needs about 40.</summary>
    public const int MaxTasks = 512;

    const string V1 = "/sys/fs/cgroup";

    public static CapsKind Probe()
    {
        if (Environment.GetEnvironmentVariable("ATTENTION_CAPS") == "polled") return CapsKind.Polled;
        if (CgroupV1Caps.Available(V1)) return CapsKind.CgroupV1;
        if (SystemdScopeCaps.Available()) return CapsKind.SystemdScope;
        return CapsKind.Polled;
    }

    public static WholeJailCaps Create(CapsKind kind, long memoryBytes) => kind switch
    {
        CapsKind.CgroupV1 => new CgroupV1Caps(V1, memoryBytes),
        CapsKind.SystemdScope => new SystemdScopeCaps(memoryBytes),
        _ => new PolledCaps(memoryBytes),
    };

    protected WholeJailCaps(long memoryBytes) => MemoryBytes = memoryBytes;

    public long MemoryBytes { get; }

    /// <summary>The command line that starts `command` inside the caps, before anything of it runs.</summary>
    public abstract IReadOnlyList<string> Wrap(IReadOnlyList<string> command);

    /// <summary>Called once the jail's first process exists.</summary>
    public virtual void Started(Process first) { }

    /// <summary>The jail's memory in use (anonymous and tmpfs pages, not the page cache of the files it reads).</summary>
    public abstract long Memory();

    /// <summary>A limit reached since the jail started, if any.</summary>
    public abstract CapHit Hit();

    public virtual void Dispose() { }

    protected static long ReadStat(string file, params string[] keys)
    {
        try
        {
            long sum = 0;
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && keys.Contains(parts[0])) sum += long.Parse(parts[1], CultureInfo.InvariantCulture);
            }
            return sum;
        }
        catch (IOException) { return 0; }
    }
}

/// <summary>
/// A memory and a pids cgroup of its own per jail (v1). A tiny shell moves itself into them and
/// then becomes bubblewrap: every process of the jail is born inside, none can slip out.
/// </summary>
sealed class CgroupV1Caps : WholeJailCaps
{
    /// <summary>The kernel's hard stop, above the polled cap: the grader usually sees the cap first and says so.</summary>
    const long Headroom = 256L * 1024 * 1024;

    readonly string memory, pids;

    public static bool Available(string root)
    {
        try
        {
            var probe = Path.Combine(root, "memory", "attention-probe-" + Environment.ProcessId);
            var pidsProbe = Path.Combine(root, "pids", "attention-probe-" + Environment.ProcessId);
            if (!File.Exists(Path.Combine(root, "memory", "memory.limit_in_bytes")) || !Directory.Exists(Path.Combine(root, "pids"))) return false;
            Directory.CreateDirectory(probe);
            Directory.CreateDirectory(pidsProbe);
            Directory.Delete(probe);
            Directory.Delete(pidsProbe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    public CgroupV1Caps(string root, long memoryBytes) : base(memoryBytes)
    {
        var name = "attention-" + Guid.NewGuid().ToString("N")[..12];
        memory = Directory.CreateDirectory(Path.Combine(root, "memory", name)).FullName;
        pids = Directory.CreateDirectory(Path.Combine(root, "pids", name)).FullName;
        var limit = (memoryBytes + Headroom).ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(memory, "memory.limit_in_bytes"), limit);
        // Swap counts too where the kernel accounts it: a hoard cannot hide in swap.
        TryWrite(Path.Combine(memory, "memory.memsw.limit_in_bytes"), limit);
        File.WriteAllText(Path.Combine(pids, "pids.max"), MaxTasks.ToString(CultureInfo.InvariantCulture));
    }

    public override IReadOnlyList<string> Wrap(IReadOnlyList<string> command) =>
        ["/bin/sh", "-c", "echo $$ > \"$1\" && echo $$ > \"$2\" && shift 2 && exec \"$@\"", "sh",
            Path.Combine(memory, "cgroup.procs"), Path.Combine(pids, "cgroup.procs"), .. command];

    public override long Memory() => ReadStat(Path.Combine(memory, "memory.stat"), "total_rss", "total_shmem");

    public override CapHit Hit()
    {
        // An OOM kill inside the jail: whichever process the kernel chose, the jail went over its memory.
        if (ReadStat(Path.Combine(memory, "memory.oom_control"), "oom_kill") > 0) return CapHit.Memory;
        if (ReadStat(Path.Combine(pids, "pids.events"), "max") > 0) return CapHit.Processes;
        return CapHit.None;
    }

    /// <summary>Empties both cgroups (whatever is left is killed) and removes them.</summary>
    public override void Dispose()
    {
        foreach (var folder in new[] { memory, pids })
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var left = Pids(folder);
                if (left.Count == 0) break;
                foreach (var pid in left) ProcessTree.Kill(pid);
                Thread.Sleep(20);
            }
            try { Directory.Delete(folder); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    static List<int> Pids(string folder)
    {
        try { return File.ReadAllLines(Path.Combine(folder, "cgroup.procs")).Where(l => l.Length > 0).Select(int.Parse).ToList(); }
        catch (IOException) { return []; }
    }

    static void TryWrite(string file, string text)
    {
        try { if (File.Exists(file)) File.WriteAllText(file, text); } catch (IOException) { }
    }
}

/// <summary>cgroup v2: a transient systemd scope per jail, capped by systemd; read through the scope's own cgroup files.</summary>
sealed class SystemdScopeCaps(long memoryBytes) : WholeJailCaps(memoryBytes)
{
    string? cgroup;

    public static bool Available()
    {
        try
        {
            if (!File.Exists("/sys/fs/cgroup/cgroup.controllers")) return false;
            using var process = Process.Start(new ProcessStartInfo("systemd-run", ["--user", "--scope", "--quiet", "-p", "TasksMax=64", "true"])
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            })!;
            if (!process.WaitForExit(10_000)) { process.Kill(true); return false; }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    public override IReadOnlyList<string> Wrap(IReadOnlyList<string> command) =>
        ["systemd-run", "--user", "--scope", "--quiet", "--collect",
            "-p", $"MemoryMax={MemoryBytes + 256L * 1024 * 1024}", "-p", "MemorySwapMax=0", "-p", $"TasksMax={MaxTasks}", "--", .. command];

    public override void Started(Process first)
    {
        // systemd-run becomes the command in the scope: its cgroup is the jail's.
        for (var attempt = 0; attempt < 50 && cgroup is null; attempt++)
        {
            try
            {
                var line = File.ReadLines($"/proc/{first.Id}/cgroup").FirstOrDefault(l => l.StartsWith("0::", StringComparison.Ordinal));
                if (line is not null && line.EndsWith(".scope", StringComparison.Ordinal)) cgroup = "/sys/fs/cgroup" + line[3..];
            }
            catch (IOException) { }
            if (cgroup is null) Thread.Sleep(10);
        }
    }

    public override long Memory() => cgroup is null ? 0 : ReadStat(Path.Combine(cgroup, "memory.stat"), "anon", "shmem");

    public override CapHit Hit()
    {
        if (cgroup is null) return CapHit.None;
        if (ReadStat(Path.Combine(cgroup, "memory.events"), "oom_kill", "max") > 0) return CapHit.Memory;
        if (ReadStat(Path.Combine(cgroup, "pids.events"), "max") > 0) return CapHit.Processes;
        return CapHit.None;
    }
}

/// <summary>No cgroup to be had: the jail is every descendant of its first process (orphans go to the jail's own init), summed at each poll.</summary>
sealed class PolledCaps(long memoryBytes) : WholeJailCaps(memoryBytes)
{
    int first;
    int peakProcesses;

    public override IReadOnlyList<string> Wrap(IReadOnlyList<string> command) => command;

    public override void Started(Process process) => first = process.Id;

    public override long Memory()
    {
        if (first == 0) return 0;
        var tree = ProcessTree.Descendants(first);
        peakProcesses = Math.Max(peakProcesses, tree.Sum(ProcessTree.Threads));
        return tree.Sum(ProcessTree.Resident);
    }

    public override CapHit Hit() => peakProcesses > MaxTasks ? CapHit.Processes : CapHit.None;
}
