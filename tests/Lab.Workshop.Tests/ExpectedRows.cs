using Microsoft.VisualBasic.FileIO;

namespace Lab.Workshop.Tests;

internal sealed record ExpectedLog(long RequestId, string Date, int Code, long Bytes);

internal sealed record ExpectedEmployee(long Id, string Name, string Title, string Dept, string City, string State, string PreviousTitle, bool Manager);

/// <summary>Reads the generated files with the BCL's TextFieldParser, so expected answers do not share the workshop's parser.</summary>
internal static class ExpectedRows
{
    public static List<ExpectedLog> Log(params string[] files) =>
        files.SelectMany(f => Records(f).Select(r => new ExpectedLog(long.Parse(r[0]), r[2], int.Parse(r[7]), long.Parse(r[8])))).ToList();

    public static List<ExpectedEmployee> Employees(string file) =>
        Records(file).Select(r => new ExpectedEmployee(long.Parse(r[0]), r[1], r[2], r[3], r[4], r[5], r[8], r.Length == 11 && r[10] == "1")).ToList();

    private static List<string[]> Records(string file)
    {
        using var parser = new TextFieldParser(file) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }
}
