namespace Attention.Lab.Sections;

/// <summary>The student's code ran but gave a wrong result, said plainly (one line, no stack trace): the section stops there.</summary>
internal sealed class WrongResultException(string message) : Exception(message);
