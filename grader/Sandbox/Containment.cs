namespace Attention.Grader.Sandbox;

/// <summary>
/// What this machine offers to contain a child: a working bubblewrap (or none), and how the whole
/// jail's memory and processes are capped. Probed once per grader process: the machine does not change.
/// </summary>
public sealed record Containment(Bubblewrap? Jail, CapsKind Caps)
{
    static readonly Lazy<Containment> Probed = new(Probe);

    /// <summary>This machine's containment, probed on first use.</summary>
    public static Containment OfMachine => Probed.Value;

    /// <summary>No jail at all: `batch --unsandboxed`, or a machine without bubblewrap.</summary>
    public static Containment Unsandboxed { get; } = new(null, CapsKind.Polled);

    public ContainmentLevel Level => Jail is null ? ContainmentLevel.None
        : Caps == CapsKind.Polled ? ContainmentLevel.Jail
        : ContainmentLevel.JailAndCaps;

    /// <summary>One line for people: the level and what it means.</summary>
    public string Describe(string language) => Level switch
    {
        ContainmentLevel.JailAndCaps => Localization.Texts.Of(language, nameof(Localization.Strings.ContainmentJailAndCaps),
            Caps == CapsKind.CgroupV1 ? "cgroup v1" : "cgroup v2, systemd-run --scope"),
        ContainmentLevel.Jail => Localization.Texts.Of(language, nameof(Localization.Strings.ContainmentJail)),
        _ => Localization.Texts.Of(language, nameof(Localization.Strings.ContainmentNone)),
    };

    static Containment Probe()
    {
        // ATTENTION_JAIL=off turns the jail off (a test of the unsandboxed path, a machine where it misbehaves).
        if (Environment.GetEnvironmentVariable("ATTENTION_JAIL") == "off" || !OperatingSystem.IsLinux()) return Unsandboxed;
        var jail = Bubblewrap.Probe();
        return jail is null ? Unsandboxed : new Containment(jail, WholeJailCaps.Probe());
    }
}
