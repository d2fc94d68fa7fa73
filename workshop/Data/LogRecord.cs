using System.Globalization;

namespace Lab.Workshop.Data;

/// <summary>One server log line: requestid,host,date,hourofday,timezone,method,url,responsecode,bytessent,useragent.</summary>
public sealed record LogRecord(
    long RequestId, string Host, string Date, int HourOfDay, string Timezone,
    string Method, string Url, int ResponseCode, long BytesSent, string UserAgent)
{
    public const int FieldCount = 10;

    public static LogRecord Parse(IReadOnlyList<string> f, string file, long line)
    {
        if (f.Count != FieldCount)
            throw new WorkshopException($"{file}:{line}: {f.Count} fields; expected {FieldCount} (requestid,host,date,hourofday,timezone,method,url,responsecode,bytessent,useragent).");
        return new LogRecord(
            Number(f[0], "requestid", file, line), f[1], f[2], (int)Number(f[3], "hourofday", file, line), f[4],
            f[5], f[6], (int)Number(f[7], "responsecode", file, line), Number(f[8], "bytessent", file, line), f[9]);
    }

    public string ToCsv() => string.Join(',',
        RequestId.ToString(CultureInfo.InvariantCulture), Host, Date, HourOfDay.ToString(CultureInfo.InvariantCulture), Timezone,
        Method, CsvLine.Quote(Url), ResponseCode.ToString(CultureInfo.InvariantCulture), BytesSent.ToString(CultureInfo.InvariantCulture), CsvLine.Quote(UserAgent));

    internal static long Number(string text, string column, string file, long line) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new WorkshopException($"{file}:{line}: {column} is \"{text}\"; expected a whole number ≥ 0.");
}
