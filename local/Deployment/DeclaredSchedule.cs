namespace Lab.Local.Deployment;

/// <summary>An EventBridge rule and the function it invokes.</summary>
public sealed record DeclaredSchedule(string RuleName, string Expression, bool Enabled, string? TargetFunctionArn);
