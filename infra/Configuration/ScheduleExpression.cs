using System.Text.RegularExpressions;

namespace Lab.Infra.Configuration;

/// <summary>
/// The EventBridge schedule expressions EventBridge accepts, checked at preview so that a typo fails there
/// and not halfway through `pulumi up`. Rules from "Creating an Amazon EventBridge rule that runs on a
/// schedule" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html):
/// rate(value unit) with a positive whole value and the singular unit only for 1; cron with six fields
/// (minutes hours day-of-month month day-of-week year), one of day-of-month and day-of-week being '?'.
/// </summary>
public static partial class ScheduleExpression
{
    public const string Allowed =
        "expected rate(N unit) with N ≥ 1 and unit minute/hour/day for N = 1, minutes/hours/days otherwise " +
        "(e.g. rate(1 minute), rate(5 minutes)), or cron(minutes hours day-of-month month day-of-week year) with six fields " +
        "and '?' in day-of-month or day-of-week (e.g. cron(0/5 * * * ? *))";

    private static readonly (string Name, Regex Pattern)[] CronFields =
    [
        ("minutes", Field(@"[0-5]?\d")),
        ("hours", Field(@"(?:[01]?\d|2[0-3])")),
        ("day-of-month", new Regex(@"^(?:\?|L|LW|(?:[1-9]|[12]\d|3[01])W|" + List(@"(?:[1-9]|[12]\d|3[01])") + ")$")),
        ("month", Field(@"(?:[1-9]|1[0-2]|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)")),
        ("day-of-week", new Regex(@"^(?:\?|[1-7]L|(?:[1-7]|SUN|MON|TUE|WED|THU|FRI|SAT)#[1-5]|L|" + List(@"(?:[1-7]|SUN|MON|TUE|WED|THU|FRI|SAT)") + ")$")),
        ("year", Field(@"(?:19[7-9]\d|2[01]\d\d)")),
    ];

    /// <summary>Null when EventBridge accepts <paramref name="expression"/>; otherwise what is wrong with it.</summary>
    public static string? Problem(string expression)
    {
        var rate = RatePattern().Match(expression);
        if (rate.Success)
        {
            if (!int.TryParse(rate.Groups["value"].Value, out var value) || value < 1) return "a rate's value must be a whole number of at least 1";
            var unit = rate.Groups["unit"].Value;
            var plural = unit.EndsWith('s');
            if (value == 1 && plural) return $"rate(1 {unit}) must use the singular unit ({unit.TrimEnd('s')})";
            if (value > 1 && !plural) return $"rate({value} {unit}) must use the plural unit ({unit}s)";
            return null;
        }
        var cron = CronPattern().Match(expression);
        if (!cron.Success) return "not a rate(...) or cron(...) expression";
        var fields = cron.Groups["fields"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != CronFields.Length) return $"cron needs {CronFields.Length} fields, got {fields.Length}";
        for (var i = 0; i < fields.Length; i++)
        {
            if (!CronFields[i].Pattern.IsMatch(fields[i])) return $"cron field {i + 1} ({CronFields[i].Name}) '{fields[i]}' is not allowed there";
        }
        if ((fields[2] == "?") == (fields[4] == "?")) return "cron needs '?' in exactly one of day-of-month and day-of-week";
        return null;
    }

    // A value, a range, a step (value/step or */step), '*', or a comma list of those.
    private static Regex Field(string value) => new("^" + List(value) + "$");

    private static string List(string value)
    {
        var single = $@"(?:\*|{value}(?:-{value})?)(?:/\d+)?";
        return $"{single}(?:,{single})*";
    }

    [GeneratedRegex(@"^rate\((?<value>-?\d+) (?<unit>minutes?|hours?|days?)\)$")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"^cron\((?<fields>[^()]+)\)$")]
    private static partial Regex CronPattern();
}
