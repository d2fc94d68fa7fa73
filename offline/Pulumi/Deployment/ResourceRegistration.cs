using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Pulumi.Serialization;
using Pulumi.Testing;

namespace Pulumi
{
    /// <summary>
    /// Registers one resource: hands out its outputs at once, then (asynchronously) waits for its parent,
    /// inputs and dependencies, asks the mocks for its state as the real mock monitor does, and resolves
    /// the outputs from that state.
    /// </summary>
    internal sealed class ResourceRegistration
    {
        private readonly OfflineDeployment _deployment;
        private readonly Resource _resource;
        private readonly bool _custom;
        private readonly ResourceArgs _args;
        private readonly ResourceOptions _options;
        private readonly OutputSlot<string> _urn = new OutputSlot<string>();
        private readonly OutputSlot<string>? _id;
        private readonly Dictionary<string, OutputSlot> _outputs = new Dictionary<string, OutputSlot>();
        private readonly TaskCompletionSource<string> _urnValue = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        private ResourceRegistration(OfflineDeployment deployment, Resource resource, bool custom, ResourceArgs args, ResourceOptions options)
        {
            _deployment = deployment;
            _resource = resource;
            _custom = custom;
            _args = args;
            _options = options;
            if (custom)
            {
                _id = new OutputSlot<string>();
                CreateOutputProperties();
            }
        }

        public Output<string> Urn => _urn.Typed;

        public Task<string> UrnValue => _urnValue.Task;

        private string Description => $"{_resource.GetResourceType()} '{_resource.GetResourceName()}'";

        public static ResourceRegistration Start(OfflineDeployment deployment, Resource resource, bool custom, ResourceArgs args, ResourceOptions options)
        {
            var registration = new ResourceRegistration(deployment, resource, custom, args, options);
            if (resource is CustomResource customResource)
            {
                customResource.SetId(registration._id!.Typed);
            }

            // Observed by the deployment's task list, which reports its exception; the outputs fail with it too.
            _ = registration._urnValue.Task.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            deployment.RegisterTask(registration.RegisterAsync());
            return registration;
        }

        /// <summary>Gives every [Output] property of the resource class an output to be resolved later.</summary>
        private void CreateOutputProperties()
        {
            const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            for (var type = _resource.GetType(); type != null && type != typeof(CustomResource); type = type.BaseType)
            {
                foreach (var property in type.GetProperties(flags))
                {
                    var attribute = property.GetCustomAttribute<OutputAttribute>();
                    var propertyType = property.PropertyType;
                    if (attribute == null || !propertyType.IsGenericType || propertyType.GetGenericTypeDefinition() != typeof(Output<>))
                    {
                        continue;
                    }

                    var wireName = attribute.Name ?? property.Name;
                    if (wireName is "id" or "urn" || _outputs.ContainsKey(wireName))
                    {
                        continue;
                    }

                    var slot = OutputSlot.For(propertyType.GetGenericArguments()[0]);
                    _outputs.Add(wireName, slot);
                    var setter = property.GetSetMethod(nonPublic: true)
                        ?? throw new InvalidOperationException($"[Output(\"{wireName}\")] {type.FullName}.{property.Name} needs a setter (it may be private).");
                    setter.Invoke(_resource, new object[] { slot.Output });
                }
            }
        }

        private async Task RegisterAsync()
        {
            try
            {
                await RegisterCoreAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _urnValue.TrySetException(ex);
                _urn.Fail(ex);
                _id?.Fail(ex);
                foreach (var slot in _outputs.Values)
                {
                    slot.Fail(ex);
                }

                throw;
            }
        }

        private async Task RegisterCoreAsync()
        {
            var parentUrn = _resource.ParentResource == null ? "" : await _resource.ParentResource.UrnData.ConfigureAwait(false);
            var inputs = await new WireSerializer().SerializeArgsAsync(_args, Description).ConfigureAwait(false);

            var dependsOn = await _options.DependsOn.ToOutput().DataTask.ConfigureAwait(false);
            var dependencies = dependsOn.IsKnown && !dependsOn.Value.IsDefault ? dependsOn.Value.Where(r => r != null).ToImmutableArray() : ImmutableArray<Resource>.Empty;
            foreach (var dependency in dependencies)
            {
                await dependency.UrnData.ConfigureAwait(false);
            }

            _resource.ExplicitDependencies = dependencies;
            var provider = _custom ? await ProviderReferenceAsync().ConfigureAwait(false) : "";
            var requestedId = await RequestedIdAsync().ConfigureAwait(false);
            var urn = MockUrn.Create(parentUrn, _resource.GetResourceType(), _resource.GetResourceName(), _deployment);

            // The real MockMonitor lists a resource when its registration reaches the monitor, i.e. once its parent,
            // inputs and dependencies are resolved: TestAsync returns resources in that order.
            _deployment.AddResource(_resource);
            if (_resource.GetResourceType() == Stack._rootPulumiStackTypeName)
            {
                Complete(urn, id: "", ImmutableDictionary<string, object?>.Empty);
                return;
            }

            var (id, state) = await _deployment.Mocks.NewResourceAsync(new MockResourceArgs
            {
                Type = _resource.GetResourceType(),
                Name = _resource.GetResourceName(),
                Inputs = MockView.Of(inputs),
                Provider = provider,
                Id = requestedId,
            }).ConfigureAwait(false);

            var serializedState = await StateSerializer.SerializeAsync(state).ConfigureAwait(false);
            Complete(urn, id ?? requestedId, serializedState);
        }

        private void Complete(string urn, string id, ImmutableDictionary<string, object?> state)
        {
            var self = ImmutableHashSet.Create(_resource);
            _urnValue.TrySetResult(urn);
            _urn.Resolve(urn, self, $"{Description}.urn");
            // As in the real SDK an empty ID is not known (a preview of a resource the mock gave no ID).
            if (_id != null && id.Length > 0)
            {
                _id.Resolve(id, self, $"{Description}.id");
            }
            else
            {
                _id?.ResolveMissing(self, isKnown: false);
            }

            foreach (var (wireName, slot) in _outputs)
            {
                if (state.TryGetValue(wireName, out var value))
                {
                    slot.Resolve(value, self, $"{_resource.GetType().FullName}.{wireName}");
                }
                else
                {
                    slot.ResolveMissing(self, isKnown: !_deployment.IsDryRun);
                }
            }
        }

        private async Task<string> ProviderReferenceAsync()
        {
            var provider = _resource.Provider;
            if (provider == null)
            {
                return "";
            }

            var providerUrn = await provider.UrnData.ConfigureAwait(false);
            var providerId = await provider.Id.DataTask.ConfigureAwait(false);
            return $"{providerUrn}::{(providerId.IsKnown ? providerId.Value : "04da6b54-80e4-46f7-96ec-b56ff0331ba9")}";
        }

        private async Task<string> RequestedIdAsync()
        {
            if (_options.Id != null)
            {
                var id = await _options.Id.ToOutput().DataTask.ConfigureAwait(false);
                return id.IsKnown ? id.Value ?? "" : "";
            }

            return (_options as CustomResourceOptions)?.ImportId ?? "";
        }
    }
}
