using System.Globalization;

namespace Lab.Engines;

/// <summary>How long an engine may take to answer its first request.</summary>
internal static class StartTimeouts
{
    public const string Variable = "LAB_ENGINE_START_TIMEOUT_SECONDS";

    /// <summary>LAB_ENGINE_START_TIMEOUT_SECONDS when set (slow CI machines), else the engine's default.</summary>
    public static TimeSpan FromEnvironmentOr(TimeSpan fallback)
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new EngineStartException($"{Variable} is '{text}'; expected a positive number of seconds, e.g. 300.");
    }
}
