using System.Globalization;
using System.Text;

namespace Lab.Bench.ColdStart;

internal static class Report
{
    private static readonly string[] Phases = ["load", "construct", "deserialize", "invoke", "serialize"];

    public static string Markdown(List<(string Function, string Mode, Dictionary<string, double> Phases, double Wall)> results, int runs, string rid)
    {
        var text = new StringBuilder();
        text.AppendLine($"Cold start, {runs} fresh processes per function and mode (interleaved), {rid}, {Environment.ProcessorCount} cores; medians in ms.");
        text.AppendLine();
        text.AppendLine("| function | mode | process start → response | launch → exit (wall) | " + string.Join(" | ", Phases) + " |");
        text.AppendLine("|---|---|---|---|" + string.Concat(Phases.Select(_ => "---|")));
        foreach (var group in results.GroupBy(r => (r.Function, r.Mode)))
        {
            text.Append($"| {group.Key.Function} | {group.Key.Mode} | {Median(group.Select(r => r.Phases["sinceProcessStart"])):F0} | {Median(group.Select(r => r.Wall)):F0} |");
            foreach (var phase in Phases) text.Append($" {Median(group.Select(r => r.Phases[phase])):F1} |");
            text.AppendLine();
        }
        text.AppendLine();
        foreach (var function in results.GroupBy(r => r.Function))
        {
            var jit = Median(function.Where(r => r.Mode == "JIT").Select(r => r.Phases["sinceProcessStart"]));
            var r2r = Median(function.Where(r => r.Mode == "ReadyToRun").Select(r => r.Phases["sinceProcessStart"]));
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- {function.Key}: ReadyToRun reaches the response in {r2r / jit:P0} of the JIT time (JIT/ReadyToRun = {jit / r2r:F2}×)."));
        }
        return text.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
