using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>The stack of layers; its own module only so that parameter names read "transformer.layer.{i}", as in the checkpoint.</summary>
public sealed class Transformer : nn.Module
{
    public readonly ModuleList<TransformerBlock> layer;

    public Transformer(IEnumerable<TransformerBlock> layers) : base(nameof(Transformer))
    {
        layer = nn.ModuleList([.. layers]);
        RegisterComponents();
    }
}
