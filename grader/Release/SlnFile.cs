using System.Security.Cryptography;
using System.Text;

namespace Attention.Grader.Release;

/// <summary>
/// The student repository's .sln, written rather than made with `dotnet sln`: no process to run, and
/// the same file at every release (project GUIDs derive from the project's path).
/// </summary>
public static class SlnFile
{
    const string CSharpProject = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
    static readonly string[] Configurations = ["Debug|Any CPU", "Release|Any CPU"];

    /// <summary>Lists the project of each folder (its one .csproj at the top), in that order.</summary>
    public static void Write(string root, string fileName, IEnumerable<string> folders)
    {
        var projects = folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj").Order()
                .Select(path => folder.Replace('/', '\\') + "\\" + Path.GetFileName(path)))
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path.Replace('\\', '/')), Path: path, Guid: GuidOf(path)))
            .ToList();

        var sln = new StringBuilder();
        sln.Append("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
        sln.Append("VisualStudioVersion = 17.0.31903.59\nMinimumVisualStudioVersion = 10.0.40219.1\n");
        foreach (var p in projects)
            sln.Append($"Project(\"{CSharpProject}\") = \"{p.Name}\", \"{p.Path}\", \"{p.Guid}\"\nEndProject\n");
        sln.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n");
        foreach (var c in Configurations) sln.Append($"\t\t{c} = {c}\n");
        sln.Append("\tEndGlobalSection\n\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
        foreach (var p in projects)
            foreach (var c in Configurations)
                sln.Append($"\t\t{p.Guid}.{c}.ActiveCfg = {c}\n\t\t{p.Guid}.{c}.Build.0 = {c}\n");
        sln.Append("\tEndGlobalSection\n\tGlobalSection(SolutionProperties) = preSolution\n\t\tHideSolutionNode = FALSE\n\tEndGlobalSection\nEndGlobal\n");
        File.WriteAllText(Path.Combine(root, fileName), sln.ToString());
    }

    static string GuidOf(string path) =>
        new Guid(MD5.HashData(Encoding.UTF8.GetBytes(path))).ToString("B").ToUpperInvariant();
}
