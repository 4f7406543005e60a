namespace Attention.Lab.Sections;

/// <summary>A request `real-model` cannot honour (a layer the model does not have, a word not in the sentence): one line, no stack trace.</summary>
internal sealed class RealModelRequestException(string message) : Exception(message);
