using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lab.Infra.Configuration;

/// <summary>
/// The stack's configuration, validated up front so that a bad value fails at preview with the key,
/// the value and what is allowed. Every key is documented in Pulumi.dev.yaml.
/// </summary>
public sealed partial record LabConfig
{
    public const string Project = "dynamodb-labs";

    // CloudWatch Logs accepts only these retention periods.
    public static readonly IReadOnlyList<int> AllowedRetentionDays =
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    public const int MaxShardCount = 20;
    public const double MaxCapacityScale = 10;

    public required string Student { get; init; }
    public required IReadOnlyList<string> Labs { get; init; }
    public int TtlHours { get; init; } = 72;
    public double CapacityScale { get; init; } = 1.0;
    public int EventDrivenShardCount { get; init; } = 1;
    public string EventDrivenStage { get; init; } = "solution";
    public int LogRetentionDays { get; init; } = 7;
    public bool SchedulesEnabled { get; init; } = true;
    public string StreamStartingPosition { get; init; } = "LATEST";
    public string TourneyWriterSchedule { get; init; } = "rate(1 minute)";
    public string GeneratorSchedule { get; init; } = "rate(1 minute)";

    /// <summary>ReduceLambda's reserved concurrency (LABS.md: 1); null reserves none (accounts whose quota cannot spare it).</summary>
    public int? ReduceLambdaReservedConcurrency { get; init; } = 1;

    public const int MaxReservedConcurrency = 1000;

    /// <summary>Seconds GeneratorLambda scores AggregateTable after a run (the workshop's check); 0 = not at all.</summary>
    public int GeneratorCheckSeconds { get; init; }

    // GeneratorLambda's timeout is 55 s and sending 10,000 messages takes some of it.
    public const int MaxGeneratorCheckSeconds = 45;

    public bool Includes(string lab) => Labs.Contains(lab);

    /// <summary>Every key this project reads (Pulumi.dev.yaml documents each).</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "student", "labs", "ttlHours", "capacityScale", "eventDrivenShardCount", "eventDrivenStage", "logRetentionDays",
        "schedulesEnabled", "streamStartingPosition", "tourneyWriterSchedule", "generatorSchedule",
        "reduceLambdaReservedConcurrency", "generatorCheckSeconds",
    ];

    /// <summary>
    /// Refuses a key of this project that nothing reads (a typo would otherwise be ignored and its default used
    /// silently), naming the closest known key.
    /// </summary>
    public static void CheckKeys(IReadOnlyDictionary<string, string> config)
    {
        foreach (var (key, value) in config.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (Keys.Contains(key)) continue;
            var closest = Keys.MinBy(known => EditDistance(key.ToLowerInvariant(), known.ToLowerInvariant()))!;
            throw new LabConfigException(key, value, $"unknown key; did you mean '{Project}:{closest}'? Known keys: {string.Join(", ", Keys)}");
        }
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    /// <summary>Reads and validates config through <paramref name="get"/> (key → raw string or null).</summary>
    public static LabConfig Read(Func<string, string?> get, string stackName)
    {
        var student = get("student") ?? stackName;
        if (!StudentPattern().IsMatch(student))
            throw new LabConfigException("student", student,
                "use 1-64 characters: lowercase letters, digits and '-', starting with a letter or digit");

        return new LabConfig
        {
            Student = student,
            Labs = ReadLabs(get("labs")),
            TtlHours = ReadInt(get, "ttlHours", 72, 1, 24 * 90),
            CapacityScale = ReadScale(get("capacityScale")),
            EventDrivenShardCount = ReadInt(get, "eventDrivenShardCount", 1, 1, MaxShardCount),
            EventDrivenStage = ReadChoice(get, "eventDrivenStage", "solution", "solution", "start"),
            LogRetentionDays = ReadRetention(get("logRetentionDays")),
            SchedulesEnabled = ReadBool(get, "schedulesEnabled", true),
            StreamStartingPosition = ReadChoice(get, "streamStartingPosition", "LATEST", "LATEST", "TRIM_HORIZON"),
            TourneyWriterSchedule = ReadSchedule(get, "tourneyWriterSchedule"),
            GeneratorSchedule = ReadSchedule(get, "generatorSchedule"),
            ReduceLambdaReservedConcurrency = ReadReservation(get("reduceLambdaReservedConcurrency")),
            GeneratorCheckSeconds = ReadInt(get, "generatorCheckSeconds", 0, 0, MaxGeneratorCheckSeconds),
        };
    }

    private static IReadOnlyList<string> ReadLabs(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return LabNames.All;
        string[] names;
        try
        {
            names = raw.TrimStart().StartsWith('[')
                ? JsonSerializer.Deserialize<string[]>(raw) ?? []
                : raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        catch (JsonException)
        {
            throw new LabConfigException("labs", raw, $"expected a list of lab names from {string.Join(", ", LabNames.All)}");
        }
        if (names.Length == 0)
            throw new LabConfigException("labs", raw, $"name at least one lab of {string.Join(", ", LabNames.All)}");
        foreach (var name in names)
        {
            if (!LabNames.All.Contains(name))
                throw new LabConfigException("labs", raw, $"unknown lab '{name}'; allowed: {string.Join(", ", LabNames.All)}");
        }
        // Declaration order is the catalogue's, so the plan does not depend on how config lists them.
        return LabNames.All.Where(names.Contains).ToList();
    }

    private static int ReadInt(Func<string, string?> get, string key, int fallback, int min, int max)
    {
        var raw = get(key);
        if (raw is null) return fallback;
        if (!int.TryParse(raw, out var value) || value < min || value > max)
            throw new LabConfigException(key, raw, $"expected a whole number from {min} to {max}");
        return value;
    }

    private static double ReadScale(string? raw)
    {
        if (raw is null) return 1.0;
        if (!double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || !(value > 0) || value > MaxCapacityScale)
            throw new LabConfigException("capacityScale", raw, $"expected a number greater than 0 and at most {MaxCapacityScale}");
        return value;
    }

    private static int ReadRetention(string? raw)
    {
        if (raw is null) return 7;
        if (!int.TryParse(raw, out var value) || !AllowedRetentionDays.Contains(value))
            throw new LabConfigException("logRetentionDays", raw, $"CloudWatch Logs allows only {string.Join(", ", AllowedRetentionDays)}");
        return value;
    }

    private static bool ReadBool(Func<string, string?> get, string key, bool fallback)
    {
        var raw = get(key);
        if (raw is null) return fallback;
        return bool.TryParse(raw, out var value) ? value : throw new LabConfigException(key, raw, "expected true or false");
    }

    private static string ReadChoice(Func<string, string?> get, string key, string fallback, params string[] allowed)
    {
        var raw = get(key);
        if (raw is null) return fallback;
        return allowed.Contains(raw) ? raw : throw new LabConfigException(key, raw, $"expected one of {string.Join(", ", allowed)}");
    }

    private static string ReadSchedule(Func<string, string?> get, string key)
    {
        var raw = get(key);
        if (raw is null) return "rate(1 minute)";
        return ScheduleExpression.Problem(raw) is { } problem
            ? throw new LabConfigException(key, raw, $"{problem}; {ScheduleExpression.Allowed}")
            : raw;
    }

    // Lambda refuses a reservation that leaves the account less than its minimum unreserved concurrency
    // (100, or 10 on new accounts): `0` or `off` lets such an account deploy the lab (README, "Reserved concurrency").
    private static int? ReadReservation(string? raw)
    {
        if (raw is null) return 1;
        if (raw.Trim().Equals("off", StringComparison.OrdinalIgnoreCase)) return null;
        if (!int.TryParse(raw, out var value) || value < 0 || value > MaxReservedConcurrency)
            throw new LabConfigException("reduceLambdaReservedConcurrency", raw,
                $"expected a whole number from 0 to {MaxReservedConcurrency}, or off (0 and off reserve nothing)");
        return value == 0 ? null : value;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex StudentPattern();
}
