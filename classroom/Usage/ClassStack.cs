using System.Globalization;
using Lab.Infra.Planning;
using Lab.Local;

namespace Lab.Classroom.Usage;

/// <summary>
/// The class's stack program with its class-wide config: evaluated offline (as `lab plan` does) for one student's
/// usage at a given capacityScale, and to check student names against the limits only the program knows (a name that
/// makes a physical name too long fails there, with the stack's own message).
/// </summary>
public sealed class ClassStack(string repositoryRoot, IReadOnlyDictionary<string, string> config, string publishDirectory)
{
    private readonly Dictionary<double, StudentUsage> _byScale = [];

    public IReadOnlyDictionary<string, string> Config => config;

    public async Task<StudentUsage> UsageAsync(string student, double? capacityScale = null)
    {
        var scale = capacityScale ?? CapacityScale;
        if (_byScale.TryGetValue(scale, out var known)) return known;
        var plan = await EvaluateAsync(student, scale);
        return _byScale[scale] = StudentUsage.FromPlan(plan, repositoryRoot);
    }

    public double CapacityScale => config.TryGetValue("capacityScale", out var raw)
        ? double.Parse(raw, CultureInfo.InvariantCulture)
        : 1.0;

    /// <summary>
    /// Each name the stack program refuses, with its message. Names of one length meet the same length limits, so the
    /// longest is evaluated first and the rest only when it fails.
    /// </summary>
    public async Task<IReadOnlyList<(string Student, string Problem)>> NameProblemsAsync(IReadOnlyList<string> students)
    {
        var problems = new List<(string, string)>();
        foreach (var student in students.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal))
        {
            try
            {
                await EvaluateAsync(student, CapacityScale);
                break;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                problems.Add((student, ErrorLine.Of(error)));
            }
        }
        return problems;
    }

    private Task<StackPlan> EvaluateAsync(string student, double scale)
    {
        var studentConfig = new Dictionary<string, string>(config)
        {
            ["student"] = student,
            ["capacityScale"] = scale.ToString("R", CultureInfo.InvariantCulture),
        };
        return StackEvaluator.EvaluateAsync(student, studentConfig, publishDirectory);
    }
}
