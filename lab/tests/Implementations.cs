namespace Attention.Lab.Tests;

/// <summary>The implementations the lab runs in these tests: the reference, and stubs like the student's.</summary>
public static class Implementations
{
    /// <summary>solution/, wired by its Program.cs.</summary>
    public static AttentionImplementation Reference => LabEntry.Implementation;

    /// <summary>Every exercise still to do, with the messages of the stubs students start from.</summary>
    public static AttentionImplementation Unfinished => new(
        (_, _) => throw new NotImplementedException(StubMessages.Scores),
        (_, _) => throw new NotImplementedException(StubMessages.Scale),
        _ => throw new NotImplementedException(StubMessages.Softmax),
        (_, _) => throw new NotImplementedException(StubMessages.Output),
        (_, _, _, _) => throw new NotImplementedException(StubMessages.Compute),
        _ => throw new NotImplementedException(StubMessages.CausalMask),
        _ => throw new NotImplementedException(StubMessages.SelfAttention));

    /// <summary>Exercises 1 and 2 done, exercise 3 (the softmax) not yet.</summary>
    public static AttentionImplementation SoftmaxUnfinished => Reference with { Softmax = Unfinished.Softmax };

    /// <summary>
    /// A softmax with a student's bug: a layer never created. (Not a shape error: on GCC 12 systems a
    /// libtorch error aborts the process before .NET can catch it.)
    /// </summary>
    public static AttentionImplementation SoftmaxBroken => Reference with { Softmax = scores => NeverCreated!.forward(scores) };

    static readonly TorchSharp.Modules.Softmax? NeverCreated = null;
}
