using System;
using System.Globalization;
using System.Text.Json;

namespace Pulumi
{
    /// <summary>
    /// A bag of configuration values under one namespace (by default the project's), read from the
    /// deployment's configuration: keys "&lt;namespace&gt;:&lt;key&gt;" of PULUMI_CONFIG.
    /// </summary>
    public sealed class Config
    {
        private readonly string _name;

        public Config(string? name = null)
        {
            name ??= Deployment.Instance.ProjectName;
            if (name.EndsWith(":config", StringComparison.Ordinal))
            {
                name = name[..^":config".Length];
            }

            _name = name;
        }

        public string? Get(string key)
            => OfflineDeployment.Instance.Config.TryGetValue(FullKey(key), out var value) ? value : null;

        public Output<string>? GetSecret(string key)
            => Get(key) is { } value ? Output.CreateSecret(value) : null;

        public bool? GetBoolean(string key)
            => Get(key) switch
            {
                null => null,
                "true" => true,
                "false" => false,
                var v => throw TypeError(key, v, nameof(Boolean)),
            };

        public Output<bool>? GetSecretBoolean(string key)
            => GetBoolean(key) is { } value ? Output.CreateSecret(value) : null;

        public int? GetInt32(string key)
            => Get(key) is { } v
                ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) ? result : throw TypeError(key, v, nameof(Int32))
                : null;

        public Output<int>? GetSecretInt32(string key)
            => GetInt32(key) is { } value ? Output.CreateSecret(value) : null;

        public double? GetDouble(string key)
            => Get(key) is { } v
                ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : throw TypeError(key, v, nameof(Double))
                : null;

        public Output<double>? GetSecretDouble(string key)
            => GetDouble(key) is { } value ? Output.CreateSecret(value) : null;

        public T GetObject<T>(string key)
        {
            var v = Get(key);
            try
            {
                return v == null ? default! : JsonSerializer.Deserialize<T>(v)!;
            }
            catch (JsonException ex)
            {
                throw TypeError(key, v, typeof(T).FullName!, ex);
            }
        }

        public Output<T>? GetSecretObject<T>(string key)
            => Get(key) == null ? null : Output.CreateSecret(GetObject<T>(key));

        public string Require(string key) => Get(key) ?? throw Missing(key);

        public Output<string> RequireSecret(string key) => Output.CreateSecret(Require(key));

        public bool RequireBoolean(string key) => GetBoolean(key) ?? throw Missing(key);

        public Output<bool> RequireSecretBoolean(string key) => Output.CreateSecret(RequireBoolean(key));

        public int RequireInt32(string key) => GetInt32(key) ?? throw Missing(key);

        public Output<int> RequireSecretInt32(string key) => Output.CreateSecret(RequireInt32(key));

        public double RequireDouble(string key) => GetDouble(key) ?? throw Missing(key);

        public Output<double> RequireSecretDouble(string key) => Output.CreateSecret(RequireDouble(key));

        public T RequireObject<T>(string key)
            => Get(key) == null ? throw Missing(key) : GetObject<T>(key);

        public Output<T> RequireSecretObject<T>(string key) => Output.CreateSecret(RequireObject<T>(key));

        private string FullKey(string key) => $"{_name}:{key}";

        private RunException Missing(string key) => new ConfigMissingException(FullKey(key));

        private RunException TypeError(string key, object? value, string expectedType, Exception? inner = null)
            => new ConfigTypeException(FullKey(key), value, expectedType, inner);

        // Private RunException subclasses, as in the real Config_Exceptions.cs: callers can only see a RunException.
        private sealed class ConfigTypeException : RunException
        {
            public ConfigTypeException(string key, object? value, string expectedType, Exception? innerException = null)
                : base($"Configuration '{key}' value '{value}' is not a valid {expectedType}", innerException)
            {
            }
        }

        private sealed class ConfigMissingException : RunException
        {
            public ConfigMissingException(string key)
                : base($"Missing Required configuration variable '{key}'\n" +
                       $"\tplease set a value using the command `pulumi config set {key} <value>`")
            {
            }
        }
    }
}
