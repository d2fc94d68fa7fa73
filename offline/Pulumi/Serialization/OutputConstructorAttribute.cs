using System;

namespace Pulumi
{
    /// <summary>Marks the constructor of an <see cref="OutputTypeAttribute"/> class that receives the values.</summary>
    [AttributeUsage(AttributeTargets.Constructor)]
    public sealed class OutputConstructorAttribute : Attribute
    {
    }
}
