using System.Security.Cryptography;

namespace Attention.Grader.Batch;

/// <summary>
/// The grader's own key for the class report: hash.txt carries an HMAC of grade.json under it, so a
/// cached verdict is read back only when the grader wrote it. Kept outside every report folder, in
/// the user's configuration folder (~/.config/attention-assignment/report.key, %APPDATA% on
/// Windows; ATTENTION_REPORT_KEY_FILE names another file), created on first use, readable by its owner only.
/// </summary>
public static class ReportKey
{
    public static string DefaultFile => Environment.GetEnvironmentVariable("ATTENTION_REPORT_KEY_FILE") is { Length: > 0 } file
        ? Path.GetFullPath(file)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create),
            "attention-assignment", "report.key");

    public static byte[] Load(string file, string reportFolder)
    {
        var report = Path.TrimEndingDirectorySeparator(Path.GetFullPath(reportFolder)) + Path.DirectorySeparatorChar;
        if (Path.GetFullPath(file).StartsWith(report, StringComparison.Ordinal)) throw new InputRefusedException(nameof(Localization.Strings.ReportKeyInsideReport), file);
        if (File.Exists(file))
        {
            var existing = File.ReadAllBytes(file);
            if (existing.Length >= 32) return existing;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(file, options)) stream.Write(key);
        return key;
    }

    public static string Sign(byte[] key, string fingerprint, string gradeJson) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(fingerprint + "\n" + gradeJson)));

    public static bool Verify(byte[] key, string fingerprint, string gradeJson, string signature) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Sign(key, fingerprint, gradeJson)), System.Text.Encoding.ASCII.GetBytes(signature));
}
