namespace Pulumi
{
    /// <summary>Base of the argument classes of resources.</summary>
    public abstract class ResourceArgs : InputArgs
    {
        public static readonly ResourceArgs Empty = new EmptyResourceArgs();

        protected ResourceArgs()
        {
        }

        private sealed class EmptyResourceArgs : ResourceArgs
        {
        }
    }
}
