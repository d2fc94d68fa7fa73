using System;

namespace Pulumi
{
    /// <summary>Marks an <see cref="Output{T}"/> property of a resource or stack with its wire name.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OutputAttribute : Attribute
    {
        public string? Name { get; }

        public OutputAttribute(string? name = null)
        {
            Name = name;
        }
    }
}
