using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>
/// A function with everything it needs: its own role, one inline policy of exact ARNs, its own log
/// group with retention, and the function itself, which waits for the policy and the log group
/// (IAM propagation is the classic first-deploy failure).
/// </summary>
public sealed class LabFunction
{
    public const string Runtime = "dotnet10";
    public const string Architecture = "arm64";

    public LabFunction(LambdaFunctionSpec spec, StudentContext student, LabComponent parent)
    {
        Spec = spec;
        PhysicalName = student.Naming.Name(spec.Name, Naming.NameLimits.LambdaFunction, "Lambda function");
        var roleName = student.Naming.Name(spec.Name, Naming.NameLimits.IamRole, "IAM role");
        var tags = student.Tags(parent.Lab);

        LogGroup = parent.Declare(options => new Aws.CloudWatch.LogGroup($"{spec.Name}-logs", new Aws.CloudWatch.LogGroupArgs
        {
            Name = PhysicalName.Apply(name => $"/aws/lambda/{name}"),
            RetentionInDays = student.Config.LogRetentionDays,
            Tags = tags,
        }, options));

        Role = parent.Declare(options => new Aws.Iam.Role($"{spec.Name}-role", new Aws.Iam.RoleArgs
        {
            Name = roleName,
            AssumeRolePolicy = LambdaTrustPolicy,
            Tags = tags,
        }, options));

        var statements = new List<PolicyStatement>
        {
            new("WriteOwnLogGroup", ["logs:CreateLogStream", "logs:PutLogEvents"], [LogGroup.Arn.Apply(arn => $"{arn}:*")]),
        };
        statements.AddRange(spec.Statements);
        Policy = parent.Declare(options => new Aws.Iam.RolePolicy($"{spec.Name}-policy", new Aws.Iam.RolePolicyArgs
        {
            Name = $"{spec.Name}-least-privilege",
            Role = Role.Name,
            Policy = PolicyDocument.Render(statements),
        }, options));

        Function = parent.Declare(options => new Aws.Lambda.Function(spec.Name, new Aws.Lambda.FunctionArgs
        {
            Name = PhysicalName,
            Role = Role.Arn,
            Runtime = Runtime,
            Architectures = { Architecture },
            Handler = spec.Handler,
            Code = new FileArchive(student.PublishDirectory),
            Timeout = spec.TimeoutSeconds,
            MemorySize = spec.MemoryMb,
            ReservedConcurrentExecutions = spec.ReservedConcurrency,
            // A function without variables gets no environment block at all: an empty one is a known source of
            // perpetual diffs in the AWS provider.
            Environment = spec.Environment.Count == 0 ? null : EnvironmentOf(spec.Environment),
            LoggingConfig = new Aws.Lambda.Inputs.FunctionLoggingConfigArgs { LogFormat = "Text", LogGroup = LogGroup.Name },
            Tags = tags,
        }, options), Policy, LogGroup);
    }

    public LambdaFunctionSpec Spec { get; }
    public Output<string> PhysicalName { get; }
    public Aws.CloudWatch.LogGroup LogGroup { get; }
    public Aws.Iam.Role Role { get; }
    public Aws.Iam.RolePolicy Policy { get; }
    public Aws.Lambda.Function Function { get; }

    private static Aws.Lambda.Inputs.FunctionEnvironmentArgs EnvironmentOf(IReadOnlyDictionary<string, Input<string>> environment)
    {
        var variables = new InputMap<string>();
        foreach (var (key, value) in environment) variables.Add(key, value);
        return new Aws.Lambda.Inputs.FunctionEnvironmentArgs { Variables = variables };
    }

    private const string LambdaTrustPolicy = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}
        """;
}
