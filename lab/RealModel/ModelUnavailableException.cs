namespace Attention.Lab.RealModel;

/// <summary>
/// A model could not be fetched or read (no network, a checksum that does not match, a missing
/// npm). Its message is one line for the student, already in their language; the lab prints it
/// without a stack trace.
/// </summary>
public sealed class ModelUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
