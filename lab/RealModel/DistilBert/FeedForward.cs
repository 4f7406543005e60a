using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>The position-wise feed-forward network: lin2(GELU(lin1(x))), GELU exact (erf), as in DistilBERT.</summary>
public sealed class FeedForward : nn.Module<Tensor, Tensor>
{
    public readonly Linear lin1;
    public readonly Linear lin2;

    public FeedForward(long dim, long hidden) : base(nameof(FeedForward))
    {
        lin1 = nn.Linear(dim, hidden);
        lin2 = nn.Linear(hidden, dim);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        using var hidden = lin1.forward(x);
        using var activated = nn.functional.gelu(hidden);
        return lin2.forward(activated);
    }
}
