namespace Lab.Infra.Configuration;

/// <summary>The labs this stack can declare, by the names config, outputs and the CLI use.</summary>
public static class LabNames
{
    public const string Kinesis = "kinesis";
    public const string GameScores = "gameScores";
    public const string DesignPatterns = "designPatterns";
    public const string Tourney = "tourney";
    public const string EventDriven = "eventDriven";

    public static readonly IReadOnlyList<string> All = [Kinesis, GameScores, DesignPatterns, Tourney, EventDriven];
}
