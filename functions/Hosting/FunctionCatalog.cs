using Amazon.Lambda.Core;
using Lab.Functions.DesignPatterns;
using Lab.Functions.EventDriven;
using Lab.Functions.GameScores;
using Lab.Functions.Kinesis;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;
using Lab.Functions.Tourney;

namespace Lab.Functions.Hosting;

/// <summary>One deployable function: its name in LABS.md, lab, handler string, timeout, and how to run it from JSON.</summary>
public sealed record FunctionEntry(
    string Name,
    string Lab,
    Type HandlerType,
    TimeSpan Timeout,
    Func<FunctionSettings, string, ILambdaContext, Task<string>> Invoke)
{
    /// <summary>The Lambda handler string: assembly::type::method.</summary>
    public string Handler => $"Lab.Functions::{HandlerType.FullName}::FunctionHandler";
}

/// <summary>Every function of every lab, by the name LABS.md gives it.</summary>
public static class FunctionCatalog
{
    private static readonly LabLambdaSerializer Serializer = new();

    public static IReadOnlyList<FunctionEntry> All { get; } = new[]
    {
        Entry<ProcessKinesisRecords, KinesisEvent, StreamsEventResponse>("ProcessKinesisRecords", "kinesis", 30, _ => new ProcessKinesisRecords(), (h, e, c) => h.FunctionHandler(e, c)),
        Entry<AggregateScoresByUser, DynamoDbStreamEvent, StreamsEventResponse>("AggregateScoresByUser", "gameScores", 30, s => new AggregateScoresByUser(s), (h, e, c) => h.FunctionHandler(e, c)),
        Entry<DdbReplicaLambda, DynamoDbStreamEvent, StreamsEventResponse>("ddbreplica_lambda", "designPatterns", 60, s => new DdbReplicaLambda(s), (h, e, c) => h.FunctionHandler(e, c)),
        Entry<TaTourneyStats, DynamoDbStreamEvent, StreamsEventResponse>("TaTourneyStats", "tourney", 30, s => new TaTourneyStats(s), (h, e, c) => h.FunctionHandler(e, c)),
        Entry<TourneyWriter, ScheduledEvent, TourneyWriterResult>("TourneyWriter", "tourney", 30, s => new TourneyWriter(s), (h, e, c) => h.FunctionHandler(e, c)),
        Entry<GeneratorLambda, ScheduledEvent, GeneratorResult>("GeneratorLambda", "eventDriven", 55, s => new GeneratorLambda(s), (h, e, c) => h.FunctionHandler(e, c)),
        Entry<StateLambda, KinesisEvent, PipelineResult>("StateLambda", "eventDriven", 180, s => new StateLambda(s), (h, e, c) => h.FunctionHandler(e, c)),
        Entry<MapLambda, DynamoDbStreamEvent, PipelineResult>("MapLambda", "eventDriven", 60, s => new MapLambda(s), (h, e, c) => h.FunctionHandler(e, c)),
        Entry<ReduceLambda, DynamoDbStreamEvent, PipelineResult>("ReduceLambda", "eventDriven", 30, s => new ReduceLambda(s), (h, e, c) => h.FunctionHandler(e, c)),
    };

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    public static FunctionEntry? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    private static FunctionEntry Entry<THandler, TEvent, TResponse>(
        string name, string lab, int timeoutSeconds,
        Func<FunctionSettings, THandler> create,
        Func<THandler, TEvent, ILambdaContext, Task<TResponse>> handle) =>
        new(name, lab, typeof(THandler), TimeSpan.FromSeconds(timeoutSeconds), async (settings, eventJson, context) =>
        {
            var input = Serializer.DeserializeText<TEvent>(eventJson);
            var handler = create(settings);
            var response = await handle(handler, input, context);
            return Serializer.SerializeText(response);
        });
}
