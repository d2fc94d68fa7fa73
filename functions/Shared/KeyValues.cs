using System.Text;

namespace Lab.Functions.Shared;

/// <summary>
/// What DynamoDB accepts as a key value: a partition key of 1 to 2,048 bytes, a sort key of 1 to 1,024 bytes (UTF-8),
/// never empty (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html#limits-partition-sort-keys).
/// A value outside these limits makes the whole write (or transaction) fail, so a handler checks it first and
/// skips the one record that carries it.
/// </summary>
public static class KeyValues
{
    public const int PartitionKeyMaxBytes = 2048;
    public const int SortKeyMaxBytes = 1024;

    /// <summary>Null when <paramref name="value"/> can be a partition key; otherwise what is wrong with it.</summary>
    public static string? PartitionKeyProblem(string attribute, string? value) => Problem(attribute, value, PartitionKeyMaxBytes, "partition");

    public static string? SortKeyProblem(string attribute, string? value) => Problem(attribute, value, SortKeyMaxBytes, "sort");

    private static string? Problem(string attribute, string? value, int maxBytes, string kind)
    {
        if (string.IsNullOrEmpty(value)) return $"{attribute} is empty; a DynamoDB {kind} key needs at least 1 byte";
        var bytes = Encoding.UTF8.GetByteCount(value);
        return bytes > maxBytes ? $"{attribute} is {bytes:N0} bytes; a DynamoDB {kind} key holds at most {maxBytes:N0}" : null;
    }
}
