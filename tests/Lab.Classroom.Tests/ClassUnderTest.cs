using Lab.Classroom.Planning;
using Lab.Classroom.Usage;
using Lab.Engines;

namespace Lab.Classroom.Tests;

/// <summary>The real stack program with a class config, planned as `lab class plan` plans it.</summary>
internal static class ClassUnderTest
{
    // The archive folder only needs to exist for code storage to be measured; an empty one weighs almost nothing.
    private static readonly string PublishDirectory = Directory.CreateTempSubdirectory("lab-class-publish-").FullName;

    public static ClassStack Stack(params (string Key, string Value)[] config) =>
        new(RepoPaths.Root, config.ToDictionary(c => c.Key, c => c.Value), PublishDirectory);

    public static IReadOnlyList<Seat> Seats(int students, int accounts = 1, string region = "us-east-1") =>
        Enumerable.Range(0, students).Select(i => new Seat($"student{i + 1:00}", accounts == 1 ? null : $"account-{i % accounts + 1}", region)).ToList();

    public static async Task<ClassPlan> PlanAsync(ClassStack stack, IReadOnlyList<Seat> seats, IReadOnlyDictionary<string, double>? quotas = null, double hours = 0)
    {
        var usage = await stack.UsageAsync(seats[0].Student);
        return await new ClassPlanner(quotas ?? new Dictionary<string, double>())
            .PlanAsync(seats, stack.CapacityScale, usage, scale => stack.UsageAsync(seats[0].Student, scale), hours);
    }
}
