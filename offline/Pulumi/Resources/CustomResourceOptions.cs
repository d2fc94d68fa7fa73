using System.Collections.Generic;
using System.Linq;

namespace Pulumi
{
    /// <summary>Options of a custom (provider-managed) resource.</summary>
    public sealed class CustomResourceOptions : ResourceOptions
    {
        private List<string>? _additionalSecretOutputs;

        public bool? DeleteBeforeReplace { get; set; }

        public List<string> AdditionalSecretOutputs
        {
            get => _additionalSecretOutputs ??= new List<string>();
            set => _additionalSecretOutputs = value;
        }

        /// <summary>An existing ID to adopt ("import") as this resource.</summary>
        public string? ImportId { get; set; }

        public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2)
        {
            var merged = Copy(options1);
            options2 ??= new CustomResourceOptions();
            MergeNormalOptions(merged, options2);
            merged.DeleteBeforeReplace = options2.DeleteBeforeReplace ?? merged.DeleteBeforeReplace;
            merged.ImportId = options2.ImportId ?? merged.ImportId;
            merged.AdditionalSecretOutputs.AddRange(options2.AdditionalSecretOutputs);
            return merged;
        }

        private static CustomResourceOptions Copy(CustomResourceOptions? options)
        {
            var copy = new CustomResourceOptions();
            if (options != null)
            {
                options.CopyTo(copy);
                copy.DeleteBeforeReplace = options.DeleteBeforeReplace;
                copy.ImportId = options.ImportId;
                copy.AdditionalSecretOutputs = options.AdditionalSecretOutputs.ToList();
            }

            return copy;
        }
    }
}
