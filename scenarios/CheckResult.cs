namespace Lab.Scenarios;

/// <summary>One row of the local/verify report: {lab, check, expected, actual, pass}.</summary>
public sealed record CheckResult(string Lab, string Check, string Expected, string Actual, bool Pass)
{
    public static CheckResult Compare<T>(string lab, string check, T expected, T actual) =>
        new(lab, check, $"{expected}", $"{actual}", EqualityComparer<T>.Default.Equals(expected, actual));
}
