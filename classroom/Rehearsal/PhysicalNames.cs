using Lab.Infra.Planning;

namespace Lab.Classroom.Rehearsal;

/// <summary>The names a stack's resources take in the account, where two students' resources could collide.</summary>
public static class PhysicalNames
{
    // Resources whose name is unique per account (and Region); an inline role policy's name is scoped to its role.
    private static readonly Dictionary<string, string> NameInput = new()
    {
        ["aws:dynamodb/table:Table"] = "name",
        ["aws:kinesis/stream:Stream"] = "name",
        ["aws:sqs/queue:Queue"] = "name",
        ["aws:cloudwatch/logGroup:LogGroup"] = "name",
        ["aws:iam/role:Role"] = "name",
        ["aws:lambda/function:Function"] = "name",
        ["aws:cloudwatch/eventRule:EventRule"] = "name",
        ["aws:cloudwatch/dashboard:Dashboard"] = "dashboardName",
    };

    public static IReadOnlyList<(string Type, string Logical, string Physical)> Of(StackPlan plan) =>
        plan.Resources
            .Where(r => NameInput.ContainsKey(r.Type) && r.Inputs.TryGetValue(NameInput[r.Type], out var name) && name is string)
            .Select(r => (r.Type, r.Name, (string)r.Inputs[NameInput[r.Type]]))
            .ToList();

    public static IReadOnlyList<(string Logical, string Physical)> Tables(StackPlan plan) =>
        Of(plan).Where(n => n.Type == "aws:dynamodb/table:Table").Select(n => (n.Logical, n.Physical)).ToList();
}
