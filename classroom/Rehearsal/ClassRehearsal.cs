using System.Diagnostics;
using Lab.Infra.Planning;
using Lab.Local;
using Lab.Scenarios;

namespace Lab.Classroom.Rehearsal;

/// <summary>
/// `lab class local`: a class rehearsed on one pair of local engines, as students share one account. Every student's
/// stack is deployed into the same DynamoDB Local and kinesalite, each student's scenarios run at the same time as the
/// others', then the isolation checks: no physical name shared, no reference to another student's resources, no item
/// of one student's run in another's tables. Each student deploys the class's own stage of the eventDriven lab, so
/// the `start` stage's second deployment that `lab local` adds is not run here.
/// </summary>
public static class ClassRehearsal
{
    public static IReadOnlyList<string> StudentNames(int count) =>
        Enumerable.Range(1, count).Select(i => $"student{i.ToString().PadLeft(Math.Max(2, count.ToString().Length), '0')}").ToList();

    public static async Task<ClassRehearsalResult> RunAsync(
        IReadOnlyDictionary<string, string> stackConfig, IReadOnlyList<string> labs, IReadOnlyList<string> students, string publishDirectory,
        Func<int, IReadOnlyList<ILabScenario>> scenariosOf, Action<string> progress, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var selected = students.Select((student, i) => (student, i)).ToDictionary(s => s.student, s => scenariosOf(s.i).Where(x => labs.Contains(x.Lab)).ToList());
        progress($"starting DynamoDB Local and kinesalite for {students.Count} students");
        await using var engines = await LocalEngines.StartAsync(ct);
        if (engines.ExposureWarning is { } exposed) progress($"warning: {exposed}");

        var checks = new List<StudentCheck>();
        var stacks = new Dictionary<string, LocalStack>();
        try
        {
            // Evaluations take turns (one Pulumi deployment per process); the table and stream creation they start overlaps.
            var deployments = students.ToDictionary(student => student, student => DeployAsync(engines, stackConfig, labs, student, publishDirectory, progress));
            foreach (var (student, deployment) in deployments)
            {
                try
                {
                    stacks[student] = await deployment;
                }
                catch (Exception error)
                {
                    checks.Add(new StudentCheck(student, LocalRun.DeploymentFailed(engines, student, selected[student], error)));
                }
            }
            var deployed = watch.Elapsed;
            progress($"{stacks.Count} of {students.Count} students deployed in {deployed.TotalSeconds:F1} s; running their scenarios at the same time");

            var timings = new Dictionary<string, List<LabTiming>>();
            var runs = stacks.Select(async pair =>
            {
                var own = new List<LabTiming>();
                lock (timings) timings[pair.Key] = own;
                var results = await LocalRun.RunScenariosAsync(engines, pair.Value, selected[pair.Key], message => progress($"{pair.Key}: {message}"), own);
                return results.Select(check => new StudentCheck(pair.Key, check)).ToList();
            }).ToList();
            foreach (var run in runs) checks.AddRange(await run);

            var plans = stacks.ToDictionary(s => s.Key, s => s.Value.Plan);
            checks.Add(IsolationChecks.SharedNames(plans));
            checks.AddRange(IsolationChecks.ForeignReferences(plans));
            checks.AddRange(await IsolationChecks.ForeignItemsAsync(engines.DynamoDb, plans));
            return new ClassRehearsalResult(checks, deployed, timings, watch.Elapsed);
        }
        finally
        {
            foreach (var stack in stacks.Values) await stack.DisposeAsync();
        }
    }

    private static Task<LocalStack> DeployAsync(
        LocalEngines engines, IReadOnlyDictionary<string, string> stackConfig, IReadOnlyList<string> labs, string student, string publishDirectory, Action<string> progress)
    {
        var config = new Dictionary<string, string>(LocalStack.Config(stackConfig, labs)) { ["student"] = student };
        return LocalStack.DeployAsync(engines, config, publishDirectory, message => progress($"{student}: {message}"));
    }
}

/// <summary>Every student's checks and the isolation checks, with how long deploying and the whole rehearsal took.</summary>
public sealed record ClassRehearsalResult(
    IReadOnlyList<StudentCheck> Checks, TimeSpan Deployed, IReadOnlyDictionary<string, List<LabTiming>> Timings, TimeSpan Elapsed)
{
    public bool Passed => Checks.All(c => c.Check.Pass);
}
