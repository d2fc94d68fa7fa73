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

        /// <summary>
        /// Collects the [Output] properties after construction, as the real Stack.RegisterPropertyOutputs (Stack.cs,
        /// v3.90.0): public properties not declared on Stack or its bases, named by wire name; an unassigned one fails
        /// first, then one whose value is not an Output&lt;T&gt; instance (whatever the property's declared type).
        /// </summary>
        internal void RegisterPropertyOutputs()
        {
            var outputs = GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<OutputAttribute>()))
                .Where(p => p.Attribute != null && p.Property.DeclaringType?.IsAssignableFrom(typeof(Stack)) != true)
                .Select(p => (Name: p.Attribute!.Name ?? p.Property.Name, Value: p.Property.GetValue(this)))
                .ToList();

            var unassigned = outputs.Where(o => o.Value == null).Select(o => o.Name).ToList();
            if (unassigned.Count > 0)
            {
                throw new RunException($"Output(s) '{string.Join(", ", unassigned)}' have no value assigned. [Output] attributed properties must be assigned inside Stack constructor.");
            }

            var wrongType = outputs.Where(o => !IsOutput(o.Value!.GetType())).Select(o => o.Name).ToList();
            if (wrongType.Count > 0)
            {
                throw RunException.OutputsHaveIncorrectType(wrongType);
            }

            var dictionary = new Dictionary<string, object?>();
            foreach (var (name, value) in outputs)
            {
                dictionary.Add(name, value);
            }

            SetOutputs(Output.Create<IDictionary<string, object?>>(dictionary));
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
