namespace Attention.Lab.Tests;

/// <summary>Fresh folders for the figures of a test.</summary>
public static class Temporary
{
    public static string Directory() => System.IO.Directory.CreateTempSubdirectory("attention-lab-").FullName;
}
