using System;

namespace Pulumi
{
    /// <summary>Marks a generated enum struct; it goes on the wire through its explicit conversion to string or double.</summary>
    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class EnumTypeAttribute : Attribute
    {
    }
}
