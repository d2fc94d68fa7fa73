using System.Globalization;
using Lab.Classroom.Quotas;

namespace Lab.Cli.Commands.Class;

/// <summary>`--quota KEY=VALUE` for an account whose quota was raised (or lowered, as on a new account).</summary>
public static class QuotaArguments
{
    public static IReadOnlyDictionary<string, double> Parse(IEnumerable<string> given)
    {
        var overrides = new Dictionary<string, double>();
        foreach (var text in given)
        {
            var equals = text.IndexOf('=');
            var key = equals < 0 ? text : text[..equals].Trim();
            if (equals < 0)
                throw new UsageException($"--quota '{text}': expected KEY=VALUE, such as {QuotaCatalog.AccountWriteCapacity}=200000.");
            if (QuotaCatalog.Find(key) is null)
                throw new UsageException($"--quota '{text}': unknown quota '{key}'; known: {string.Join(", ", QuotaCatalog.Keys)}.");
            if (!double.TryParse(text[(equals + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= 0) || double.IsInfinity(value))
                throw new UsageException($"--quota '{text}': the value must be a number of at least 0.");
            overrides[key] = value;
        }
        return overrides;
    }
}
