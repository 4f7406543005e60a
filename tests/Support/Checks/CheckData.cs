using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attention.Tests.Support.Checks;

/// <summary>Which of the student's members a case runs (see <see cref="CaseRunner"/> for the inputs and outputs of each).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallKind>))]
public enum CallKind { Scores, Scale, Softmax, Output, Compute, CausalMask, CausalCompute, Module, ModuleStructure }

/// <summary>A tensor as data: its shape, its values in row-major order, and whether it is a boolean mask.</summary>
public sealed record TensorData(long[] Shape, float[] Values, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Boolean = false)
{
    public Tensor ToTensor()
    {
        var values = tensor(Values, ScalarType.Float32).reshape(Shape);
        return Boolean ? values.to_type(ScalarType.Bool) : values;
    }

    public static TensorData From(Tensor t)
    {
        using var flat = t.detach().cpu().to_type(ScalarType.Float32).flatten();
        return new(t.shape, flat.data<float>().ToArray(), t.dtype == ScalarType.Bool);
    }
}

/// <summary>Inputs drawn by libtorch's generator: manual_seed(Seed), then randn of each shape in turn.</summary>
public sealed record RandomInputs(int Seed, RandomInput[] Tensors);

public sealed record RandomInput(string Name, long[] Shape);

/// <summary>What a mistake throws instead of returning: the kind of error, and the shapes it names.</summary>
public sealed record ErrorData(ErrorKind Kind, long[][]? Shapes = null);

/// <summary>What one catalogued mistake gives on a case: the outputs that differ from the expected ones, or an error.</summary>
public sealed record MistakeOutcome(Dictionary<string, TensorData>? Outputs = null, ErrorData? Error = null);

/// <summary>One case: a call of the student's code on fixed inputs, what it must give, and what each mistake gives.</summary>
public sealed record CaseData(
    string Id,
    CallKind Call,
    Dictionary<string, TensorData> Inputs,
    RandomInputs? Random,
    Dictionary<string, TensorData> Expected,
    Dictionary<string, MistakeOutcome> Mistakes);

/// <summary>tests/Checks/&lt;exercise&gt;.json: the cases of one exercise, made in the kit from the reference.</summary>
public sealed record CheckFile(string Exercise, CaseData[] Cases)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static readonly Dictionary<string, CheckFile> Loaded = [];

    /// <summary>The embedded Checks/&lt;exercise&gt;.json, read once.</summary>
    public static CheckFile Of(string exercise)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(exercise, out var file)) return file;
            using var stream = typeof(CheckFile).Assembly.GetManifestResourceStream($"Checks/{exercise}.json")
                ?? throw new InvalidOperationException($"No check data Checks/{exercise}.json in the suite.");
            file = CheckJson.Read(stream);
            return Loaded[exercise] = file;
        }
    }

    public CaseData Case(string id) => Cases.SingleOrDefault(c => c.Id == id)
        ?? throw new InvalidOperationException($"No case '{id}' in Checks/{Exercise}.json.");
}
