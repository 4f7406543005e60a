namespace Attention.Lab;

/// <summary>Runs one section of the handout on the implementation it is given.</summary>
public static class LabProgram
{
    public static int Run(string[] args, AttentionImplementation implementation)
    {
        Console.WriteLine("Sections : simulated, scaling, sentence, mask, real-model, all --out DIR");
        return args.Length == 0 ? 0 : 2;
    }
}
