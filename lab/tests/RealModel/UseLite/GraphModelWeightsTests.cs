using System.Text.Json;
using Attention.Lab.RealModel;
using Attention.Lab.RealModel.UseLite;
using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel.UseLite;

public sealed class GraphModelWeightsTests
{
    static readonly float[] A = [1.5f, -2, 3, 4, 5, 6.25f];
    static readonly int[] B = [7, -8];

    [Fact]
    public void Tensors_are_read_in_manifest_order_across_the_shards_with_their_names_and_shapes()
    {
        using var weights = GraphModelWeights.Read(Model(Weight("a", [2, 3]), Weight("b", [2], "int32")));

        weights.Names.Should().BeEquivalentTo("a", "b");
        weights["a"].shape.Should().Equal(2, 3);
        weights["a"].dtype.Should().Be(ScalarType.Float32);
        weights["a"].data<float>().ToArray().Should().Equal(A);
        weights["b"].shape.Should().Equal(2);
        weights["b"].data<int>().ToArray().Should().Equal(B);
    }

    [Fact]
    public void A_missing_weight_is_named_in_the_error()
    {
        using var weights = GraphModelWeights.Read(Model(Weight("a", [2, 3]), Weight("b", [2], "int32")));

        weights.Invoking(w => w["c"]).Should().Throw<ModelUnavailableException>().WithMessage(string.Format(Strings.UseLiteMissingWeight, "c"));
    }

    [Fact]
    public void A_weight_of_another_dtype_is_refused_rather_than_misread() =>
        FluentActions.Invoking(() => GraphModelWeights.Read(Model(Weight("a", [2, 3], "float16"), Weight("b", [2], "int32"))))
            .Should().Throw<ModelUnavailableException>().WithMessage(string.Format(Strings.UseLiteUnsupportedWeight, "a", "float16"));

    [Fact]
    public void A_quantized_weight_is_refused_rather_than_misread()
    {
        var quantized = Weight("a", [2, 3]);
        quantized["quantization"] = new Dictionary<string, object> { ["dtype"] = "uint8", ["scale"] = 0.1, ["min"] = -1 };

        FluentActions.Invoking(() => GraphModelWeights.Read(Model(quantized, Weight("b", [2], "int32"))))
            .Should().Throw<ModelUnavailableException>().WithMessage(string.Format(Strings.UseLiteUnsupportedWeight, "a", "quantization"));
    }

    [Fact]
    public void Shards_longer_than_the_manifest_says_are_refused() =>
        FluentActions.Invoking(() => GraphModelWeights.Read(Model(Weight("a", [2, 3]))))
            .Should().Throw<ModelUnavailableException>();

    static Dictionary<string, object> Weight(string name, int[] shape, string dtype = "float32") =>
        new() { ["name"] = name, ["shape"] = shape, ["dtype"] = dtype };

    /// <summary>A model.json and two shards holding A then B, the cut falling inside A.</summary>
    static string Model(params Dictionary<string, object>[] weights)
    {
        var folder = Temporary.Directory();
        var bytes = A.SelectMany(BitConverter.GetBytes).Concat(B.SelectMany(BitConverter.GetBytes)).ToArray();
        File.WriteAllBytes(Path.Combine(folder, "group1-shard1of2"), bytes[..10]);
        File.WriteAllBytes(Path.Combine(folder, "group1-shard2of2"), bytes[10..]);
        var manifest = new[] { new { paths = new[] { "group1-shard1of2", "group1-shard2of2" }, weights } };
        var path = Path.Combine(folder, "model.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { modelTopology = new { }, weightsManifest = manifest }));
        return path;
    }
}
