namespace Lab.Fidelity.Tests;

/// <summary>Every public type of the offline Pulumi.Aws facade matches the pinned @pulumi/aws schema.</summary>
public sealed class AwsFacadeFidelityTests
{
    private static readonly Lazy<AwsSchema> Schema = new(() => new AwsSchema(RepoRoot.Path));

    public static TheoryData<string> FacadeTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(Pulumi.Aws.DynamoDB.Table).Assembly.GetExportedTypes().OrderBy(t => t.FullName))
            data.Add(type.FullName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(FacadeTypes))]
    public void Type_matches_the_schema(string fullName)
    {
        var type = typeof(Pulumi.Aws.DynamoDB.Table).Assembly.GetType(fullName, throwOnError: true)!;
        var errors = new FacadeChecker(Schema.Value).Check(type);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Facade_covers_the_resources_and_invokes_the_labs_declare()
    {
        // The stack declares these; a facade that silently lost one would only fail much later, in the stack's build.
        string[] expected =
        [
            "Pulumi.Aws.DynamoDB.Table", "Pulumi.Aws.Kinesis.Stream", "Pulumi.Aws.Iam.Role", "Pulumi.Aws.Iam.RolePolicy",
            "Pulumi.Aws.Lambda.Function", "Pulumi.Aws.Lambda.EventSourceMapping", "Pulumi.Aws.Lambda.Permission",
            "Pulumi.Aws.CloudWatch.LogGroup", "Pulumi.Aws.CloudWatch.EventRule", "Pulumi.Aws.CloudWatch.EventTarget",
            "Pulumi.Aws.CloudWatch.Dashboard", "Pulumi.Aws.Sqs.Queue", "Pulumi.Aws.Lambda.FunctionEventInvokeConfig",
            "Pulumi.Aws.GetCallerIdentity", "Pulumi.Aws.GetRegion", "Pulumi.Aws.GetPartition",
        ];
        var exported = typeof(Pulumi.Aws.DynamoDB.Table).Assembly.GetExportedTypes().Select(t => t.FullName).ToHashSet();
        var missing = expected.Where(name => !exported.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "Missing from the facade: " + string.Join(", ", missing));
    }

    [Fact]
    public void Node_modules_holds_the_pinned_aws_package_version()
    {
        Assert.Equal(AwsSchema.PinnedVersion(RepoRoot.Path), Schema.Value.Version);
    }

    [Fact]
    public void Missing_package_is_reported_with_the_fix()
    {
        var emptyRoot = Directory.CreateTempSubdirectory("lab-fidelity-").FullName;
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => new AwsSchema(emptyRoot));
            Assert.Contains("node_modules", error.Message);
            Assert.Contains("npm ci", error.Message);
        }
        finally
        {
            Directory.Delete(emptyRoot, recursive: true);
        }
    }
}
