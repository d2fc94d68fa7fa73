// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): the non-deprecated .NET and custom runtimes of
// Pulumi.Aws.Lambda.Runtime (values from types/enums/lambda/index.d.ts).
using System;
using System.ComponentModel;
using Pulumi;

namespace Pulumi.Aws.Lambda
{
    [EnumType]
    public readonly struct Runtime : IEquatable<Runtime>
    {
        private readonly string _value;

        private Runtime(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static Runtime Dotnet6 { get; } = new Runtime("dotnet6");
        public static Runtime Dotnet8 { get; } = new Runtime("dotnet8");
        public static Runtime Dotnet10 { get; } = new Runtime("dotnet10");
        public static Runtime CustomAL2 { get; } = new Runtime("provided.al2");
        public static Runtime CustomAL2023 { get; } = new Runtime("provided.al2023");

        public static bool operator ==(Runtime left, Runtime right) => left.Equals(right);
        public static bool operator !=(Runtime left, Runtime right) => !left.Equals(right);

        public static explicit operator string(Runtime value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is Runtime other && Equals(other);
        public bool Equals(Runtime other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;

        public override string ToString() => _value;
    }
}
