using System;

namespace Pulumi
{
    /// <summary>Marks a member of a <see cref="ResourceArgs"/>/<see cref="InvokeArgs"/> class with its wire name.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class InputAttribute : Attribute
    {
        internal string Name { get; }

        internal bool IsRequired { get; }

        internal bool Json { get; }

        public InputAttribute(string name, bool required = false, bool json = false)
        {
            Name = name;
            IsRequired = required;
            Json = json;
        }
    }
}
