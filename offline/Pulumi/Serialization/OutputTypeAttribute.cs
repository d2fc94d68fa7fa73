using System;

namespace Pulumi
{
    /// <summary>Marks a class whose instances are built from a resource's or invoke's output values.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class OutputTypeAttribute : Attribute
    {
    }
}
