namespace Lab.Functions.EventDriven;

/// <summary>The hierarchy's values and its roll-up keys: PV:FXSpot:EMEA → PV:FXSpot → PV (18 keys in all).</summary>
public static class AggregationKeys
{
    public static readonly string[] RiskTypes = { "PV", "Delta" };
    public static readonly string[] TradeDesks = { "FXSpot", "FXOptions" };
    public static readonly string[] Regions = { "EMEA", "APAC", "AMER" };

    /// <summary>Key of the message count the pipeline also aggregates (not one of the 18 value keys).</summary>
    public const string MessageCount = "message_count";

    public static IReadOnlyList<string> All { get; } =
        RiskTypes.SelectMany(r => new[] { r }
            .Concat(TradeDesks.SelectMany(d => new[] { $"{r}:{d}" }.Concat(Regions.Select(g => $"{r}:{d}:{g}")))))
        .ToList();

    public static string[] For(TradeHierarchy hierarchy)
    {
        var risk = Require(hierarchy.RiskType, "RiskType", RiskTypes);
        var desk = Require(hierarchy.TradeDesk, "TradeDesk", TradeDesks);
        var region = Require(hierarchy.Region, "Region", Regions);
        return new[] { risk, $"{risk}:{desk}", $"{risk}:{desk}:{region}" };
    }

    private static string Require(string? value, string name, string[] allowed) =>
        value is not null && allowed.Contains(value)
            ? value
            : throw new FormatException($"Hierarchy.{name} is '{value ?? "(missing)"}'; expected one of {string.Join(", ", allowed)}");
}
