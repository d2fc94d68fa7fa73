using System.Security.Cryptography;

namespace Lab.Testing;

/// <summary>Names that no other test (or test run against the same engine) can collide with.</summary>
public static class UniqueNames
{
    private static int counter;

    /// <summary>"&lt;prefix&gt;-&lt;counter&gt;-&lt;8 random hex&gt;"; valid as a DynamoDB table or Kinesis stream name when the prefix is.</summary>
    public static string Next(string prefix)
    {
        if (string.IsNullOrWhiteSpace(prefix)) throw new ArgumentException("A name prefix is required, e.g. \"orders\".", nameof(prefix));
        var number = Interlocked.Increment(ref counter);
        return $"{prefix}-{number}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
    }
}
