using System;

namespace Pulumi
{
    /// <summary>An error about a specific resource.</summary>
    public class ResourceException : Exception
    {
        internal Resource? Resource { get; }

        internal bool HideStack { get; }

        public ResourceException(string message, Resource? resource, bool hideStack = false)
            : base(message)
        {
            Resource = resource;
            HideStack = hideStack;
        }
    }
}
