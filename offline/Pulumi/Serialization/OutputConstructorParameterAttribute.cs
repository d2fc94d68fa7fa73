using System;

namespace Pulumi
{
    /// <summary>Gives an output-constructor parameter a wire name that differs from its C# name.</summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class OutputConstructorParameterAttribute : Attribute
    {
        public string Name { get; }

        public OutputConstructorParameterAttribute(string name)
        {
            Name = name;
        }
    }
}
