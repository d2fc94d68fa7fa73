using System.Text.Json.Serialization;

namespace Lab.Functions.EventDriven;

/// <summary>One message of the workshop's stream: {TradeID, Version, Value, Timestamp, Hierarchy}.</summary>
public sealed class TradeMessage
{
    [JsonPropertyName("TradeID")] public string? TradeId { get; set; }
    [JsonPropertyName("Version")] public long? Version { get; set; }
    [JsonPropertyName("Value")] public decimal? Value { get; set; }
    /// <summary>Epoch seconds when the generator sent it; StateLambda skips messages older than 60 s.</summary>
    [JsonPropertyName("Timestamp")] public double? Timestamp { get; set; }
    [JsonPropertyName("Hierarchy")] public TradeHierarchy? Hierarchy { get; set; }
}

/// <summary>Aggregation follows RiskType:TradeDesk:Region. Properties are in alphabetical order so the stored JSON has sorted keys, as the seed's json.dumps(sort_keys=True).</summary>
public sealed class TradeHierarchy
{
    [JsonPropertyName("Region")] public string? Region { get; set; }
    [JsonPropertyName("RiskType")] public string? RiskType { get; set; }
    [JsonPropertyName("TradeDesk")] public string? TradeDesk { get; set; }
}
