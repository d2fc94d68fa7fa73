using System.Collections.Immutable;
using System.Reflection;

namespace Lab.Fidelity.Tests;

/// <summary>Where a member sits, which decides how Pulumi's C# generator types it.</summary>
public enum Position
{
    /// <summary>A resource or nested input, or an invoke's output-form args: Input&lt;T&gt;, InputList, InputMap, InputUnion.</summary>
    Input,

    /// <summary>An invoke's plain args: T, List&lt;T&gt;, Dictionary&lt;string, T&gt;.</summary>
    PlainInput,

    /// <summary>A resource output property: Output&lt;T&gt; of an output shape.</summary>
    ResourceOutput,

    /// <summary>A field of an [OutputType] class (nested output or invoke result): T, ImmutableArray, ImmutableDictionary.</summary>
    Field,
}

/// <summary>
/// The C# type Pulumi's generator gives a schema property, written in one notation for both sides so that a
/// facade member of the wrong type is caught: "Input&lt;string&gt;", "InputUnion&lt;string, in:PolicyDocument&gt;",
/// "Output&lt;ImmutableArray&lt;out:TableAttribute&gt;&gt;", "InputList&lt;string&gt;". Nested types are "in:Name" (an
/// Inputs.NameArgs or NameGetArgs class) or "out:Name" (an Outputs.Name class), enums "enum:module.Name", numbers
/// "number" (the .d.ts does not tell int from double), more than two alternatives "object".
/// The generator's rules: `string | X` with X an enum or nested type is InputUnion&lt;string, X&gt; as input; `string |
/// Resource` (an ARN or a resource) is a plain string; `string | string[]` is InputUnion&lt;string, ImmutableArray&lt;string&gt;&gt;;
/// outputs keep only the string of such unions.
/// </summary>
public static class TypeKinds
{
    public static string ExpectedCs(string tsType, Position position)
    {
        var alternatives = Alternatives(tsType);
        if (alternatives.Count == 0) return "other:" + tsType;
        if (alternatives.Count > 2) return AnyValue(position);
        if (alternatives.Count == 2)
        {
            if (alternatives[0] != "string") return AnyValue(position);
            var other = alternatives[1];
            if (position is Position.ResourceOutput or Position.Field) return Wrap("string", position);
            if (other.EndsWith("[]")) return Union($"ImmutableArray<{Element(other[..^2])}>", position);
            if (other.StartsWith("enums.") || other.StartsWith("inputs.")) return Union(Element(other), position);
            return Wrap("string", position);
        }

        var single = alternatives[0];
        if (single.EndsWith("[]"))
        {
            var element = Element(single[..^2]);
            return position switch
            {
                Position.Input => $"InputList<{element}>",
                Position.PlainInput => $"List<{element}>",
                Position.ResourceOutput => $"Output<ImmutableArray<{element}>>",
                _ => $"ImmutableArray<{element}>",
            };
        }

        if (IsMap(single, out var value))
        {
            var element = Element(value);
            return position switch
            {
                Position.Input => $"InputMap<{element}>",
                Position.PlainInput => $"Dictionary<string, {element}>",
                Position.ResourceOutput => $"Output<ImmutableDictionary<string, {element}>>",
                _ => $"ImmutableDictionary<string, {element}>",
            };
        }

        return Wrap(Element(single), position);
    }

    /// <summary>The same notation for a C# type; Nullable&lt;T&gt; and reference nullability are left to the nullability check.</summary>
    public static string DescribeCs(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            var definition = type.GetGenericTypeDefinition();
            var name = definition.Name[..definition.Name.IndexOf('`')];
            if (definition == typeof(ImmutableDictionary<,>) || definition == typeof(Dictionary<,>))
                return args[0] == typeof(string) ? $"{name}<string, {DescribeCs(args[1])}>" : "other:" + type;
            return name is "Input" or "InputList" or "InputMap" or "InputUnion" or "Union" or "Output" or "ImmutableArray" or "List"
                ? $"{name}<{string.Join(", ", args.Select(DescribeCs))}>"
                : "other:" + type;
        }

        if (type == typeof(string)) return "string";
        if (type == typeof(int) || type == typeof(double)) return "number";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(object)) return "object";
        if (type.FullName == "Pulumi.Archive") return "Archive";
        var ns = type.Namespace ?? "";
        if (ns.EndsWith(".Inputs") && type.Name.EndsWith("GetArgs")) return "in:" + type.Name[..^7];
        if (ns.EndsWith(".Inputs") && type.Name.EndsWith("Args")) return "in:" + type.Name[..^4];
        if (ns.EndsWith(".Outputs")) return "out:" + type.Name;
        if (type.IsValueType && type.GetCustomAttributesData().Any(a => a.AttributeType.Name == "EnumTypeAttribute"))
            return $"enum:{ns.Split('.').Last().ToLowerInvariant()}.{type.Name}";
        return "other:" + type.FullName;
    }

    /// <summary>Whether the schema lets the property be absent: `name?:` or `| undefined`.</summary>
    public static bool TsAllowsAbsent(TsMember member)
        => member.Optional || SplitTopLevel(Unwrap(member.Type), '|').Contains("undefined");

    private static string Wrap(string element, Position position) => position switch
    {
        Position.Input => $"Input<{element}>",
        Position.ResourceOutput => $"Output<{element}>",
        _ => element,
    };

    // What the generator falls back to for a union it cannot express: a plain object (an untyped input).
    private static string AnyValue(Position position) => position == Position.ResourceOutput ? "Output<object>" : "object";

    // A union input is a type of its own (InputUnion<string, X>), not wrapped in Input<>.
    private static string Union(string other, Position position) =>
        position == Position.PlainInput ? $"Union<string, {other}>" : $"InputUnion<string, {other}>";

    private static string Element(string ts)
    {
        var t = Unwrap(ts).Trim('(', ')');
        var alternatives = SplitTopLevel(t, '|').Where(a => a != "undefined").ToList();
        if (alternatives.Count > 1) return alternatives[0] == "string" && alternatives.Count == 2 ? "string" : "object";
        t = alternatives[0];
        if (t.EndsWith("[]")) return $"ImmutableArray<{Element(t[..^2])}>";
        if (IsMap(t, out var value)) return $"ImmutableDictionary<string, {Element(value)}>";
        return t switch
        {
            "string" => "string",
            "number" => "number",
            "boolean" => "bool",
            "any" => "object",
            "pulumi.asset.Archive" => "Archive",
            _ when t.StartsWith("inputs.") => "in:" + t[(t.LastIndexOf('.') + 1)..],
            _ when t.StartsWith("outputs.") => "out:" + t[(t.LastIndexOf('.') + 1)..],
            _ when t.StartsWith("enums.") => "enum:" + t["enums.".Length..],
            _ => "other:" + t,
        };
    }

    private static List<string> Alternatives(string tsType)
        => SplitTopLevel(Unwrap(tsType), '|').Select(a => Unwrap(a).Trim('(', ')').Trim()).Where(a => a != "undefined").ToList();

    private static bool IsMap(string t, out string value)
    {
        value = "";
        if (!t.StartsWith("{") || !t.Contains("[key: string]:")) return false;
        value = t[(t.IndexOf("]:", StringComparison.Ordinal) + 2)..].TrimEnd('}', ' ', ';');
        return true;
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
