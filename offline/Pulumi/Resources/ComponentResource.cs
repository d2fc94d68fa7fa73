using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>A resource that groups child resources into a higher-level abstraction.</summary>
    public class ComponentResource : Resource
    {
        public ComponentResource(string type, string name, ComponentResourceOptions? options = null)
            : this(type, name, ResourceArgs.Empty, options, remote: false, registerPackageRequest: null)
        {
        }

        public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false)
            : this(type, name, args, options, remote, registerPackageRequest: null)
        {
        }

        public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options, bool remote, RegisterPackageRequest? registerPackageRequest = null)
            : base(type, name, custom: false, args ?? ResourceArgs.Empty, options ?? new ComponentResourceOptions(), remote, dependency: false, registerPackageRequest)
        {
        }

        /// <summary>Registers the component's [Output] properties (by wire name, else property name) as its outputs.</summary>
        protected void RegisterOutputs()
        {
            var outputs = new Dictionary<string, object?>();
            foreach (var property in GetType().GetProperties())
            {
                if (property.Name == nameof(Urn))
                {
                    continue;
                }

                if (property.GetCustomAttribute<OutputAttribute>(inherit: false) is OutputAttribute attribute)
                {
                    var key = string.IsNullOrWhiteSpace(attribute.Name) ? property.Name : attribute.Name!;
                    outputs.Add(key, property.GetValue(this));
                }
            }

            RegisterOutputs(outputs);
        }

        protected void RegisterOutputs(IDictionary<string, object?> outputs)
            => RegisterOutputs(Task.FromResult(outputs ?? throw new ArgumentNullException(nameof(outputs))));

        protected void RegisterOutputs(Task<IDictionary<string, object?>> outputs)
            => RegisterOutputs(Output.Create(outputs ?? throw new ArgumentNullException(nameof(outputs))));

        protected void RegisterOutputs(Output<IDictionary<string, object?>> outputs)
            => OfflineDeployment.Instance.RegisterResourceOutputs(this, outputs ?? throw new ArgumentNullException(nameof(outputs)));
    }
}
