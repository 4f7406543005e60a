using System.Text;
using Attention.Lab.RealModel;
using Attention.Lab.RealModel.DistilBert;
using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel.DistilBert;

public sealed class SafeTensorsTests
{
    static string Write(Dictionary<string, Tensor> tensors)
    {
        var path = Path.Combine(Temporary.Directory(), "model.safetensors");
        SafeTensorsWriter.Write(path, tensors);
        return path;
    }

    [Fact]
    public void Float32_tensors_come_back_with_their_names_shapes_and_values()
    {
        var matrix = arange(6, dtype: ScalarType.Float32).view(2, 3) - 2.5f;
        var vector = tensor(new[] { 1.5f, -0f, float.MaxValue });
        var path = Write(new() { ["a.weight"] = matrix, ["b.bias"] = vector });

        var tensors = SafeTensors.Load(path);

        tensors.Keys.Should().BeEquivalentTo("a.weight", "b.bias");
        tensors["a.weight"].shape.Should().Equal(2, 3);
        tensors["a.weight"].data<float>().ToArray().Should().Equal(-2.5f, -1.5f, -0.5f, 0.5f, 1.5f, 2.5f);
        tensors["b.bias"].data<float>().ToArray().Should().Equal(1.5f, -0f, float.MaxValue);
        tensors["b.bias"].dtype.Should().Be(ScalarType.Float32);
    }

    [Fact]
    public void A_tensor_other_than_float32_is_refused_by_name_and_dtype()
    {
        var path = Write(new() { ["ok"] = ones(2), ["half.weight"] = ones(2).to(ScalarType.Float16) });

        var load = () => SafeTensors.Load(path);

        load.Should().Throw<ModelUnavailableException>().WithMessage("*half.weight*F16*");
    }

    [Fact]
    public void A_file_that_is_not_safetensors_is_a_clear_error()
    {
        var path = Path.Combine(Temporary.Directory(), "model.safetensors");
        File.WriteAllText(path, "<html>404 Not Found</html>", Encoding.UTF8);

        var load = () => SafeTensors.Load(path);

        load.Should().Throw<ModelUnavailableException>().WithMessage("*model.safetensors*");
    }

    [Fact]
    public void A_truncated_file_is_a_clear_error()
    {
        var path = Write(new() { ["big"] = ones(100) });
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^40]);

        var load = () => SafeTensors.Load(path);

        load.Should().Throw<ModelUnavailableException>().WithMessage("*model.safetensors*big*");
    }
}
