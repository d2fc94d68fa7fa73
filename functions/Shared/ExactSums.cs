using System.Globalization;

namespace Lab.Functions.Shared;

/// <summary>
/// The numbers the aggregating functions add up. They sum in decimal (28-29 significant digits, at most ±7.9e28), so a
/// value a producer may legally write (DynamoDB numbers reach ±9.9e125) could overflow a sum and fail its whole batch,
/// retried until the records expire. Values beyond ±1e15 are therefore refused, by name, where they enter: a batch of
/// 10,000 of them still sums far inside decimal's range, and the labs' own values are small (trades ±1,000, scores 0-100).
/// </summary>
public static class ExactSums
{
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    /// <summary>Null when <paramref name="value"/> may be summed; otherwise what is wrong with it.</summary>
    public static string? Problem(string attribute, decimal value) =>
        Math.Abs(value) <= MaxMagnitude
            ? null
            : $"{attribute} {value.ToString(CultureInfo.InvariantCulture)} is outside ±1e15, the range this lab adds up exactly";
}
