using Attention.Grader.Results;

namespace Attention.Grader.Protocol;

/// <summary>What the child reports to the grader, one signed line each (see ResultChannel).</summary>
public sealed record ChildMessage(
    ChildMessageKind Kind,
    string? Exercise = null,
    string? Test = null,
    TestStatus? Status = null,
    string? Message = null,
    double? Milliseconds = null);
