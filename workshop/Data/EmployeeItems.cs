using Amazon.DynamoDBv2.Model;

namespace Lab.Workshop.Data;

/// <summary>
/// GSI overloading (Exercise 4): one employee becomes several items under the same employeeid whose
/// colA says what the item is; every item carries `name` so gsi_overload (colA, name) indexes them all.
/// Only the master item carries `state`/`city_dept` (gsi_city_dept) and `is_manager` (sparse gsi_manager).
/// </summary>
public static class EmployeeItems
{
    public const string Master = "master";
    public const string Unlocked = "0";

    public static string StateKey(string state) => $"state:{state}";

    public static IReadOnlyList<Dictionary<string, AttributeValue>> From(Employee e)
    {
        var master = new Dictionary<string, AttributeValue>
        {
            ["employeeid"] = LogItem.N(e.EmployeeId),
            ["colA"] = LogItem.S(Master),
            ["name"] = LogItem.S(e.Name),
            ["title"] = LogItem.S(e.Title),
            ["dept"] = LogItem.S(e.Dept),
            ["city"] = LogItem.S(e.City),
            ["state"] = LogItem.S(e.State),
            ["city_dept"] = LogItem.S(e.CityDept),
            ["dob"] = LogItem.S(e.Dob),
            ["hire_date"] = LogItem.S(e.HireDate),
            ["previous_title"] = LogItem.S(e.PreviousTitle),
            ["previous_title_end"] = LogItem.S(e.PreviousTitleEnd),
            ["lock"] = LogItem.S(Unlocked),
        };
        if (e.IsManager) master["is_manager"] = LogItem.S("1");

        return
        [
            master,
            Facet(e, $"current_title:{e.Title}", ("hire_date", e.HireDate)),
            Facet(e, $"previous_title:{e.PreviousTitle}", ("hire_date", e.HireDate), ("previous_title_end", e.PreviousTitleEnd)),
            Facet(e, StateKey(e.State), ("hire_date", e.HireDate)),
        ];
    }

    internal static Dictionary<string, AttributeValue> Facet(Employee e, string colA, params (string Name, string Value)[] extra)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["employeeid"] = LogItem.N(e.EmployeeId),
            ["colA"] = LogItem.S(colA),
            ["name"] = LogItem.S(e.Name),
        };
        foreach (var (name, value) in extra) item[name] = LogItem.S(value);
        return item;
    }
}
