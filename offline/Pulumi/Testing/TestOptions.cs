namespace Pulumi.Testing
{
    /// <summary>Settings of a <see cref="Deployment.TestAsync{TStack}"/> run.</summary>
    public class TestOptions
    {
        /// <summary>Defaults to "project".</summary>
        public string? ProjectName { get; set; }

        /// <summary>Defaults to "stack".</summary>
        public string? StackName { get; set; }

        /// <summary>Defaults to true: outputs the mocks do not return are unknown.</summary>
        public bool? IsPreview { get; set; }

        /// <summary>Defaults to "organization".</summary>
        public string? OrganizationName { get; set; }

        /// <summary>Defaults to "projectRoot".</summary>
        public string? RootDirectory { get; set; }
    }
}
