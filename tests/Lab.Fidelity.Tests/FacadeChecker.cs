using System.Collections.Immutable;
using System.Reflection;

namespace Lab.Fidelity.Tests;

/// <summary>
/// Compares one public type of the Pulumi.Aws facade with the @pulumi/aws schema and returns every
/// difference as a readable message (empty list = faithful). Attributes are read through
/// CustomAttributeData so the check does not depend on how the core facade implements them.
/// </summary>
public sealed class FacadeChecker(AwsSchema schema)
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
    private static readonly NullabilityInfoContext Nullability = new();

    public IReadOnlyList<string> Check(Type type)
    {
        var ns = type.Namespace ?? "";
        var segments = ns.Split('.');
        if (ns == "Pulumi.Aws") return CheckIndexMember(type);
        if (segments.Length == 3 && segments[0] == "Pulumi" && segments[1] == "Aws")
        {
            var module = segments[2].ToLowerInvariant();
            if (IsSubclassOf(type, "Pulumi.CustomResource")) return CheckResource(type);
            if (HasAttribute(type, "EnumTypeAttribute")) return CheckEnum(type, module);
            if (type.Name.EndsWith("State") && IsSubclassOf(type, "Pulumi.ResourceArgs"))
                return CheckResourceState(type);
            if (type.Name.EndsWith("Args") && IsSubclassOf(type, "Pulumi.ResourceArgs"))
                return CheckResourceArgs(type);
        }
        // The generator emits each nested input twice: XArgs (resource args) and XGetArgs (the State class's), same shape.
        if (segments.Length == 4 && segments[3] == "Inputs" && type.Name.EndsWith("Args"))
        {
            var name = type.Name.EndsWith("GetArgs") ? type.Name[..^7] : type.Name[..^4];
            return CheckInputs(type, schema.NestedType(input: true, segments[2].ToLowerInvariant(), name), $"types/input.d.ts {segments[2].ToLowerInvariant()}.{name}", Position.Input);
        }
        if (segments.Length == 4 && segments[3] == "Outputs")
            return CheckOutputType(type, schema.NestedType(input: false, segments[2].ToLowerInvariant(), type.Name), $"types/output.d.ts {segments[2].ToLowerInvariant()}.{type.Name}");
        return [$"{type.FullName}: not a resource, args, nested input/output, enum or invoke type, so it cannot be checked against the schema"];
    }

    public IReadOnlyList<string> CheckResource(Type resource)
    {
        var token = AttributeArgument(resource, a => IsOrDerivesFrom(a, "Pulumi.ResourceTypeAttribute"));
        if (token == null) return [$"{resource.FullName}: no resource type attribute carrying the type token"];
        var parts = token.Split(':', '/');
        if (parts.Length != 4 || parts[0] != "aws")
            return [$"{resource.FullName}: type token '{token}' is not of the form aws:<module>/<file>:<Type>"];
        var (module, file, typeName) = (parts[1], parts[2], parts[3]);
        var errors = new List<string>();
        if (typeName != resource.Name) errors.Add($"{resource.FullName}: token '{token}' names type {typeName}");
        if (!string.Equals(module, resource.Namespace!.Split('.')[2], StringComparison.OrdinalIgnoreCase))
            errors.Add($"{resource.FullName}: token module '{module}' does not match namespace {resource.Namespace}");
        var schemaToken = schema.ResourceToken(module, file);
        if (schemaToken != token)
            errors.Add($"{resource.FullName}: token '{token}' but {module}/{file}.js has __pulumiType '{schemaToken ?? "(file or token missing)"}'");
        var members = schema.ClassMembers(module, file, resource.Name);
        if (members == null) return [.. errors, $"{resource.FullName}: no class {resource.Name} in {module}/{file}.d.ts"];

        foreach (var property in resource.GetProperties(Declared))
        {
            var wire = AttributeArgument(property, a => a.Name == "OutputAttribute");
            var where = $"{resource.FullName}.{property.Name}";
            if (wire == null)
            {
                if (property.GetMethod?.IsPublic == true) errors.Add($"{where}: public property without [Output]");
                continue;
            }
            if (!members.TryGetValue(wire, out var member))
            {
                errors.Add($"{where}: [Output(\"{wire}\")] is not an output of {resource.Name} in {module}/{file}.d.ts");
                continue;
            }
            errors.AddRange(CompareMember(where, wire, property.Name, property.PropertyType, member, Position.ResourceOutput,
                IsNullable(Nullability.Create(property).GenericTypeArguments.FirstOrDefault(), property.PropertyType.GetGenericArguments().FirstOrDefault()),
                requiredMeansNonNullable: true));
        }
        return errors;
    }

    public IReadOnlyList<string> CheckResourceArgs(Type args)
    {
        var resourceName = args.Name[..^4];
        var resource = args.Assembly.GetType($"{args.Namespace}.{resourceName}");
        var token = resource == null ? null : AttributeArgument(resource, a => IsOrDerivesFrom(a, "Pulumi.ResourceTypeAttribute"));
        var parts = token?.Split(':', '/');
        if (parts is not { Length: 4 }) return [$"{args.FullName}: no resource {resourceName} with a type token beside it"];
        return CheckInputs(args, schema.Interface(parts[1], parts[2], args.Name), $"{parts[1]}/{parts[2]}.d.ts {args.Name}", Position.Input);
    }

    /// <summary>A resource's XState class (the inputs of its static Get): interface XState of the resource's .d.ts.</summary>
    public IReadOnlyList<string> CheckResourceState(Type state)
    {
        var resourceName = state.Name[..^5];
        var resource = state.Assembly.GetType($"{state.Namespace}.{resourceName}");
        var token = resource == null ? null : AttributeArgument(resource, a => IsOrDerivesFrom(a, "Pulumi.ResourceTypeAttribute"));
        var parts = token?.Split(':', '/');
        if (parts is not { Length: 4 }) return [$"{state.FullName}: no resource {resourceName} with a type token beside it"];
        return CheckInputs(state, schema.Interface(parts[1], parts[2], state.Name), $"{parts[1]}/{parts[2]}.d.ts {state.Name}", Position.Input);
    }

    /// <summary>Every [Input("x")] (on a property or on the backing field of a list/map property) against the interface.</summary>
    public IReadOnlyList<string> CheckInputs(Type type, IReadOnlyDictionary<string, TsMember>? members, string schemaPlace, Position position)
    {
        if (members == null) return [$"{type.FullName}: {schemaPlace} does not exist"];
        var errors = new List<string>();
        var covered = new HashSet<string>();
        foreach (var member in type.GetMembers(Declared).Where(m => m is PropertyInfo or FieldInfo))
        {
            var data = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == "InputAttribute");
            if (data == null) continue;
            var wire = (string)data.ConstructorArguments[0].Value!;
            var required = data.ConstructorArguments.Count > 1 && data.ConstructorArguments[1].Value is true;
            var propertyName = TypeNames.Pascal(wire);
            var property = type.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance);
            var where = $"{type.FullName}.{member.Name}";
            if (property == null)
            {
                errors.Add($"{where}: [Input(\"{wire}\")] has no public property {propertyName}");
                continue;
            }
            covered.Add(property.Name);
            if (!members.TryGetValue(wire, out var tsMember))
            {
                errors.Add($"{where}: [Input(\"{wire}\")] is not a property of {schemaPlace}");
                continue;
            }
            if (required == tsMember.Optional)
                errors.Add($"{where}: required={required} but {schemaPlace} declares '{wire}' {(tsMember.Optional ? "optional" : "required")}");
            errors.AddRange(CompareMember(where, wire, property.Name, property.PropertyType, tsMember, position, csNullable: null, requiredMeansNonNullable: false));
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            if (!covered.Contains(property.Name))
                errors.Add($"{type.FullName}.{property.Name}: public property without [Input] (on it or its backing field)");
        return errors;
    }

    /// <summary>An [OutputType] class: its [OutputConstructor] parameters carry the wire names; each has a public field.</summary>
    public IReadOnlyList<string> CheckOutputType(Type type, IReadOnlyDictionary<string, TsMember>? members, string schemaPlace)
    {
        if (members == null) return [$"{type.FullName}: {schemaPlace} does not exist"];
        var errors = new List<string>();
        if (!HasAttribute(type, "OutputTypeAttribute")) errors.Add($"{type.FullName}: missing [OutputType]");
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .FirstOrDefault(c => c.GetCustomAttributesData().Any(a => a.AttributeType.Name == "OutputConstructorAttribute"));
        if (constructor == null) return [.. errors, $"{type.FullName}: no [OutputConstructor] constructor"];
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).ToDictionary(f => f.Name);
        foreach (var parameter in constructor.GetParameters())
        {
            var wire = parameter.Name!;
            var where = $"{type.FullName}({wire})";
            if (!members.TryGetValue(wire, out var tsMember))
            {
                errors.Add($"{where}: constructor parameter '{wire}' is not a property of {schemaPlace}");
                continue;
            }
            if (!fields.Remove(TypeNames.Pascal(wire), out var field))
            {
                errors.Add($"{where}: no public field {TypeNames.Pascal(wire)}");
                continue;
            }
            if (field.FieldType != parameter.ParameterType)
                errors.Add($"{where}: field type {field.FieldType.Name} differs from parameter type {parameter.ParameterType.Name}");
            // The C# generator follows the schema's `required` list for nested outputs, the Node one a list of its own:
            // an output the .d.ts marks optional is nullable in C#, one it marks present may still be (read the C# source).
            errors.AddRange(CompareMember(where, wire, field.Name, field.FieldType, tsMember, Position.Field, IsNullable(Nullability.Create(field), field.FieldType),
                requiredMeansNonNullable: false));
        }
        errors.AddRange(fields.Keys.Select(f => $"{type.FullName}.{f}: public field not set by the [OutputConstructor]"));
        return errors;
    }

    public IReadOnlyList<string> CheckEnum(Type type, string module)
    {
        var values = schema.EnumValues(module, type.Name);
        if (values == null) return [$"{type.FullName}: no enum {type.Name} in types/enums/{module}/index.d.ts"];
        var errors = new List<string>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type))
        {
            var value = property.GetValue(null)?.ToString();
            if (!values.TryGetValue(property.Name, out var expected))
                errors.Add($"{type.FullName}.{property.Name}: not a member of enum {module}.{type.Name}");
            else if (value != expected)
                errors.Add($"{type.FullName}.{property.Name}: value '{value}' but the schema has '{expected}'");
        }
        return errors;
    }

    /// <summary>Invokes at the package root: GetX (static class), GetXArgs, GetXInvokeArgs (= GetXOutputArgs), GetXResult.</summary>
    private IReadOnlyList<string> CheckIndexMember(Type type)
    {
        string Function(string suffix) => char.ToLowerInvariant(type.Name[0]) + type.Name[1..^suffix.Length];
        if (type.IsAbstract && type.IsSealed && type.Name.StartsWith("Get"))
        {
            var function = Function("");
            var token = schema.InvokeToken("index", function);
            return token == $"aws:index/{function}:{function}"
                ? []
                : [$"{type.FullName}: {function}.js does not invoke aws:index/{function}:{function} (found '{token ?? "no file or token"}')"];
        }
        if (type.Name.EndsWith("InvokeArgs"))
        {
            var function = Function("InvokeArgs");
            var outputArgs = TypeNames.Pascal(function) + "OutputArgs";
            return CheckInputs(type, schema.Interface("index", function, outputArgs), $"{function}.d.ts {outputArgs}", Position.Input);
        }
        if (type.Name.EndsWith("Args"))
            return CheckInputs(type, schema.Interface("index", Function("Args"), type.Name), $"{Function("Args")}.d.ts {type.Name}", Position.PlainInput);
        if (type.Name.EndsWith("Result"))
            return CheckOutputType(type, schema.Interface("index", Function("Result"), type.Name), $"{Function("Result")}.d.ts {type.Name}");
        return [$"{type.FullName}: not an invoke, invoke args or invoke result, so it cannot be checked against the schema"];
    }

    private static IEnumerable<string> CompareMember(string where, string wire, string csName, Type csType, TsMember tsMember, Position position,
        bool? csNullable, bool requiredMeansNonNullable)
    {
        if (csName != TypeNames.Pascal(wire))
            yield return $"{where}: C# name {csName} is not PascalCase('{wire}') = {TypeNames.Pascal(wire)}";
        var actual = TypeKinds.DescribeCs(csType);
        var expected = TypeKinds.ExpectedCs(tsMember.Type, position);
        if (actual != expected)
            yield return $"{where}: C# type {actual} but the schema's '{wire}' ({tsMember.Type}) is {expected} in the generated C#";
        // Lists are ImmutableArray (a struct) in the generated C#, never nullable.
        if (csNullable is not bool nullable || actual.Contains("ImmutableArray<") && !actual.Contains("ImmutableDictionary<")) yield break;
        var absent = TypeKinds.TsAllowsAbsent(tsMember);
        if (absent && !nullable)
            yield return $"{where}: C# non-nullable but the schema's '{wire}' is optional";
        if (!absent && nullable && requiredMeansNonNullable)
            yield return $"{where}: C# nullable but the schema's '{wire}' is always present";
    }

    /// <summary>Whether the (generic argument) type is nullable: Nullable&lt;T&gt; for value types, the annotation for reference types.</summary>
    private static bool? IsNullable(NullabilityInfo? info, Type? type)
    {
        if (type == null || info == null) return null;
        if (type.IsValueType) return Nullable.GetUnderlyingType(type) != null;
        return info.ReadState == NullabilityState.Nullable;
    }

    private static string? AttributeArgument(MemberInfo member, Func<Type, bool> isAttribute)
        => member.GetCustomAttributesData().FirstOrDefault(a => isAttribute(a.AttributeType))?.ConstructorArguments.FirstOrDefault().Value as string;

    private static bool HasAttribute(MemberInfo member, string attributeName)
        => member.GetCustomAttributesData().Any(a => a.AttributeType.Name == attributeName);

    private static bool IsSubclassOf(Type type, string baseFullName)
    {
        for (var t = type.BaseType; t != null; t = t.BaseType)
            if (t.FullName == baseFullName) return true;
        return false;
    }

    private static bool IsOrDerivesFrom(Type type, string baseFullName)
        => type.FullName == baseFullName || IsSubclassOf(type, baseFullName);
}

public static class TypeNames
{
    /// <summary>Pulumi's C# codegen property name for a wire name: the first letter upper-cased.</summary>
    public static string Pascal(string wire) => char.ToUpperInvariant(wire[0]) + wire[1..];
}
