using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography;
using Attention.Grader.Protocol;
using Attention.Grader.Sandbox;

namespace Attention.Grader.Execution;

/// <summary>What a child needs: the grader assembly it runs, the student's assembly, its working folder, its channel's folder.</summary>
public sealed record ChildLaunch(
    string ChildAssembly, string SuiteAssembly, string StudentAssembly, string WorkFolder, string ChannelFolder,
    string Language, Containment Containment, long MemoryBytes);

/// <summary>
/// One run of the child: the grader's own executable with the hidden child command, in the jail the
/// machine offers (see Sandbox), a minimal environment, its output read in bounded lines, its
/// results on a signed channel of its own: a Unix socket the child connects to before any student
/// code loads. No descriptor of the grader's but stdio is inherited, so no child holds another's.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    /// <summary>Longest line accepted on the channel: the child cuts every message well below it.</summary>
    public const int ChannelLineBytes = 64 * 1024;

    /// <summary>Longest line of student output kept; a longer one is replaced by a mark.</summary>
    const int OutputLineBytes = 4 * 1024;

    readonly Process process;
    readonly Socket listener;
    readonly string socketPath;
    readonly WholeJailCaps caps;
    readonly bool jailed;
    readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    readonly string outputMarker = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    readonly BlockingCollection<ChildMessage> messages = new(boundedCapacity: 10_000);
    readonly OutputStream stdout = new(), stderr = new();
    readonly List<Thread> readers = [];

    /// <summary>Raised for each line the child's code prints, on stdout or stderr, with the exercise that printed it (null before the first).</summary>
    public event Action<string?, string>? Printed;

    /// <summary>Lines that failed the signature, or that were too long to be one of the child's.</summary>
    public int Forged { get; private set; }

    ChildProcess(Process process, Socket listener, string socketPath, WholeJailCaps caps, bool jailed)
    {
        this.process = process;
        this.jailed = jailed;
        this.listener = listener;
        this.socketPath = socketPath;
        this.caps = caps;
    }

    public static ChildProcess Start(ChildLaunch launch, ChildJob job)
    {
        var socketPath = Path.Combine(launch.ChannelFolder, "channel.sock");
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);

        var caps = WholeJailCaps.Create(launch.Containment.Caps, launch.MemoryBytes);
        var host = DotnetHost();
        IReadOnlyList<string> command = [host, launch.ChildAssembly, ChildJob.Command];
        if (launch.Containment.Jail is { } jail)
        {
            var view = new JailView(
                ReadOnly: [Path.GetDirectoryName(host)!, .. DotnetRoot(), Path.GetDirectoryName(launch.ChildAssembly)!,
                    Path.GetDirectoryName(launch.SuiteAssembly)!, launch.ChannelFolder],
                ReadOnlyFiles: [launch.StudentAssembly],
                WorkFolder: launch.WorkFolder);
            command = [jail.Executable, .. jail.Arguments(view), .. command];
        }
        command = caps.Wrap(command);

        var start = new ProcessStartInfo(command[0], command.Skip(1))
        {
            WorkingDirectory = launch.WorkFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        MinimalEnvironment(start, launch);
        var child = new ChildProcess(new Process { StartInfo = start }, listener, socketPath, caps, launch.Containment.Jail is not null);
        child.Launch(job with { Channel = socketPath, OutputMarker = child.outputMarker });
        return child;
    }

    void Launch(ChildJob job)
    {
        process.Start();
        caps.Started(process);
        Reader("grader-stdout", () => ReadOutput(stdout, process.StandardOutput.BaseStream));
        Reader("grader-stderr", () => ReadOutput(stderr, process.StandardError.BaseStream));
        // The child reads these before it loads any student code: nothing of the student runs before the jail's caps hold.
        process.StandardInput.WriteLine(Convert.ToHexString(key));
        process.StandardInput.WriteLine(ProtocolJson.Write(job));
        process.StandardInput.Close();
        Reader("grader-channel", ReadChannel);
    }

    /// <summary>Where one stream is: the exercise its last fence named, and whether it has ended.</summary>
    sealed class OutputStream
    {
        public string? Exercise;
        public readonly ManualResetEventSlim Ended = new();
    }

    /// <summary>One stream in bounded lines: a fence names the exercise printing, any other line is what it printed.</summary>
    void ReadOutput(OutputStream stream, Stream from)
    {
        BoundedLines.Read(from, OutputLineBytes, line =>
        {
            if (line.StartsWith(outputMarker + " ", StringComparison.Ordinal)) stream.Exercise = line[(outputMarker.Length + 1)..];
            else Printed?.Invoke(stream.Exercise, line);
        }, () => Printed?.Invoke(stream.Exercise, "[…]"));
        stream.Ended.Set();
    }

    void Reader(string name, Action read)
    {
        var thread = new Thread(() => read()) { IsBackground = true, Name = name };
        readers.Add(thread);
        thread.Start();
    }

    void ReadChannel()
    {
        try
        {
            // One connection, the child's own, made before student code runs; then nobody else can connect.
            while (!listener.Poll(100_000, SelectMode.SelectRead))
                if (process.HasExited) return;
            using var connection = listener.Accept();
            listener.Close();
            TryDelete(socketPath);
            using var stream = new NetworkStream(connection, ownsSocket: false);
            BoundedLines.Read(stream, ChannelLineBytes, line =>
            {
                if (ResultChannel.Verify(line, key) is { } message) messages.TryAdd(message);
                else Forged++;
            }, () => Forged++);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException) { }
        finally
        {
            messages.CompleteAdding();
        }
    }

    /// <summary>The next message; null when none came within <paramref name="wait"/> or the channel closed.</summary>
    public ChildMessage? Next(TimeSpan wait)
    {
        try { return messages.TryTake(out var message, wait) ? message : null; }
        catch (ObjectDisposedException) { return null; }
    }

    public bool ChannelClosed => messages.IsCompleted;

    public bool HasExited => process.HasExited;

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <summary>The memory of the whole jail (of the child alone off Linux), in bytes.</summary>
    public long Memory()
    {
        if (OperatingSystem.IsLinux()) return caps.Memory();
        try { process.Refresh(); return process.WorkingSet64; }
        catch (InvalidOperationException) { return 0; }
    }

    /// <summary>A cap of the whole jail it reached (an OOM kill inside it, too many processes).</summary>
    public CapHit CapHit() => caps.Hit();

    /// <summary>Kills the whole jail: its first process, then whatever its cgroup still holds; nothing it started survives.</summary>
    public void Kill()
    {
        // In the jail, bubblewrap's death ends its pid namespace (--die-with-parent), every process in it with it;
        // without one, the process tree is walked (all of /proc read: a tenth of the grader's time per child in a batch).
        try { if (!process.HasExited) process.Kill(entireProcessTree: !jailed); }
        catch (InvalidOperationException) { }
        process.WaitForExit(5000);
    }

    /// <summary>Once the child has exited, the rest of what it printed.</summary>
    public void WaitForOutput() => WaitHandle.WaitAll([stdout.Ended.WaitHandle, stderr.Ended.WaitHandle], TimeSpan.FromSeconds(5));

    public void Dispose()
    {
        Kill();
        caps.Dispose();
        listener.Dispose();
        TryDelete(socketPath);
        foreach (var reader in readers) reader.Join(1000);
        process.Dispose();
    }

    /// <summary>Nothing of the grader's environment (tokens, secrets of the CI) reaches student code.</summary>
    static void MinimalEnvironment(ProcessStartInfo start, ChildLaunch launch)
    {
        var keep = new[] { "PATH", "DOTNET_ROOT", "SystemRoot", "windir", "LD_LIBRARY_PATH" }
            .Select(name => (name, value: Environment.GetEnvironmentVariable(name)))
            .Where(p => p.value is not null)
            .ToList();
        start.Environment.Clear();
        foreach (var (name, value) in keep) start.Environment[name] = value;
        var jailed = launch.Containment.Jail is not null;
        // In the jail the working folder is a private tmpfs, created by bubblewrap; outside it is a real folder.
        var temp = jailed ? "/tmp" : Directory.CreateDirectory(Path.Combine(launch.WorkFolder, "tmp")).FullName;
        start.Environment["HOME"] = launch.WorkFolder;
        start.Environment["USERPROFILE"] = launch.WorkFolder;
        start.Environment["TMPDIR"] = temp;
        start.Environment["TEMP"] = temp;
        start.Environment["TMP"] = temp;
        start.Environment["ATTENTION_LANG"] = launch.Language;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_gcServer"] = "0";
        // Tiering on, whatever the grader's own setting (off in Release builds: build/ReadyToRun.targets): a short life
        // needs quick JIT. And no call counting: a method keeps its first code (ReadyToRun or quick JIT) instead of being
        // compiled again at the 30th call, which a child that lives a second never pays back; loops still get OSR.
        start.Environment["DOTNET_TieredCompilation"] = "1";
        start.Environment["DOTNET_TC_CallCounting"] = "0";
        // The suite's tensors are tiny: libtorch's OpenMP pool only spun idle threads (a tenth of a child's CPU in a batch).
        start.Environment["OMP_NUM_THREADS"] = "1";
        start.Environment["MKL_NUM_THREADS"] = "1";
        // Without a cgroup, the managed heap at least has a hard limit of its own (tensors are polled).
        if (launch.Containment.Caps == CapsKind.Polled)
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + launch.MemoryBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
    }

    static IEnumerable<string> DotnetRoot()
    {
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        return string.IsNullOrEmpty(root) || !Directory.Exists(root) ? [] : [Path.GetFullPath(root)];
    }

    /// <summary>The dotnet host, links resolved: its folder is the .NET install the jail shows.</summary>
    static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var current = Environment.ProcessPath;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var inRoot = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        var host = !string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk) ? fromSdk
            : current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current
            : inRoot is not null && File.Exists(inRoot) ? inRoot
            : FindOnPath(OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet") ?? "dotnet";
        try { return new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(host); }
        catch (IOException) { return host; }
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    static void TryDelete(string file)
    {
        try { File.Delete(file); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
