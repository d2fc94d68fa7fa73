using System.Collections.Immutable;

namespace Lab.Fidelity.Tests;

/// <summary>
/// Reduces a TypeScript property type and a C# facade type to the same coarse shape ("string", "number",
/// "bool", "archive", "array&lt;...&gt;", "map&lt;...&gt;", "ref:Name") so that a property declared with the wrong
/// shape (a string where the schema has a list, a nested type of the wrong name) is caught.
/// number covers int and double: the .d.ts does not say which.
/// </summary>
public static class TypeKinds
{
    public static string OfTs(string type)
    {
        var t = Unwrap(type.Trim());
        var alternatives = SplitTopLevel(t, '|').Where(a => a != "undefined").ToList();
        // Pulumi's C# generator types "string | <enum>" as a string union and "string | Role" (a resource) as string.
        if (alternatives.Count > 1)
            return alternatives.Contains("string") ? "string" : "other:" + t;
        var single = alternatives.Single();
        if (single.EndsWith("[]")) return $"array<{OfTs(single[..^2].Trim('(', ')'))}>";
        if (single.StartsWith("{") && single.Contains("[key: string]:"))
        {
            var value = single[(single.IndexOf("]:", StringComparison.Ordinal) + 2)..].TrimEnd('}', ' ', ';');
            return $"map<{OfTs(value)}>";
        }
        return single switch
        {
            "string" => "string",
            "number" => "number",
            "boolean" => "bool",
            "pulumi.asset.Archive" => "archive",
            _ when single.StartsWith("inputs.") || single.StartsWith("outputs.") => "ref:" + single[(single.LastIndexOf('.') + 1)..],
            _ when single.StartsWith("enums.") => "string",
            _ => "other:" + single,
        };
    }

    public static bool TsAllowsAbsent(TsMember member)
        => member.Optional || SplitTopLevel(Unwrap(member.Type), '|').Contains("undefined");

    public static string OfCs(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            var name = type.GetGenericTypeDefinition().Name;
            switch (name)
            {
                case "Output`1" or "Input`1": return OfCs(args[0]);
                case "InputList`1": return $"array<{OfCs(args[0])}>";
                case "InputMap`1": return $"map<{OfCs(args[0])}>";
                case "InputUnion`2" when args[0] == typeof(string): return "string";
            }
            if (type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)) return $"array<{OfCs(args[0])}>";
            if (type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>) && args[0] == typeof(string)) return $"map<{OfCs(args[1])}>";
            return "other:" + type.Name;
        }
        if (type == typeof(string)) return "string";
        if (type == typeof(int) || type == typeof(double)) return "number";
        if (type == typeof(bool)) return "bool";
        if (type.Name is "Archive" && type.Namespace == "Pulumi") return "archive";
        if (type.Namespace?.EndsWith(".Inputs") == true && type.Name.EndsWith("Args")) return "ref:" + type.Name[..^4];
        if (type.Namespace?.EndsWith(".Outputs") == true) return "ref:" + type.Name;
        return "other:" + type.Name;
    }

    /// <summary>Strips pulumi.Input&lt;...&gt; / pulumi.Output&lt;...&gt; wrappers.</summary>
    private static string Unwrap(string t)
    {
        while (true)
        {
            t = t.Trim();
            var wrapper = new[] { "pulumi.Input<", "pulumi.Output<" }.FirstOrDefault(t.StartsWith);
            if (wrapper == null || !t.EndsWith(">")) return t;
            t = t[wrapper.Length..^1];
        }
    }

    private static List<string> SplitTopLevel(string t, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (c is '<' or '{' or '(' or '[') depth++;
            else if (c is '>' or '}' or ')' or ']') depth--;
            else if (c == separator && depth == 0)
            {
                parts.Add(t[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(t[start..].Trim());
        return parts;
    }
}
