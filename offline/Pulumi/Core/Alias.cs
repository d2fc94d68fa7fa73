namespace Pulumi
{
    /// <summary>Another identity (name, type, parent, stack, project or URN) a resource used to have.</summary>
    public sealed class Alias
    {
        public Input<string>? Name { get; set; }

        public Input<string>? Type { get; set; }

        public Input<string>? Stack { get; set; }

        public Input<string>? Project { get; set; }

        public string? Urn { get; set; }

        public Resource? Parent { get; set; }

        public Input<string>? ParentUrn { get; set; }

        public bool NoParent { get; set; }
    }
}
