using System.Collections.Concurrent;

namespace Lab.Local.Deployment;

/// <summary>
/// What the stack declared that local mode has to run rather than create: functions, event source
/// mappings, schedules and the queues that stand for on-failure destinations.
/// </summary>
public sealed class LocalDeployment
{
    private readonly ConcurrentDictionary<string, DeclaredFunction> _functionsByArn = new();
    private readonly ConcurrentDictionary<string, DeclaredMapping> _mappings = new();
    private readonly ConcurrentDictionary<string, DeclaredSchedule> _schedules = new();
    private readonly ConcurrentDictionary<string, string> _targetsByRule = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _failureDestinations = new();
    private readonly ConcurrentDictionary<string, byte> _tables = new();
    private readonly ConcurrentDictionary<string, byte> _streams = new();

    /// <summary>Tables and Kinesis streams this deployment created in the engines (what removing it deletes).</summary>
    public IReadOnlyCollection<string> Tables => _tables.Keys.ToList();
    public IReadOnlyCollection<string> Streams => _streams.Keys.ToList();

    public void AddTable(string name) => _tables.TryAdd(name, 0);
    public void AddStream(string name) => _streams.TryAdd(name, 0);

    public IReadOnlyCollection<DeclaredFunction> Functions => _functionsByArn.Values.ToList();
    public IReadOnlyCollection<DeclaredMapping> Mappings => _mappings.Values.ToList();

    public IReadOnlyCollection<DeclaredSchedule> Schedules => _schedules.Values
        .Select(s => s with { TargetFunctionArn = _targetsByRule.GetValueOrDefault(s.RuleName) }).ToList();

    public void Add(DeclaredFunction function) => _functionsByArn[function.Arn] = function;
    public void Add(DeclaredMapping mapping) => _mappings[mapping.Name] = mapping;
    public void Add(DeclaredSchedule schedule) => _schedules[schedule.RuleName] = schedule;
    public void AddTarget(string ruleName, string functionArn) => _targetsByRule[ruleName] = functionArn;
    public void AddQueue(string arn) => _failureDestinations.TryAdd(arn, new ConcurrentQueue<string>());

    public DeclaredFunction FunctionByArn(string arn) =>
        _functionsByArn.TryGetValue(arn, out var function)
            ? function
            : throw new KeyNotFoundException($"No declared function has ARN '{arn}'.");

    public DeclaredFunction Function(string logicalName) =>
        _functionsByArn.Values.SingleOrDefault(f => f.LogicalName == logicalName)
        ?? throw new KeyNotFoundException($"The stack declared no function '{logicalName}'. Declared: {string.Join(", ", _functionsByArn.Values.Select(f => f.LogicalName))}.");

    /// <summary>A batch that ran out of retries, as Lambda would send its description to the on-failure destination.</summary>
    public void SendToFailureDestination(string destinationArn, string message) =>
        _failureDestinations.GetOrAdd(destinationArn, _ => new ConcurrentQueue<string>()).Enqueue(message);

    public IReadOnlyList<string> FailureMessages(string destinationArn) =>
        _failureDestinations.TryGetValue(destinationArn, out var queue) ? queue.ToList() : [];

    public IReadOnlyList<string> AllFailureMessages => _failureDestinations.Values.SelectMany(q => q).ToList();
}
