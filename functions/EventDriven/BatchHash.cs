using System.Security.Cryptography;
using System.Text;

namespace Lab.Functions.EventDriven;

/// <summary>
/// A batch's identity: the hash of its records' event ids in order. Lambda redelivers a failed stream batch with
/// the same records, so a retry gets the same hash — what makes the conditional MessageId put and the
/// transaction's ClientRequestToken idempotent.
/// </summary>
public static class BatchHash
{
    public static string Of(IEnumerable<string?> eventIds, string salt = "")
    {
        var text = salt + "|" + string.Join("\n", eventIds.Select(id => id ?? "(no eventID)"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>ClientRequestToken allows 1–36 characters: 32 hex characters of the hash.</summary>
    public static string Token(string batchHash, int chunkIndex) => Of(new[] { batchHash }, $"chunk{chunkIndex}")[..32];
}
