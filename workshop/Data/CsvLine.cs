using System.Text;

namespace Lab.Workshop.Data;

/// <summary>
/// Splits one line of the workshop's CSV files: comma separated, fields optionally in double quotes
/// (URLs and user agents contain commas), "" inside quotes for a quote. No record spans lines.
/// </summary>
public static class CsvLine
{
    public static IReadOnlyList<string> Split(string line, string file, long lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                        throw new WorkshopException($"{file}:{lineNumber}: a quoted field (field {fields.Count + 1}) is not closed; expected a closing \" before the end of the line.");
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(line[i++]);
                }
                if (i < line.Length && line[i] != ',')
                    throw new WorkshopException($"{file}:{lineNumber}: text after the closing quote of field {fields.Count + 1}; expected a comma.");
            }
            else
            {
                while (i < line.Length && line[i] != ',') field.Append(line[i++]);
            }
            fields.Add(field.ToString());
            if (i >= line.Length) return fields;
            i++; // the comma
        }
    }

    /// <summary>Quotes a field when it needs it, so generated files read back through <see cref="Split"/>.</summary>
    public static string Quote(string value) =>
        value.IndexOfAny([',', '"']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
