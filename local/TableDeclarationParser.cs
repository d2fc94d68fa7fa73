namespace Lab.Local;

/// <summary>Turns Pulumi wire-name inputs into a <see cref="TableDeclaration"/>, checking what DynamoDB would reject.</summary>
internal static class TableDeclarationParser
{
    private static readonly string[] ScalarTypes = ["S", "N", "B"];
    private static readonly string[] BillingModes = ["PROVISIONED", "PAY_PER_REQUEST"];
    private static readonly string[] ProjectionTypes = ["ALL", "KEYS_ONLY", "INCLUDE"];
    private static readonly string[] StreamViewTypes = ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"];

    public static TableDeclaration Parse(IReadOnlyDictionary<string, object?> inputs, string? resourceName)
    {
        var label = inputs.TryGetValue("name", out var n) && WireValue.Normalize(n) is string { Length: > 0 } s ? s : resourceName ?? "(unnamed)";
        var root = new WireValue(label, inputs);
        var name = root.RequiredString("name");

        var attributeTypes = ParseAttributes(root, label);
        var used = new HashSet<string>();
        KeyAttribute Key(string attribute, string where)
        {
            if (!attributeTypes.TryGetValue(attribute, out var type))
                throw new TableInputException($"table '{label}': {where} '{attribute}' has no entry in 'attributes'; expected {{name: \"{attribute}\", type: S|N|B}}.");
            used.Add(attribute);
            return new KeyAttribute(attribute, type);
        }

        var hash = Key(root.RequiredString("hashKey"), "hashKey");
        var range = root.OptionalString("rangeKey") is { } r ? Key(r, "rangeKey") : null;

        var billing = root.OptionalString("billingMode") ?? "PROVISIONED";
        OneOf(label, "billingMode", billing, BillingModes);
        var payPerRequest = billing == "PAY_PER_REQUEST";
        var (rcu, wcu) = Capacity(root, label, "", payPerRequest);

        root.RejectPresent("localSecondaryIndexes", "local secondary indexes are not part of any lab; the local provisioner does not create them");

        var indexes = new List<IndexDeclaration>();
        foreach (var gsi in root.OptionalObjectList("globalSecondaryIndexes"))
        {
            var indexName = gsi.RequiredString("name");
            var where = $"globalSecondaryIndexes '{indexName}'";
            var (gsiHash, gsiRange) = IndexKeys(gsi, label, where);
            var projection = gsi.RequiredString("projectionType");
            OneOf(label, $"{where} projectionType", projection, ProjectionTypes);
            var nonKey = gsi.OptionalStringList("nonKeyAttributes");
            if (nonKey.Count > 0 && projection != "INCLUDE")
                throw new TableInputException($"table '{label}': {where} lists nonKeyAttributes with projectionType {projection}; expected projectionType INCLUDE.");
            var (gRcu, gWcu) = Capacity(gsi, label, where + " ", payPerRequest);
            if (indexes.Any(i => i.Name == indexName))
                throw new TableInputException($"table '{label}': {where} is declared twice; expected unique index names.");
            indexes.Add(new IndexDeclaration(indexName, Key(gsiHash, $"{where} hashKey"), gsiRange is null ? null : Key(gsiRange, $"{where} rangeKey"), projection, nonKey, gRcu, gWcu));
        }

        var unused = attributeTypes.Keys.Where(a => !used.Contains(a)).ToList();
        if (unused.Count > 0)
            throw new TableInputException($"table '{label}': 'attributes' declares {string.Join(", ", unused)} but no key or index uses it; expected only key attributes (DynamoDB rejects the others).");

        var streamEnabled = root.OptionalBool("streamEnabled", false);
        var viewType = root.OptionalString("streamViewType");
        if (streamEnabled)
        {
            if (viewType is null)
                throw new TableInputException($"table '{label}': input 'streamViewType' is missing while streamEnabled is true; expected one of {string.Join(", ", StreamViewTypes)}.");
            OneOf(label, "streamViewType", viewType, StreamViewTypes);
        }

        return new TableDeclaration(name, hash, range, payPerRequest, rcu, wcu, indexes, streamEnabled, streamEnabled ? viewType : null, root.OptionalStringMap("tags"));
    }

    private static Dictionary<string, string> ParseAttributes(WireValue root, string label)
    {
        var types = new Dictionary<string, string>();
        foreach (var attribute in root.OptionalObjectList("attributes"))
        {
            var name = attribute.RequiredString("name");
            var type = attribute.RequiredString("type");
            OneOf(label, $"attributes '{name}' type", type, ScalarTypes);
            if (!types.TryAdd(name, type))
                throw new TableInputException($"table '{label}': attributes '{name}' is declared twice; expected each attribute once.");
        }
        if (types.Count == 0)
            throw new TableInputException($"table '{label}': input 'attributes' is missing or empty; expected [{{name, type}}] for every key attribute.");
        return types;
    }

    /// <summary>GSI keys come either as hashKey/rangeKey or (provider 7.x) as keySchemas [{attributeName, keyType}].</summary>
    private static (string Hash, string? Range) IndexKeys(WireValue gsi, string label, string where)
    {
        var schemas = gsi.OptionalObjectList("keySchemas");
        if (schemas.Count == 0)
            return (gsi.OptionalString("hashKey") ?? throw new TableInputException($"table '{label}': {where} has neither 'hashKey' nor 'keySchemas'; expected a hash key attribute name."),
                gsi.OptionalString("rangeKey"));

        var hashes = schemas.Where(k => k.RequiredString("keyType") == "HASH").Select(k => k.RequiredString("attributeName")).ToList();
        var ranges = schemas.Where(k => k.RequiredString("keyType") == "RANGE").Select(k => k.RequiredString("attributeName")).ToList();
        if (hashes.Count != 1 || ranges.Count > 1 || hashes.Count + ranges.Count != schemas.Count)
            throw new TableInputException($"table '{label}': {where} keySchemas has {hashes.Count} HASH and {ranges.Count} RANGE entries; expected exactly one HASH and at most one RANGE (keyType HASH|RANGE).");
        return (hashes[0], ranges.SingleOrDefault());
    }

    private static (long?, long?) Capacity(WireValue values, string label, string where, bool payPerRequest)
    {
        var rcu = values.OptionalPositiveWhole("readCapacity");
        var wcu = values.OptionalPositiveWhole("writeCapacity");
        if (!payPerRequest && (rcu is null || wcu is null))
            throw new TableInputException($"table '{label}': {where}{(rcu is null ? "readCapacity" : "writeCapacity")} is missing; expected a positive whole number with billingMode PROVISIONED.");
        return payPerRequest ? (null, null) : (rcu, wcu);
    }

    private static void OneOf(string label, string what, string value, string[] allowed)
    {
        if (!allowed.Contains(value))
            throw new TableInputException($"table '{label}': {what} is \"{value}\"; expected one of {string.Join(", ", allowed)}.");
    }
}
