using System.Diagnostics;

namespace Attention.Grader.Sandbox;

/// <summary>
/// The bubblewrap jail a child runs in: new user (mapped to nobody, no capabilities), pid, network,
/// ipc and uts namespaces; a read-only view of /usr, the .NET install and the folders the grader
/// names; private size-limited /tmp, /dev/shm and working folder; nothing else of the machine.
/// </summary>
public sealed class Bubblewrap
{
    /// <summary>Size of each private tmpfs (/tmp, /dev/shm, the working folder); its pages count as the jail's memory.</summary>
    const long TmpfsBytes = 256L * 1024 * 1024;
    const string Nobody = "65534";

    readonly bool disableUserns, size;

    public string Executable { get; }

    Bubblewrap(string executable, bool disableUserns, bool size)
    {
        Executable = executable;
        this.disableUserns = disableUserns;
        this.size = size;
    }

    /// <summary>A bubblewrap that really starts a jail here, or null (not installed; user namespaces refused, as Ubuntu 24.04 does by default).</summary>
    public static Bubblewrap? Probe()
    {
        var executable = FindOnPath("bwrap");
        if (executable is null) return null;
        // Options differ between versions (Ubuntu 22.04 has 0.6, without --disable-userns or --size): read them from its help.
        var help = Run(executable, ["--help"]);
        if (help is null) return null;
        var jail = new Bubblewrap(executable, help.Contains("--disable-userns"), help.Contains("--size"));
        return Run(executable, [.. jail.Arguments(new JailView([], [], "/tmp")), "true"]) is null ? null : jail;
    }

    /// <summary>The arguments that start `command` in a jail showing only what <paramref name="view"/> names.</summary>
    public IReadOnlyList<string> Arguments(JailView view)
    {
        var args = new List<string>
        {
            "--unshare-user", "--uid", Nobody, "--gid", Nobody,
            "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--hostname", "jail", "--die-with-parent", "--new-session",
        };
        if (disableUserns) args.Add("--disable-userns");
        args.AddRange(["--ro-bind", "/usr", "/usr"]);
        // /lib, /lib64, /bin, /sbin: links into /usr on merged-/usr systems, real folders elsewhere.
        foreach (var top in new[] { "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32" })
        {
            var info = new FileInfo(top);
            if (info.LinkTarget is { } target) args.AddRange(["--symlink", target, top]);
            else if (Directory.Exists(top)) args.AddRange(["--ro-bind", top, top]);
        }
        args.AddRange(["--proc", "/proc", "--dev", "/dev"]);
        Tmpfs(args, "/tmp");
        Tmpfs(args, "/dev/shm");
        foreach (var folder in view.ReadOnly.Distinct())
            args.AddRange(["--ro-bind", folder, folder]);
        Tmpfs(args, view.WorkFolder);
        foreach (var file in view.ReadOnlyFiles.Distinct())
            args.AddRange(["--ro-bind", file, file]);
        args.AddRange(["--chdir", view.WorkFolder, "--"]);
        return args;
    }

    void Tmpfs(List<string> args, string path)
    {
        if (size) args.AddRange(["--size", TmpfsBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        args.AddRange(["--tmpfs", path]);
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Its standard output and error when it exits with 0 within 10 s, else null.</summary>
    static string? Run(string executable, IEnumerable<string> args)
    {
        try
        {
            var start = new ProcessStartInfo(executable, args)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(10_000)) { process.Kill(true); return null; }
            return process.ExitCode == 0 ? stdout + stderr.Result : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }
}

/// <summary>
/// What a jail shows: folders and files read-only, at their own paths, and the working folder, a
/// private tmpfs (writable, size-limited, gone with the jail).
/// </summary>
public sealed record JailView(IReadOnlyList<string> ReadOnly, IReadOnlyList<string> ReadOnlyFiles, string WorkFolder);
