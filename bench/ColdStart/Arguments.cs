namespace Lab.Bench.ColdStart;

internal static class Arguments
{
    public static string Text(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(Text(args, name, ""), out var value) && value > 0 ? value : fallback;
}
