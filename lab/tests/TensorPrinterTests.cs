using Attention.Lab.Printing;
using static TorchSharp.torch;

namespace Attention.Lab.Tests;

public sealed class TensorPrinterTests
{
    [Fact]
    public void A_matrix_prints_as_pytorch_prints_it()
    {
        using var matrix = tensor(new float[,] { { 0.3367f, 0.1288f }, { -1.1229f, -0.1863f } });

        TensorPrinter.Format(matrix).Should().Be("tensor([[ 0.3367,  0.1288],\n        [-1.1229, -0.1863]])");
    }

    [Fact]
    public void Integers_and_shapes_print_plainly()
    {
        using var mask = ones(2, 2, dtype: ScalarType.Bool).triu(1).to_type(ScalarType.Int32);

        TensorPrinter.Format(mask).Should().Be("tensor([[0, 1],\n        [0, 0]])");
        TensorPrinter.Shape(mask).Should().Be("(2, 2)");
    }

    [Fact]
    public void Large_tensors_are_summarised()
    {
        using var large = arange(2000, dtype: ScalarType.Float32);

        TensorPrinter.Format(large).Should().Be("tensor([   0.0000,    1.0000,    2.0000, ..., 1997.0000, 1998.0000, 1999.0000])");
    }

    [Fact]
    public void A_tensor_that_is_not_a_matrix_is_refused_in_the_students_language()
    {
        using var batch = zeros(2, 3, 3);

        string Refusal(string language) => Cli.Language.In(System.Globalization.CultureInfo.GetCultureInfo(language),
            () => FluentActions.Invoking(() => Matrices.ToMatrix(batch)).Should().Throw<ArgumentException>().Which.Message);

        Refusal("fr").Should().StartWith("une matrice (tenseur 2-D) était attendue, pas un tenseur de forme (2, 3, 3)");
        Refusal("en").Should().StartWith("a matrix (a 2-D tensor) was expected, not a tensor of shape (2, 3, 3)");
    }
}
