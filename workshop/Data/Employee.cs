using System.Globalization;

namespace Lab.Workshop.Data;

/// <summary>employeeid,name,title,dept,city,state,dob,hire_date,previous_title,previous_title_end[,is_manager].</summary>
public sealed record Employee(
    long EmployeeId, string Name, string Title, string Dept, string City, string State,
    string Dob, string HireDate, string PreviousTitle, string PreviousTitleEnd, bool IsManager)
{
    public static Employee Parse(IReadOnlyList<string> raw, string file, long line)
    {
        if (raw.Count is not (10 or 11))
            throw new WorkshopException($"{file}:{line}: {raw.Count} fields; expected 10 or 11 (employeeid,name,title,dept,city,state,dob,hire_date,previous_title,previous_title_end[,is_manager]).");
        // The workshop's own sample line has a space after each comma.
        var f = raw.Select(v => v.Trim()).ToList();
        var isManager = f.Count == 11 && f[10] switch
        {
            "1" => true,
            "" or "0" => false,
            _ => throw new WorkshopException($"{file}:{line}: is_manager is \"{f[10]}\"; expected 1, 0 or nothing."),
        };
        for (var i = 1; i < 10; i++)
            if (f[i].Length == 0)
                throw new WorkshopException($"{file}:{line}: field {i + 1} ({Columns[i]}) is empty; expected a value.");
        return new Employee(LogRecord.Number(f[0], "employeeid", file, line), f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], isManager);
    }

    private static readonly string[] Columns = ["employeeid", "name", "title", "dept", "city", "state", "dob", "hire_date", "previous_title", "previous_title_end"];

    public string ToCsv()
    {
        var fields = new[] { EmployeeId.ToString(CultureInfo.InvariantCulture), Name, Title, Dept, City, State, Dob, HireDate, PreviousTitle, PreviousTitleEnd }
            .Select(CsvLine.Quote);
        return string.Join(',', IsManager ? fields.Append("1") : fields);
    }

    public string CityDept => $"{City}:{Dept}";
}
