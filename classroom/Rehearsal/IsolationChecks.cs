using System.Collections;
using Amazon.DynamoDBv2;
using Lab.Infra.Planning;
using Lab.Scenarios;

namespace Lab.Classroom.Rehearsal;

/// <summary>
/// What keeps students who share an account apart, checked on their stacks: no physical name in common, no resource of
/// one student that names another's (an environment variable, a policy, a trigger), and after the scenarios, no item
/// of one student's run in another's tables.
/// </summary>
public static class IsolationChecks
{
    public const string Lab = "isolation";

    // Values this long are run-unique in the labs' data (run IDs, stream event IDs, trade and request IDs), while the
    // labs' fixed values (user names, hierarchy keys) are shorter or the same for every student.
    public const int IdentifyingLength = 16;

    public static StudentCheck SharedNames(IReadOnlyDictionary<string, StackPlan> plans)
    {
        var shared = plans
            .SelectMany(p => PhysicalNames.Of(p.Value).Select(n => (Student: p.Key, n.Physical)))
            .GroupBy(n => n.Physical)
            .Where(g => g.Select(n => n.Student).Distinct().Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(n => n.Student).Distinct())})")
            .ToList();
        var names = plans.Sum(p => PhysicalNames.Of(p.Value).Count);
        return new StudentCheck(StudentCheck.WholeClass, new CheckResult(Lab, $"no physical name shared between students ({names} names)", "none",
            shared.Count == 0 ? "none" : $"{shared.Count} shared: {string.Join("; ", shared.Take(3))}", shared.Count == 0));
    }

    public static IEnumerable<StudentCheck> ForeignReferences(IReadOnlyDictionary<string, StackPlan> plans)
    {
        var owners = plans.SelectMany(p => PhysicalNames.Of(p.Value).Select(n => (n.Physical, Student: p.Key))).ToList();
        foreach (var (student, plan) in plans)
        {
            var others = owners.Where(o => o.Student != student).ToList();
            var found = plan.Resources
                .SelectMany(r => Strings(r.Inputs).Select(text => (Resource: r.Name, Text: text)))
                .SelectMany(s => others.Where(o => Mentions(s.Text, o.Physical)).Select(o => $"{s.Resource} names {o.Physical} ({o.Student})"))
                .Distinct()
                .ToList();
            yield return new StudentCheck(student, new CheckResult(Lab, "resources reference only the student's own (environment, policies, triggers)", "none",
                found.Count == 0 ? "none" : $"{found.Count}: {string.Join("; ", found.Take(3))}", found.Count == 0));
        }
    }

    /// <summary>
    /// For each student, the identifying values of their tables' items that show up in another student's tables too.
    /// A value every student has, in the same tables, is the labs' own vocabulary (the workshop's files every student
    /// loads, the eventDriven hierarchy); any other value found with two students came from one into the other's.
    /// </summary>
    public static async Task<IReadOnlyList<StudentCheck>> ForeignItemsAsync(IAmazonDynamoDB dynamoDb, IReadOnlyDictionary<string, StackPlan> plans)
    {
        // value -> student -> "table xN" profile
        var found = new Dictionary<string, Dictionary<string, SortedDictionary<string, int>>>(StringComparer.Ordinal);
        var scanned = new Dictionary<string, int>();
        foreach (var (student, plan) in plans)
        {
            foreach (var (logical, physical) in PhysicalNames.Tables(plan))
            {
                var items = await TableItems.ScanAsync(dynamoDb, physical);
                scanned[student] = scanned.GetValueOrDefault(student) + items.Count;
                foreach (var value in items.SelectMany(item => item.Values).SelectMany(v => v.SS is { Count: > 0 } set ? set : [v.S]).OfType<string>())
                {
                    if (value.Length < IdentifyingLength) continue;
                    if (!found.TryGetValue(value, out var byStudent)) found[value] = byStudent = [];
                    if (!byStudent.TryGetValue(student, out var profile)) byStudent[student] = profile = new(StringComparer.Ordinal);
                    profile[logical] = profile.GetValueOrDefault(logical) + 1;
                }
            }
        }
        var foreign = found.Where(pair => pair.Value.Count > 1 && !SharedByAllAlike(pair.Value, plans.Count)).ToList();
        return plans.Keys.Select(student =>
        {
            var mine = foreign.Where(f => f.Value.ContainsKey(student))
                .Select(f => $"'{f.Key}' in {Tables(f.Value[student])} and in " +
                    string.Join(", ", f.Value.Where(o => o.Key != student).Select(o => $"{o.Key}'s {Tables(o.Value)}")))
                .ToList();
            return new StudentCheck(student, new CheckResult(Lab, $"no item of another student in the student's tables ({scanned.GetValueOrDefault(student)} items scanned)", "none",
                mine.Count == 0 ? "none" : $"{mine.Count} values also in another student's tables: {string.Join("; ", mine.Take(2))}", mine.Count == 0));
        }).ToList();
    }

    private static bool SharedByAllAlike(Dictionary<string, SortedDictionary<string, int>> byStudent, int students) =>
        byStudent.Count == students && byStudent.Values.Select(profile => string.Join("+", profile.Keys)).Distinct().Count() == 1;

    private static string Tables(SortedDictionary<string, int> profile) => string.Join("+", profile.Select(p => p.Value == 1 ? p.Key : $"{p.Key} x{p.Value}"));

    // Another student's name inside a string, not as part of a longer name.
    private static bool Mentions(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !IsNameCharacter(text[at - 1])) && (end == text.Length || !IsNameCharacter(text[end]))) return true;
        }
        return false;
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string text => [text],
        IDictionary map => map.Values.Cast<object?>().SelectMany(Strings),
        IEnumerable list => list.Cast<object?>().SelectMany(Strings),
        _ => [],
    };
}
