namespace Lab.Scenarios;

/// <summary>Every lab's scenario, in the order `lab local` runs them.</summary>
public static class LabScenarios
{
    public static IReadOnlyList<ILabScenario> All { get; } =
    [
        new KinesisScenario(),
        new GameScoresScenario(),
        new DesignPatternsScenario(),
        new TourneyScenario(),
        new EventDrivenScenario(),
    ];
}
