using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Fidelity.Tests;

/// <summary>One property of a TypeScript interface or class: its wire name, whether it may be absent, and its type text.</summary>
public sealed record TsMember(string Name, bool Optional, string Type);

/// <summary>
/// A deliberately small reader for the generated .d.ts files of @pulumi/aws: it finds a brace-delimited
/// block (namespace, interface, class) and lists the property members at the block's top level.
/// It understands only what the Pulumi generator emits; anything it cannot find is reported as missing.
/// </summary>
public static class TsDeclarations
{
    private static readonly Regex BlockComment = new(@"/\*.*?\*/", RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex Property = new(@"^(?:readonly\s+)?([A-Za-z_$][\w$]*)(\?)?\s*:\s*(.*)$", RegexOptions.Singleline | RegexOptions.Compiled);

    public static string StripComments(string text) => BlockComment.Replace(text, " ");

    /// <summary>The text between the braces of the first block whose header matches <paramref name="headerPattern"/>, or null.</summary>
    public static string? FindBlock(string text, string headerPattern)
    {
        var header = Regex.Match(text, headerPattern + @"\s*\{");
        if (!header.Success) return null;
        var open = header.Index + header.Length - 1;
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return text.Substring(open + 1, i - open - 1);
        }
        throw new FormatException($"Unbalanced braces after '{header.Value}'.");
    }

    /// <summary>Property members at the top level of a block body; methods, statics, constructors and index signatures are skipped.</summary>
    public static IReadOnlyDictionary<string, TsMember> Members(string body)
    {
        var members = new Dictionary<string, TsMember>(StringComparer.Ordinal);
        foreach (var statement in TopLevelStatements(body))
        {
            if (statement.StartsWith("static ") || statement.StartsWith("private ") || statement.StartsWith("["))
                continue;
            var match = Property.Match(statement);
            if (!match.Success) continue;
            var type = Regex.Replace(match.Groups[3].Value, @"\s+", " ").Trim();
            members[match.Groups[1].Value] = new TsMember(match.Groups[1].Value, match.Groups[2].Success, type);
        }
        return members;
    }

    private static IEnumerable<string> TopLevelStatements(string body)
    {
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in body)
        {
            if (c is '{' or '(' or '[') depth++;
            else if (c is '}' or ')' or ']') depth--;
            if (c == ';' && depth == 0)
            {
                yield return current.ToString().Trim();
                current.Clear();
            }
            else current.Append(c);
        }
    }
}
