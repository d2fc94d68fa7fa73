using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lab.Functions.Shared.Events;

/// <summary>An EventBridge scheduled event ("Scheduled Event" from aws.events).</summary>
public sealed class ScheduledEvent
{
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("detail-type")] public string? DetailType { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("account")] public string? Account { get; set; }
    [JsonPropertyName("time")] public DateTimeOffset? Time { get; set; }
    [JsonPropertyName("region")] public string? Region { get; set; }
    [JsonPropertyName("resources")] public List<string>? Resources { get; set; }
    [JsonPropertyName("detail")] public JsonElement? Detail { get; set; }
}
