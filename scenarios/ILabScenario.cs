namespace Lab.Scenarios;

/// <summary>A lab's end-to-end checks: drive its inputs, wait for its triggers, compare what it produced.</summary>
public interface ILabScenario
{
    string Lab { get; }
    Task<IReadOnlyList<CheckResult>> RunAsync(ILabTarget target);
}
