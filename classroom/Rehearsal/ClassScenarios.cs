using Lab.Scenarios;

namespace Lab.Classroom.Rehearsal;

/// <summary>
/// Every student's scenarios for a rehearsal. Each student's generator gets a seed of its own, so each student's data
/// and expected totals are their own. The class's eventDriven pipelines together carry the 10,000 messages one
/// `lab local` run sends (at least 1,000 each): StateLambda drops trades older than 60 seconds, as the workshop's
/// does, and one DynamoDB Local on two cores cannot drain three 10,000-message pipelines in that window (measured:
/// 3 x 10,000 took 65 s, and about 40 % of each class's trades were dropped as too old).
/// </summary>
public static class ClassScenarios
{
    public const int ClassMessages = 10_000;
    public const int MinimumMessages = 1_000;
    private const int BatchSize = 40;
    private const int FirstSeed = 20261121;

    public static IReadOnlyList<ILabScenario> For(int studentIndex, int students)
    {
        var batches = Math.Max(MinimumMessages, ClassMessages / students) / BatchSize;
        return LabScenarios.All
            .Select(s => s is EventDrivenScenario ? new EventDrivenScenario(seed: FirstSeed + studentIndex, batches: batches, batchSize: BatchSize) : s)
            .ToList();
    }
}
