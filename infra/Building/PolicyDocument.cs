using System.Collections.Immutable;
using System.Text.Json;
using Pulumi;

namespace Lab.Infra.Building;

/// <summary>Renders statements whose ARNs are still outputs into one IAM policy JSON document.</summary>
public static class PolicyDocument
{
    public static Output<string> Render(IReadOnlyList<PolicyStatement> statements)
    {
        var arns = Output.All(statements.SelectMany(statement => statement.Resources));
        return arns.Apply(resolved => Serialize(statements, resolved));
    }

    private static string Serialize(IReadOnlyList<PolicyStatement> statements, ImmutableArray<string> resolvedArns)
    {
        var next = 0;
        var rendered = statements.Select(statement => new Dictionary<string, object>
        {
            ["Sid"] = statement.Sid,
            ["Effect"] = "Allow",
            ["Action"] = statement.Actions,
            ["Resource"] = statement.Resources.Select(_ => resolvedArns[next++]).ToList(),
        }).ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["Version"] = "2012-10-17", ["Statement"] = rendered });
    }
}
