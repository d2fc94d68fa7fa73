using System.Text.Json.Serialization;
using Lab.Functions.EventDriven;
using Lab.Functions.Shared.Events;
using Lab.Functions.Tourney;

namespace Lab.Functions.Shared;

/// <summary>Source-generated System.Text.Json metadata for every event and response the handlers exchange (no reflection at run time).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DynamoDbStreamEvent))]
[JsonSerializable(typeof(KinesisEvent))]
[JsonSerializable(typeof(ScheduledEvent))]
[JsonSerializable(typeof(StreamsEventResponse))]
[JsonSerializable(typeof(PipelineResult))]
[JsonSerializable(typeof(TourneyWriterResult))]
[JsonSerializable(typeof(GeneratorResult))]
[JsonSerializable(typeof(TradeMessage))]
[JsonSerializable(typeof(TradeHierarchy))]
[JsonSerializable(typeof(Dictionary<string, decimal>))]
[JsonSerializable(typeof(string))]
public sealed partial class LabJsonContext : JsonSerializerContext
{
}
