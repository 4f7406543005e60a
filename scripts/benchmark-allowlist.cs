// What the allow-list costs a grading: the in-memory compile of a submission with the check and
// without it, medians of N runs after a warm-up (default 20), for the reference, a correct submission
// written other ways, and one the list refuses (its refused code is cut and the file built again).
// Run from the kit, the grader built: dotnet run scripts/benchmark-allowlist.cs [N]
#:project ../grader/Attention.Grader.csproj
#:property RestorePackagesWithLockFile=false
#:property TreatWarningsAsErrors=false

using System.Diagnostics;
using Attention.Grader.Commands;
using Attention.Grader.Compilation;
using Attention.Grader.Submission;

var runs = args.Length > 0 ? int.Parse(args[0]) : 20;
var kit = Kit.Open(Path.Combine(Directory.GetCurrentDirectory(), "grader", "bin", "Debug", "net10.0"));
var root = kit.Assignment.Root;
string[] submissions = ["solution", "grader/tests/Golden/allowed-variants/submission/student", "grader/tests/Golden/refused-api/submission/student"];

foreach (var submission in submissions)
{
    var files = kit.Assignment.StudentFiles
        .Select(f => new StudentFile(f.Path, File.ReadAllText(Path.Combine(root, submission, f.FileName)), submission))
        .ToList();
    var with = Median(kit.Assignment, files);
    var without = Median(kit.Assignment with { AllowList = kit.Assignment.AllowList with { Enabled = false } }, files);
    Console.WriteLine($"{submission,-58} compile {without,6:F1} ms, with the allow-list {with,6:F1} ms (+{with - without:F1} ms)");
}

double Median(Attention.Grader.Assignment.AssignmentSpec assignment, IReadOnlyList<StudentFile> files)
{
    var compiler = new StudentCompiler(assignment, kit.SuiteAssembly);
    compiler.Compile(files);
    var times = Enumerable.Range(0, runs).Select(_ =>
    {
        var clock = Stopwatch.StartNew();
        compiler.Compile(files);
        return clock.Elapsed.TotalMilliseconds;
    }).Order().ToList();
    return times[times.Count / 2];
}
