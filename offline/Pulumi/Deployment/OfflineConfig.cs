using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace Pulumi
{
    /// <summary>
    /// Reads configuration as the real SDK does: PULUMI_CONFIG holds a JSON object whose keys are
    /// "&lt;namespace&gt;:&lt;key&gt;" (an old-style "&lt;namespace&gt;:config:&lt;key&gt;" is accepted too) and whose
    /// values are strings (other JSON values are kept as JsonElement.ToString() gives them: true is "True").
    /// </summary>
    internal static class OfflineConfig
    {
        /// <summary>As the real Deployment_Config.ParseConfig: unset is empty; text that is not a JSON object fails with the
        /// parser's own exception (JsonException, or InvalidOperationException for another JSON kind).</summary>
        public static ImmutableDictionary<string, string> Parse(string? json)
        {
            var config = ImmutableDictionary.CreateBuilder<string, string>();
            if (json == null)
            {
                return config.ToImmutable();
            }

            using var document = JsonDocument.Parse(json);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                config[CleanKey(property.Name)] = property.Value.ToString();
            }

            return config.ToImmutable();
        }

        /// <summary>PULUMI_CONFIG_SECRET_KEYS, a JSON array of keys, parsed (and failing) as the real SDK does.</summary>
        public static ImmutableHashSet<string> ParseSecretKeys(string? json)
        {
            var keys = ImmutableHashSet.CreateBuilder<string>();
            if (json == null)
            {
                return keys.ToImmutable();
            }

            using var document = JsonDocument.Parse(json);
            foreach (var element in document.RootElement.EnumerateArray())
            {
                keys.Add(element.ToString());
            }

            return keys.ToImmutable();
        }

        private static string CleanKey(string key)
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && key.Substring(colon + 1).StartsWith("config:", StringComparison.Ordinal)
                ? key.Substring(0, colon) + ":" + key.Substring(colon + 1 + "config:".Length)
                : key;
        }
    }
}
