// What the allow-list costs a grading: the in-memory compile of a submission with the check and
// without it, medians of N runs after a warm-up (default 20), for the reference, a correct submission
// written other ways, and one the list refuses (its refused code is cut and the file built again).
// Wall time and the process's CPU time: on a loaded machine the CPU time is the steadier figure.
// Run from the kit, the grader built: dotnet run scripts/benchmark-allowlist.cs [N]
#:project ../grader/Attention.Grader.csproj
#:property RestorePackagesWithLockFile=false
#:property TreatWarningsAsErrors=false
#:property PublishAot=false

using System.Diagnostics;
using Attention.Grader.Assignment;
using Attention.Grader.Compilation;
using Attention.Grader.Submission;

var runs = args.Length > 0 ? int.Parse(args[0]) : 20;
var kit = Kit.Open(Path.Combine(Directory.GetCurrentDirectory(), "grader", "bin", "Debug", "net10.0"));
var root = kit.Assignment.Root;
(string Name, string Folder)[] submissions =
[
    ("reference", "solution"),
    ("other ways", "grader/tests/Golden/allowed-variants/submission/student"),
    ("refused", "grader/tests/Golden/refused-api/submission/student"),
];

foreach (var (name, submission) in submissions)
{
    var files = kit.Assignment.StudentFiles
        .Select(f => new StudentFile(f.Path, File.ReadAllText(Path.Combine(root, submission, f.FileName)), submission))
        .ToList();
    var (withWall, withCpu) = Median(kit.Assignment, files);
    var (wall, cpu) = Median(kit.Assignment with { AllowList = kit.Assignment.AllowList with { Enabled = false } }, files);
    Console.WriteLine($"{name,-10} compile {wall,6:F1} ms (CPU {cpu,6:F1}), with the allow-list {withWall,6:F1} ms (CPU {withCpu,6:F1}): +{withWall - wall:F1} ms (CPU +{withCpu - cpu:F1})");
}

(double Wall, double Cpu) Median(Attention.Grader.Assignment.AssignmentSpec assignment, IReadOnlyList<StudentFile> files)
{
    var compiler = new StudentCompiler(assignment, kit.SuiteAssembly, "fr");
    compiler.Compile(files);
    var process = Process.GetCurrentProcess();
    var samples = Enumerable.Range(0, runs).Select(_ =>
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        compiler.Compile(files);
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (Wall: wall, Cpu: (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }).ToList();
    return (samples.Select(s => s.Wall).Order().ElementAt(runs / 2), samples.Select(s => s.Cpu).Order().ElementAt(runs / 2));
}
