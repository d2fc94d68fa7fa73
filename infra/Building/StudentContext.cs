using System.Globalization;
using Lab.Infra.Configuration;
using Lab.Infra.Naming;
using Pulumi;
using Pulumi.Random;

namespace Lab.Infra.Building;

/// <summary>What every lab needs to know about the student: config, names, tags, the region it deploys to.</summary>
public sealed class StudentContext
{
    public StudentContext(LabConfig config, string stackName, string publishDirectory)
    {
        Config = config;
        StackName = stackName;
        PublishDirectory = publishDirectory;

        // The suffix is replaced only when the student changes. createdAt is ignored after the first
        // deployment, so the expiry tag stays put and an unchanged program previews with no diff.
        var identity = new RandomId("student-suffix", new RandomIdArgs
        {
            ByteLength = 2,
            Keepers =
            {
                { "student", config.Student },
                { "createdAt", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) },
            },
        }, new CustomResourceOptions { IgnoreChanges = { "keepers.createdAt" } });

        Naming = new StudentNaming(config.Student, identity.Hex);
        ExpiresAt = identity.Keepers.Apply(keepers => ExpiryFrom(keepers, config.TtlHours));
        Region = Pulumi.Aws.GetRegion.Invoke().Apply(result => result.Region);
    }

    public LabConfig Config { get; }
    public string StackName { get; }
    public string PublishDirectory { get; }
    public StudentNaming Naming { get; }
    public Output<string> ExpiresAt { get; }
    public Output<string> Region { get; }

    /// <summary>Tags for every taggable resource of <paramref name="lab"/>.</summary>
    public InputMap<string> Tags(string lab) => new()
    {
        { TagKeys.Student, Config.Student },
        { TagKeys.Lab, lab },
        { TagKeys.Stack, StackName },
        { TagKeys.Expiry, ExpiresAt },
    };

    private static string ExpiryFrom(IReadOnlyDictionary<string, string>? keepers, int ttlHours)
    {
        if (keepers is null || !keepers.TryGetValue("createdAt", out var createdAt)
            || !DateTimeOffset.TryParse(createdAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
            throw new InvalidOperationException("The student-suffix resource lost its createdAt keeper; cannot compute the expiry tag.");
        return created.AddHours(ttlHours).UtcDateTime.ToString(ExpiryFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// ISO 8601 basic format in UTC (20261204T140000Z). Kinesis' tag rules allow only letters, digits, white space and
    /// _ . / = + - % @ (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_Tag.html; kinesalite enforces the
    /// same), DynamoDB's leave out @ (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TaggingRestrictions.html):
    /// the extended format's ':' would fail the Kinesis streams, and this form is accepted by every service we tag.
    /// </summary>
    public const string ExpiryFormat = "yyyyMMdd'T'HHmmss'Z'";
}
