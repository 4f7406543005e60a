using Attention.AllowList;
using static Attention.Grader.Tests.AllowList.Snippet;

namespace Attention.Grader.Tests.AllowList;

/// <summary>
/// Every kind of escape a submission can try, each in a few lines of an otherwise correct file: the
/// rule must refuse it, naming what is used and the line it is on (marked /*!*/).
/// </summary>
public sealed class EscapeTests
{
    public static TheoryData<string, string, string> Escapes() => new()
    {
        // Files, processes, network.
        { "a file read", InScale("var text = System.IO.File.ReadAllText(\"/etc/passwd\"); /*!*/"), "System.IO.File.ReadAllText" },
        { "a file through the implicit using", InScale("var found = File.Exists(\"x\"); /*!*/"), "System.IO.File.Exists" },
        { "a file through using static", InScale("var text = ReadAllText(\"x\"); /*!*/", top: "using static System.IO.File;"), "System.IO.File.ReadAllText" },
        { "a file through an alias", InScale("var text = F.ReadAllText(\"x\"); /*!*/", top: "using F = System.IO.File;"), "System.IO.File.ReadAllText" },
        { "a file through a global using", InScale("var all = Directory.GetFiles(\"/\"); /*!*/", top: "global using System.IO;"), "System.IO.Directory.GetFiles" },
        { "a path", InScale("var p = Path.Combine(\"a\", \"b\"); /*!*/"), "System.IO.Path.Combine" },
        { "a stream", InScale("using var s = new FileStream(\"x\", FileMode.Open); /*!*/"), "System.IO.FileStream" },
        { "a process", InScale("System.Diagnostics.Process.Start(\"sh\"); /*!*/"), "System.Diagnostics.Process.Start" },
        { "an HTTP client", InScale("var client = new HttpClient(); /*!*/"), "System.Net.Http.HttpClient" },
        { "a socket", InScale("var tcp = new System.Net.Sockets.TcpClient(\"127.0.0.1\", 9); /*!*/"), "System.Net.Sockets.TcpClient" },
        { "a file handle", InScale("var h = new Microsoft.Win32.SafeHandles.SafeFileHandle(3, false); /*!*/"), "Microsoft.Win32.SafeHandles.SafeFileHandle" },
        { "the standard input", InScale("var line = Console.ReadLine(); /*!*/"), "System.Console.ReadLine" },
        { "the console redirected", InScale("Console.SetOut(Console.Error); /*!*/"), "System.Console.SetOut" },
        { "the console's writer closed", InScale("Console.Error.Close(); /*!*/"), "System.IO.TextWriter.Close" },

        // Reflection.
        { "Type.GetType", InScale("var t = Type.GetType(\"FluentAssertions.Common.Services, FluentAssertions\"); /*!*/"), "System.Type.GetType" },
        { "typeof(…).Assembly", InScale("var a = typeof(Tensor).Assembly; /*!*/"), "System.Type.Assembly" },
        { "typeof alone", InScale("var t = typeof(Tensor); /*!*/"), "System.Type" },
        { "object.GetType()", InScale("var t = scores.GetType(); /*!*/"), "System.Object.GetType" },
        { "System.Reflection", InScale("var a = System.Reflection.Assembly.LoadFrom(\"/x/Attention.dll\"); /*!*/"), "System.Reflection.Assembly.LoadFrom" },
        { "Activator", InScale("var o = Activator.CreateInstance(\"x\", \"y\"); /*!*/"), "System.Activator.CreateInstance" },
        { "a delegate's method", InScale("Func<int> f = () => 1; var m = f.Method; /*!*/"), "System.Delegate.Method" },
        { "an expression tree", InScale("System.Linq.Expressions.Expression<Func<int>> e = () => 1; /*!*/"), "System.Linq.Expressions.Expression" },
        { "Enum.GetValues(typeof)", InScale("var all = Enum.GetValues(typeof(ScalarType)); /*!*/"), "System.Enum.GetValues" },

        // The runtime.
        { "an assembly load context", InScale("var c = new System.Runtime.Loader.AssemblyLoadContext(\"x\"); /*!*/"), "System.Runtime.Loader.AssemblyLoadContext" },
        { "Marshal", InScale("var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(8); /*!*/"), "System.Runtime.InteropServices.Marshal.AllocHGlobal" },
        { "Unsafe", InScale("object o = scores; var s = System.Runtime.CompilerServices.Unsafe.As<string>(o); /*!*/"), "System.Runtime.CompilerServices.Unsafe.As" },
        { "MemoryMarshal", InScale("Span<long> s = new long[1]; var b = System.Runtime.InteropServices.MemoryMarshal.AsBytes(s); /*!*/"), "System.Runtime.InteropServices.MemoryMarshal.AsBytes" },
        { "Environment.Exit", InScale("Environment.Exit(0); /*!*/"), "System.Environment.Exit" },
        { "an environment variable", InScale("var home = Environment.GetEnvironmentVariable(\"HOME\"); /*!*/"), "System.Environment.GetEnvironmentVariable" },
        { "AppDomain", InScale("var d = AppDomain.CurrentDomain; /*!*/"), "System.AppDomain.CurrentDomain" },
        { "AppContext", InScale("var d = AppContext.BaseDirectory; /*!*/"), "System.AppContext.BaseDirectory" },
        { "GC", InScale("GC.Collect(); /*!*/"), "System.GC.Collect" },
        { "a native integer", InScale("nint n = 0; /*!*/"), "System.IntPtr" },

        // Threads and tasks.
        { "a thread", InScale("var t = new Thread(() => { }); /*!*/"), "System.Threading.Thread" },
        { "a task", InScale("Task.Run(() => { }); /*!*/"), "System.Threading.Tasks.Task.Run" },
        { "a timer", InScale("var t = new System.Threading.Timer(_ => { }); /*!*/"), "System.Threading.Timer" },
        { "await", InScale("", members: "static async void Later() { await Task.Yield(); /*!*/ }"), "System.Threading.Tasks.Task.Yield" },
        { "await foreach", InScale("", members: "static async void Drain(IAsyncEnumerable<int> items) { await foreach (var i in items) { } /*!*/ }"), "System.Collections.Generic.IAsyncEnumerable.GetAsyncEnumerator" },
        { "PLINQ", InScale("var p = Enumerable.Range(0, 4).AsParallel(); /*!*/"), "System.Linq.ParallelEnumerable.AsParallel" },

        // Language features.
        { "dynamic", InScale("dynamic d = scores; /*!*/"), "dynamic" },
        { "an unsafe block", InScale("unsafe { } /*!*/"), "unsafe" },
        { "an unsafe method", InScale("", members: "unsafe static void Peek() { } /*!*/"), "unsafe" },
        { "a pointer", InScale("", members: "static void Peek(int* p) { } /*!*/"), "int*" },
        { "a function pointer", InScale("", members: "static void Call(delegate*<void> f) { } /*!*/"), "delegate*" },
        { "P/Invoke", InScale("", members: "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int kill(int pid, int sig); /*!*/"), "extern" },
        { "an extern local function", InScale("[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid(); /*!*/"), "extern" },
        { "stackalloc", InScale("Span<int> s = stackalloc int[4]; /*!*/"), "stackalloc" },
        { "__makeref", InScale("int i = 0; var r = __makeref(i); /*!*/"), "__makeref" },

        // Code that runs without being called, or outside the exercise methods.
        { "a module initializer", InScale("", members: "[System.Runtime.CompilerServices.ModuleInitializer] internal static void Hook() { } /*!*/"), "System.Runtime.CompilerServices.ModuleInitializerAttribute" },
        { "an attribute on the assembly", InScale("", top: "[assembly: System.Reflection.AssemblyMetadata(\"a\", \"b\")] /*!*/"), "System.Reflection.AssemblyMetadataAttribute" },
        { "an attribute on a parameter", InScale("", members: "static string Where([System.Runtime.CompilerServices.CallerFilePath] string p = \"\") => p; /*!*/"), "System.Runtime.CompilerServices.CallerFilePathAttribute" },
        { "a static constructor", InScale("", members: "static ScaledDotProductAttention() { File.Delete(\"x\"); /*!*/ }"), "System.IO.File.Delete" },
        { "a field initializer", InScale("", members: "static readonly string Secret = File.ReadAllText(\"x\"); /*!*/"), "System.IO.File.ReadAllText" },
        { "a finalizer", InScale("", members: "sealed class Late { ~Late() { Environment.Exit(3); /*!*/ } }"), "System.Environment.Exit" },
        { "an explicit interface implementation", InScale("", members: "sealed class Awaiter : System.Runtime.CompilerServices.INotifyCompletion { void System.Runtime.CompilerServices.INotifyCompletion.OnCompleted(Action a) { } } /*!*/"), "System.Runtime.CompilerServices.INotifyCompletion" },
        { "a base type", InScale("", members: "sealed class Context() : System.Runtime.Loader.AssemblyLoadContext(\"x\") { } /*!*/"), "System.Runtime.Loader.AssemblyLoadContext" },

        // Indirect routes.
        { "a delegate made of a refused method", InScale("Func<string, string> read = File.ReadAllText; /*!*/"), "System.IO.File.ReadAllText" },
        { "a refused call in a lambda", InScale("var found = new[] { \"a\" }.Where(p => File.Exists(p)).ToList(); /*!*/"), "System.IO.File.Exists" },
        { "a method group in LINQ", InScale("var texts = new[] { \"a\" }.Select(File.ReadAllText).ToList(); /*!*/"), "System.IO.File.ReadAllText" },
        { "a query expression", InScale("var q = from f in Directory.GetFiles(\".\") select f; /*!*/"), "System.IO.Directory.GetFiles" },
        { "a generic argument", InScale("var list = new List<FileInfo>(); /*!*/"), "System.IO.FileInfo" },
        { "a cast", InScale("object o = scores; var info = (FileInfo)o; /*!*/"), "System.IO.FileInfo" },
        { "a pattern", InScale("object o = scores; if (o is FileInfo info) { } /*!*/"), "System.IO.FileInfo" },
        { "a default parameter value", InScale("", members: "static int Size(int n = (int)FileMode.Open) => n; /*!*/"), "System.IO.FileMode.Open" },
        { "an extension method of a refused class", InScale("scores.Save(\"/tmp/x\"); /*!*/"), "TorchSharp.TensorExtensionMethods.Save" },
        { "a foreach over a refused collection", InScale("foreach (var f in new DirectoryInfo(\".\").EnumerateFiles()) { } /*!*/"), "System.IO.DirectoryInfo.EnumerateFiles" },
        { "a student's own helper calling a refused method", InScale("", members: "static string Read(string p) => File.ReadAllText(p); /*!*/"), "System.IO.File.ReadAllText" },

        // TorchSharp's files, jit and native handles.
        { "torch.load", InScale("var t = torch.load(\"/tmp/x\"); /*!*/"), "TorchSharp.torch.load" },
        { "torch.save", InScale("torch.save(scores, \"/tmp/x\"); /*!*/"), "TorchSharp.torch.save" },
        { "Tensor.save", InScale("scores.save(\"/tmp/x\"); /*!*/"), "TorchSharp.torch.Tensor.save" },
        { "Tensor.load", InScale("var t = torch.Tensor.load(\"/tmp/x\"); /*!*/"), "TorchSharp.torch.Tensor.load" },
        { "torch.from_file", InScale("var t = torch.from_file(\"/etc/passwd\"); /*!*/"), "TorchSharp.torch.from_file" },
        { "Module.save", InScale("nn.Linear(2, 2).save(\"/tmp/x\"); /*!*/"), "TorchSharp.torch.nn.Module.save" },
        { "Module.load", InScale("nn.Linear(2, 2).load(\"/tmp/x\"); /*!*/"), "TorchSharp.torch.nn.Module.load" },
        { "jit", InScale("var m = torch.jit.load(\"/tmp/x\"); /*!*/"), "TorchSharp.torch.jit.load" },
        { "hub", InScale("torch.hub.download_url_to_file(\"http://x\", \"/tmp/x\"); /*!*/"), "TorchSharp.torch.hub.download_url_to_file" },
        { "a tensor's native handle", InScale("var h = scores.Handle; /*!*/"), "TorchSharp.torch.Tensor.Handle" },
        { "a tensor made from a handle", InScale("var t = Tensor.UnsafeCreateTensor(0); /*!*/"), "TorchSharp.torch.Tensor.UnsafeCreateTensor" },
        { "a summary writer", InScale("var w = torch.utils.tensorboard.SummaryWriter(\"/tmp/x\"); /*!*/"), "TorchSharp.torch.utils.tensorboard.SummaryWriter" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void An_escape_is_refused_with_its_name_and_line(string kind, string code, string name)
    {
        var refusals = Refusals(code, allowUnsafe: true);

        refusals.Should().NotBeEmpty($"{kind} must be refused");
        refusals[0].Name.Should().Be(name, kind);
        refusals[0].Kind.Should().Be(RefusalKind.Refused, kind);
        refusals[0].Line.Should().Be(MarkedLine(code), kind);
    }

    public static TheoryData<string, string, string> Shortcuts() => new()
    {
        { "scaled_dot_product_attention", InScale("var o = nn.functional.scaled_dot_product_attention(scores, scores, scores); /*!*/"), "TorchSharp.torch.nn.functional.scaled_dot_product_attention" },
        { "MultiheadAttention", InScale("var m = nn.MultiheadAttention(8, 2); /*!*/"), "TorchSharp.torch.nn.MultiheadAttention" },
        { "the MultiheadAttention type", InScale("TorchSharp.Modules.MultiheadAttention? m = null; /*!*/"), "TorchSharp.Modules.MultiheadAttention" },
        { "a transformer layer", InScale("var l = nn.TransformerEncoderLayer(8, 2); /*!*/"), "TorchSharp.torch.nn.TransformerEncoderLayer" },
    };

    [Theory]
    [MemberData(nameof(Shortcuts))]
    public void Libtorchs_own_attention_is_refused_as_a_shortcut(string kind, string code, string name)
    {
        var refusals = Refusals(code);

        refusals.Should().NotBeEmpty($"{kind} must be refused");
        refusals[0].Should().Match<Refusal>(r => r.Name == name && r.Kind == RefusalKind.Shortcut && r.Line == MarkedLine(code), kind);
    }
}
