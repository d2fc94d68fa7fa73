using Amazon.DynamoDBv2.Model;

namespace Lab.Local;

/// <summary>Compares a declaration with an existing table: key names, key types and GSI keys.</summary>
internal static class KeySchemaComparison
{
    public static IReadOnlyList<string> Differences(TableDeclaration declared, TableDescription actual)
    {
        var types = (actual.AttributeDefinitions ?? []).ToDictionary(a => a.AttributeName, a => a.AttributeType.Value);
        var differences = new List<string>();

        Compare("table", declared.HashKey, declared.RangeKey, actual.KeySchema ?? [], types, differences);

        var actualIndexes = (actual.GlobalSecondaryIndexes ?? []).ToDictionary(i => i.IndexName);
        foreach (var index in declared.GlobalSecondaryIndexes)
        {
            if (!actualIndexes.Remove(index.Name, out var existing))
                differences.Add($"index '{index.Name}' is declared but missing");
            else
                Compare($"index '{index.Name}'", index.HashKey, index.RangeKey, existing.KeySchema ?? [], types, differences);
        }
        differences.AddRange(actualIndexes.Keys.Select(name => $"index '{name}' exists but is not declared"));
        return differences;
    }

    private static void Compare(string what, KeyAttribute hash, KeyAttribute? range, List<KeySchemaElement> keys, Dictionary<string, string> types, List<string> differences)
    {
        string Describe(string keyType) =>
            keys.FirstOrDefault(k => k.KeyType.Value == keyType) is { } k
                ? $"{k.AttributeName} ({types.GetValueOrDefault(k.AttributeName, "?")})"
                : "none";

        var actualHash = Describe("HASH");
        var actualRange = Describe("RANGE");
        if (actualHash != hash.ToString()) differences.Add($"{what} hash key is {actualHash}, declared {hash}");
        var declaredRange = range?.ToString() ?? "none";
        if (actualRange != declaredRange) differences.Add($"{what} range key is {actualRange}, declared {declaredRange}");
    }
}
