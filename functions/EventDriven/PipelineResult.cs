using System.Text.Json.Serialization;

namespace Lab.Functions.EventDriven;

/// <summary>What the pipeline functions return (the seed returned {"statusCode": 200}; we add counts).</summary>
public sealed class PipelineResult
{
    [JsonPropertyName("statusCode")] public int StatusCode { get; set; } = 200;
    [JsonPropertyName("processed")] public int Processed { get; set; }
    [JsonPropertyName("skipped")] public int Skipped { get; set; }

    /// <summary>StateLambda: trades skipped because they arrived more than 60 s after they were sent (the seed's rule).</summary>
    [JsonPropertyName("tooOld")] public int TooOld { get; set; }
    [JsonPropertyName("detail")] public string? Detail { get; set; }
}
