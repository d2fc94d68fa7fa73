using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace Pulumi
{
    /// <summary>
    /// Reads configuration as the real SDK does: PULUMI_CONFIG holds a JSON object whose keys are
    /// "&lt;namespace&gt;:&lt;key&gt;" (an old-style "&lt;namespace&gt;:config:&lt;key&gt;" is accepted too) and whose
    /// values are strings (other JSON values are kept as their JSON text).
    /// </summary>
    internal static class OfflineConfig
    {
        public static ImmutableDictionary<string, string> Parse(string? json)
        {
            var config = ImmutableDictionary.CreateBuilder<string, string>();
            if (string.IsNullOrWhiteSpace(json))
            {
                return config.ToImmutable();
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException ex)
            {
                throw new RunException($"PULUMI_CONFIG is not valid JSON ({ex.Message}); expected an object such as {{\"project:key\": \"value\"}}.", ex);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new RunException($"PULUMI_CONFIG must be a JSON object such as {{\"project:key\": \"value\"}}, not a {document.RootElement.ValueKind}.");
                }

                foreach (var property in document.RootElement.EnumerateObject())
                {
                    config[CleanKey(property.Name)] = property.Value.ToString();
                }
            }

            return config.ToImmutable();
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
