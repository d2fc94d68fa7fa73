using System.Text.Json;

namespace Lab.Streams;

/// <summary>The JSON protocols send timestamps as seconds since 1970 with a fractional part.</summary>
internal static class EpochSeconds
{
    public static DateTimeOffset ToDateTimeOffset(JsonElement value) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(value.GetDecimal() * 1000m));

    public static decimal FromDateTimeOffset(DateTimeOffset value) => value.ToUnixTimeMilliseconds() / 1000m;
}
