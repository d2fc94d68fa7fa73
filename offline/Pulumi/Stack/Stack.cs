using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>
    /// The root component of a program. Subclass it, create resources in the constructor and expose
    /// stack outputs as [Output] properties of type <see cref="Output{T}"/>.
    /// </summary>
    public class Stack : ComponentResource
    {
        internal const string _rootPulumiStackTypeName = "pulumi:pulumi:Stack";

        public Stack(StackOptions? options = null)
            : base(_rootPulumiStackTypeName, $"{Deployment.Instance.ProjectName}-{Deployment.Instance.StackName}", new ComponentResourceOptions())
        {
            OfflineDeployment.Instance.Stack = this;
        }

        /// <summary>The stack outputs, once <see cref="RegisterPropertyOutputs"/> or the callback has set them.</summary>
        internal Output<IDictionary<string, object?>> Outputs { get; private set; }
            = Output.Create<IDictionary<string, object?>>(ImmutableDictionary<string, object?>.Empty);

        /// <summary>Collects the [Output] properties after construction, as the real runner does.</summary>
        internal void RegisterPropertyOutputs()
        {
            var properties = GetType().GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<OutputAttribute>()))
                .Where(p => p.Attribute != null && p.Property.Name != nameof(Urn))
                .ToList();

            var wrongType = properties.Where(p => !IsOutput(p.Property.PropertyType)).Select(p => p.Property.Name).ToList();
            if (wrongType.Count > 0)
            {
                throw RunException.OutputsHaveIncorrectType(wrongType);
            }

            var outputs = new Dictionary<string, object?>();
            foreach (var (property, attribute) in properties)
            {
                // An output left unset is simply a null stack output, as in the real SDK.
                outputs.Add(attribute!.Name ?? property.Name, property.GetValue(this));
            }

            SetOutputs(Output.Create<IDictionary<string, object?>>(outputs));
        }

        internal void SetOutputs(Output<IDictionary<string, object?>> outputs)
        {
            Outputs = outputs;
            RegisterOutputs(outputs);
        }

        private static bool IsOutput(Type type)
            => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Output<>);
    }
}
