using System.Text.Json;
using Spectre.Console;

namespace Lab.Workshop.Output;

/// <summary>
/// Prints what the seed's scripts print, or — with --json — only one JSON object with the results.
/// The progress bar appears only on an interactive terminal and never in JSON mode.
/// </summary>
public sealed class WorkshopConsole(TextWriter output, bool json, bool interactive)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static WorkshopConsole ForProcess(bool json) =>
        new(Console.Out, json, !json && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive);

    public bool Json { get; } = json;

    public void Line(string text)
    {
        if (!Json) output.WriteLine(text);
    }

    public void Result(object result)
    {
        if (Json) output.WriteLine(JsonSerializer.Serialize(result, result.GetType(), JsonOptions));
    }

    /// <summary>Runs <paramref name="work"/>, giving it a callback that advances the bar by a number of items.</summary>
    public async Task<T> WithProgressAsync<T>(string label, long total, Func<Action<long>, Task<T>> work)
    {
        if (!interactive || Json) return await work(_ => { });
        T result = default!;
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(label, maxValue: Math.Max(1, total));
            result = await work(n => task.Increment(n));
        });
        return result;
    }
}
