namespace Lab.Infra.Naming;

/// <summary>AWS limits on the physical names we generate (characters).</summary>
public static class NameLimits
{
    public const int LambdaFunction = 64;
    public const int IamRole = 64;
    public const int IamRolePolicy = 128;
    public const int DynamoDbTable = 255;
    public const int KinesisStream = 128;
    public const int SqsQueue = 80;
    public const int EventRule = 64;
    public const int LogGroup = 512;
    public const int Dashboard = 255;
}
