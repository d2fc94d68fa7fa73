using System.Diagnostics;
using System.Globalization;

namespace Lab.Workshop.Output;

internal static class Seconds
{
    public static double Of(Stopwatch watch) => Math.Round(watch.Elapsed.TotalSeconds, 3);

    public static string Text(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
