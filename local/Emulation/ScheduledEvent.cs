using System.Text.Json;

namespace Lab.Local.Emulation;

/// <summary>The "Scheduled Event" EventBridge sends a schedule's target function.</summary>
public static class ScheduledEvent
{
    public static string Json(string region, string account, string ruleName) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["version"] = "0",
        ["id"] = Guid.NewGuid().ToString(),
        ["detail-type"] = "Scheduled Event",
        ["source"] = "aws.events",
        ["account"] = account,
        ["time"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["region"] = region,
        ["resources"] = new[] { $"arn:aws:events:{region}:{account}:rule/{ruleName}" },
        ["detail"] = new Dictionary<string, object>(),
    });
}
