namespace Attention.Lab.Sections;

/// <summary>
/// A runnable section of the handout. <see cref="Title"/> and <see cref="Description"/> are read
/// when shown, in the language chosen then.
/// </summary>
internal sealed record Section(string Name, Func<string> Title, Func<string> Description, Action<LabSession> Run);
