namespace Lab.Streams;

/// <summary>Kinesis stream names and ARNs.</summary>
public static class StreamNames
{
    /// <summary>"arn:aws:kinesis:us-east-1:123456789012:stream/orders" → "orders"; a plain name is returned as is.</summary>
    public static string FromNameOrArn(string stream)
    {
        if (!stream.StartsWith("arn:", StringComparison.Ordinal)) return stream;
        var marker = stream.IndexOf(":stream/", StringComparison.Ordinal);
        if (marker < 0 || marker + ":stream/".Length == stream.Length)
            throw new ArgumentException($"'{stream}' is not a Kinesis stream ARN (expected arn:<partition>:kinesis:<region>:<account>:stream/<name>).", nameof(stream));
        return stream[(marker + ":stream/".Length)..];
    }

    /// <summary>The ARN AWS would give a stream, for event records built from a name (local mode).</summary>
    public static string ToArn(string streamName, string region, string accountId) => $"arn:aws:kinesis:{region}:{accountId}:stream/{streamName}";
}
