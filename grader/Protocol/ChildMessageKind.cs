namespace Attention.Grader.Protocol;

/// <summary>The kinds of line on the child's channel, in the order an exercise sees them (on the wire: the name in lower case, see ProtocolJson).</summary>
public enum ChildMessageKind
{
    /// <summary>A test of an exercise, found by discovery.</summary>
    Listed,
    /// <summary>An exercise begins: its time limit starts.</summary>
    Started,
    /// <summary>One test's outcome.</summary>
    Result,
    /// <summary>An exercise is over.</summary>
    Finished,
    /// <summary>Every exercise asked for is over.</summary>
    Done,
    /// <summary>The suite could not even start.</summary>
    Fatal,
}
