namespace Lab.Engines;

/// <summary>A local engine could not be started; the message says which engine, why, and what to do.</summary>
public sealed class EngineStartException : Exception
{
    public EngineStartException(string message, Exception? inner = null) : base(message, inner) { }
}
