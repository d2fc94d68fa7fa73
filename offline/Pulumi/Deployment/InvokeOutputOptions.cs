namespace Pulumi
{
    /// <summary>Options of an output-returning invoke, which may also wait for resources.</summary>
    public sealed class InvokeOutputOptions : InvokeOptions
    {
        private InputList<Resource>? _dependsOn;

        public InputList<Resource> DependsOn
        {
            get => _dependsOn ??= new InputList<Resource>();
            set => _dependsOn = value;
        }
    }
}
