using System.Net.Sockets;
using System.Runtime.Loader;
using Attention.Grader.Protocol;

namespace Attention.Grader.Child;

/// <summary>
/// The child process: loads the suite and the student's assembly, runs the exercises asked for and
/// reports each test on the signed channel. Everything it needs is read from stdin before student
/// code can run; stdin is then closed.
/// </summary>
public static class ChildProgram
{
    public static int Run()
    {
        var key = Convert.FromHexString(Console.In.ReadLine() ?? "");
        var job = ProtocolJson.ReadJob(Console.In.ReadLine() ?? "");
        Console.SetIn(TextReader.Null);

        // Connected before any student code loads: the grader accepts this one connection and no other.
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Connect(new UnixDomainSocketEndPoint(job.Channel));
        using var writer = new StreamWriter(new NetworkStream(socket, ownsSocket: false)) { AutoFlush = true };
        void Send(ChildMessage message)
        {
            lock (writer) writer.WriteLine(ResultChannel.Sign(Bounded.Cut(message), key));
        }

        // Read before any student code can run (a module initializer runs when the suite first touches it).
        _ = ResultSink.OriginalHook;
        ResolveImplementationTo(job.ImplementationAssembly, job.StudentAssembly, Path.GetDirectoryName(job.SuiteAssembly)!);
        try
        {
            SuiteExecution.Run(job, Send);
            Send(new ChildMessage(ChildMessageKind.Done));
            return 0;
        }
        catch (Exception e)
        {
            // A failure the grader foresaw is said in the user's language; anything else by its type and message.
            var said = e is GraderException known ? known.Describe(job.Language) : e.GetType().Name + ": " + e.Message;
            Send(new ChildMessage(ChildMessageKind.Fatal, Message: said));
            return 3;
        }
    }

    /// <summary>
    /// The suite refers to the implementation by name: it resolves to the student's assembly and to
    /// nothing else. The suite's other dependencies come from the grader's own (same versions) or the suite folder.
    /// </summary>
    static void ResolveImplementationTo(string implementationName, string studentAssembly, string suiteFolder)
    {
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name == implementationName) return context.LoadFromAssemblyPath(studentAssembly);
            var candidate = Path.Combine(suiteFolder, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
    }
}
