namespace Attention.Tests.Support;

/// <summary>
/// Copies of the arguments given to the code under test, to check afterwards that it left them
/// untouched (an in-place operation such as div_ or exp_ would change the caller's tensor).
/// </summary>
public sealed class InputSnapshot
{
    readonly (string Name, Tensor Input, Tensor Copy)[] inputs;

    InputSnapshot((string Name, Tensor Input, Tensor Copy)[] inputs) => this.inputs = inputs;

    public static InputSnapshot Of(params (string Name, Tensor Input)[] inputs) =>
        new(inputs.Select(i => (i.Name, i.Input, i.Input.detach().clone())).ToArray());

    public void ShouldBeUnchanged()
    {
        foreach (var (name, input, copy) in inputs)
        {
            using var same = input.detach().eq(copy).all();
            if (!same.item<bool>())
                Verdict.Fail(nameof(Messages.InputModified), name, TensorText.Values(copy), TensorText.Values(input));
        }
    }
}
