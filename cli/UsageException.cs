namespace Lab.Cli;

/// <summary>Arguments that parse but cannot be used (a missing file, an unknown name): exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
