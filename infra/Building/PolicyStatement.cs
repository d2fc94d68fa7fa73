using Pulumi;

namespace Lab.Infra.Building;

/// <summary>One Allow statement naming exact actions on exact resource ARNs (never "*").</summary>
public sealed record PolicyStatement(string Sid, IReadOnlyList<string> Actions, IReadOnlyList<Output<string>> Resources);
