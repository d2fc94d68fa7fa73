using System;

namespace Pulumi
{
    /// <summary>Overrides how long the provider may take to create, update or delete a resource.</summary>
    public sealed class CustomTimeouts
    {
        public TimeSpan? Create { get; set; }

        public TimeSpan? Update { get; set; }

        public TimeSpan? Delete { get; set; }

        internal static CustomTimeouts? Clone(CustomTimeouts? timeouts)
            => timeouts == null ? null : new CustomTimeouts { Create = timeouts.Create, Update = timeouts.Update, Delete = timeouts.Delete };
    }
}
