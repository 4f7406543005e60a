namespace Attention.Tests.Support.Checks;

/// <summary>
/// One check of the suite: a case of tests/Checks/*.json run on the student's code, then assertions on
/// what it gave. Any failure, an assertion's or an exception's, reaches the student as one
/// <see cref="FeedbackException"/> whose first line names the mistake when the catalogue knows it.
/// </summary>
public sealed class Check
{
    readonly CaseData data;

    Check(CaseData data) => this.data = data;

    /// <summary>The case "&lt;exercise&gt;.&lt;name&gt;" (ex1.dort, mask.causal-4, …).</summary>
    public static Check Of(string caseId) => new(CheckFile.Of(caseId[..caseId.IndexOf('.')]).Case(caseId));

    /// <summary>A fresh copy of the input <paramref name="name"/>.</summary>
    public Tensor Input(string name) => Inputs()[name];

    public Tensor Expected(string name) => data.Expected[name].ToTensor();

    /// <summary>Runs the student's code on the case, then <paramref name="assertions"/> on what it gave.</summary>
    public void Verify(Action<Result> assertions)
    {
        var student = new StudentAttention();
        var actual = StudentCode.Run(() => CaseRunner.Run(data.Call, student, Inputs()), data);
        try { assertions(new Result(actual!, this, student.LastModule)); }
        catch (FeedbackException failure)
        {
            var headline = Diagnosis.Headline(Diagnosis.Of(data, actual!));
            if (headline is null) throw;
            throw new FeedbackException(headline + "\n" + failure.Message);
        }
    }

    Dictionary<string, Tensor> Inputs()
    {
        var inputs = data.Inputs.ToDictionary(i => i.Key, i => i.Value.ToTensor());
        if (data.Random is { } random)
        {
            manual_seed(random.Seed);
            foreach (var drawn in random.Tensors) inputs[drawn.Name] = randn(drawn.Shape);
        }
        return inputs;
    }

    /// <summary>What the student's code gave, by name, next to what was expected.</summary>
    public sealed class Result(IReadOnlyDictionary<string, Tensor?> actual, Check check, SelfAttention? module)
    {
        public Tensor? this[string name] => actual[name];

        public Tensor Expected(string name) => check.Expected(name);

        /// <summary>The student's module, for the checks that run a backward pass.</summary>
        public SelfAttention Module => module!;
    }
}
