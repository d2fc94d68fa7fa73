using System.Collections.Generic;
using System.Linq;

namespace Pulumi
{
    /// <summary>Optional settings that control a resource's behaviour (the subset this facade mirrors).</summary>
    public abstract class ResourceOptions
    {
        private InputList<Resource>? _dependsOn;
        private List<string>? _ignoreChanges;
        private List<string>? _replaceOnChanges;

        private protected ResourceOptions()
        {
        }

        /// <summary>An existing ID to read the resource from, instead of creating it.</summary>
        public Input<string>? Id { get; set; }

        public Resource? Parent { get; set; }

        public InputList<Resource> DependsOn
        {
            get => _dependsOn ??= new InputList<Resource>();
            set => _dependsOn = value;
        }

        public bool? Protect { get; set; }

        public List<string> IgnoreChanges
        {
            get => _ignoreChanges ??= new List<string>();
            set => _ignoreChanges = value;
        }

        public string? Version { get; set; }

        public ProviderResource? Provider { get; set; }

        public CustomTimeouts? CustomTimeouts { get; set; }

        public List<Input<Alias>> Aliases { get; set; } = new List<Input<Alias>>();

        public string? Urn { get; set; }

        public List<string> ReplaceOnChanges
        {
            get => _replaceOnChanges ??= new List<string>();
            set => _replaceOnChanges = value;
        }

        public string? PluginDownloadURL { get; set; }

        public bool? RetainOnDelete { get; set; }

        public Resource? DeletedWith { get; set; }

        /// <summary>Copies every option into <paramref name="target"/> (lists are copied, not shared).</summary>
        private protected void CopyTo(ResourceOptions target)
        {
            target.Id = Id;
            target.Parent = Parent;
            target.DependsOn = DependsOn.Concat(new InputList<Resource>());
            target.Protect = Protect;
            target.IgnoreChanges = IgnoreChanges.ToList();
            target.Version = Version;
            target.Provider = Provider;
            target.CustomTimeouts = CustomTimeouts.Clone(CustomTimeouts);
            target.Aliases = Aliases.ToList();
            target.Urn = Urn;
            target.ReplaceOnChanges = ReplaceOnChanges.ToList();
            target.PluginDownloadURL = PluginDownloadURL;
            target.RetainOnDelete = RetainOnDelete;
            target.DeletedWith = DeletedWith;
        }

        /// <summary>The real SDK's merge rule: scalars of <paramref name="options2"/> win when set, lists concatenate.</summary>
        private protected static void MergeNormalOptions(ResourceOptions options1, ResourceOptions options2)
        {
            options1.Id = options2.Id ?? options1.Id;
            options1.Parent = options2.Parent ?? options1.Parent;
            options1.Protect = options2.Protect ?? options1.Protect;
            options1.Urn = options2.Urn ?? options1.Urn;
            options1.Version = options2.Version ?? options1.Version;
            options1.PluginDownloadURL = options2.PluginDownloadURL ?? options1.PluginDownloadURL;
            options1.Provider = options2.Provider ?? options1.Provider;
            options1.CustomTimeouts = options2.CustomTimeouts ?? options1.CustomTimeouts;
            options1.RetainOnDelete = options2.RetainOnDelete ?? options1.RetainOnDelete;
            options1.DeletedWith = options2.DeletedWith ?? options1.DeletedWith;
            options1.IgnoreChanges.AddRange(options2.IgnoreChanges);
            options1.Aliases.AddRange(options2.Aliases);
            options1.ReplaceOnChanges.AddRange(options2.ReplaceOnChanges);
            options1.DependsOn = options1.DependsOn.Concat(options2.DependsOn);
        }
    }
}
