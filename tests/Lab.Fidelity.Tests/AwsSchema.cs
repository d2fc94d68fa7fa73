using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Lab.Fidelity.Tests;

/// <summary>
/// The schema of the pinned @pulumi/aws npm package in node_modules: resource type tokens (from the .js),
/// resource outputs and arguments (from the .d.ts), nested input/output types (types/input.d.ts,
/// types/output.d.ts) and enum values (types/enums). Construction fails with a clear message when the
/// package is missing or is not the version build/Versions.props pins.
/// </summary>
public sealed class AwsSchema
{
    private readonly string _root;
    private readonly Dictionary<string, string> _files = new();

    public string Version { get; }

    public AwsSchema(string repoRoot)
    {
        _root = Path.Combine(repoRoot, "node_modules", "@pulumi", "aws");
        var packageJson = Path.Combine(_root, "package.json");
        if (!File.Exists(packageJson))
            throw new InvalidOperationException($"{packageJson} is missing: run 'npm ci' in {repoRoot} (the facade-fidelity tests read the @pulumi/aws schema).");
        using var doc = JsonDocument.Parse(File.ReadAllText(packageJson));
        Version = doc.RootElement.GetProperty("version").GetString()
            ?? throw new InvalidOperationException($"{packageJson} has no \"version\".");
        var pinned = PinnedVersion(repoRoot);
        if (Version != pinned)
            throw new InvalidOperationException(
                $"{packageJson} is version {Version}, but build/Versions.props pins PulumiAwsVersion {pinned}: the facade must be checked against the pinned version (run 'npm ci').");
    }

    public static string PinnedVersion(string repoRoot)
    {
        var props = Path.Combine(repoRoot, "build", "Versions.props");
        var value = XDocument.Load(props).Descendants("PulumiAwsVersion").SingleOrDefault()?.Value.Trim();
        return string.IsNullOrEmpty(value)
            ? throw new InvalidOperationException($"{props} has no <PulumiAwsVersion>.")
            : value;
    }

    /// <summary>The token in `static __pulumiType = '...'` of &lt;module&gt;/&lt;file&gt;.js, or null if the file or token is absent.</summary>
    public string? ResourceToken(string module, string file)
    {
        var js = Read(Path.Combine(module, file + ".js"));
        var match = js == null ? null : Regex.Match(js, @"static __pulumiType = '([^']+)'");
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    /// <summary>The invoke token passed to pulumi.runtime.invoke in &lt;module&gt;/&lt;function&gt;.js ("index" is the package root).</summary>
    public string? InvokeToken(string module, string function)
    {
        var js = Read(Path.Combine(module == "index" ? "" : module, function + ".js"));
        var match = js == null ? null : Regex.Match(js, @"runtime\.invoke\(""([^""]+)""");
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    /// <summary>Output properties of `export declare class &lt;name&gt;` in &lt;module&gt;/&lt;file&gt;.d.ts.</summary>
    public IReadOnlyDictionary<string, TsMember>? ClassMembers(string module, string file, string className)
        => Block(Path.Combine(module, file + ".d.ts"), $@"export declare class {className} extends pulumi\.\w+");

    /// <summary>Properties of `export interface &lt;name&gt;` in &lt;module&gt;/&lt;file&gt;.d.ts ("index" is the package root).</summary>
    public IReadOnlyDictionary<string, TsMember>? Interface(string module, string file, string interfaceName)
        => Block(Path.Combine(module == "index" ? "" : module, file + ".d.ts"), $@"export interface {interfaceName}");

    /// <summary>Properties of interface &lt;name&gt; in namespace &lt;module&gt; of types/input.d.ts or types/output.d.ts.</summary>
    public IReadOnlyDictionary<string, TsMember>? NestedType(bool input, string module, string typeName)
    {
        var text = Read(Path.Combine("types", input ? "input.d.ts" : "output.d.ts"));
        var ns = text == null ? null : TsDeclarations.FindBlock(text, $@"export declare namespace {module}");
        var body = ns == null ? null : TsDeclarations.FindBlock(ns, $@"\binterface {typeName}");
        return body == null ? null : TsDeclarations.Members(body);
    }

    /// <summary>Enum member name → value of `export declare const &lt;name&gt;` in types/enums/&lt;module&gt;/index.d.ts.</summary>
    public IReadOnlyDictionary<string, string>? EnumValues(string module, string enumName)
    {
        var text = Read(Path.Combine("types", "enums", module, "index.d.ts"));
        var body = text == null ? null : TsDeclarations.FindBlock(text, $@"export declare const {enumName}\s*:");
        if (body == null) return null;
        return TsDeclarations.Members(body).ToDictionary(m => m.Key, m => m.Value.Type.Trim('"'), StringComparer.Ordinal);
    }

    private IReadOnlyDictionary<string, TsMember>? Block(string relativePath, string headerPattern)
    {
        var text = Read(relativePath);
        var body = text == null ? null : TsDeclarations.FindBlock(text, headerPattern);
        return body == null ? null : TsDeclarations.Members(body);
    }

    private string? Read(string relativePath)
    {
        if (_files.TryGetValue(relativePath, out var cached)) return cached;
        var path = Path.Combine(_root, relativePath);
        if (!File.Exists(path)) return null;
        var text = TsDeclarations.StripComments(File.ReadAllText(path));
        _files[relativePath] = text;
        return text;
    }
}
