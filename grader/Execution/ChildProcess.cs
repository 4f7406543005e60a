using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipes;
using System.Security.Cryptography;
using System.Text.Json;
using Attention.Grader.Protocol;

namespace Attention.Grader.Execution;

/// <summary>
/// One run of the child: the grader's own executable with the hidden child command, a minimal
/// environment, an empty working folder, its output captured, its results on a signed pipe.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    readonly Process process;
    readonly AnonymousPipeServerStream pipe;
    readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    readonly string outputMarker = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    readonly BlockingCollection<ChildMessage> messages = [];
    readonly OutputStream stdout = new(), stderr = new();

    /// <summary>
    /// Raised for each line the child's code prints, on stdout or stderr, with the exercise that
    /// was running when it was printed (null before the first one started). Each stream is read by
    /// one thread: the lines of a stream come in order.
    /// </summary>
    public event Action<string?, string>? Printed;

    public int Forged { get; private set; }

    ChildProcess(Process process, AnonymousPipeServerStream pipe)
    {
        this.process = process;
        this.pipe = pipe;
    }

    public static ChildProcess Start(string childAssembly, ChildJob job, string workFolder, string language)
    {
        var pipe = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
        var start = new ProcessStartInfo(DotnetHost(), [childAssembly, ChildJob.Command])
        {
            WorkingDirectory = workFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        MinimalEnvironment(start, workFolder, language);
        var child = new ChildProcess(new Process { StartInfo = start }, pipe);
        child.Launch(job with { PipeHandle = pipe.GetClientHandleAsString(), OutputMarker = child.outputMarker });
        return child;
    }

    void Launch(ChildJob job)
    {
        process.OutputDataReceived += (_, e) => Read(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Read(stderr, e.Data);
        process.Start();
        pipe.DisposeLocalCopyOfClientHandle();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.WriteLine(Convert.ToHexString(key));
        process.StandardInput.WriteLine(JsonSerializer.Serialize(job, JsonSerializerOptions.Web));
        process.StandardInput.Close();
        new Thread(ReadChannel) { IsBackground = true, Name = "grader-channel" }.Start();
    }

    /// <summary>Where one stream is: the exercise its last fence named, and whether it has ended.</summary>
    sealed class OutputStream
    {
        public string? Exercise;
        public readonly ManualResetEventSlim Ended = new();
    }

    void Read(OutputStream stream, string? line)
    {
        if (line is null) { stream.Ended.Set(); return; }
        if (line.StartsWith(outputMarker + " ", StringComparison.Ordinal)) stream.Exercise = line[(outputMarker.Length + 1)..];
        else Printed?.Invoke(stream.Exercise, line);
    }

    void ReadChannel()
    {
        using var reader = new StreamReader(pipe);
        try
        {
            while (reader.ReadLine() is { } line)
            {
                if (ResultChannel.Verify(line, key) is { } message) messages.Add(message);
                else Forged++;
            }
        }
        catch (IOException) { }
        messages.CompleteAdding();
    }

    /// <summary>The next message; null when none came within <paramref name="wait"/> or the channel closed.</summary>
    public ChildMessage? Next(TimeSpan wait) =>
        messages.TryTake(out var message, wait) ? message : null;

    public bool ChannelClosed => messages.IsCompleted;

    public bool HasExited => process.HasExited;

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <summary>The child's resident memory, in bytes.</summary>
    public long Memory()
    {
        try { process.Refresh(); return process.WorkingSet64; }
        catch (InvalidOperationException) { return 0; }
    }

    /// <summary>Stops the child and waits (a few seconds at most) until all it printed has been read.</summary>
    public void Kill()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        process.WaitForExit(5000);
        WaitForOutput();
    }

    public void WaitForOutput() => WaitHandle.WaitAll([stdout.Ended.WaitHandle, stderr.Ended.WaitHandle], TimeSpan.FromSeconds(5));

    public void Dispose()
    {
        Kill();
        process.Dispose();
        pipe.Dispose();
    }

    /// <summary>Nothing of the grader's environment (tokens, secrets of the CI) reaches student code.</summary>
    static void MinimalEnvironment(ProcessStartInfo start, string workFolder, string language)
    {
        var keep = new[] { "PATH", "DOTNET_ROOT", "SystemRoot", "windir", "LD_LIBRARY_PATH" }
            .Select(name => (name, value: Environment.GetEnvironmentVariable(name)))
            .Where(p => p.value is not null)
            .ToList();
        start.Environment.Clear();
        foreach (var (name, value) in keep) start.Environment[name] = value;
        var temp = Directory.CreateDirectory(Path.Combine(workFolder, "tmp")).FullName;
        start.Environment["HOME"] = workFolder;
        start.Environment["USERPROFILE"] = workFolder;
        start.Environment["TMPDIR"] = temp;
        start.Environment["TEMP"] = temp;
        start.Environment["TMP"] = temp;
        start.Environment["ATTENTION_LANG"] = language;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_gcServer"] = "0";
    }

    static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var inRoot = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return inRoot is not null && File.Exists(inRoot) ? inRoot : "dotnet";
    }
}
