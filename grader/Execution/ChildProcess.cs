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
    readonly BlockingCollection<ChildMessage> messages = [];

    /// <summary>Raised for each line the child's code prints, on stdout or stderr.</summary>
    public event Action<string>? Printed;

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
        child.Launch(job with { PipeHandle = pipe.GetClientHandleAsString() });
        return child;
    }

    void Launch(ChildJob job)
    {
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Printed?.Invoke(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Printed?.Invoke(e.Data); };
        process.Start();
        pipe.DisposeLocalCopyOfClientHandle();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.WriteLine(Convert.ToHexString(key));
        process.StandardInput.WriteLine(JsonSerializer.Serialize(job, JsonSerializerOptions.Web));
        process.StandardInput.Close();
        new Thread(ReadChannel) { IsBackground = true, Name = "grader-channel" }.Start();
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

    public void Kill()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        process.WaitForExit(5000);
    }

    public void WaitForOutput() => process.WaitForExit(2000);

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
